'use strict';
// render.js as preview.js and book.js call it: WaypointRender.render(html)
// on cmark-gfm output, in the preview page with its real libraries.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { openPage, openPreview, WEB_SOURCE, PAGE_FILES } = require('./page.js');
const { remoteReferences } = require('./checks.js');

// What cmark-gfm makes of ![alt](url).
const image = (url, alt = 'pic') => '<p data-sourcepos="1:1-1:40"><img src="' + url + '" alt="' + alt + '" /></p>\n';
const ATTACHMENT = 'attachment:' + 'ab'.repeat(32) + '/cat.png';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe('WaypointRender.render', () => {
  let page;
  let render;
  before(async () => {
    page = await openPreview();
    render = async (html, options = { remoteImages: false }) => {
      page.window.WaypointRender.setOptions(options);
      return page.window.WaypointRender.render(html);
    };
  });
  after(() => page.close());

  it('shows a protocol-relative image, ![r](//host/p.png), as a placeholder naming the host', async () => {
    const main = await render(image('//127.0.0.1:8000/p.png', 'r'));
    assert.equal(main.querySelector('img'), null, main.innerHTML);
    const box = main.querySelector('.remote-image-blocked');
    assert.ok(box, main.innerHTML);
    assert.equal(box.querySelector('.remote-image-host').textContent, '127.0.0.1:8000');
    assert.equal(box.querySelector('.remote-image-alt').textContent, 'r');
    assert.equal(box.getAttribute('data-remote-src'), '//127.0.0.1:8000/p.png');
    assert.deepEqual(remoteReferences(main), []);
  });

  for (const [what, url, host] of [
    ['http', 'http://example.org/a.png', 'example.org'],
    ['https in capitals', 'HTTPS://Example.org/a.png', 'example.org'],
    ['ftp', 'ftp://example.org/a.png', 'example.org'],
    ['a tab inside the scheme', 'ht&#x09;tp://example.org/a.png', 'example.org'],
    ['a newline before //', '&#x0A;//example.org/a.png', 'example.org'],
    ['backslashes', '\\\\example.org\\a.png', 'example.org'],
    ['a slash and a backslash', '/\\example.org/a.png', 'example.org'],
    ['http: without slashes', 'http:example.org/a.png', 'example.org'],
  ]) {
    it('blocks a remote image given with ' + what, async () => {
      const main = await render(image(url));
      assert.equal(main.querySelector('img'), null, main.innerHTML);
      const named = main.querySelector('.remote-image-blocked .remote-image-host');
      assert.ok(named, main.innerHTML);
      assert.equal(named.textContent.toLowerCase(), host);
    });
  }

  it('keeps images that stay on this machine: attachments, data: images, relative paths', async () => {
    const main = await render(
      image(ATTACHMENT, 'a') + image(PIXEL, 'd') + image('pics/cat.png', 'r') + image('#top', 'f'),
    );
    assert.deepEqual(
      Array.from(main.querySelectorAll('img')).map((img) => img.getAttribute('src')),
      [ATTACHMENT, PIXEL, 'pics/cat.png', '#top'],
    );
    assert.equal(main.querySelector('.remote-image-blocked'), null);
  });

  it('loads remote images, protocol-relative ones too, once the user allows them', async () => {
    const main = await render(image('https://example.org/a.png') + image('//example.org/b.png'), {
      remoteImages: true,
    });
    assert.deepEqual(
      Array.from(main.querySelectorAll('img')).map((img) => img.getAttribute('src')),
      ['https://example.org/a.png', '//example.org/b.png'],
    );
    assert.equal(main.querySelector('.remote-image-blocked'), null);
  });

  it('keeps links to the web as links, which open in the browser when clicked', async () => {
    const main = await render(
      '<p data-sourcepos="1:1-1:30"><a href="https://example.org/x">x</a> <a href="//example.org/y">y</a></p>',
    );
    assert.deepEqual(
      Array.from(main.querySelectorAll('a')).map((a) => a.getAttribute('href')),
      ['https://example.org/x', '//example.org/y'],
    );
  });

  it('does not let an entry forge a placeholder attribute onto a real image', async () => {
    const main = await render('<p><img src="pics/cat.png" data-remote-src="//example.org/forged.png" alt="c"></p>');
    const img = main.querySelector('img');
    assert.equal(img.getAttribute('src'), 'pics/cat.png');
    assert.equal(img.hasAttribute('data-remote-src'), false);
  });
});

// render.js and the scripts of its steps, as a page loads them.
function renderScripts(page) {
  const html = fs.readFileSync(path.join(WEB_SOURCE, page), 'utf8');
  return Array.from(html.matchAll(/<script src="qrc:\/web\/(render[^"]*)"/g), (match) => match[1]);
}

describe('the rendering scripts', () => {
  it('are loaded by the preview and the book alike, render.js last, each one in the resources', () => {
    const scripts = renderScripts('preview.html');
    assert.deepEqual(renderScripts('book.html'), scripts);
    assert.equal(scripts[0], 'render-common.js');
    assert.equal(scripts[scripts.length - 1], 'render.js');
    for (const script of scripts) assert.ok(PAGE_FILES.has(script), script + ' is not in the resources');
  });

  for (const name of ['preview.html', 'book.html']) {
    it('make up the same WaypointRender in ' + name, async () => {
      const page = await openPage(name, { bookData: null });
      try {
        const api = page.window.WaypointRender;
        assert.ok(api, 'no WaypointRender');
        assert.deepEqual(Object.keys(api).sort(), ['logError', 'messageOf', 'render', 'sanitizeDiagram', 'setOptions']);
        for (const key of Object.keys(api)) assert.equal(typeof api[key], 'function', key);
        assert.deepEqual(page.foreignRequests, []);
      } finally {
        page.close();
      }
    });
  }
});
