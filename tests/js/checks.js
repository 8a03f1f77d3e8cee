'use strict';
/*
 * What a user would notice if hostile content got through: script that runs,
 * handlers that survive, something fetched from another machine. Written
 * independently of render.js (URLs are judged by Node's WHATWG URL parser,
 * which reads them as a browser does), so a hole there is not shared here.
 */
const { JSDOM } = require('jsdom');

// Where an exported book may be opened from. A URL that resolves against it
// to another host (or to any scheme but the local ones) fetches from elsewhere.
const EXPORT_BASE = 'http://book.invalid/export/index.html';
const LOCAL_SCHEMES = new Set(['data:', 'attachment:', 'qrc:']);

function fetchesFromElsewhere(value) {
  let url;
  try {
    url = new URL(String(value), EXPORT_BASE);
  } catch (ignored) {
    return false; // a browser cannot fetch what it cannot parse
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return false;
  return url.protocol !== 'http:' || url.host !== new URL(EXPORT_BASE).host;
}

function cssUnescape(css) {
  return String(css).replace(/\\(?:([0-9a-f]{1,6})\s?|([\s\S]))/gi, function (all, hex, ch) {
    return hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : ch;
  });
}

// The remote URLs a piece of CSS would load (url(), @import, image-set strings).
function remoteInCss(css) {
  const text = cssUnescape(css);
  const found = [];
  for (const match of text.matchAll(/url\(\s*(?:"([^"]*)"?|'([^']*)'?|([^)\s]*))/gi)) {
    const target = match[1] ?? match[2] ?? match[3];
    if (fetchesFromElsewhere(target)) found.push(target);
  }
  for (const match of text.matchAll(/@import\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const target = match[1] ?? match[2];
    if (fetchesFromElsewhere(target)) found.push(target);
  }
  for (const match of text.matchAll(/image-set\(\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const target = match[1] ?? match[2];
    if (fetchesFromElsewhere(target)) found.push(target);
  }
  return found;
}

// Attributes whose value a browser fetches (or navigates a frame to).
// prettier-ignore
const FETCHING = new Set([
  'src', 'href', 'xlink:href', 'poster', 'background', 'action', 'formaction', 'data', 'lowsrc',
  'dynsrc', 'codebase', 'archive', 'manifest', 'icon', 'ping', 'longdesc',
]);
// Elements that have no business in a journal entry.
// prettier-ignore
const FORBIDDEN = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'meta', 'link',
  'base', 'portal', 'video', 'audio', 'source', 'track', 'picture', 'button', 'textarea', 'select',
]);
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;

function elementsOf(root) {
  return [root].concat(Array.from(root.querySelectorAll('*')));
}

function describe(el) {
  const html = el.outerHTML || '';
  return html.length > 160 ? html.slice(0, 160) + '…' : html;
}

// Everything in `root` that would load from another machine, as readable lines.
function remoteReferences(root) {
  const found = [];
  for (const el of elementsOf(root)) {
    const tag = el.localName.toLowerCase();
    // A placeholder names the URL it did not load; it loads nothing.
    const placeholder = el.classList && el.classList.contains('remote-image-blocked');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if ((name === 'href' || name === 'xlink:href') && tag === 'a') continue; // a link the user may follow
      if (placeholder && (name === 'title' || name === 'data-remote-src')) continue;
      if (FETCHING.has(name) && fetchesFromElsewhere(value)) found.push(name + '=' + value + ' in ' + describe(el));
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url && fetchesFromElsewhere(url)) found.push('srcset ' + url + ' in ' + describe(el));
        }
      }
      if (name === 'content' && /url\s*=/i.test(value)) found.push('refresh ' + value + ' in ' + describe(el));
      for (const url of remoteInCss(value)) found.push(name + ' css ' + url + ' in ' + describe(el)); // style, fill, filter...
    }
    if (tag === 'style') for (const url of remoteInCss(el.textContent)) found.push('<style> ' + url);
  }
  return found;
}

// Handler attributes, script-bearing links and forbidden elements in `root`.
function activeContent(root) {
  const found = [];
  for (const el of elementsOf(root)) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) found.push('<' + tag + '> ' + describe(el));
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(name + ' in ' + describe(el));
      if (
        (name === 'href' || name === 'xlink:href' || name === 'src' || name === 'action' || name === 'formaction') &&
        SCRIPT_SCHEME.test(attr.value.replace(/[\u0000-\u0020]/g, ''))
      ) {
        if (!((tag === 'img' || tag === 'image') && /^data:image\//i.test(attr.value.trim())))
          found.push(name + '=' + attr.value + ' in ' + describe(el));
      }
    }
  }
  return found;
}

// Gives every handler a chance to run, as a user's pointer, focus or a
// finished (or failed) load would.
function fireEverything(window, root) {
  const types = [
    'load',
    'error',
    'click',
    'mouseover',
    'mouseenter',
    'focus',
    'focusin',
    'toggle',
    'animationstart',
    'pointerdown',
  ];
  for (const el of elementsOf(root)) {
    for (const type of types) {
      try {
        el.dispatchEvent(new window.Event(type, { bubbles: false, cancelable: true }));
      } catch (ignored) {
        // an element that refuses an event is no worse
      }
    }
  }
}

// An exported file's HTML as a document of its own (no script runs in it).
function parseExport(html) {
  return new JSDOM('<!DOCTYPE html><body>' + html + '</body>').window.document.body;
}

module.exports = { fetchesFromElsewhere, remoteInCss, remoteReferences, activeContent, fireEverything, parseExport };
