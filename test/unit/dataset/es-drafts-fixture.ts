import type { Dataset } from '@/lib/dataset/parse-dataset';
import type { Drafts } from '@/lib/dataset/fold-spanish';

/**
 * Drafts in the es-text contract's shape for every entry of a dataset, with a placeholder in
 * Spanish for every text ("ES· texto de prueba número 12"), so the fold and the Spanish walk can
 * be tested before the real Spanish arrives. A placeholder shares no words with the English, so
 * any English a Spanish view shows is a real fallback, and the marker is never taken for content.
 */
export const MARK = 'ES·';
let counter = 0;
const es = (_english: string) => `${MARK} texto de prueba número ${++counter}`;

export function fakeDrafts(d: Dataset): Required<Drafts> {
  const opt = <K extends string>(key: K, text: string | undefined) => (text ? { [key]: es(text) } : {});
  return {
    minerals: Object.fromEntries(
      d.minerals.map((m) => [
        m.id,
        {
          description: es(m.description),
          ...(m.mainUses ? { mainUses: m.mainUses.items.map(es) } : {}),
          ...opt('notes', m.notes),
        },
      ]),
    ),
    groups: Object.fromEntries(
      d.groups.map((g) => [
        g.id,
        {
          description: es(g.description),
          ...opt('notes', g.notes),
          otherMembers: g.otherMembers.map((o) => es(o.note)),
          subgroups: g.subgroups.map((s) => es(s.name)),
        },
      ]),
    ),
    policyTerms: Object.fromEntries(
      d.policyTerms.map((t) => [
        t.id,
        {
          name: es(t.name),
          definition: es(t.definition),
          ...opt('dateNote', t.dateNote),
          ...opt('notes', t.notes),
          ...opt('status', t.status?.text.en),
          ...opt('followUp', t.status?.followUp?.text.en),
        },
      ]),
    ),
    lists: Object.fromEntries(
      d.lists.map((l) => {
        const items = Object.fromEntries(
          l.items.flatMap((item, i) => (item.note ? [[i, es(item.note)]] : [])),
        );
        return [
          l.id,
          { name: es(l.name), ...opt('note', l.note), ...(Object.keys(items).length ? { items } : {}) },
        ];
      }),
    ),
  };
}
