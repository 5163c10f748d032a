import { describe, expect, it } from 'vitest';
import { frenchTypographyErrors } from './typography.js';

describe('frenchTypographyErrors', () => {
  it('passes French set with narrow no-break spaces (or no-break spaces)', () => {
    for (const good of [
      'Et maintenant\u202f? Dites-nous\u202f: c’est anonyme\u202f; merci\u202f!',
      'Réponses «\u202fTrès bien\u202f»',
      'Réponses «\u00a0Très bien\u00a0», 1\u202f000 habitants, 12\u202f345\u202f678 réponses',
      'Note\u202f: 8,7\u202f/\u202f10, ou 8,7\u00a0/\u00a010',
      'Accessibilité&#8239;: non conforme',
      '<p>Le code est <code>a ? b : c</code> et l’heure&#8239;: <strong>10:30</strong>.</p>',
      '<style>a { color: red; }</style><p>Recherche &amp; développement&nbsp;: l&#39;accueil</p>',
    ]) {
      expect(frenchTypographyErrors(good), good).toEqual([]);
    }
  });

  it('passes what is not prose: times, ratios, ids, URLs, addresses, code, dates, postcodes', () => {
    for (const good of [
      'de 08:00 à 19:00',
      'un contraste de 4,5:1',
      'Besançon (commune:25056)',
      'https://barometre.example/s/commune:25056?src=affiche-a4&lang=fr',
      'écrivez à mairie@ville.fr.',
      'collez `<barometre-citoyen mode="kiosk">` dans la page',
      'le 12/05/2026, à Besançon 25000',
      '?lang=en',
      'un lien en ?territory=commune:25056',
      ': en tête de cellule',
    ]) {
      expect(frenchTypographyErrors(good), good).toEqual([]);
    }
  });

  it('finds a plain space before « ? ! ; : » and quotes the text', () => {
    expect(frenchTypographyErrors('Et maintenant ?')).toEqual(['plain space before « ? »: « Et␣maintenant␣? »']);
    expect(frenchTypographyErrors('Enfin !')).toEqual(['plain space before « ! »: « Enfin␣! »']);
    expect(frenchTypographyErrors('d’abord ; ensuite')).toEqual(['plain space before « ; »: « d’abord␣;␣ensuite »']);
    expect(frenchTypographyErrors('Contact : la mairie')).toEqual(['plain space before « : »: « Contact␣:␣la␣mairie »']);
    expect(frenchTypographyErrors('Pas encore\ninscrite ?')).toEqual(['plain space before « ? »: « Pas␣encore␣inscrite␣? »']);
  });

  it('finds no space at all before « ? ! ; : » in prose', () => {
    expect(frenchTypographyErrors('Et maintenant?')).toEqual(['no space before « ? »: « Et␣maintenant? »']);
    expect(frenchTypographyErrors('Merci! À bientôt')).toEqual(['no space before « ! »: « Merci!␣À␣bientôt »']);
    expect(frenchTypographyErrors('<p>Contact:</p>')).toEqual(['no space before « : »: « Contact: »']);
    expect(frenchTypographyErrors('<p>Vous &amp; nous&#x3a; ensemble</p>')).toEqual(['no space before « : »: « Vous␣&␣nous:␣ensemble »']);
  });

  it('finds a plain or missing space inside « guillemets »', () => {
    expect(frenchTypographyErrors('« Très bien »')).toEqual(['plain space before « » »: « «␣Très␣bien␣» »', 'plain space after « « »: « «␣Très␣bien␣» »']);
    expect(frenchTypographyErrors('«Très bien»')).toEqual(['no space before « » »: « «Très␣bien» »', 'no space after « « »: « «Très␣bien» »']);
  });

  it('finds thousands separated by a plain space, and a score split around its slash', () => {
    expect(frenchTypographyErrors('pour 1 000 habitants')).toEqual(['plain space between thousands: « pour␣1␣000␣habitants »']);
    expect(frenchTypographyErrors('12\u202f345 678 réponses')).toEqual(['plain space between thousands: « 12⍽345␣678␣réponses »']);
    expect(frenchTypographyErrors('Note 8,7 / 10')).toEqual(['plain space around a score’s « / »: « Note␣8,7␣/␣10 »']);
    expect(frenchTypographyErrors('Note 8,7\u202f/ 10')).toHaveLength(1);
    expect(frenchTypographyErrors('72 % de «\u202fTrès bien\u202f»')).toEqual(['plain space before « % »: « 72␣%␣de␣«⍽Très␣bie… »']);
    expect(frenchTypographyErrors('72\u202f%')).toEqual([]);
  });
});
