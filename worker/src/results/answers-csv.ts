/**
 * Raw results (level 1 of the restitution): one row per answer, the same columns on every row, one
 * header, codes rather than labels, so that pandas (`sep=';'`, `encoding='utf-8-sig'`), R
 * (`read.csv2`) and a French Excel all open it as a table. Each answer's month, never its time or
 * id: nothing in a row links it to another answer of the same person (ledger/raw-answers.ts
 * orders them by month, then at random). Written for French spreadsheets (results/csv.ts): the
 * only cells changed are comments a spreadsheet would run as formulas.
 * @module
 */
import { CRITERIA } from '../../../survey/questionnaire.js';
import type { RawAnswer } from '../ledger/raw-answers.js';
import { spreadsheetCsv, type Cell } from './csv.js';

/** Criterion cells: 1–5, `nc` for « Non concerné », empty when not answered. */
export const NOT_CONCERNED_CELL = 'nc';

/** The columns, in order: ASCII names that need no quoting in any tool (`en-ligne` becomes `en_ligne`). */
export const ANSWERS_CSV_COLUMNS = [
  'mois',
  'service',
  'canal',
  'source',
  'langue',
  'appreciation',
  ...CRITERIA.map((criterion) => criterion.replace('-', '_')),
  'commentaire',
  'ecarte_des_chiffres',
] as const;

function rowOf(answer: RawAnswer): Cell[] {
  return [
    answer.month,
    answer.service,
    answer.channel ?? '',
    answer.source ?? '',
    answer.lang ?? '',
    answer.overall,
    ...CRITERIA.map((criterion) => {
      const level = Object.hasOwn(answer.criteria, criterion) ? answer.criteria[criterion] : undefined;
      return level === undefined ? '' : level === null ? NOT_CONCERNED_CELL : level;
    }),
    answer.comment ?? '',
    answer.flagged ? 'oui' : 'non',
  ];
}

/** The file's first chunk: the byte-order mark and the header. */
export function answersCsvHead(): string {
  return spreadsheetCsv([[...ANSWERS_CSV_COLUMNS]]);
}

/** Rows after the head, without a byte-order mark. */
export function answersCsvRows(answers: readonly RawAnswer[]): string {
  return answers.length === 0 ? '' : spreadsheetCsv(answers.map(rowOf), { bom: false });
}
