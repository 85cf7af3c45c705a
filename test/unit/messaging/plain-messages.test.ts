import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '@/lib/messaging/catalogue';
import { MESSAGE_TYPES } from '@/lib/messaging/messages';
import { isPlainlyValid } from '@/lib/messaging/plain-messages';

// The hand checks stand in for the request schemas of the messages every frame gets at start-up
// (lib/messaging/plain-messages.ts): what they accept, the schema must accept and give back as is.
// A valid frame list with one field swapped for a near miss (an edge of a limit, a wrong type), or
// fields of any shape. Spread into plain objects, as a structured clone gives them.
const validList = fc.record(
  {
    url: fc.webUrl(),
    mentions: fc.array(fc.anything(), { maxLength: 2 }),
    claim: fc.uuid(),
    frameId: fc.nat(),
  },
  { requiredKeys: ['url', 'mentions'] },
);
const ofLength = (lengths: number[]) => fc.constantFrom(...lengths).map((n) => 'h'.repeat(n));
const nearMisses = {
  url: fc.oneof(ofLength([2047, 2048, 2049, 2050]), fc.anything()),
  mentions: fc.anything(),
  claim: fc.oneof(ofLength([99, 100, 101, 102]), fc.constant(undefined), fc.anything()),
  frameId: fc.oneof(
    fc.constantFrom(-1, 0.5, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), NaN, Infinity, undefined),
    fc.double(),
    fc.anything(),
  ),
  extra: fc.anything(),
};
const fieldsOf = fc.oneof(
  fc
    .tuple(validList, fc.constantFrom(...(Object.keys(nearMisses) as (keyof typeof nearMisses)[])))
    .chain(([base, key]) => nearMisses[key].map((value) => ({ ...base, [key]: value }))),
  validList.map((fields) => ({ ...fields })),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }).map((fields) => ({ ...fields })),
  fc.constant({}),
);

describe('hand checks of start-up messages read what the schemas read', () => {
  test.each(MESSAGE_TYPES)('%s: fields a hand check accepts, the schema accepts unchanged', (type) => {
    fc.assert(
      fc.property(fieldsOf, (fields) => {
        if (!isPlainlyValid(type, fields)) return;
        const parsed = MESSAGES[type].request.safeParse(fields);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(fields);
      }),
      { numRuns: 600 },
    );
  });

  test('the lists frames send, and the resend request, are read by hand', () => {
    const list = { url: 'https://example.com/', mentions: [{ index: 0 }], claim: 'c', frameId: 2 };
    expect(isPlainlyValid('frame/mentions', list)).toBe(true);
    expect(isPlainlyValid('frame/mentions', { url: list.url, mentions: [] })).toBe(true);
    expect(isPlainlyValid('frame/resend', {})).toBe(true);
    expect(isPlainlyValid('frame/hello', {})).toBe(true);
  });
});
