/**
 * A small RFC 4180 reader for the USGS release files. USGS values carry thousands commas and
 * quoted notes, so a naive split on commas would shift columns; nothing here is USGS-specific.
 */

/** Parses CSV text (CRLF or LF, optional UTF-8 BOM) into rows of raw cell strings. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Turns rows into records keyed by the header row; fails loudly if a row has the wrong width. */
export function toRecords(rows: string[][], fileName: string): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${fileName}: empty file`);
  return body.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`${fileName}: row ${i + 2} has ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]!]));
  });
}

/** Decodes Windows-1252 bytes (the main MCS 2026 CSV); UTF-8 would turn 0x97 and 0x92 into junk. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** Decodes UTF-8 (the MCS 2026 tables and figures, which start with a BOM that parseCsv drops). */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
