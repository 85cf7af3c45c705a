import { describe, expect, test, vi } from 'vitest';
import { createEntryService } from '@/lib/background/entry-service';
import meta from '@/data/meta.json';
import { detailsOf } from './details';
import entries from '@/data/generated/entries.json';
import type { EntriesFile } from '@/lib/dataset/types';

describe('entry details', () => {
  test('carry the entry, the names it links to, and the lists and sources it names, without list items', () => {
    const details = detailsOf('gallium');
    expect(details.entry.id).toBe('gallium');
    expect(details.version).toBe(meta.version);
    expect(details.dataYear).toBe(2025);
    expect(details.linked['china-export-control-gallium-germanium-2023']).toMatchObject({
      kind: 'policy',
      date: '2023-07-03',
      status: expect.objectContaining({
        asOf: '2025-11-21',
        text: { en: 'Licensing requirement in force.', es: 'Requisito de licencia en vigor.' },
      }),
    });
    expect(Object.keys(details.lists)).toHaveLength(11);
    expect(details.lists['usgs-2025']).not.toHaveProperty('items');
    expect(Object.keys(details.sources).sort()).toEqual([
      'fr-2025-19813',
      'iupac-periodic-table',
      'usgs-mcs-2026-data',
    ]);
  });

  test('groups link their members; members link to the group whose figures stand in for theirs', () => {
    expect(detailsOf('rare-earth-elements').linked.cerium).toMatchObject({ name: 'Cerium', symbol: 'Ce' });
    expect(detailsOf('neodymium').linked['rare-earth-elements']?.name).toBe('Rare earth elements');
  });

  test('are small enough to send in a message', () => {
    for (const id of ['gallium', 'rare-earth-elements', 'usmca']) {
      expect(JSON.stringify(detailsOf(id)).length).toBeLessThan(30_000);
    }
  });
});

describe('entry service', () => {
  test('loads the dataset on the first request only, and answers null for unknown ids', async () => {
    const load = vi.fn(async () => entries as unknown as EntriesFile);
    const service = createEntryService(load);
    expect(load).not.toHaveBeenCalled();
    expect((await service.get('cobalt'))?.entry.name).toBe('Cobalt');
    expect(await service.get('unobtainium')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed load is retried by the next request', async () => {
    const load = vi
      .fn<() => Promise<EntriesFile>>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValue(entries as unknown as EntriesFile);
    const service = createEntryService(load);
    await expect(service.get('cobalt')).rejects.toThrow('boom');
    expect((await service.get('cobalt'))?.entry.id).toBe('cobalt');
  });
});
