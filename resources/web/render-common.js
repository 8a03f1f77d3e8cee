/*
 * What the scripts behind WaypointRender share: the options, error reporting
 * and a small cache. Each of them adds its part to WaypointRenderParts, and
 * render.js, loaded last, puts the pipeline together. The pages load them in
 * this order:
 *
 *   render-common.js    the options, logError, messageOf, makeCache
 *   render-remote.js    what would fetch from another machine; placeholders for remote images
 *   render-sanitize.js  DOMPurify for entries and for Mermaid's SVG; read-only task boxes
 *   render-math.js      KaTeX
 *   render-code.js      highlight.js
 *   render-mermaid.js   Mermaid, loaded when a diagram needs it
 *   render.js           WaypointRender: render(html), setOptions(...)
 *
 * Plain ES2020 scripts: no modules, no build step.
 */
(function () {
  'use strict';

  const options = { theme: 'light', remoteImages: false };

  function logError(what, error) {
    try {
      console.error('[waypoint preview] ' + what + ':', error && error.stack ? error.stack : error);
    } catch (ignored) {
      // nothing more to do
    }
  }

  function messageOf(error) {
    if (error === null || error === undefined) return 'unknown error';
    if (typeof error === 'string') return error;
    if (error.message) return String(error.message);
    if (error.str) return String(error.str); // some parsers throw {str, hash}
    try {
      return String(error);
    } catch (ignored) {
      return 'unknown error';
    }
  }

  // A map that forgets the least recently used entries beyond `limit`.
  function makeCache(limit) {
    const map = new Map();
    return {
      get(key) {
        if (!map.has(key)) return undefined;
        const value = map.get(key);
        map.delete(key);
        map.set(key, value);
        return value;
      },
      set(key, value) {
        map.delete(key);
        map.set(key, value);
        while (map.size > limit) map.delete(map.keys().next().value);
      },
      clear() {
        map.clear();
      },
    };
  }

  window.WaypointRenderParts = {
    options: options,
    logError: logError,
    messageOf: messageOf,
    makeCache: makeCache,
  };
})();
