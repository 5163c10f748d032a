/**
 * A territory's comments as CSV for French spreadsheets (results/csv.ts): one row per comment,
 * newest first, with the receipt time in ISO 8601 (UTC) and French labels; a last line says when
 * the export stopped at its cap.
 * @module
 */
import { CHANNEL_LABELS_FR, OVERALL_LABELS_FR, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import { ownLabel } from '../../../survey/sources.js';
import type { StoredComment } from '../ledger/comments.js';
import { spreadsheetCsv, type Cell } from './csv.js';

/** Rows an export holds at most: enough for any town's year, small enough for one reply. */
export const MAX_CSV_COMMENTS = 10_000;

export const CSV_HEADER = ['Date', 'Service', 'Canal', 'Appréciation', 'Commentaire', 'Écarté des chiffres'] as const;

/** `capped`: more comments matched than the rows given; they are the newest. */
export function commentsCsv(comments: readonly StoredComment[], capped: boolean): string {
  const rows: Cell[][] = [
    [...CSV_HEADER],
    ...comments.map((comment) => [
      new Date(comment.receivedAt).toISOString(),
      // Stored answers were validated against these lists; an old value no label knows stays as it is.
      ownLabel(SERVICE_LABELS_FR, comment.service) ?? comment.service,
      comment.channel === null ? '' : (ownLabel(CHANNEL_LABELS_FR, comment.channel) ?? comment.channel),
      ownLabel(OVERALL_LABELS_FR, comment.overall) ?? comment.overall,
      comment.comment,
      comment.flagged ? 'oui' : 'non',
    ]),
  ];
  if (capped) rows.push([`Export limité aux ${MAX_CSV_COMMENTS.toLocaleString('fr-FR')} commentaires les plus récents : filtrez par période pour les autres.`]);
  return spreadsheetCsv(rows);
}
