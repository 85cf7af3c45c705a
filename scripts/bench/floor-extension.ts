// A minimal extension of Mineral Lens's kind, the start-up bench's floor
// (issue 15 asks for the cost "near the floor"). Its content script, in every frame, reads the
// page's text nodes in one walk, sends them to its service worker in one message, and paints what
// comes back with the CSS Custom Highlight API; the worker looks each run of words up among the
// dataset's aliases, case-insensitively (BENCH_FLOOR=page: the page looks them up itself). It
// judges no ambiguous word ("lead" is always lead), reads no settings, has no card, no list, no
// frame relay and no watch for appended text: what it pays is the browser's price for reading a
// page's text, one round trip and painting, and an alias lookup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A run of letters and digits, joined by a hyphen, apostrophe or full stop ("U.S.", "T-MEC"). */
const WORD = String.raw`[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*`;

/**
 * The lookup: aliases keyed by their words, lower-cased and joined by one space; `find(texts)`
 * answers each text's matches as [text, start, end] triples, flat, the longest alias at a word.
 */
function lookupScript(aliases: readonly string[]): string {
  return `const WORD = new RegExp(${JSON.stringify(WORD)}, 'gu');
const ALIASES = ${JSON.stringify(aliases)};
let keys, firsts, longest = 0;
function prepare() {
  keys = new Set();
  firsts = new Set();
  for (const alias of ALIASES) {
    const words = alias.toLowerCase().match(WORD);
    if (!words) continue;
    keys.add(words.join(' '));
    firsts.add(words[0]);
    longest = Math.max(longest, words.length);
  }
}
function find(texts) {
  if (!keys) prepare();
  const found = [];
  for (let t = 0; t < texts.length; t++) {
    const words = [...texts[t].matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      const first = words[i][0].toLowerCase();
      if (!firsts.has(first)) continue;
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        let key = first;
        for (let k = 1; k < n; k++) key += ' ' + words[i + k][0].toLowerCase();
        if (!keys.has(key)) continue;
        const last = words[i + n - 1];
        found.push(t, words[i].index, last.index + last[0].length);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
`;
}

/** Reads the frame's text nodes, has `ask(texts, paint)` find the aliases, and paints them. */
const CONTENT_SCRIPT = `(() => {
  const root = document.body;
  if (!root || !globalThis.CSS?.highlights) return;
  const nodes = [];
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const parent = node.parentNode.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'textarea') continue;
    nodes.push(node);
    texts.push(node.data);
  }
  if (texts.length === 0) return;
  ask(texts, (found) => {
    if (!found || found.length === 0) return;
    const ranges = [];
    for (let k = 0; k < found.length; k += 3) {
      const range = new Range();
      range.setStart(nodes[found[k]], found[k + 1]);
      range.setEnd(nodes[found[k]], found[k + 2]);
      ranges.push(range);
    }
    CSS.highlights.set('floor', new Highlight(...ranges));
  });
})();
`;

/** Where the floor looks the words up: in its service worker (one round trip), or in the page. */
export type FloorLookup = 'worker' | 'page';

/**
 * Writes the floor extension (an unpacked MV3 build) into `dir`, matching `aliases`. Looked up in
 * the page, every frame with text carries the alias table and compiles the lookup cold; in the
 * worker, the lookup stays warm and each frame pays a round trip.
 */
export function writeFloorExtension(
  dir: string,
  aliases: readonly string[],
  lookup: FloorLookup = 'worker',
): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Start-up bench floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content.js'],
        css: ['content.css'],
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const inWorker = lookup === 'worker';
  writeFileSync(
    join(dir, 'background.js'),
    inWorker
      ? `${lookupScript(aliases)}chrome.runtime.onMessage.addListener((texts, _sender, reply) => reply(find(texts)));\n`
      : '',
  );
  writeFileSync(
    join(dir, 'content.js'),
    inWorker
      ? `const ask = (texts, paint) => chrome.runtime.sendMessage(texts, paint);\n${CONTENT_SCRIPT}`
      : `${lookupScript(aliases)}const ask = (texts, paint) => paint(find(texts));\n${CONTENT_SCRIPT}`,
  );
  writeFileSync(join(dir, 'content.css'), '::highlight(floor) { background: #fde68a; }\n');
  return dir;
}
