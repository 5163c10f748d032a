/**
 * CSV for French spreadsheets, shared by every download: UTF-8 with BOM (Excel otherwise reads
 * Windows-1252), `;` separators, CRLF, RFC 4180 quoting by csv-stringify, and no cell a
 * spreadsheet would run as a formula.
 * @module
 */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number;

/** A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it (OWASP CSV injection). */
function inert(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** `bom: false` for the rows after the first chunk of a streamed file, which carried it. */
export function spreadsheetCsv(rows: Cell[][], { bom = true }: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => row.map(inert)),
    { delimiter: ';', record_delimiter: 'windows', bom },
  );
}
