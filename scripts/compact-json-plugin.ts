// The generated data files are kept pretty-printed (canonical, reviewable diffs), but the content
// script ships them as strings (lib/dataset/matcher-data.ts): without this, a page would carry the
// match index's 50 kB of indentation in every frame that loads the engine.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const GENERATED_RAW = /[\\/]data[\\/]generated[\\/][^\\/]+\.json\?raw$/;

/** `data/generated/*.json?raw` as the same JSON without whitespace. */
export function compactGeneratedJson(): Plugin {
  return {
    name: 'mineral-lens:compact-generated-json',
    enforce: 'pre',
    load(id) {
      if (!GENERATED_RAW.test(id)) return null;
      const file = id.slice(0, -'?raw'.length);
      this.addWatchFile(file);
      const compact = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(compact)};`;
    },
  };
}
