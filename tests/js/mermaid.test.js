'use strict';
// Mermaid diagrams: Mermaid writes its labels' HTML into the SVG after its
// own sanitising, so render.js sanitises the SVG again (sanitizeDiagram)
// before the page shows it. Mermaid runs here for real (page.js gives it the
// text measurements jsdom lacks).
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { openPreview, exportBook } = require('./page.js');
const { remoteReferences, activeContent, fireEverything, parseExport } = require('./checks.js');

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// What cmark-gfm makes of a ```mermaid fence.
const fence = (source, line = 1) =>
  '<pre data-sourcepos="' +
  line +
  ':1-' +
  (line + 3) +
  ':3"><code class="language-mermaid">' +
  escapeHtml(source) +
  '\n</code></pre>\n';

// Shaped like Mermaid 12's output, with what a hostile label or style could leave in it.
const SVG =
  '<svg id="wp-mermaid-9" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 96px;" viewBox="-8 -8 96 36">' +
  '<style>#wp-mermaid-9{font-family:"trebuchet ms",verdana,arial,sans-serif;fill:#333;}' +
  '@import url(http://evil.invalid/import.css);' +
  '#wp-mermaid-9 .node rect{fill:url("http://evil.invalid/fill.png");stroke:#9370DB;}' +
  '#wp-mermaid-9 .node polygon{filter:url(#wp-mermaid-9-drop-shadow);}' +
  '#wp-mermaid-9 .cluster rect{background:u\\72l(//evil.invalid/escaped.png)}</style>' +
  '<marker id="wp-mermaid-9_pointEnd" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>' +
  '<g class="root"><g class="edges edgePaths"><path d="M52,32L52,68" style="stroke-dasharray: 0 0 -4 4;" marker-end="url(#wp-mermaid-9_pointEnd)"></path></g>' +
  '<g class="nodes"><g class="node default" id="wp-mermaid-9-flowchart-A-0" transform="translate(52, 22)">' +
  '<rect class="basic label-container" style="fill:url(//evil.invalid/style-fill.png);stroke:#333" x="-76" y="-12" width="152" height="24"></rect>' +
  '<rect fill="url(http://evil.invalid/attr-fill.svg#p)" width="1" height="1"></rect>' +
  '<g class="label" transform="translate(-60, 0)"><foreignObject width="120" height="24">' +
  '<div style="display: table; max-width: 120px;" xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>' +
  '<img src="http://127.0.0.1:8000/m.png" style="display: flex;"> <img src="//evil.invalid/pr.png">' +
  ' <img src="x" onerror="top.pwned=\'onerror\'"><script>top.pwned=\'script\'</script>' +
  '<img src="' +
  'attachment:' +
  'cd'.repeat(32) +
  '" alt="att">Label A</p></span></div></foreignObject></g></g>' +
  '<image href="http://evil.invalid/image.png" width="40" height="30"></image>' +
  '<image xlink:href="//evil.invalid/xlink.png" width="40" height="30"></image>' +
  '<image href="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></image>' +
  '<use href="http://evil.invalid/sprite.svg#icon"></use>' +
  '<filter id="f"><feImage href="http://evil.invalid/feimage.png"></feImage></filter>' +
  '<a href="javascript:top.pwned=\'svg-link\'"><text>bad link</text></a>' +
  '<a href="https://example.org/ok"><text>ok link</text></a>' +
  '<g class="node" onclick="top.pwned=\'onclick\'"><text>B</text></g>' +
  '<set attributeName="onmouseover" to="top.pwned=\'set\'"></set>' +
  '</g></g></svg>';

describe('WaypointRender.sanitizeDiagram', () => {
  let page;
  let clean;
  before(async () => {
    page = await openPreview();
    page.window.WaypointRender.setOptions({ remoteImages: false });
    const box = page.document.createElement('div');
    box.innerHTML = page.window.WaypointRender.sanitizeDiagram(SVG);
    clean = box;
  });
  after(() => page.close());

  it('leaves no script, handler or script link in the diagram', () => {
    assert.deepEqual(activeContent(clean), []);
    page.document.body.appendChild(clean);
    fireEverything(page.window, clean);
    clean.remove();
    assert.equal(page.window.pwned, undefined);
    assert.equal(clean.querySelector('a:not([href])').textContent, 'bad link');
  });

  it('leaves nothing that would load from another machine, in labels, <image>, <use>, styles', () => {
    assert.deepEqual(remoteReferences(clean), []);
    const style = clean.querySelector('style').textContent;
    assert.doesNotMatch(style, /evil\.invalid|@import/);
    assert.equal(clean.querySelector('use'), null); // Mermaid draws none; not from elsewhere
  });

  it('keeps the remote images aside for placeholders naming them', () => {
    assert.deepEqual(
      Array.from(clean.querySelectorAll('[data-remote-src]')).map(
        (el) => el.localName + ' ' + el.getAttribute('data-remote-src'),
      ),
      [
        'img http://127.0.0.1:8000/m.png',
        'img //evil.invalid/pr.png',
        'image http://evil.invalid/image.png',
        'image //evil.invalid/xlink.png',
      ],
    );
  });

  it('keeps the rest of the diagram: local styles and references, labels, local images, links', () => {
    const style = clean.querySelector('style').textContent;
    assert.match(style, /font-family:"trebuchet ms"/);
    assert.match(style, /filter:url\(#wp-mermaid-9-drop-shadow\)/);
    assert.equal(clean.querySelector('path[marker-end]').getAttribute('marker-end'), 'url(#wp-mermaid-9_pointEnd)');
    assert.equal(clean.querySelector('rect.label-container').getAttribute('style'), 'stroke:#333');
    assert.match(clean.querySelector('foreignObject').textContent, /Label A/);
    assert.equal(clean.querySelector('img[alt="att"]').getAttribute('src'), 'attachment:' + 'cd'.repeat(32));
    assert.match(clean.querySelector('image[href^="data:"]').getAttribute('href'), /^data:image\/gif/);
    assert.equal(clean.querySelector('a[href]').getAttribute('href'), 'https://example.org/ok');
    assert.equal(clean.querySelector('svg').getAttribute('viewBox'), '-8 -8 96 36');
  });
});

describe('Mermaid diagrams in the preview', () => {
  let preview;
  before(async () => {
    preview = await openPreview();
  });
  after(() => preview.close());

  it('shows an image in a label as a placeholder naming the host, in a diagram still drawn', async () => {
    const content = await preview.show(
      fence('flowchart LR\n  A["<img src=\'http://127.0.0.1:8000/m.png\'>"] --> B[写作]'),
    );
    const svg = content.querySelector('.mermaid-diagram svg');
    assert.ok(svg, content.innerHTML);
    assert.equal(svg.querySelector('img'), null, svg.outerHTML);
    const box = svg.querySelector('foreignObject .remote-image-blocked');
    assert.ok(box, svg.outerHTML);
    assert.equal(box.querySelector('.remote-image-host').textContent, '127.0.0.1:8000');
    assert.match(svg.textContent, /写作/);
    assert.equal(svg.querySelectorAll('g.node').length, 2);
    assert.deepEqual(remoteReferences(content), []);
  });

  it('drops script, handlers and remote images that labels try to carry', async () => {
    preview.window.pwned = undefined;
    const content = await preview.show(
      fence(
        'flowchart TD\n' +
          '  A["<img src=//evil.invalid/pr.png onerror=top.pwned=1> <img src=x onerror=top.pwned=2>"] --> B["<b onclick=top.pwned=3>b</b>"]\n' +
          '  B --> C["<svg onload=top.pwned=4></svg><iframe src=http://evil.invalid/f></iframe>c"]',
      ),
    );
    assert.ok(content.querySelector('.mermaid-diagram svg'), content.innerHTML);
    fireEverything(preview.window, content);
    assert.equal(preview.window.pwned, undefined);
    assert.deepEqual(activeContent(content), []);
    assert.deepEqual(remoteReferences(content), []);
    assert.deepEqual(preview.foreignRequests, []);
  });

  it("drops url() and @import that a diagram's own CSS (themeCSS, style) asks for", async () => {
    const content = await preview.show(
      fence(
        '%%{init: {"themeCSS": ".node rect { fill: url(http://evil.invalid/theme.png); } .edgeLabel { color: red; }"}}%%\n' +
          'flowchart LR\n  A --> B\n  style A stroke:#f00',
      ),
    );
    const style = content.querySelector('.mermaid-diagram svg style');
    assert.ok(style, content.innerHTML);
    assert.doesNotMatch(style.textContent, /evil\.invalid/);
    assert.match(style.textContent, /\.edgeLabel\{color:red;\}/);
    assert.deepEqual(remoteReferences(content), []);
  });

  it('shows a remote image shape as a box naming the host', async () => {
    // jsdom decodes no images; Mermaid only needs decode() to settle.
    preview.window.HTMLImageElement.prototype.decode = () => Promise.resolve();
    const content = await preview.show(
      fence(
        'flowchart TD\n  A@{ img: "//evil.invalid/shape.png", label: "pic", pos: "t", w: 60, h: 60, constraint: "on" }\n  A --> B',
      ),
    );
    delete preview.window.HTMLImageElement.prototype.decode;
    const svg = content.querySelector('.mermaid-diagram svg');
    assert.ok(svg, content.innerHTML);
    assert.equal(svg.querySelector('image'), null);
    const box = svg.querySelector('g.remote-image-blocked');
    assert.ok(box, svg.outerHTML);
    assert.equal(box.querySelector('text').textContent, 'evil.invalid');
    assert.deepEqual(remoteReferences(content), []);
  });

  it('keeps label images when the user allows remote images', async () => {
    preview.window.WaypointRender.setOptions({ remoteImages: true });
    try {
      const content = await preview.show(fence('flowchart LR\n  A["<img src=\'https://example.org/ok.png\'>"] --> B'));
      assert.equal(content.querySelector('.mermaid-diagram svg img').getAttribute('src'), 'https://example.org/ok.png');
    } finally {
      preview.window.WaypointRender.setOptions({ remoteImages: false });
    }
  });

  // The sanitising must not cost a harmless diagram anything.
  const HARMLESS = {
    flowchart:
      'flowchart TD\n A[Start] --> B{Is it?}\n B -->|Yes| C[OK]\n C -.-> D((End))\n subgraph S [Sub]\n  E --> F\n end\n' +
      ' classDef hot fill:#f96,stroke:#333\n class E hot\n style F fill:#bbf,stroke-width:4px\n click C "https://example.org/" "tip"',
    'markdown labels': 'flowchart LR\n A["`**bold** and _it_`"] --> B["a<br>b"]',
    sequence:
      'sequenceDiagram\n actor U as User\n participant A as Alice\n U->>A: Hello<br/>there\n A-->>U: Hi\n Note right of A: thinking\n loop Every minute\n  A->>U: ping\n end',
    class: 'classDiagram\n class Animal {\n +String name\n +eat() void\n }\n Animal <|-- Duck',
    state: 'stateDiagram-v2\n [*] --> Still\n Still --> Moving\n Moving --> [*]',
    er: 'erDiagram\n CUSTOMER ||--o{ ORDER : places',
    gantt: 'gantt\n dateFormat YYYY-MM-DD\n section A\n Task1 :a1, 2024-01-01, 30d\n Task2 :after a1, 20d',
    pie: 'pie title Pets\n "Dogs" : 386\n "Cats" : 85',
    journey: 'journey\n title My day\n section Work\n Make tea: 5: Me',
    gitGraph: 'gitGraph\n commit\n branch dev\n commit\n checkout main\n merge dev',
    timeline: 'timeline\n title History\n 2002 : LinkedIn\n 2004 : Facebook',
  };
  for (const [kind, source] of Object.entries(HARMLESS)) {
    it('draws a harmless ' + kind + ' diagram exactly as Mermaid does', async () => {
      const { window, document } = preview;
      await preview.show(fence('flowchart LR\n  X --> Y')); // Mermaid loaded and set up by render.js
      const raw = (await window.mermaid.render('wp-check-' + kind.replace(/\W/g, ''), source)).svg;
      const theirs = document.createElement('div');
      theirs.innerHTML = raw;
      const ours = document.createElement('div');
      ours.innerHTML = window.WaypointRender.sanitizeDiagram(raw);
      assert.ok(theirs.querySelector('svg'), 'Mermaid drew nothing');
      assert.ok(ours.isEqualNode(theirs), 'the sanitised diagram differs:\n' + ours.innerHTML.slice(0, 400));
    });
  }
});

describe('Mermaid diagrams in the exported book', () => {
  it('saves nothing remote: label images and protocol-relative images become placeholders', async () => {
    const { html, page } = await exportBook([
      {
        title: 'Flow',
        html:
          '<p data-sourcepos="1:1-1:20"><img src="//127.0.0.1:8000/p.png" alt="r" /></p>\n' +
          fence('flowchart LR\n  A["<img src=\'http://127.0.0.1:8000/m.png\'>"] --> B[Review]', 3),
      },
    ]);
    try {
      const saved = parseExport(html);
      assert.ok(saved.querySelector('.mermaid-diagram svg'), html.slice(0, 400));
      assert.equal(saved.querySelectorAll('img').length, 0);
      assert.deepEqual(
        Array.from(saved.querySelectorAll('.remote-image-blocked')).map((box) => box.getAttribute('data-remote-src')),
        ['//127.0.0.1:8000/p.png', 'http://127.0.0.1:8000/m.png'],
      );
      assert.deepEqual(remoteReferences(saved), []);
      assert.deepEqual(activeContent(saved), []);
      assert.match(saved.querySelector('.mermaid-diagram').textContent, /Review/);
      assert.deepEqual(page.foreignRequests, []);
    } finally {
      page.close();
    }
  });
  it("keeps a diagram's ids, which its styles and arrowheads name, while footnotes get the entry's", async () => {
    const { html, page } = await exportBook([
      {
        title: 'Notes',
        html:
          '<p data-sourcepos="1:1-1:10">See<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>\n' +
          fence('flowchart LR\n  Plan --> Review', 3) +
          '<section class="footnotes" data-footnotes><ol><li id="fn-1"><p>Note <a href="#fnref-1" class="footnote-backref">↩</a></p></li></ol></section>\n',
      },
    ]);
    try {
      const saved = parseExport(html);
      assert.equal(saved.querySelector('sup a').getAttribute('href'), '#e1-fn-1');
      assert.ok(saved.querySelector('li#e1-fn-1'));
      const svg = saved.querySelector('.mermaid-diagram svg');
      assert.match(svg.querySelector('style').textContent, new RegExp('^#' + svg.id + '\\{'));
      const references = Array.from(svg.querySelectorAll('[marker-end]')).map((el) => el.getAttribute('marker-end'));
      assert.ok(references.length > 0, svg.outerHTML.slice(0, 300));
      for (const reference of references) {
        const id = /^url\(#(.+)\)$/.exec(reference)[1];
        assert.ok(svg.querySelector('[id="' + id + '"]'), 'no arrowhead ' + id);
      }
    } finally {
      page.close();
    }
  });
});
