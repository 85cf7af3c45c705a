import type { Entry, MineralEntry } from '@/lib/dataset/types';

/** Browse filters; an absent filter lets everything through. */
export interface SearchFilters {
  /** A highlight category slug: `battery-metal`, `law`. */
  category?: string;
  /** A group entry id: the group itself and its members pass. */
  group?: string;
  /** A list id: entries on that list pass (see isOnList). */
  list?: string;
}

export type MemberOf = (id: string) => MineralEntry | undefined;

/**
 * Is the entry on the list? A mineral when an item covers it (`listed: true`; an unverified
 * `null` is not a yes). A group when the list names the group, or names one of its members:
 * "rare earths" are on the U.S. 2025 list because its items are the individual elements.
 * Policy terms are never "on" a list; some create one, which is a different thing.
 */
export function isOnList(entry: Entry, listId: string, mineral: MemberOf): boolean {
  if (entry.kind === 'mineral')
    return entry.memberships.some((m) => m.listId === listId && m.listed === true);
  if (entry.kind === 'group') {
    return (
      entry.listMentions.some((m) => m.listId === listId) ||
      entry.memberIds.some((id) => {
        const member = mineral(id);
        return member !== undefined && isOnList(member, listId, mineral);
      })
    );
  }
  return false;
}

export function isInGroup(entry: Entry, groupId: string): boolean {
  return entry.id === groupId || (entry.kind === 'mineral' && entry.groupIds.includes(groupId));
}

export function passesFilters(entry: Entry, filters: SearchFilters, mineral: MemberOf): boolean {
  if (filters.category && entry.category !== filters.category) return false;
  if (filters.group && !isInGroup(entry, filters.group)) return false;
  if (filters.list && !isOnList(entry, filters.list, mineral)) return false;
  return true;
}
