/**
 * Where content.js leaves the browser namespace it chose, on its own world's global (pages never
 * see it), for the scripts it imports (shared-browser.ts).
 */
export const SHARED_BROWSER = Symbol.for('mineral-lens:browser');
