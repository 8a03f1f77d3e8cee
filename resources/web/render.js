/*
 * Waypoint's Markdown rendering in the page: the one pipeline behind the live
 * preview (preview.js) and the exported book (book.js), so an export looks
 * like the preview.
 *
 * Given cmark-gfm HTML it returns a detached element holding the same content
 * made safe and complete: sanitised by DOMPurify (no script, no style, no
 * remote fetch unless allowed), task-list checkboxes read-only, math typeset
 * by KaTeX, code highlighted by highlight.js, Mermaid diagrams drawn as SVG.
 *
 *   WaypointRender.setOptions({theme: 'light'|'dark', remoteImages: bool})
 *   WaypointRender.render(html) -> Promise<HTMLElement>
 *   WaypointRender.logError(what, error), WaypointRender.messageOf(error)
 *   WaypointRender.sanitizeDiagram(svg) -> string (Mermaid's SVG made safe; for tests)
 *
 * Plain ES2020 script: no modules, no build step.
 */
(function () {
  'use strict';

  const options = { theme: 'light', remoteImages: false };

  // Relative to the page, which is qrc:/web/preview.html or qrc:/web/book.html.
  const MERMAID_SRC = 'vendor/mermaid/mermaid.min.js';
  const BODY_FONTS = 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif';

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

  // Mermaid's SVG: its labels are HTML inside <foreignObject>, and it styles
  // itself with <style> and style="" (checked for url() by scrubCss below).
  const DIAGRAM_CONFIG = {
    USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true },
    ADD_TAGS: ['foreignObject'],
    HTML_INTEGRATION_POINTS: { 'annotation-xml': true, foreignobject: true },
    ALLOW_DATA_ATTR: true,
    FORBID_TAGS: PURIFY_CONFIG.FORBID_TAGS.filter(function (tag) {
      return tag !== 'style';
    }),
    FORBID_ATTR: PURIFY_CONFIG.FORBID_ATTR.filter(function (attr) {
      return attr !== 'style';
    }),
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  };

  // Schemes that stay on this machine: the journal's attachments, the page's
  // own resources, inline data. Relative URLs and #fragments stay local too.
  const LOCAL_SCHEMES = new Set(['attachment', 'qrc', 'data']);

  // A URL as a browser reads it: blanks and controls around it dropped, tabs
  // and newlines inside removed, backslashes taken as slashes.
  function normalizeUrl(url) {
    return String(url)
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
      .replace(/[\t\n\r]/g, '')
      .replace(/\\/g, '/');
  }

  // Whether loading the URL would fetch from another machine: protocol-relative
  // //host/..., and every scheme but the local ones (http, https, ftp, file, ...).
  function isRemoteUrl(url) {
    const text = normalizeUrl(url);
    if (text.startsWith('//')) return true;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
    return scheme !== null && !LOCAL_SCHEMES.has(scheme[1].toLowerCase());
  }

  // CSS as the browser tokenises it, escapes resolved (u\72l( is url().
  function plainCss(css) {
    return String(css).replace(/\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([\s\S]))/gi, function (all, hex, ch) {
      if (!hex) return ch === '\n' ? '' : ch;
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    });
  }

  // Whether CSS may fetch from another machine. Errs on the side of yes:
  // @import always, url(...) by its target (an unclosed one too), and strings
  // wherever a function that takes a URL string (image-set, src) appears.
  function cssIsRemote(css) {
    const text = plainCss(css);
    if (/@import/i.test(text)) return true;
    for (const match of text.matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
      if (isRemoteUrl(match[1])) return true;
    }
    if (/(?:image-set|image|cross-fade|src)\s*\(/i.test(text)) {
      for (const match of text.matchAll(/['"]([^'"]*)/g)) {
        if (isRemoteUrl(match[1])) return true;
      }
    }
    return false;
  }

  // CSS cut into declarations (at ; outside strings and brackets) or, for a
  // stylesheet, into rules and statements as well (at the } closing a rule).
  function splitCss(css, stylesheet) {
    const parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '\\') {
        i++;
      } else if (quote) {
        if (c === quote || c === '\n') quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        depth = Math.max(0, depth - 1);
        if (stylesheet && c === '}' && depth === 0) {
          parts.push(css.slice(start, i + 1));
          start = i + 1;
        }
      } else if (c === ';' && depth === 0) {
        parts.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < css.length) parts.push(css.slice(start));
    return parts;
  }

  // The CSS without what fetches from elsewhere (a user's classDef or
  // themeCSS can say url(http://...)); everything, if cutting is not enough.
  function scrubCss(css, stylesheet) {
    if (!cssIsRemote(css)) return css;
    const kept = splitCss(String(css), stylesheet)
      .filter(function (part) {
        return !cssIsRemote(part);
      })
      .join('');
    return cssIsRemote(kept) ? '' : kept;
  }

  let sanitizeAllowsRemote = false;

  // An image's remote source, taken out while DOMPurify looks at the
  // attribute (before its own URI check drops an ftp: one without a trace),
  // comes back as data-remote-src for blockRemoteImages to name the host.
  // This runs in DOMPurify's inert document: nothing has been fetched.
  const heldSources = new WeakMap();

  function holdRemoteSource(node, data) {
    if (sanitizeAllowsRemote || !isRemoteUrl(data.attrValue)) return;
    heldSources.set(node, normalizeUrl(data.attrValue));
    data.keepAttr = false;
  }

  function markHeldSource(node) {
    if (node.hasAttribute('data-remote-src')) node.removeAttribute('data-remote-src'); // the entry's own
    const url = heldSources.get(node);
    if (url === undefined) return;
    heldSources.delete(node);
    node.setAttribute('data-remote-src', url);
  }

  function installPurifyHooks() {
    DOMPurify.addHook('uponSanitizeAttribute', function (node, data) {
      if (node.nodeName === 'IMG' && data.attrName === 'src') holdRemoteSource(node, data);
    });
    DOMPurify.addHook('afterSanitizeAttributes', function (node) {
      if (!node || node.nodeType !== 1) return;
      if (node.nodeName !== 'IMG' && node.hasAttribute('src')) node.removeAttribute('src'); // <input type=image>
      markHeldSource(node);
    });
  }

  // Mermaid's label sanitising lets <img src=http://...> through, and its
  // styles may carry url(): its SVG gets a DOMPurify instance of its own.
  let diagramPurifier = null;

  function installDiagramHooks(purifier) {
    purifier.addHook('uponSanitizeElement', function (node, data) {
      if (data && data.tagName === 'style') node.textContent = scrubCss(node.textContent, true);
    });
    purifier.addHook('uponSanitizeAttribute', function (node, data) {
      const tag = node.nodeName.toLowerCase();
      if ((tag === 'img' || tag === 'image') && /^(?:src|href|xlink:href)$/.test(data.attrName)) {
        holdRemoteSource(node, data);
      }
    });
    purifier.addHook('afterSanitizeAttributes', function (node) {
      if (!node || node.nodeType !== 1) return;
      markHeldSource(node);
      const tag = node.nodeName.toLowerCase();
      for (const attr of Array.from(node.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value;
        if (name === 'style') {
          const kept = scrubCss(value, false);
          if (kept === value) continue;
          if (kept.trim()) node.setAttribute(attr.name, kept);
          else node.removeAttribute(attr.name);
        } else if (name === 'src' || name === 'href' || name === 'xlink:href') {
          // A link fetches nothing (DOMPurify checked its scheme); an image's
          // remote source is held above; anything else may only point inside the diagram.
          if (tag === 'a' || tag === 'img' || tag === 'image') continue;
          if (!value.trim().startsWith('#')) node.removeAttribute(attr.name);
        } else if (/url\(/i.test(plainCss(value)) && cssIsRemote(value)) {
          node.removeAttribute(attr.name); // fill, filter, mask, marker-end...
        }
      }
    });
  }

  function sanitize(html) {
    sanitizeAllowsRemote = options.remoteImages;
    return DOMPurify.sanitize(String(html), PURIFY_CONFIG);
  }

  // Mermaid's SVG (a string) made safe like the rest; drawn in the page only after this.
  function sanitizeDiagram(svg) {
    if (!diagramPurifier) throw new Error('DOMPurify is missing');
    sanitizeAllowsRemote = options.remoteImages;
    return diagramPurifier.sanitize(String(svg), DIAGRAM_CONFIG);
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
      // The base only completes a protocol-relative //host/... URL.
      return new URL(normalizeUrl(url), 'https://invalid.invalid/').host || url;
    } catch (ignored) {
      return url;
    }
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';

  function svgElement(tag, attributes) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const name of Object.keys(attributes)) el.setAttribute(name, String(attributes[name]));
    return el;
  }

  // An <image> of a diagram (Mermaid's image shapes): a dashed box of its size naming the host.
  function blockRemoteSvgImage(image) {
    const url = image.getAttribute('data-remote-src');
    const x = parseFloat(image.getAttribute('x')) || 0;
    const y = parseFloat(image.getAttribute('y')) || 0;
    const width = parseFloat(image.getAttribute('width')) || 0;
    const height = parseFloat(image.getAttribute('height')) || 0;
    const box = svgElement('g', { class: 'remote-image-blocked', 'data-remote-src': url });
    if (image.hasAttribute('transform')) box.setAttribute('transform', image.getAttribute('transform'));
    const title = svgElement('title', {});
    title.textContent = url;
    box.appendChild(title);
    box.appendChild(
      svgElement('rect', {
        x: x,
        y: y,
        width: width,
        height: height,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-dasharray': '4 3',
      }),
    );
    const host = svgElement('text', {
      class: 'remote-image-host',
      x: x + width / 2,
      y: y + height / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'middle',
      fill: 'currentColor',
    });
    host.textContent = hostOf(url);
    box.appendChild(host);
    image.replaceWith(box);
  }

  function blockRemoteImages(root) {
    for (const image of Array.from(root.querySelectorAll('image[data-remote-src]'))) {
      if (image.namespaceURI === SVG_NS) blockRemoteSvgImage(image);
    }
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


  function step(name, fn, root) {
    try {
      fn(root);
    } catch (error) {
      logError(name, error);
    }
  }

  async function render(html) {
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
    return main;
  }

  function setOptions(next) {
    if (!next) return;
    if (next.theme !== undefined) options.theme = next.theme === 'dark' ? 'dark' : 'light';
    if (next.remoteImages !== undefined) options.remoteImages = !!next.remoteImages;
  }

  if (typeof DOMPurify === 'undefined') {
    logError('init', 'DOMPurify is missing: nothing can be rendered');
  } else {
    installPurifyHooks();
    diagramPurifier = DOMPurify(window);
    installDiagramHooks(diagramPurifier);
  }

  window.WaypointRender = {
    setOptions: setOptions,
    render: render,
    logError: logError,
    messageOf: messageOf,
    sanitizeDiagram: sanitizeDiagram,
  };
})();
