'use strict';
// Hostile entries in the live preview and in the exported book: nothing
// runs, no handler survives, nothing would be fetched from another machine.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { openPreview, exportBook } = require('./page.js');
const { remoteReferences, activeContent, fireEverything, parseExport } = require('./checks.js');
const { HOSTILE } = require('./hostile-entries.js');

function assertHarmless(window, root, what) {
  fireEverything(window, root);
  assert.equal(window.pwned, undefined, what + ': a payload ran');
  assert.deepEqual(activeContent(root), [], what + ': active content survived');
  assert.deepEqual(remoteReferences(root), [], what + ': something would load from another machine');
}

describe('hostile entries in the preview', () => {
  let preview;
  before(async () => {
    preview = await openPreview();
  });
  after(() => preview.close());

  for (const entry of HOSTILE) {
    it(entry.name, async () => {
      preview.window.pwned = undefined;
      const content = await preview.show(entry.html);
      assertHarmless(preview.window, content, entry.name);
      assert.deepEqual(preview.foreignRequests, [], 'the page asked for something not its own');
      assert.deepEqual(preview.errors, [], 'the page reported errors');
    });
  }

  it('shows the harmless rest of a hostile entry', async () => {
    const content = await preview.show(HOSTILE.find((e) => e.name === 'script element').html);
    assert.equal(content.textContent.trim(), 'after');
    const links = await preview.show(HOSTILE.find((e) => e.name === 'handlers on harmless elements').html);
    assert.equal(links.querySelector('a').getAttribute('href'), 'https://example.org/');
    assert.match(links.textContent, /hover/);
  });

  it('names the host of each disguised remote image instead of loading it', async () => {
    const content = await preview.show(HOSTILE.find((e) => e.name === 'remote images, plain and disguised').html);
    assert.equal(content.querySelectorAll('img').length, 0);
    const boxes = Array.from(content.querySelectorAll('.remote-image-blocked'));
    assert.deepEqual(
      boxes.map((box) => box.querySelector('.remote-image-alt').textContent),
      ['plain', 'pr', 'ent', 'bs', 'sb', 'lb', 'tab', 'up', 'ftp'],
    );
    for (const box of boxes) {
      assert.equal(box.querySelector('.remote-image-host').textContent.toLowerCase(), 'evil.invalid');
    }
  });
});

describe('hostile entries in the exported book', () => {
  let book;
  before(async () => {
    book = await exportBook(HOSTILE.map((entry) => ({ title: entry.name, html: entry.html })));
  });
  after(() => book.page.close());

  it('runs nothing while the book is laid out', () => {
    const { window } = book.page;
    assertHarmless(window, window.document.getElementById('content'), 'book page');
    assert.deepEqual(book.page.foreignRequests, []);
    assert.deepEqual(book.page.errors, []);
  });

  it('saves HTML in which nothing runs or loads from another machine', () => {
    const saved = parseExport(book.html);
    assert.equal(saved.querySelectorAll('article.entry').length, HOSTILE.length);
    assert.deepEqual(activeContent(saved), []);
    assert.deepEqual(remoteReferences(saved), []);
  });

  it('keeps a placeholder naming the host for every blocked image', () => {
    const saved = parseExport(book.html);
    const hosts = Array.from(saved.querySelectorAll('.remote-image-blocked .remote-image-host')).map((el) =>
      el.textContent.toLowerCase(),
    );
    // nine disguised images in one entry, two in the Mermaid labels
    assert.ok(hosts.length >= 11, 'placeholders: ' + hosts.join(', '));
    assert.ok(
      hosts.every((host) => host === 'evil.invalid'),
      hosts.join(', '),
    );
  });
});
