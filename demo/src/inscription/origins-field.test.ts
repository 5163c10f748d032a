import { describe, expect, it } from 'vitest';
import { readOrigins } from './origins-field.js';

describe('readOrigins', () => {
  it('turns page addresses and bare host names into origins, once each', () => {
    expect(readOrigins('https://www.besancon.fr/accueil?x=1\nwww.besancon.fr\n  grandbesancon.fr  \nhttp://localhost:8080/')).toEqual({
      origins: ['https://www.besancon.fr', 'https://grandbesancon.fr', 'http://localhost:8080'],
    });
  });

  it('accepts no site at all (the survey may then be sent from anywhere until sites are declared)', () => {
    expect(readOrigins('  \n ')).toEqual({ origins: [] });
  });

  it('names the line that is not a site', () => {
    expect(readOrigins('https://www.besancon.fr\nmairie de besançon')).toEqual({
      error: '«\u202fmairie de besançon\u202f» n’est pas l’adresse d’un site. Écrivez par exemple https://www.ville.fr, un site par ligne.',
    });
    expect(readOrigins('mairie')).toHaveProperty('error');
    expect(readOrigins('ftp://files.besancon.fr')).toHaveProperty('error');
    expect(readOrigins('https://user:secret@www.besancon.fr')).toHaveProperty('error');
  });

  it('refuses more sites than the API keeps', () => {
    const many = Array.from({ length: 21 }, (_, index) => `https://site${index}.fr`).join('\n');
    expect(readOrigins(many)).toEqual({ error: '20 sites au plus\u202f: gardez ceux où le questionnaire sera intégré.' });
  });
});
