'use strict';
/*
 * The preview and book pages (resources/web) opened in jsdom as the app opens
 * them: the page's own HTML, its <script> elements loaded in order from
 * qrc:/web/..., the real libraries from the build's npm folder, Mermaid loaded
 * by render.js when a diagram needs it. Scripts run for real
 * (runScripts: 'dangerously'), so a payload that slips through does run.
 *
 * Every request the page makes is recorded; nothing reaches the network.
 *
 * Environment (set by tests/CMakeLists.txt; defaults for a run from the tree):
 *   WAYPOINT_WEB_SOURCE   resources/web
 *   WAYPOINT_WEB_MODULES  the node_modules the preview's libraries were installed into
 */
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM, VirtualConsole, requestInterceptor } = require('jsdom');

const WEB_SOURCE = process.env.WAYPOINT_WEB_SOURCE || path.resolve(__dirname, '../../resources/web');
const WEB_MODULES =
  process.env.WAYPOINT_WEB_MODULES || path.resolve(__dirname, '../../build/resources/web/npm/node_modules');

// qrc:/web/vendor/... -> file under node_modules, read from the list the
// resources are built from, so the pages here get the same files as the app.
function vendorFiles() {
  const cmake = fs.readFileSync(path.join(WEB_SOURCE, 'CMakeLists.txt'), 'utf8');
  const files = new Map();
  for (const match of cmake.matchAll(/"(vendor\/[^"=]+)=([^"]+)"/g)) {
    files.set(match[1], path.join(WEB_MODULES, match[2]));
  }
  if (!files.size) throw new Error('no vendor files listed in ' + WEB_SOURCE + '/CMakeLists.txt');
  return files;
}

// The pages' own files (qrc:/web/preview.js, render-math.js, ...) by the
// same list: a script the resources leave out is missing here too.
function pageFiles() {
  const cmake = fs.readFileSync(path.join(WEB_SOURCE, 'CMakeLists.txt'), 'utf8');
  const start = cmake.indexOf('# --- the resource list');
  const end = cmake.indexOf('_wp_vendor_files)', start);
  if (start < 0 || end < 0) throw new Error('no resource list in ' + WEB_SOURCE + '/CMakeLists.txt');
  const names = new Set();
  const list = cmake.slice(start, end).replace(/#[^\n]*/g, ''); // comments name files too
  for (const match of list.matchAll(/\b[a-z]+(?:-[a-z]+)*\.(?:html|js|css)\b/g)) {
    names.add(match[0]);
  }
  return names;
}

const VENDOR = vendorFiles();
const PAGE_FILES = pageFiles();
const TYPES = { '.js': 'text/javascript', '.css': 'text/css' };

function fileFor(url) {
  const match = /^qrc:\/web\/(.+)$/.exec(url);
  if (!match) return null;
  const name = match[1];
  if (VENDOR.has(name)) return VENDOR.get(name);
  if (PAGE_FILES.has(name)) return path.join(WEB_SOURCE, name);
  return null;
}

// What the page needs and jsdom lacks. jsdom does no layout and loads no
// images: Mermaid measures text (a fixed size will do) and waits for the
// images in labels to settle, book.js for the book's; in the app those
// settle at once too (the request guard refuses remote ones).
function installShims(window) {
  const box = { x: 0, y: 0, width: 80, height: 20, top: 0, left: 0, right: 80, bottom: 20 };
  window.SVGElement.prototype.getBBox = function () {
    return Object.assign({}, box);
  };
  window.SVGElement.prototype.getComputedTextLength = function () {
    return 50;
  };
  Object.defineProperty(window.HTMLImageElement.prototype, 'complete', {
    configurable: true,
    get() {
      return true;
    },
  });
  if (typeof window.MessageChannel !== 'function') window.MessageChannel = MessageChannel;
  if (typeof window.structuredClone !== 'function') window.structuredClone = structuredClone;
}

// Noise from jsdom itself, not from the page (and qwebchannel.js, which only Qt has).
const JSDOM_NOISE = [
  /Could not parse CSS stylesheet/,
  /Could not load script: "qrc:\/\/\/qtwebchannel\/qwebchannel\.js"/,
  /Not implemented: (?:navigation|HTMLCanvasElement|window\.scrollTo)/,
];

function isJsdomNoise(message) {
  return JSDOM_NOISE.some((pattern) => pattern.test(String(message)));
}

/*
 * Opens qrc:/web/<name> (preview.html or book.html). For the book, `bookData`
 * is what waypoint-book:data.js sets as window.waypointBookData.
 * Resolves once the page's scripts have run:
 *   {window, document, requests, foreignRequests, errors, close()}
 */
function openPage(name, { bookData } = {}) {
  const html = fs.readFileSync(path.join(WEB_SOURCE, name), 'utf8');
  const requests = [];
  const foreignRequests = [];
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('error', function (...args) {
    errors.push(args.map(String).join(' '));
  });
  virtualConsole.on('jsdomError', function (error) {
    if (!isJsdomNoise(error.message)) errors.push('jsdom: ' + (error.stack || error.message));
  });

  const interceptor = requestInterceptor(function (request) {
    const url = request.url;
    requests.push(url);
    if (url === 'waypoint-book:data.js') {
      const body = 'window.waypointBookData = ' + JSON.stringify(bookData || null) + ';';
      return new Response(body, { headers: { 'Content-Type': 'text/javascript' } });
    }
    const file = fileFor(url);
    if (file && fs.existsSync(file)) {
      return new Response(fs.readFileSync(file), {
        headers: { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' },
      });
    }
    // qwebchannel.js comes from Qt: without it the preview waits for waypointPreview.update().
    if (url !== 'qrc:///qtwebchannel/qwebchannel.js') foreignRequests.push(url);
    return new Response('', { status: 404 });
  });

  const dom = new JSDOM(html, {
    url: 'qrc:/web/' + name,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole: virtualConsole,
    resources: { interceptors: [interceptor] },
    beforeParse: installShims,
  });
  const window = dom.window;
  return new Promise(function (resolve) {
    window.addEventListener(
      'load',
      function () {
        resolve({
          window: window,
          document: window.document,
          requests: requests,
          foreignRequests: foreignRequests,
          errors: errors,
          close() {
            window.close();
          },
        });
      },
      { once: true },
    );
  });
}

/*
 * The live preview: openPreview() -> page with show(html), which pushes html
 * as the whole document (waypointPreview.update, as the tests of the C++ side
 * do), waits until it is on screen, and returns #content.
 */
async function openPreview(options = {}) {
  const page = await openPage('preview.html');
  const { window } = page;
  if (options.remoteImages) window.WaypointRender.setOptions({ remoteImages: true });
  let revision = 0;
  page.show = async function (html) {
    revision += 1;
    window.waypointPreview.update(html, revision);
    const shown = await window.waypointPreview.whenIdle();
    if (shown !== revision) throw new Error('the preview shows revision ' + shown + ', not ' + revision);
    return window.document.getElementById('content');
  };
  return page;
}

/*
 * The export: book.html laid out with `entries` ([{html, ...}]), then what
 * BookExporter saves as HTML: waypointBook.showAll() and #content's outerHTML.
 * Resolves to {html, page}.
 */
async function exportBook(entries, { remoteImages = false, timeoutMs = 20000 } = {}) {
  const data = {
    title: 'Book',
    lang: 'en',
    theme: 'light',
    remoteImages: remoteImages,
    titlePage: false,
    toc: false,
    labels: { contents: 'Contents' },
    entries: entries.map(function (entry, i) {
      return Object.assign({ anchor: 'e' + (i + 1), date: '2024-05-0' + ((i % 9) + 1), title: '', tags: [] }, entry);
    }),
  };
  const page = await openPage('book.html', { bookData: data });
  const book = page.window.waypointBook;
  const until = Date.now() + timeoutMs;
  while (!book.status().finished) {
    if (Date.now() > until) throw new Error('the book did not finish: ' + JSON.stringify(book.status()));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const status = book.status();
  if (status.error) throw new Error('the book failed: ' + status.error);
  const html = page.window.eval("window.waypointBook.showAll(), document.getElementById('content').outerHTML");
  return { html: html, page: page };
}

module.exports = { openPage, openPreview, exportBook, WEB_SOURCE, WEB_MODULES, PAGE_FILES };
