import { describe, expect, it } from 'vitest';
import { EMAIL_MASK, maskComment, PHONE_MASK } from './privacy.js';

describe('maskComment', () => {
  it.each([
    ['Écrivez-moi à jean.dupont@example.fr svp', `Écrivez-moi à ${EMAIL_MASK} svp`],
    ['contact: Éloïse_M+mairie@sous.domaine.gouv.fr.', `contact: ${EMAIL_MASK}.`],
    ['Rappelez au 06 12 34 56 78.', `Rappelez au ${PHONE_MASK}.`],
    ['tel 06.12.34.56.78 ou 0612345678', `tel ${PHONE_MASK} ou ${PHONE_MASK}`],
    ['+33 6 12 34 56 78 / +33(0)6 12 34 56 78', `${PHONE_MASK} / ${PHONE_MASK}`],
    ['0033 1 23 45 67 89', PHONE_MASK],
    ['Belgique +32 470 12 34 56', `Belgique ${PHONE_MASK}`],
  ])('masks %j', (input, expected) => {
    expect(maskComment(input)).toBe(expected);
  });

  it.each([
    'Attente de 45 minutes le 12/03/2026 à 10 h 30.',
    'Dossier n° 2026-1234, 3 rendez-vous, 15 €.',
    "'; DROP TABLE responses; --",
    '<script>alert(1)</script>',
  ])('keeps ordinary text, numbers and code-looking strings verbatim: %j', (input) => {
    expect(maskComment(input)).toBe(input);
  });

  it('drops invisible control characters, trims, and treats an empty comment as none', () => {
    expect(maskComment('  Très\u0000 bien\u202E  ')).toBe('Très bien');
    expect(maskComment('   \n ')).toBeUndefined();
    expect(maskComment(undefined)).toBeUndefined();
  });
});

describe('the length cap after masking', () => {
  it('keeps a masked comment within the cap, without splitting a character', () => {
    const comment = `${'x'.repeat(990)} a@b.fr ${'y'.repeat(1)}`;
    expect(comment.length).toBeLessThanOrEqual(1000);
    const masked = maskComment(comment) ?? '';
    expect(masked.length).toBe(1000);
    expect(masked.startsWith('x'.repeat(990))).toBe(true);
    const emoji = maskComment(`${'z'.repeat(999)}😀`) ?? '';
    expect(emoji).toBe('z'.repeat(999));
  });
});
