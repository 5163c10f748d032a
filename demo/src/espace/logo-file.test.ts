import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '../../../survey/logo.js';
import { logoFileProblem, logoFileType, sizeFr, WRONG_TYPE } from './logo-file.js';

describe('the logo field', () => {
  it('sends a file as its own type, or its extension’s when the system gave it none', () => {
    expect(logoFileType({ name: 'logo.png', type: 'image/png' })).toBe('image/png');
    expect(logoFileType({ name: 'logo.SVG', type: '' })).toBe('image/svg+xml');
    expect(logoFileType({ name: 'logo.jpg', type: '' })).toBe('image/jpeg');
    expect(logoFileType({ name: 'logo.gif', type: 'image/gif' })).toBeNull();
    expect(logoFileType({ name: 'logo.png', type: 'application/pdf' })).toBeNull();
  });

  it('says in French what is wrong before sending: the type, then the size', () => {
    expect(logoFileProblem({ name: 'logo.png', type: 'image/png', size: LOGO_MAX_BYTES })).toBeNull();
    expect(logoFileProblem({ name: 'logo.png', type: 'image/png', size: 350 * 1024 })).toBe(
      'Ce fichier pèse 350 Ko : le logo doit peser 200 Ko au plus. Enregistrez-le en plus petit (ou en SVG), puis réessayez.',
    );
    expect(logoFileProblem({ name: 'logo.gif', type: 'image/gif', size: 10 })).toBe(WRONG_TYPE);
    expect(sizeFr(1536 * 1024)).toBe('1,5 Mo');
  });
});
