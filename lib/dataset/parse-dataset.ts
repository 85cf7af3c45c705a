import type { z } from 'zod';
import {
  GroupSchema,
  MineralSchema,
  PolicyTermSchema,
  type Group,
  type Mineral,
  type PolicyTerm,
} from './schema-entries';
import { FiguresFileSchema, type FiguresFile } from './schema-figures';
import { ListDefSchema, type ListDef } from './schema-lists';
import { MetaSchema, SourceSchema, type Meta, type Source } from './schema-sources';
import { UsgsPhrasesSchema, type UsgsPhrasesFile } from './schema-usgs-phrases';

/** The parsed contents of data/*.json, ready for the cross-file checks and the builder. */
export interface Dataset {
  minerals: Mineral[];
  groups: Group[];
  policyTerms: PolicyTerm[];
  lists: ListDef[];
  sources: Source[];
  meta: Meta;
  figures: FiguresFile;
  usgsPhrases: UsgsPhrasesFile;
}

/** The raw JSON of each file, as read from disk (or built by a test). */
export type DatasetFiles = { [K in keyof typeof FILES]: unknown };

/** One problem, located precisely enough that whoever edits the file can fix it without a debugger. */
export interface Issue {
  file: string;
  /** The entry's id, "#index" when it has none, or null for file-level problems. */
  id: string | null;
  /** Field path inside the entry: "aliases[2].text". */
  path: string;
  message: string;
}

export const FILES = {
  minerals: 'data/minerals.json',
  groups: 'data/groups.json',
  policyTerms: 'data/policy-terms.json',
  lists: 'data/lists.json',
  sources: 'data/sources.json',
  meta: 'data/meta.json',
  figures: 'data/usgs-figures.json',
  usgsPhrases: 'data/usgs-phrases-es.json',
} as const;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.id && `entry "${issue.id}"`, issue.path && `field ${issue.path}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

function parseArray<T>(file: string, raw: unknown, schema: z.ZodType<T>, issues: Issue[]): T[] {
  if (!Array.isArray(raw)) {
    issues.push({ file, id: null, path: '', message: 'must be a JSON array of entries' });
    return [];
  }
  return raw.flatMap((item: unknown, index) => {
    const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `#${index}`;
    const result = schema.safeParse(item);
    if (result.success) return [result.data];
    for (const e of result.error.issues)
      issues.push({ file, id, path: formatPath(e.path), message: e.message });
    return [];
  });
}

function parseObject<T>(file: string, raw: unknown, schema: z.ZodType<T>, issues: Issue[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const e of result.error.issues) {
    const [first, second] = e.path;
    // Figures are an array inside an object: name the entry id when the path points into one.
    const figure =
      first === 'figures' && typeof second === 'number' ? (raw as FiguresFile).figures[second] : undefined;
    issues.push({ file, id: figure?.id ?? null, path: formatPath(e.path), message: e.message });
  }
  return undefined;
}

/** Validates every file against its schema; the dataset is returned only when all of them pass. */
export function parseDataset(files: DatasetFiles): { dataset?: Dataset; issues: Issue[] } {
  const issues: Issue[] = [];
  const minerals = parseArray(FILES.minerals, files.minerals, MineralSchema, issues);
  const groups = parseArray(FILES.groups, files.groups, GroupSchema, issues);
  const policyTerms = parseArray(FILES.policyTerms, files.policyTerms, PolicyTermSchema, issues);
  const lists = parseArray(FILES.lists, files.lists, ListDefSchema, issues);
  const sources = parseArray(FILES.sources, files.sources, SourceSchema, issues);
  const meta = parseObject(FILES.meta, files.meta, MetaSchema, issues);
  const figures = parseObject(FILES.figures, files.figures, FiguresFileSchema, issues);
  const usgsPhrases = parseObject(FILES.usgsPhrases, files.usgsPhrases, UsgsPhrasesSchema, issues);
  if (issues.length || !meta || !figures || !usgsPhrases) return { issues };
  return { dataset: { minerals, groups, policyTerms, lists, sources, meta, figures, usgsPhrases }, issues };
}
