/*
 * What would fetch from another machine, judged as a browser would read it:
 * URLs and CSS (for the sanitizers in render-sanitize.js), and the
 * placeholders that stand in for remote images, naming their host.
 * Part of WaypointRender; see render-common.js for the order of the scripts.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;

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

  Object.assign(parts, {
    normalizeUrl: normalizeUrl,
    isRemoteUrl: isRemoteUrl,
    plainCss: plainCss,
    cssIsRemote: cssIsRemote,
    scrubCss: scrubCss,
    blockRemoteImages: blockRemoteImages,
  });
})();
