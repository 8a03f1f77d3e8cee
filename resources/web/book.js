/*
 * Waypoint's exported book: many entries as one document, rendered by the
 * same pipeline as the live preview (render.js), then printed to PDF or saved
 * as standalone HTML by the C++ side (src/export: BookExporter, BookPage).
 *
 * The book comes from waypoint-book:data.js, which sets window.waypointBookData:
 *   {title, subtitle, generated, lang, theme, remoteImages, titlePage, toc,
 *    labels: {contents}, entries: [{anchor, date, header, title, tags, lang, html}],
 *    contents: [{anchor, date, title, lang}]}
 * A long PDF is laid out by several pages at once, each given a share of the
 * entries; the first also has the front matter, whose contents list them all.
 * (header: the date as an entry's page shows it, with its weekday)
 * (html is cmark-gfm output; it is sanitised here like the preview's.)
 *
 * The page tells the C++ side how its work goes: the QWebChannel object "book"
 * (BookBridge) gets report(status()) after each stretch of entries, when it
 * starts waiting for images or fonts and as they come, and when it has
 * finished; without the channel (jsdom) status() can be asked instead.
 *
 * For the C++ side: window.waypointBook = {
 *   status()              -> {done, total, finished, error, pieces, hasFront, ...}
 *   show(i)               -> shows piece i alone (printing: see cutIntoPieces)
 *   showAll()             -> shows the whole book (the HTML export)
 *   setPageNumbers(pages) -> the table of contents shows pages[i] for entry i
 * }
 *
 * Plain ES2020 script: no modules, no build step.
 */
(function () {
  'use strict';

  const status = { done: 0, total: 0, finished: false, error: '', waiting: '', timings: { start: performance.now() } };
  // The channel's "book" object, once the channel is open.
  let bridge = null;

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null && text !== '') el.textContent = String(text);
    return el;
  }

  // Lets the channel's messages (and the C++ side's calls) in between long
  // work; a message is a task that, unlike setTimeout(0) in a chain, is not
  // held back 4 ms.
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

  function titlePage(data) {
    const page = element('section', 'book-title-page');
    page.appendChild(element('h1', 'book-title', data.title));
    if (data.subtitle) page.appendChild(element('p', 'book-subtitle', data.subtitle));
    if (data.generated) page.appendChild(element('p', 'book-generated', data.generated));
    return page;
  }

  function tableOfContents(data) {
    const nav = element('nav', 'book-toc');
    nav.appendChild(element('h1', 'book-toc-heading', data.labels && data.labels.contents));
    const list = element('ol', 'book-toc-list');
    for (const entry of data.contents || data.entries) {
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
    // Ids inside an entry (footnotes: fn-1, fnref-1) are made its own, so
    // that a link goes to this entry's footnote and not the first entry's.
    // A diagram's ids are unique already, and its <style> and url(#...) name them.
    const prefix = String(entry.anchor) + '-';
    const own = function (el) {
      return !el.closest('.mermaid-diagram');
    };
    for (const el of Array.from(body.querySelectorAll('[id]')).filter(own)) el.id = prefix + el.id;
    for (const link of Array.from(body.querySelectorAll('a[href^="#"]')).filter(own)) {
      const target = link.getAttribute('href').slice(1);
      if (target) link.setAttribute('href', '#' + prefix + target);
    }
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

  // The web fonts the book uses (KaTeX's), loaded. Not document.fonts.ready:
  // Chromium settles that only after a layout, long after the fonts are in.
  // KaTeX's CSS says font-display: block, so a formula printed before its
  // font has loaded would be blank.
  async function fontsLoaded(articles) {
    const math = articles.some(function (art) {
      return art.querySelector('.katex') !== null;
    });
    if (!document.fonts || !math) return;
    const faces = Array.from(document.fonts);
    const loads = faces.map(function(face) {
        return face.load()
            .catch(function(error) { WaypointRender.logError('font ' + face.family, error); })
            .then(report);
    });
    report(); // which fonts are loading
    await Promise.all(loads);
  }

  // The book in pieces that are printed one at a time and joined by the C++
  // side: Chromium prints a long document more slowly per page than a short
  // one. Piece 0 is the front matter (title page and contents) when there is
  // one; the others hold the entries, a few at a time.
  const ENTRIES_PER_PIECE = 16;
  const HTML_PER_PIECE = 160 * 1000;
  const book = { front: [], contents: [], articles: [], pieces: [], images: [] };

  function cutIntoPieces(entries) {
    let piece = [];
    let size = 0;
    for (let i = 0; i < book.articles.length; i++) {
      const length = String(entries[i].html || '').length;
      if (piece.length && (piece.length >= ENTRIES_PER_PIECE || size + length > HTML_PER_PIECE)) {
        book.pieces.push(piece);
        piece = [];
        size = 0;
      }
      piece.push(book.articles[i]);
      size += length;
    }
    if (piece.length) book.pieces.push(piece);
    if (book.front.length) book.pieces.unshift(book.front);
  }

  async function build(data) {
    const theme = data.theme === 'dark' ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    document.getElementById('hljs-light').media = theme === 'light' ? 'all' : 'not all';
    document.getElementById('hljs-dark').media = theme === 'dark' ? 'all' : 'not all';
    if (data.lang) document.documentElement.lang = data.lang;
    if (data.title) document.title = data.title;
    WaypointRender.setOptions({ theme: theme, remoteImages: !!data.remoteImages });

    const entries = Array.isArray(data.entries) ? data.entries : [];
    status.total = entries.length;
    if (data.titlePage) book.front.push(titlePage(data));
    if (data.toc) book.front.push(tableOfContents(data));
    book.contents = data.contents || entries;
    // Rendered detached: the page lays out only the piece it shows.
    let lastYield = performance.now();
    for (const entry of entries) {
      book.articles.push(await article(entry));
      status.done += 1;
      if (performance.now() - lastYield > 30) {
          report();
          await yieldToTasks();
          lastYield = performance.now();
      }
    }
    cutIntoPieces(entries);
    status.timings.rendered = performance.now();
    for (const art of book.articles) book.images.push.apply(book.images, Array.from(art.querySelectorAll('img')));
    status.waiting = 'images';
    report();
    await Promise.all(
        book.images.map(function(img) { return settled(img).then(report); }),
    );
    status.waiting = 'fonts';
    status.timings.images = performance.now();
    await fontsLoaded(book.articles);
    status.timings.fonts = performance.now();
    status.waiting = '';
    showAll();
    // Laid out once before anyone prints or reads it. (No requestAnimationFrame:
    // the page has no view, and a hidden page never gets a frame.)
    void document.body.offsetHeight;
    await yieldToTasks();
  }

  // Everything at once: the HTML export.
  function showAll() {
    const root = document.getElementById('content');
    root.replaceChildren.apply(root, book.front.concat(book.articles));
    return book.articles.length;
  }

  // One piece, for printing. Chromium writes a named destination only for
  // an element that a link of the same document points to, and leaves out a
  // link whose target is missing. So each piece carries empty links to its
  // entries, and the front matter empty stand-ins for the entries its
  // contents link to; when the pieces are joined, the entries' own
  // destinations win.
  function show(index) {
    const root = document.getElementById('content');
    const piece = book.pieces[index] || [];
    root.replaceChildren.apply(root, piece);
    const hidden = element('div', 'book-link-targets');
    for (const el of piece === book.front ? book.contents : piece) {
      if (piece === book.front) {
        const target = element('span');
        target.id = String(el.anchor);
        hidden.appendChild(target);
      } else {
        const link = element('a');
        link.href = '#' + el.id;
        hidden.appendChild(link);
      }
    }
    root.prepend(hidden);
    void document.body.offsetHeight;
    return piece.length;
  }

  function setPageNumbers(pages) {
    const cells = book.front.length ? book.front[book.front.length - 1].querySelectorAll('.toc-page') : [];
    for (let i = 0; i < cells.length; i++) {
      const page = Array.isArray(pages) ? pages[i] : null;
      cells[i].textContent = page ? String(page) : '';
    }
    return cells.length;
  }

  function snapshot()
  {
      return {
          done : status.done,
          total : status.total,
          finished : status.finished,
          error : status.error,
          waiting : status.waiting,
          pendingImages : book.images.filter(function(img) { return !img.complete; }).length,
          loadingFonts :
              Array.from(document.fonts || [])
                  .filter(function(face) { return face.status === 'loading'; })
                  .map(function(
                      face) { return face.family + ' ' + face.weight + ' ' + face.style; }),
          timings : status.timings,
          pieces : book.pieces.length,
          hasFront : book.front.length > 0,
      };
  }

  function report()
  {
      if (!bridge)
          return;
      try {
          bridge.report(snapshot());
      } catch (error) {
          console.error('book.report: ' + String(error));
      }
  }

  function openChannel()
  {
      if (typeof QWebChannel === 'undefined' || typeof qt === 'undefined'
          || !qt.webChannelTransport)
          return;
      new QWebChannel(qt.webChannelTransport, function(channel) {
          bridge = channel.objects.book || null;
          if (!bridge)
              console.error('channel: no "book" object registered');
          report(); // what happened before the channel was open
      });
  }

  window.waypointBook = {
      status : snapshot,
      show : show,
      showAll : showAll,
      setPageNumbers : setPageNumbers,
  };

  openChannel();
  const data = window.waypointBookData;
  if (!data || typeof WaypointRender === 'undefined') {
    status.error = !data ? 'the book data did not load' : 'render.js did not load';
    status.finished = true;
    return; // reported when the channel opens
  }
  build(data)
    .catch(function (error) {
      status.error = WaypointRender.messageOf(error);
      WaypointRender.logError('book', error);
    })
    .finally(function () {
      status.finished = true;
      report();
    });
})();
