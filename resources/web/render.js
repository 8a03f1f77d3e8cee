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
 * Each step has a script of its own, loaded before this one (render-common.js
 * lists them); this one puts them together.
 *
 * Plain ES2020 script: no modules, no build step.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;
  const needed = ['buildTree', 'fixInputs', 'blockRemoteImages', 'renderMath', 'highlightCode', 'renderMermaid'];
  const missing = needed.filter(function (name) {
    return !parts || typeof parts[name] !== 'function';
  });
  if (missing.length) {
    // Without its sanitizer nothing may be shown: no WaypointRender at all.
    console.error('[waypoint preview] a rendering script did not load; missing: ' + missing.join(', '));
    return;
  }
  const { options, logError, messageOf, buildTree, fixInputs, blockRemoteImages, renderMath } = parts;
  const { highlightCode, renderMermaid, sanitizeDiagram } = parts;

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

  window.WaypointRender = {
    setOptions: setOptions,
    render: render,
    logError: logError,
    messageOf: messageOf,
    sanitizeDiagram: sanitizeDiagram,
  };
})();
