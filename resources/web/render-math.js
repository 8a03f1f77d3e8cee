/*
 * Formulas typeset by KaTeX. The HTML comes with each as a placeholder,
 * <span class="math-inline|math-display">TeX</span> (src/markdown/PreviewHtml.cpp).
 * Part of WaypointRender; see render-common.js for the order of the scripts.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;
  const { messageOf } = parts;

  const mathCache = parts.makeCache(3000);

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

  parts.renderMath = renderMath;
})();
