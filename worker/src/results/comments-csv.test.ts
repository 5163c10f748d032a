import { describe, expect, it } from 'vitest';
import { commentsCsv, MAX_CSV_COMMENTS } from './comments-csv.js';

const comment = {
  id: '00000000-0000-4000-8000-000000000001',
  receivedAt: Date.UTC(2026, 4, 2, 8, 30),
  service: 'etat-civil',
  channel: null,
  overall: 'moyen',
  comment: '@tous : merci',
  flagged: true,
};

describe('commentsCsv', () => {
  it('writes labels, an empty channel when none was given, flagged answers and inert formulas', () => {
    expect(commentsCsv([comment], false).split('\r\n')).toEqual([
      '\uFEFFDate;Service;Canal;Appréciation;Commentaire;Écarté des chiffres',
      "2026-05-02T08:30:00.000Z;État civil;;Moyen;'@tous : merci;oui",
      '',
    ]);
  });

  it('keeps a value no label knows as it is, and says on a last line when the export was capped', () => {
    const lines = commentsCsv([{ ...comment, service: 'ancien-service', channel: 'fax', overall: 'inconnu', flagged: false }], true).split('\r\n');
    expect(lines[1]).toBe("2026-05-02T08:30:00.000Z;ancien-service;fax;inconnu;'@tous : merci;non");
    expect(lines[2]).toBe(`Export limité aux ${MAX_CSV_COMMENTS.toLocaleString('fr-FR')} commentaires les plus récents : filtrez par période pour les autres.`);
    expect(lines).toHaveLength(4);
  });
});
