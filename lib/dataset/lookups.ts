import type { ListDef } from './schema-lists';
import type { EntriesFile, Entry, GroupEntry, MineralEntry, PolicyEntry } from './schema-output';
import type { Source } from './schema-sources';

/**
 * Typed lookups over data/generated/entries.json for the card and the panel. Type-only imports
 * keep zod out of the bundle: the data was validated at build time.
 */
export interface EntryLookup {
  entry(id: string): Entry | undefined;
  mineral(id: string): MineralEntry | undefined;
  group(id: string): GroupEntry | undefined;
  policy(id: string): PolicyEntry | undefined;
  list(id: string): ListDef | undefined;
  source(id: string): Source | undefined;
  /** Members of a group as entries, in the group's order. */
  members(groupId: string): MineralEntry[];
  /** Lists a mineral is on (listed === true), with the list's own wording. */
  listsFor(mineralId: string): { list: ListDef; as: string[] }[];
  /** Dataset version ("2026.11.0"), part of every citation the card shows. */
  version: string;
}

export function createEntryLookup(file: EntriesFile): EntryLookup {
  const entries = new Map(file.entries.map((e) => [e.id, e]));
  const lists = new Map(file.lists.map((l) => [l.id, l]));
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const ofKind = <K extends Entry['kind']>(kind: K) => {
    return (id: string) => {
      const e = entries.get(id);
      return e?.kind === kind ? (e as Extract<Entry, { kind: K }>) : undefined;
    };
  };
  const mineral = ofKind('mineral');
  return {
    entry: (id) => entries.get(id),
    mineral,
    group: ofKind('group'),
    policy: ofKind('policy'),
    list: (id) => lists.get(id),
    source: (id) => sources.get(id),
    members: (groupId) =>
      (ofKind('group')(groupId)?.memberIds ?? []).flatMap((id) => {
        const m = mineral(id);
        return m ? [m] : [];
      }),
    listsFor: (mineralId) =>
      (mineral(mineralId)?.memberships ?? []).flatMap((m) => {
        const list = lists.get(m.listId);
        return m.listed === true && list ? [{ list, as: m.as }] : [];
      }),
    version: file.version,
  };
}
