import { describe, expect, it } from 'vitest';
import { loadDataset, loadFiles, readGenerated } from './load';

/** Every value under a key named sourceId or sourceIds, anywhere in a JSON tree. */
function sourceRefs(node: unknown, path = '$', out: { path: string; id: string }[] = []) {
  if (Array.isArray(node)) node.forEach((v, i) => sourceRefs(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sourceId' && typeof v === 'string') out.push({ path: `${path}.${k}`, id: v });
      else if (k === 'sourceIds' && Array.isArray(v))
        v.forEach((id, i) => out.push({ path: `${path}.${k}[${i}]`, id: String(id) }));
      else sourceRefs(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('sources', () => {
  const d = loadDataset();
  const known = new Set(d.sources.map((s) => s.id));

  it('every source reference in every file resolves to sources.json', () => {
    const { files } = loadFiles();
    const refs = Object.entries(files).flatMap(([name, json]) => sourceRefs(json, name));
    expect(refs.length).toBeGreaterThan(300);
    expect(refs.filter((r) => !known.has(r.id))).toEqual([]);
  });

  it('every source reference in the generated entries resolves too', () => {
    const refs = sourceRefs(JSON.parse(readGenerated('entries')));
    expect(refs.filter((r) => !known.has(r.id))).toEqual([]);
  });

  it('every entry, list and policy term cites at least one source', () => {
    for (const e of [...d.minerals, ...d.groups, ...d.policyTerms])
      expect(e.sourceIds.length, e.id).toBeGreaterThan(0);
    for (const l of d.lists) expect(known.has(l.source.sourceId), l.id).toBe(true);
  });

  it('the USGS data release is cited with its DOI and public-domain licence', () => {
    const usgs = d.sources.find((s) => s.id === 'usgs-mcs-2026-data')!;
    expect(usgs.url).toBe('https://doi.org/10.5066/P1WKQ63T');
    expect(usgs.date).toBe('2026-02-06');
    expect(usgs.licence).toMatch(/public domain/i);
  });

  it("keeps each source's reliability note, so a card can say how far to trust it", () => {
    for (const s of d.sources) expect(s.reliability.length, s.id).toBeGreaterThan(3);
    expect(d.sources.find((s) => s.id === 'meti-2009-rare-metals')!.reliability).toMatch(/secondary/);
  });
});
