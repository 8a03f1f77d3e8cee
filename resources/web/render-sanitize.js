/*
 * Entries' HTML and Mermaid's SVG made safe by DOMPurify: no script, no
 * style, no form, no remote fetch unless remote images are allowed (a remote
 * image's source is held back as data-remote-src for the placeholders of
 * render-remote.js); only read-only task-list checkboxes.
 * Part of WaypointRender; see render-common.js for the order of the scripts.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;
  const { options, logError, messageOf, normalizeUrl, isRemoteUrl, plainCss, cssIsRemote, scrubCss } = parts;

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
  // itself with <style> and style="" (checked for url() by scrubCss, render-remote.js).
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
  if (typeof DOMPurify === 'undefined') {
    logError('init', 'DOMPurify is missing: nothing can be rendered');
  } else {
    installPurifyHooks();
    diagramPurifier = DOMPurify(window);
    installDiagramHooks(diagramPurifier);
  }

  Object.assign(parts, {
    buildTree: buildTree,
    fixInputs: fixInputs,
    sanitizeDiagram: sanitizeDiagram,
  });
})();
