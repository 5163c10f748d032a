import { describe, expect, it } from 'vitest';
import { minifySheet } from './minify-css-literals.js';

describe('minifySheet', () => {
  it('drops comments and whitespace and keeps every rule, container queries included', () => {
    const sheet = `
  /* why this rule */
  .scale {
    display: grid;
    gap: 0.25em;
  }
  @container (max-width: 20.5em) {
    .scale .not-concerned {
      grid-column: 1 / -1;
    }
  }
`;
    expect(minifySheet(sheet, 'x.ts')).toBe('.scale{gap:.25em;display:grid}@container (width<=20.5em){.scale .not-concerned{grid-column:1/-1}}');
  });

  it('keeps the fallbacks older browsers need and the logical properties as written', () => {
    expect(minifySheet('.a { min-height: 100vh; min-height: 100dvh; inset-inline-end: 1em; }', 'x.ts')).toBe(
      '.a{min-height:100vh;min-height:100dvh;inset-inline-end:1em}',
    );
  });

  it('leaves a sheet with an interpolation or an escape as written', () => {
    expect(minifySheet('.a { color: ${accent}; }', 'x.ts')).toBeUndefined();
    expect(minifySheet(".a::before { content: '\\\\2022'; }", 'x.ts')).toBeUndefined();
  });
});
