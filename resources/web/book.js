/*
 * Waypoint's exported book: many entries as one document, rendered by the
 * same pipeline as the live preview (render.js), then printed to PDF or saved
 * as standalone HTML by the C++ side (src/preview/BookPage).
 *
 * The book comes from waypoint-book:data.js, which sets window.waypointBookData:
 *   {title, subtitle, generated, lang, theme, remoteImages, titlePage, toc,
 *    labels: {contents}, entries: [{anchor, date, header, title, tags, lang, html}]}
 * (header: the date as an entry's page shows it, with its weekday)
 * (html is cmark-gfm output; it is sanitised here like the preview's.)
 *
 * For the C++ side: window.waypointBook = {
 *   status()              -> {done, total, finished, error}
 *   setPageNumbers(pages) -> the table of contents shows pages[i] for entry i
 * }
 *
 * Plain ES2020 script: no modules, no build step.
 */
(function () {
  'use strict';

  const status = { done: 0, total: 0, finished: false, error: '' };

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null && text !== '') el.textContent = String(text);
    return el;
  }

  // Lets the C++ side's status() calls in between long work; a message is a
  // task that, unlike setTimeout(0) in a chain, is not held back 4 ms.
  function yieldToTasks() {
    return new Promise(function (resolve) {
      const channel = new MessageChannel();
      channel.port1.onmessage = function () {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }

  function titlePage(book) {
    const page = element('section', 'book-title-page');
    page.appendChild(element('h1', 'book-title', book.title));
    if (book.subtitle) page.appendChild(element('p', 'book-subtitle', book.subtitle));
    if (book.generated) page.appendChild(element('p', 'book-generated', book.generated));
    return page;
  }

  function tableOfContents(book) {
    const nav = element('nav', 'book-toc');
    nav.appendChild(element('h1', 'book-toc-heading', book.labels && book.labels.contents));
    const list = element('ol', 'book-toc-list');
    for (const entry of book.entries) {
      const item = element('li', 'book-toc-item');
      const link = element('a');
      link.href = '#' + String(entry.anchor);
      link.appendChild(element('span', 'toc-date', entry.date));
      const title = element('span', 'toc-title', entry.title);
      if (entry.lang) title.lang = entry.lang;
      link.appendChild(title);
      link.appendChild(element('span', 'toc-page'));
      item.appendChild(link);
      list.appendChild(item);
    }
    nav.appendChild(list);
    return nav;
  }

  function sameText(a, b) {
    return String(a).replace(/\s+/g, ' ').trim() === String(b).replace(/\s+/g, ' ').trim();
  }

  async function article(entry) {
    const art = element('article', 'entry');
    art.id = String(entry.anchor);
    if (entry.lang) art.lang = entry.lang;
    const header = element('header', 'entry-header');
    header.appendChild(element('p', 'entry-date', entry.header || entry.date));
    const body = await WaypointRender.render(entry.html || '');
    // An entry whose text starts with its title as a heading shows it once.
    const first = body.firstElementChild;
    if (first && /^H[1-6]$/.test(first.nodeName) && sameText(first.textContent, entry.title)) {
      first.remove();
    }
    if (entry.title) header.appendChild(element('h1', 'entry-title', entry.title));
    if (Array.isArray(entry.tags) && entry.tags.length) {
      const tags = element('p', 'entry-tags');
      for (const tag of entry.tags) tags.appendChild(element('span', 'entry-tag', tag));
      header.appendChild(tags);
    }
    art.appendChild(header);
    const content = element('div', 'entry-body');
    content.append.apply(content, Array.from(body.childNodes));
    art.appendChild(content);
    return art;
  }

  function settled(img) {
    if (img.complete) return Promise.resolve();
    return new Promise(function (resolve) {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  }

  async function build(book) {
    const root = document.getElementById('content');
    const theme = book.theme === 'dark' ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    document.getElementById('hljs-light').media = theme === 'light' ? 'all' : 'not all';
    document.getElementById('hljs-dark').media = theme === 'dark' ? 'all' : 'not all';
    if (book.lang) document.documentElement.lang = book.lang;
    if (book.title) document.title = book.title;
    WaypointRender.setOptions({ theme: theme, remoteImages: !!book.remoteImages });

    const entries = Array.isArray(book.entries) ? book.entries : [];
    status.total = entries.length;
    if (book.titlePage) root.appendChild(titlePage(book));
    if (book.toc) root.appendChild(tableOfContents(book));
    let lastYield = performance.now();
    for (const entry of entries) {
      root.appendChild(await article(entry));
      status.done += 1;
      if (performance.now() - lastYield > 30) {
        await yieldToTasks();
        lastYield = performance.now();
      }
    }
    await Promise.all(Array.from(root.querySelectorAll('img')).map(settled));
    if (document.fonts && document.fonts.ready) await document.fonts.ready;
    // Laid out once before anyone prints or reads it. (No requestAnimationFrame:
    // the page has no view, and a hidden page never gets a frame.)
    void document.body.offsetHeight;
    await yieldToTasks();
  }

  function setPageNumbers(pages) {
    const cells = document.querySelectorAll('.book-toc .toc-page');
    for (let i = 0; i < cells.length; i++) {
      const page = Array.isArray(pages) ? pages[i] : null;
      cells[i].textContent = page ? String(page) : '';
    }
    return cells.length;
  }

  window.waypointBook = {
    status: function () {
      return { done: status.done, total: status.total, finished: status.finished, error: status.error };
    },
    setPageNumbers: setPageNumbers,
  };

  const book = window.waypointBookData;
  if (!book || typeof WaypointRender === 'undefined') {
    status.error = !book ? 'the book data did not load' : 'render.js did not load';
    status.finished = true;
    return;
  }
  build(book)
    .catch(function (error) {
      status.error = WaypointRender.messageOf(error);
      WaypointRender.logError('book', error);
    })
    .finally(function () {
      status.finished = true;
    });
})();
