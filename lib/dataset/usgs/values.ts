/**
 * USGS prints values as text with codes (see the FGDC metadata in data/raw/usgs-mcs-2026). Cards
 * must show what USGS printed, so every parsed value keeps its original `display` next to the number.
 */
export type ValueKind =
  | 'number'
  | 'greater-than'
  | 'less-than'
  | 'range'
  | 'zero'
  | 'withheld'
  | 'not-available'
  | 'not-calculable'
  | 'small'
  | 'net-exporter'
  /** Reserves USGS describes in words ("Large", "Moderate to large"): shown as written. */
  | 'descriptive';

export interface UsgsValue {
  kind: ValueKind;
  /** The number for `number`/`zero`; the bound for `greater-than`/`less-than`; else null. */
  amount: number | null;
  /** Range bounds for `range` ("10,000 - 15,000"). */
  low?: number;
  high?: number;
  /** As printed by USGS, trimmed, with the cp1252 em dash kept for zero. */
  display: string;
}

const CODES: Record<string, ValueKind> = {
  W: 'withheld',
  NA: 'not-available',
  XX: 'not-calculable',
  s: 'small',
  E: 'net-exporter',
  '—': 'zero',
};

function toNumber(text: string, raw: string): number {
  const n = Number(text.replace(/,/g, '').trim());
  if (!Number.isFinite(n)) throw new Error(`Unrecognised USGS value: ${JSON.stringify(raw)}`);
  return n;
}

/** Parses one `Value` cell; throws on anything it does not recognise rather than guessing. */
export function parseUsgsValue(raw: string): UsgsValue {
  const display = raw.replace(/\u00a0/g, ' ').trim();
  const code = CODES[display];
  if (code) return { kind: code, amount: code === 'zero' ? 0 : null, display };
  if (/^[A-Z][a-z]+(?:[ ,]+[a-z]+)*$/.test(display)) return { kind: 'descriptive', amount: null, display };
  if (display.startsWith('>'))
    return { kind: 'greater-than', amount: toNumber(display.slice(1), raw), display };
  if (display.startsWith('<')) return { kind: 'less-than', amount: toNumber(display.slice(1), raw), display };
  const range = /^([\d,.]+)\s*[-–]\s*([\d,.]+)$/.exec(display);
  if (range) {
    const low = toNumber(range[1]!, raw);
    const high = toNumber(range[2]!, raw);
    return { kind: 'range', amount: null, low, high, display: `${range[1]}–${range[2]}` };
  }
  return { kind: 'number', amount: toNumber(display, raw), display };
}
