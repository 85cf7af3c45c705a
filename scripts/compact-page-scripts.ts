// What ships in pages, made as cheap for V8 to hold as it can be. The generated data files are kept
// pretty-printed (canonical, reviewable diffs), but the content script ships them as strings
// (lib/dataset/matcher-data.ts), without their whitespace. And the content scripts' code is made
// ASCII-only: a script or string literal with one character past Latin-1 (an é, a dash) is held as
// a two-byte string, so the 350 kB script cost every frame 700 kB of heap for its source alone.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const GENERATED_RAW = /[\\/]data[\\/]generated[\\/][^\\/]+\.json\?raw$/;
/** Output files that run in pages: the small content script and those it imports. */
const PAGE_SCRIPTS = /^(content-scripts[\\/].*|content-main|card-ui)\.js$/;

/** Every character past ASCII as a \u escape: the same value in a string, template, regex or name. */
export const asciiOnly = (code: string) =>
  code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `data/generated/*.json?raw` as the same JSON without whitespace; page scripts ASCII-only. */
export function compactPageScripts(): Plugin {
  return {
    name: 'mineral-lens:compact-page-scripts',
    enforce: 'pre',
    load(id) {
      if (!GENERATED_RAW.test(id)) return null;
      const file = id.slice(0, -'?raw'.length);
      this.addWatchFile(file);
      const compact = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(asciiOnly(compact))};`;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && PAGE_SCRIPTS.test(chunk.fileName)) chunk.code = asciiOnly(chunk.code);
    },
  };
}
