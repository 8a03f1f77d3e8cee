/*
 * Waypoint Markdown preview.
 *
 * The page is loaded once. The C++ side sends the document as top-level
 * blocks (cmark-gfm HTML with data-sourcepos lines counted from the block's
 * first line), and after that only what changed: how many blocks stay at the
 * start and at the end, how far the end's lines moved, and the blocks in
 * between, with HTML for those the page has not seen. Only new blocks are
 * sanitised and enriched (KaTeX, highlight.js, Mermaid, remote-image
 * blocking); a changed block is patched in place with morphdom. Scroll
 * position is kept.
 *
 * Channel object "bridge" (C++):
 *   properties  theme ("light"|"dark"), remoteImages (bool), language ("zh-CN", "en", ...)
 *   signals     blocksChanged({revision, prefix, suffix, delta, middle: [{k, b, h?}]}),
 *               scrollRequested(line),
 *               themeChanged(theme), remoteImagesChanged(on)
 *   slots       ready(), rendered(revision), previewScrolled(line), previewClicked(line)
 *
 * For tests: window.waypointPreview = { scrollToLine, lineAtTop, revision, update, whenIdle }.
 *
 * Plain ES2020 script: no modules, no build step.
 */
(function () {
  'use strict';

  const MERMAID_SRC = 'qrc:/web/vendor/mermaid/mermaid.min.js';
  const BODY_FONTS = 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif';

  // ---------------------------------------------------------------- state --

  const state = {
    bridge: null,
    theme: 'light',
    remoteImages: false,
    revision: -1, // last revision whose DOM is on screen
    // The newest document received: block keys, their first source lines,
    // and the HTML of each key. Rendering catches up with it.
    model: { keys: [], lines: [], html: new Map() },
    lastRevision: -1,
    pending: null, // newest job not yet started: {revision, all}
    running: false,
    pendingScrollLine: null, // scrollRequested that arrived while rendering
    idleWaiters: [],
  };

  function logError(what, error) {
    try {
      console.error('[waypoint preview] ' + what + ':', error && error.stack ? error.stack : error);
    } catch (ignored) {
      // nothing more to do
    }
  }

  function messageOf(error) {
    if (error === null || error === undefined) return 'unknown error';
    if (typeof error === 'string') return error;
    if (error.message) return String(error.message);
    if (error.str) return String(error.str); // some parsers throw {str, hash}
    try {
      return String(error);
    } catch (ignored) {
      return 'unknown error';
    }
  }

  function callBridge(method) {
    const bridge = state.bridge;
    if (!bridge || typeof bridge[method] !== 'function') return;
    const args = Array.prototype.slice.call(arguments, 1);
    try {
      bridge[method].apply(bridge, args);
    } catch (error) {
      logError('bridge.' + method, error);
    }
  }

  // A small LRU cache: Map keeps insertion order, so re-inserting on use moves
  // an entry to the back and the front is the least recently used one.
  function makeCache(limit) {
    const map = new Map();
    return {
      get(key) {
        if (!map.has(key)) return undefined;
        const value = map.get(key);
        map.delete(key);
        map.set(key, value);
        return value;
      },
      set(key, value) {
        map.delete(key);
        map.set(key, value);
        while (map.size > limit) map.delete(map.keys().next().value);
      },
      clear() {
        map.clear();
      },
    };
  }

  const mathCache = makeCache(3000);
  const codeCache = makeCache(600);
  const mermaidCache = makeCache(120);

  // ------------------------------------------------------------ sanitising --

  // http(s), mailto, tel and the app's attachment: scheme; anything without a
  // scheme (relative paths, #fragments). data: is allowed by DOMPurify for
  // images only (its DATA_URI_TAGS), never for links.
  const ALLOWED_URI = /^(?:(?:https?|mailto|tel|attachment):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

  const PURIFY_CONFIG = {
    USE_PROFILES: { html: true },
    ADD_ATTR: ['data-sourcepos'],
    ALLOW_DATA_ATTR: true,
    FORBID_TAGS: [
      'script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base',
      'frame', 'frameset', 'template', 'noscript', 'video', 'audio', 'source', 'track',
      'picture', 'button', 'select', 'option', 'textarea', 'dialog',
    ],
    // style could load remote images through url(); srcset/poster/background bypass src checks.
    FORBID_ATTR: ['style', 'srcset', 'poster', 'background', 'ping', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  };

  const REMOTE_URL = /^\s*https?:/i;
  let sanitizeAllowsRemote = false;

  function installPurifyHooks() {
    DOMPurify.addHook('afterSanitizeAttributes', function (node) {
      if (!node || node.nodeType !== 1) return;
      if (node.hasAttribute('data-remote-src')) node.removeAttribute('data-remote-src');
      if (node.nodeName === 'IMG') {
        const src = node.getAttribute('src');
        // Runs inside DOMPurify's inert document, so nothing has been fetched yet.
        if (src && REMOTE_URL.test(src) && !sanitizeAllowsRemote) {
          node.removeAttribute('src');
          node.setAttribute('data-remote-src', src.trim());
        }
      }
    });
  }

  function sanitize(html) {
    sanitizeAllowsRemote = state.remoteImages;
    return DOMPurify.sanitize(String(html), PURIFY_CONFIG);
  }

  function buildTree(html) {
    const main = document.createElement('main');
    main.id = 'content';
    try {
      main.innerHTML = sanitize(html);
    } catch (error) {
      // Never fall back to unsanitised HTML.
      logError('sanitize', error);
      const pre = document.createElement('pre');
      pre.className = 'render-error';
      pre.textContent = 'Preview failed: ' + messageOf(error);
      main.appendChild(pre);
    }
    return main;
  }

  // Only read-only task-list checkboxes survive.
  function fixInputs(root) {
    for (const input of Array.from(root.querySelectorAll('input'))) {
      if ((input.getAttribute('type') || '').toLowerCase() !== 'checkbox') {
        input.remove();
        continue;
      }
      input.setAttribute('disabled', '');
      if (input.parentElement && input.parentElement.nodeName === 'LI') {
        input.parentElement.classList.add('task-list-item');
      }
    }
  }

  function hostOf(url) {
    try {
      return new URL(url).host;
    } catch (ignored) {
      return url;
    }
  }

  function blockRemoteImages(root) {
    for (const img of Array.from(root.querySelectorAll('img[data-remote-src]'))) {
      const url = img.getAttribute('data-remote-src');
      const alt = img.getAttribute('alt') || '';
      const box = document.createElement('span');
      box.className = 'remote-image-blocked';
      box.title = url;
      box.setAttribute('data-remote-src', url);
      if (alt) {
        const altSpan = document.createElement('span');
        altSpan.className = 'remote-image-alt';
        altSpan.textContent = alt;
        box.appendChild(altSpan);
      }
      const host = document.createElement('span');
      host.className = 'remote-image-host';
      host.textContent = hostOf(url);
      box.appendChild(host);
      img.replaceWith(box);
    }
  }

  // ------------------------------------------------------------------ math --

  function renderMath(root) {
    if (typeof katex === 'undefined') return;
    for (const el of Array.from(root.querySelectorAll('span.math-inline, span.math-display'))) {
      const display = el.classList.contains('math-display');
      const tex = el.textContent;
      const key = (display ? 'D:' : 'I:') + tex;
      const cached = mathCache.get(key);
      if (cached !== undefined) {
        el.innerHTML = cached;
        continue;
      }
      try {
        // No \href or \includegraphics (trust: false), and no formula may cover the page
        // (maxSize, in em) or expand macros without end (maxExpand).
        katex.render(tex, el, {
          displayMode: display,
          throwOnError: false,
          strict: 'ignore',
          trust: false,
          maxSize: 20,
          maxExpand: 500,
        });
        mathCache.set(key, el.innerHTML);
      } catch (error) {
        // A failing formula just shows its source.
        el.textContent = tex;
        el.classList.add('math-error');
        el.title = messageOf(error);
      }
    }
  }

  // ------------------------------------------------------------------ code --

  function languageOf(code) {
    for (const cls of Array.from(code.classList)) {
      if (cls.startsWith('language-')) return cls.slice('language-'.length).toLowerCase();
    }
    const pre = code.parentElement;
    if (pre && pre.hasAttribute('lang')) return (pre.getAttribute('lang') || '').toLowerCase();
    return '';
  }

  function codeBlocks(root) {
    return Array.from(root.querySelectorAll('pre > code'));
  }

  function highlightCode(root) {
    if (typeof hljs === 'undefined') return;
    for (const code of codeBlocks(root)) {
      const lang = languageOf(code);
      if (!lang || lang === 'mermaid') continue;
      try {
        if (!hljs.getLanguage(lang)) continue;
        const text = code.textContent;
        const key = lang + '\u0000' + text;
        let html = codeCache.get(key);
        if (html === undefined) {
          html = hljs.highlight(text, { language: lang, ignoreIllegals: true }).value;
          codeCache.set(key, html);
        }
        code.innerHTML = html;
        code.classList.add('hljs');
      } catch (error) {
        logError('highlight ' + lang, error);
      }
    }
  }

  // --------------------------------------------------------------- mermaid --

  // Qt 6.4's Chromium (102) predates these; Mermaid's Langium-based parsers use them.
  function installPolyfills() {
    function groupInto(items, keyFn, add) {
      let index = 0;
      for (const item of items) add(keyFn(item, index++), item);
    }
    if (typeof Object.groupBy !== 'function') {
      Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyFn) {
          const out = Object.create(null);
          groupInto(items, keyFn, function (key, item) {
            const k = typeof key === 'symbol' ? key : String(key);
            if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = [];
            out[k].push(item);
          });
          return out;
        },
      });
    }
    if (typeof Map.groupBy !== 'function') {
      Object.defineProperty(Map, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, keyFn) {
          const out = new Map();
          groupInto(items, keyFn, function (key, item) {
            if (!out.has(key)) out.set(key, []);
            out.get(key).push(item);
          });
          return out;
        },
      });
    }
  }

  let mermaidPromise = null;
  let mermaidTheme = null;
  let mermaidCounter = 0;

  function loadMermaid() {
    if (window.mermaid && typeof window.mermaid.render === 'function') {
      return Promise.resolve(window.mermaid);
    }
    if (!mermaidPromise) {
      installPolyfills();
      const script = document.createElement('script');
      mermaidPromise = new Promise(function (resolve, reject) {
        script.src = MERMAID_SRC;
        script.async = true;
        script.onload = function () {
          if (window.mermaid && typeof window.mermaid.render === 'function') resolve(window.mermaid);
          else reject(new Error(MERMAID_SRC + ' did not define mermaid'));
        };
        script.onerror = function () {
          reject(new Error('could not load ' + MERMAID_SRC));
        };
        document.head.appendChild(script);
      }).catch(function (error) {
        mermaidPromise = null; // try again with the next update
        script.remove();
        throw error;
      });
    }
    return mermaidPromise;
  }

  function configureMermaid(mermaid) {
    const theme = state.theme === 'dark' ? 'dark' : 'default';
    if (mermaidTheme === theme) return;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme,
      fontFamily: BODY_FONTS,
      suppressErrorRendering: true,
    });
    mermaidTheme = theme;
  }

  async function renderOneMermaid(mermaid, text) {
    const id = 'wp-mermaid-' + ++mermaidCounter;
    try {
      configureMermaid(mermaid);
      const result = await mermaid.render(id, text);
      const svg = result && typeof result === 'object' ? result.svg : result;
      if (typeof svg !== 'string' || !svg) return { error: 'Mermaid returned no diagram' };
      return { svg: svg };
    } catch (error) {
      return { error: messageOf(error) };
    } finally {
      // Mermaid draws in scratch elements under <body>; some error paths leave them behind.
      const content = document.getElementById('content');
      for (const strayId of ['d' + id, 'i' + id, id]) {
        const stray = document.getElementById(strayId);
        if (stray && !(content && content.contains(stray))) stray.remove();
      }
    }
  }

  function isMermaidCode(code) {
    return languageOf(code) === 'mermaid';
  }

  async function renderMermaid(root) {
    const blocks = codeBlocks(root).filter(isMermaidCode);
    if (blocks.length === 0) return;

    let mermaid = null;
    let loadError = null;
    try {
      mermaid = await loadMermaid();
    } catch (error) {
      loadError = error;
      logError('load mermaid', error);
    }

    for (const code of blocks) {
      const pre = code.parentElement;
      const text = code.textContent;
      const key = state.theme + '\u0000' + text;
      let entry = mermaidCache.get(key);
      if (!entry) {
        if (mermaid) {
          entry = await renderOneMermaid(mermaid, text);
          mermaidCache.set(key, entry);
        } else {
          entry = { error: 'Mermaid is unavailable: ' + messageOf(loadError) };
        }
      }
      const box = document.createElement('div');
      box.className = 'mermaid-diagram';
      if (pre.hasAttribute('data-sourcepos')) {
        box.setAttribute('data-sourcepos', pre.getAttribute('data-sourcepos'));
      }
      if (entry.svg) {
        box.innerHTML = entry.svg;
      } else {
        box.classList.add('mermaid-failed');
        const errorPre = document.createElement('pre');
        errorPre.className = 'mermaid-error';
        errorPre.textContent = entry.error;
        box.appendChild(errorPre);
      }
      pre.replaceWith(box);
    }
  }

  // ------------------------------------------------------------ scrolling --

  // Programmatic scrolls (scrollRequested, content updates) must not be
  // reported back as user scrolls: remember where we scrolled to and when.
  let expectedScroll = null; // {y, until}
  let scrollReportScheduled = false;
  let anchorsCache = null;

  function maxScrollY() {
    const doc = document.scrollingElement || document.documentElement;
    return Math.max(0, doc.scrollHeight - window.innerHeight);
  }

  function programmaticScrollTo(y) {
    const target = Math.round(Math.min(Math.max(0, y), maxScrollY()));
    expectedScroll = { y: target, until: performance.now() + 600 };
    if (Math.abs(window.scrollY - target) >= 1) window.scrollTo(0, target);
    return target;
  }

  function parseSourcepos(value) {
    const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(value || '');
    if (!m) return null;
    return { start: Number(m[1]), end: Number(m[3]) };
  }

  // A block's lines count from its own start; the page knows where each block starts.
  function absolutePos(el) {
    const pos = parseSourcepos(el.getAttribute('data-sourcepos'));
    if (!pos) return null;
    const block = blockOf(el);
    const offset = block && block.__line ? block.__line - 1 : 0;
    return { start: pos.start + offset, end: pos.end + offset };
  }

  function invalidateAnchors() {
    anchorsCache = null;
  }

  // Piecewise-linear map between source lines and document y: page top is
  // line 1, then every [data-sourcepos] element (in document order, kept only
  // while both its line and its top increase), then the line after the last
  // block at the bottom of the content.
  function anchors() {
    if (anchorsCache) return anchorsCache;
    const points = [{ line: 1, y: 0 }];
    const content = document.getElementById('content');
    if (content) {
      const scrollY = window.scrollY;
      let maxEnd = 0;
      for (const el of Array.from(content.querySelectorAll('[data-sourcepos]'))) {
        const pos = absolutePos(el);
        if (!pos || el.getClientRects().length === 0) continue;
        if (pos.end > maxEnd) maxEnd = pos.end;
        const top = el.getBoundingClientRect().top + scrollY;
        const last = points[points.length - 1];
        if (pos.start > last.line && top >= last.y) points.push({ line: pos.start, y: top });
      }
      const bottom = content.getBoundingClientRect().bottom + scrollY;
      const last = points[points.length - 1];
      if (maxEnd + 1 > last.line && bottom >= last.y) points.push({ line: maxEnd + 1, y: bottom });
    }
    anchorsCache = points;
    return points;
  }

  function yForLine(line) {
    const points = anchors();
    let i = 0;
    while (i + 1 < points.length && points[i + 1].line <= line) i++;
    const a = points[i];
    const b = points[i + 1];
    if (!b) return a.y;
    const fraction = Math.min(1, Math.max(0, (line - a.line) / (b.line - a.line)));
    return a.y + fraction * (b.y - a.y);
  }

  function lineForY(y) {
    const points = anchors();
    let i = 0;
    while (i + 1 < points.length && points[i + 1].y <= y) i++;
    const a = points[i];
    const b = points[i + 1];
    if (!b || b.y <= a.y) return a.line;
    const fraction = Math.min(1, Math.max(0, (y - a.y) / (b.y - a.y)));
    return a.line + fraction * (b.line - a.line);
  }

  function scrollToLine(line) {
    const value = Number(line);
    if (!Number.isFinite(value)) return window.scrollY;
    return programmaticScrollTo(yForLine(Math.max(1, value)));
  }

  function lineAtTop() {
    return lineForY(window.scrollY);
  }

  function onScroll() {
    if (expectedScroll) {
      if (performance.now() <= expectedScroll.until && Math.abs(window.scrollY - expectedScroll.y) < 1.5) {
        return; // ours
      }
      expectedScroll = null;
    }
    state.pendingScrollLine = null; // the user's position wins over an older request
    if (scrollReportScheduled) return;
    scrollReportScheduled = true;
    requestAnimationFrame(function () {
      scrollReportScheduled = false;
      try {
        callBridge('previewScrolled', lineAtTop());
      } catch (error) {
        logError('previewScrolled', error);
      }
    });
  }

  function onScrollRequested(line) {
    try {
      scrollToLine(line);
    } catch (error) {
      logError('scrollToLine', error);
    }
    // The DOM is about to change (or nothing is shown yet): apply the request
    // again once the next update is on screen.
    if (state.running || state.pending || state.revision === -1) state.pendingScrollLine = Number(line);
  }

  // ------------------------------------------------------------- rendering --

  function blockOf(el) {
    return el && typeof el.closest === 'function' ? el.closest('.wp-block') : null;
  }

  // A block's HTML made safe and complete, as a detached wrapper element.
  async function renderBlock(key, html) {
    const main = buildTree(html);
    step('inputs', fixInputs, main);
    step('remote images', blockRemoteImages, main);
    step('math', renderMath, main);
    step('code', highlightCode, main);
    try {
      await renderMermaid(main);
    } catch (error) {
      logError('mermaid', error);
    }
    const wrapper = document.createElement('div');
    wrapper.className = 'wp-block';
    wrapper.append.apply(wrapper, Array.from(main.childNodes));
    wrapper.__key = key;
    return wrapper;
  }

  // Brings #content to the model: blocks whose key is already on the page
  // stay (or move), a block that changed is morphed in place, new ones are
  // inserted, the rest removed.
  async function renderModel(model, all) {
    const live = document.getElementById('content');
    const previousY = window.scrollY;
    if (all) live.replaceChildren();
    const onPage = new Map();
    for (const el of Array.from(live.children)) {
      if (!onPage.has(el.__key)) onPage.set(el.__key, []);
      onPage.get(el.__key).push(el);
    }
    const wanted = new Set(model.keys);
    // Render what is new first (Mermaid is asynchronous), then touch the DOM
    // in one go.
    const fresh = new Map();
    for (const key of model.keys) {
      if (!onPage.has(key) && !fresh.has(key)) fresh.set(key, await renderBlock(key, model.html.get(key) || ''));
    }
    let cursor = live.firstElementChild;
    const take = function (el) {
      const list = onPage.get(el.__key);
      const i = list ? list.indexOf(el) : -1;
      if (i >= 0) list.splice(i, 1);
    };
    for (let i = 0; i < model.keys.length; i++) {
      const key = model.keys[i];
      let el = null;
      if (cursor && cursor.__key === key) {
        el = cursor;
        cursor = cursor.nextElementSibling;
        take(el);
      } else if (onPage.has(key) && onPage.get(key).length) {
        el = onPage.get(key).shift();
        live.insertBefore(el, cursor);
      } else if (cursor && !wanted.has(cursor.__key)) {
        // An edited block: patch it, so unchanged parts (formulas, images) stay.
        el = cursor;
        cursor = cursor.nextElementSibling;
        take(el);
        const next = fresh.get(key).cloneNode(true);
        try {
          morphdom(el, next, {
            getNodeKey: function () {
              return null;
            },
            onBeforeElUpdated: function (fromEl, toEl) {
              return !fromEl.isEqualNode(toEl);
            },
          });
        } catch (error) {
          logError('morphdom', error);
          el.replaceWith(next);
          el = next;
        }
        el.__key = key;
      } else {
        el = fresh.get(key).cloneNode(true);
        el.__key = key;
        live.insertBefore(el, cursor);
      }
      el.__line = model.lines[i];
    }
    while (cursor) {
      const next = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
    for (const list of onPage.values()) for (const el of list) if (el.isConnected && el.parentElement === live) el.remove();
    invalidateAnchors();
    if (state.pendingScrollLine !== null) {
      const line = state.pendingScrollLine;
      state.pendingScrollLine = null;
      scrollToLine(line);
    } else {
      programmaticScrollTo(previousY);
    }
  }

  function step(name, fn, root) {
    try {
      fn(root);
    } catch (error) {
      logError(name, error);
    }
  }

  async function pump() {
    if (state.running) return;
    state.running = true;
    try {
      while (state.pending) {
        const job = state.pending;
        state.pending = null;
        try {
          await renderModel(state.model, job.all);
        } catch (error) {
          logError('render ' + job.revision, error);
        }
        if (!state.pending || state.pending.revision !== job.revision) {
          state.revision = job.revision;
          callBridge('rendered', job.revision);
        }
      }
    } finally {
      state.running = false;
      const waiters = state.idleWaiters;
      state.idleWaiters = [];
      for (const resolve of waiters) resolve(state.revision);
    }
  }

  function schedule(revision, all) {
    const keepAll = state.pending && state.pending.all;
    state.pending = { revision: revision, all: !!(all || keepAll) };
    pump();
  }

  // An update from C++ (see the header comment).
  function applyUpdate(update) {
    if (!update) return;
    // After ready() the page is sent everything: whatever it held before
    // (from an update that came in between) is dropped.
    if (update.reset) state.model = { keys: [], lines: [], html: new Map() };
    const old = state.model;
    const prefix = Math.max(0, Math.min(Number(update.prefix) || 0, old.keys.length));
    const suffix = Math.max(0, Math.min(Number(update.suffix) || 0, old.keys.length - prefix));
    const delta = Number(update.delta) || 0;
    const middle = Array.isArray(update.middle) ? update.middle : [];
    const keys = old.keys.slice(0, prefix);
    const lines = old.lines.slice(0, prefix);
    for (const block of middle) {
      keys.push(String(block.k));
      lines.push(Number(block.b) || 1);
    }
    for (let i = old.keys.length - suffix; i < old.keys.length; i++) {
      keys.push(old.keys[i]);
      lines.push(old.lines[i] + delta);
    }
    const html = new Map();
    for (const block of middle) if (typeof block.h === 'string') html.set(String(block.k), block.h);
    for (const key of keys) if (!html.has(key) && old.html.has(key)) html.set(key, old.html.get(key));
    state.model = { keys: keys, lines: lines, html: html };
    const rev = Number(update.revision);
    state.lastRevision = Number.isFinite(rev) ? rev : state.lastRevision + 1;
    schedule(state.lastRevision, !!update.reset);
  }

  // For tests without the bridge: a whole body as one block.
  function update(html, revision) {
    const text = html === null || html === undefined ? '' : String(html);
    const key = 'raw:' + String(revision);
    state.model = { keys: [key], lines: [1], html: new Map([[key, text]]) };
    state.lastRevision = Number(revision);
    schedule(state.lastRevision, false);
  }

  // Theme or remote images changed: every block is rendered again.
  function rerender() {
    if (!state.model.keys.length) return;
    schedule(state.lastRevision, true);
  }

  function whenIdle() {
    if (!state.running && !state.pending) return Promise.resolve(state.revision);
    return new Promise(function (resolve) {
      state.idleWaiters.push(resolve);
    });
  }

  // --------------------------------------------------------- bridge props --

  function applyTheme(theme) {
    const next = theme === 'dark' ? 'dark' : 'light';
    const changed = next !== state.theme;
    state.theme = next;
    document.documentElement.dataset.theme = next;
    const light = document.getElementById('hljs-light');
    const dark = document.getElementById('hljs-dark');
    if (light) light.media = next === 'light' ? 'all' : 'not all';
    if (dark) dark.media = next === 'dark' ? 'all' : 'not all';
    if (changed) rerender();
  }

  function applyRemoteImages(on) {
    const next = !!on;
    const changed = next !== state.remoteImages;
    state.remoteImages = next;
    if (changed) rerender();
  }

  function applyLanguage(lang) {
    if (typeof lang === 'string' && lang) document.documentElement.lang = lang;
  }

  function connectSignal(signal, handler) {
    if (signal && typeof signal.connect === 'function') signal.connect(handler);
  }

  function setUpChannel() {
    if (typeof QWebChannel === 'undefined' || typeof qt === 'undefined' || !qt.webChannelTransport) {
      console.warn('[waypoint preview] no Qt WebChannel: waiting for waypointPreview.update()');
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      const bridge = channel.objects.bridge;
      if (!bridge) {
        logError('channel', 'no "bridge" object registered');
        return;
      }
      state.bridge = bridge;
      applyLanguage(bridge.language);
      applyTheme(bridge.theme);
      applyRemoteImages(bridge.remoteImages);
      connectSignal(bridge.themeChanged, function (value) {
        applyTheme(value !== undefined ? value : bridge.theme);
      });
      connectSignal(bridge.remoteImagesChanged, function (value) {
        applyRemoteImages(value !== undefined ? value : bridge.remoteImages);
      });
      connectSignal(bridge.blocksChanged, applyUpdate);
      connectSignal(bridge.scrollRequested, onScrollRequested);
      callBridge('ready');
    });
  }

  // ---------------------------------------------------------------- clicks --

  function onClick(event) {
    if (event.button !== 0 || event.defaultPrevented) return;
    let target = event.target;
    if (target && target.nodeType !== 1) target = target.parentElement;
    if (!target || typeof target.closest !== 'function') return;
    if (target.closest('a')) return; // links navigate; C++ handles that
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // finishing a text selection
    const content = document.getElementById('content');
    const block = target.closest('[data-sourcepos]');
    if (!block || !content || !content.contains(block)) return;
    const pos = absolutePos(block);
    if (pos) callBridge('previewClicked', pos.start);
  }

  // ------------------------------------------------------------------ init --

  function init() {
    try {
      const theme = new URLSearchParams(window.location.search).get('theme');
      if (theme) applyTheme(theme);
    } catch (ignored) {
      // no query string
    }
    if (typeof DOMPurify === 'undefined' || typeof morphdom === 'undefined') {
      logError('init', 'DOMPurify or morphdom is missing; the preview cannot render');
    } else {
      installPurifyHooks();
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', invalidateAnchors);
    document.addEventListener('click', onClick);
    // Images and fonts that finish loading move blocks around.
    document.addEventListener('load', invalidateAnchors, true);
    if (typeof ResizeObserver === 'function') {
      const content = document.getElementById('content');
      if (content) new ResizeObserver(invalidateAnchors).observe(content);
    }
    if (document.fonts && typeof document.fonts.addEventListener === 'function') {
      document.fonts.addEventListener('loadingdone', invalidateAnchors);
    }

    window.waypointPreview = {
      scrollToLine: scrollToLine,
      lineAtTop: lineAtTop,
      get revision() {
        return state.revision;
      },
      update: update,
      whenIdle: whenIdle,
    };

    setUpChannel();
  }

  init();
})();
