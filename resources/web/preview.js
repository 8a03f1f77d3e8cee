/*
 * Waypoint Markdown preview.
 *
 * The page is loaded once. The C++ side sends the document as top-level
 * blocks (cmark-gfm HTML with data-sourcepos lines counted from the block's
 * first line), and after that only what changed: how many blocks stay at the
 * start and at the end, how far the end's lines moved, and the blocks in
 * between, with HTML for those the page has not seen. Only new blocks are
 * sanitised and enriched (render.js: DOMPurify, KaTeX, highlight.js, Mermaid,
 * remote-image blocking); a changed block is patched in place with morphdom.
 * Scroll position is kept.
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

  function logError(what, error) {
    WaypointRender.logError(what, error);
  }

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

  // A block's HTML made safe and complete (render.js), as a detached wrapper element.
  async function renderBlock(key, html) {
    const main = await WaypointRender.render(html);
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
    WaypointRender.setOptions({ theme: next });
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
    WaypointRender.setOptions({ remoteImages: next });
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
    if (typeof WaypointRender === 'undefined' || typeof morphdom === 'undefined') {
      console.error('[waypoint preview] render.js or morphdom is missing; the preview cannot render');
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
