import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npx tsx scripts/check-es-drafts.ts`: checks the Spanish drafts in data/es-drafts/ against the
 * English data files before the fold script merges them (issue 16). Every id and field must be
 * there and nothing else, arrays must match the English one for one, and nothing may still be
 * English: a string equal to its English, containing common English words or "U.S.", or missing
 * a number the English gives. Text in straight double quotes is exempt from the word check, since
 * it quotes an official English title or phrase. Exits 1 with one line per problem.
 */
type Json = Record<string, unknown>;
type Rule = {
  key: string;
  en: unknown;
  kind: 'text' | 'list' | 'items' | 'name' | 'status';
  /** Spanish already in the data file, which the draft must copy unless it is still English. */
  given?: unknown;
};

const root = process.cwd();
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const problems: string[] = [];
let keptNames = 0;

// \b is ASCII-only and would split "tecnologías" into "tecnolog" + "as": use letter look-arounds.
const ENGLISH =
  /(?<!\p{L})(the|and|of|which|with|from|for|that|this|is|are|was|were|by|to|its|has|have|not|or|in|on|as|an)(?!\p{L})/iu;
const stripQuotes = (s: string): string => s.replace(/"[^"]*"/g, '""');
const numbersIn = (s: string): string[] => s.match(/\d+(?:[.,]\d+)*/g) ?? [];

function checkString(where: string, es: unknown, en: string, rule: Rule): void {
  if (typeof es !== 'string') return void problems.push(`${where}: missing or not a string`);
  if (es === '' || es !== es.trim() || /[\n\r]/.test(es))
    problems.push(`${where}: empty, padded or multi-line`);
  if (es === en) {
    if (rule.kind === 'name') keptNames++;
    else problems.push(`${where}: identical to the English`);
    return;
  }
  if (typeof rule.given === 'string' && es !== rule.given && !ENGLISH.test(stripQuotes(rule.given))) {
    problems.push(`${where}: differs from the Spanish already in the data file`);
  }
  const bare = stripQuotes(es);
  const word = ENGLISH.exec(bare);
  if (word) problems.push(`${where}: English word "${word[0]}" in: ${es}`);
  if (/\bU\.S\./.test(bare)) problems.push(`${where}: "U.S." (write EE. UU.) in: ${es}`);
  for (const n of numbersIn(en)) {
    if (!numbersIn(es).includes(n)) problems.push(`${where}: the English figure ${n} is missing`);
  }
  if (rule.kind === 'status' && (es.length < 10 || es.length > 400)) {
    problems.push(`${where}: ${es.length} characters, must be 10-400`);
  }
}

function checkEntry(where: string, draft: unknown, rules: Rule[]): void {
  if (typeof draft !== 'object' || draft === null) return void problems.push(`${where}: missing`);
  const d = draft as Json;
  const wanted = rules.filter((r) => r.en !== undefined && r.en !== null);
  for (const key of Object.keys(d)) {
    if (!wanted.some((r) => r.key === key)) problems.push(`${where}: unexpected key "${key}"`);
  }
  for (const rule of wanted) {
    const at = `${where}.${rule.key}`;
    if (rule.kind === 'list' || rule.kind === 'items') {
      const en = rule.en as Record<string, string>;
      const es = d[rule.key];
      if (typeof es !== 'object' || es === null) {
        problems.push(`${at}: missing`);
        continue;
      }
      if (Array.isArray(en) !== Array.isArray(es)) problems.push(`${at}: wrong shape`);
      const enKeys = Object.keys(en);
      const esKeys = Object.keys(es);
      if (enKeys.join() !== esKeys.join()) {
        problems.push(`${at}: has [${esKeys.join(', ')}], the English [${enKeys.join(', ')}]`);
      }
      for (const k of enKeys) checkString(`${at}[${k}]`, (es as Json)[k], en[k]!, rule);
    } else {
      checkString(at, d[rule.key], rule.en as string, rule);
    }
  }
}

function checkFile(name: string, entries: Json[], rulesOf: (e: Json) => Rule[]): void {
  const path = `data/es-drafts/${name}`;
  if (!existsSync(join(root, path))) return void problems.push(`${path}: missing file`);
  const drafts = read(path) as Json;
  const ids = new Set(entries.map((e) => e.id as string));
  for (const id of Object.keys(drafts)) if (!ids.has(id)) problems.push(`${path}: unknown id "${id}"`);
  for (const e of entries) checkEntry(`${path} ${e.id as string}`, drafts[e.id as string], rulesOf(e));
}

// Like the fold script (lib/dataset/spanish-shape.ts), `items` only when an English item has a note.
const noted = (items: Json[]): Record<string, string> | undefined => {
  const out: Record<string, string> = {};
  items.forEach((it, i) => {
    if (typeof it.note === 'string') out[String(i)] = it.note;
  });
  return Object.keys(out).length ? out : undefined;
};

checkFile('minerals.json', read('data/minerals.json') as Json[], (m) => [
  { key: 'description', en: m.description, kind: 'text' },
  { key: 'mainUses', en: (m.mainUses as Json | null)?.items, kind: 'list' },
  { key: 'notes', en: m.notes, kind: 'text' },
]);
checkFile('groups.json', read('data/groups.json') as Json[], (g) => [
  { key: 'description', en: g.description, kind: 'text' },
  { key: 'notes', en: g.notes, kind: 'text' },
  { key: 'otherMembers', en: (g.otherMembers as Json[]).map((o) => o.note), kind: 'list' },
  { key: 'subgroups', en: (g.subgroups as Json[]).map((s) => s.name), kind: 'list' },
]);
checkFile('policy-terms.json', read('data/policy-terms.json') as Json[], (t) => {
  const status = t.status as { text?: Json; followUp?: { text: Json } } | null;
  const [text, followUp] = [status?.text, status?.followUp?.text];
  return [
    { key: 'name', en: t.name, kind: 'name' },
    { key: 'definition', en: t.definition, kind: 'text' },
    { key: 'dateNote', en: t.dateNote, kind: 'text' },
    { key: 'notes', en: t.notes, kind: 'text' },
    { key: 'status', en: text?.en, kind: 'status', given: text?.es },
    { key: 'followUp', en: followUp?.en, kind: 'status', given: followUp?.es },
  ];
});
checkFile('lists.json', read('data/lists.json') as Json[], (l) => [
  { key: 'name', en: l.name, kind: 'name' },
  { key: 'note', en: l.note, kind: 'text' },
  { key: 'items', en: noted(l.items as Json[]), kind: 'items' },
]);

console.log(problems.join('\n'));
console.log(`${problems.length} problem(s); ${keptNames} name(s) kept in their official English form`);
process.exit(problems.length ? 1 : 0);
