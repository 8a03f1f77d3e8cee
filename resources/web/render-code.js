/*
 * Code blocks highlighted by highlight.js, by the language their fence names.
 * Part of WaypointRender; see render-common.js for the order of the scripts.
 */
(function () {
  'use strict';

  const parts = window.WaypointRenderParts;
  const { logError } = parts;

  const codeCache = parts.makeCache(600);

  function languageOf(code) {
    for (const cls of Array.from(code.classList)) {
      if (cls.startsWith('language-')) return cls.slice('language-'.length).toLowerCase();
    }
    const pre = code.parentElement;
    if (pre && pre.hasAttribute('lang')) return (pre.getAttribute('lang') || '').toLowerCase();
    return '';
  }

  function codeBlocks(root) {
    return Array.from(root.querySelectorAll('pre > code'));
  }

  function highlightCode(root) {
    if (typeof hljs === 'undefined') return;
    for (const code of codeBlocks(root)) {
      const lang = languageOf(code);
      if (!lang || lang === 'mermaid') continue;
      try {
        if (!hljs.getLanguage(lang)) continue;
        const text = code.textContent;
        const key = lang + '\u0000' + text;
        let html = codeCache.get(key);
        if (html === undefined) {
          html = hljs.highlight(text, { language: lang, ignoreIllegals: true }).value;
          codeCache.set(key, html);
        }
        code.innerHTML = html;
        code.classList.add('hljs');
      } catch (error) {
        logError('highlight ' + lang, error);
      }
    }
  }

  Object.assign(parts, {
    languageOf: languageOf,
    codeBlocks: codeBlocks,
    highlightCode: highlightCode,
  });
})();
