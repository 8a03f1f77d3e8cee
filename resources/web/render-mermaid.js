/*
 * ```mermaid blocks drawn as SVG by Mermaid, which is loaded only when a
 * diagram needs it; its SVG is sanitised again before the page sees it.
 * Part of WaypointRender; see render-common.js for the order of the scripts.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;
  const { options, logError, messageOf, languageOf, codeBlocks, sanitizeDiagram, blockRemoteImages } = parts;

  // Relative to the page, which is qrc:/web/preview.html or qrc:/web/book.html.
  const MERMAID_SRC = 'vendor/mermaid/mermaid.min.js';
  const BODY_FONTS = 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif';

  const mermaidCache = parts.makeCache(120);

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
    const theme = options.theme === 'dark' ? 'dark' : 'default';
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
      const key = options.theme + '\u0000' + text;
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
        // Mermaid put the labels' HTML in after its own sanitising: remote
        // images, handlers and url() are taken out before the page sees it.
        box.innerHTML = sanitizeDiagram(entry.svg);
        blockRemoteImages(box);
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

  parts.renderMermaid = renderMermaid;
})();
