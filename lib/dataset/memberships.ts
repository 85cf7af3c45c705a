import type { Membership } from './schema-output';
import type { ListDef } from './schema-lists';

/**
 * Derives a mineral's standing on every list from lists.json, so memberships exist in one place.
 * An item that covers the mineral makes it listed; an item that may cover it (unverified)
 * makes it null, "not verified"; otherwise it is not on the list.
 */
export function deriveMemberships(entryId: string, lists: readonly ListDef[]): Membership[] {
  return lists.map((list) => {
    const covering = list.items.filter((item) => item.entryIds.includes(entryId));
    const unsure = list.items.filter((item) => item.unverifiedEntryIds?.includes(entryId));
    const items = covering.length ? covering : unsure;
    return {
      listId: list.id,
      listed: covering.length ? true : unsure.length ? null : false,
      as: items.map((item) => item.as),
      notes: items.flatMap((item) => (item.note ? [item.note] : [])),
    };
  });
}

/** The lists whose own wording names a group entry. */
export function deriveListMentions(
  groupId: string,
  lists: readonly ListDef[],
): { listId: string; as: string }[] {
  return lists.flatMap((list) =>
    list.items.filter((item) => item.groupId === groupId).map((item) => ({ listId: list.id, as: item.as })),
  );
}

export const USGS_2025_LIST_ID = 'usgs-2025';
export const USGS_2022_LIST_ID = 'usgs-2022';
