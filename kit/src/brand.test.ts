import { describe, expect, it } from 'vitest';
import { BrandColorSchema, contrastRatio, ContrastError, DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST, normalizeColor, paletteFor } from './brand.js';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#000091', '#ffffff')).toBeCloseTo(14.91, 1);
  });

  it('puts white on dark colours and near-black on light ones', () => {
    expect(paletteFor('#000091')).toMatchObject({ brand: '#000091', onBrand: LIGHT_TEXT });
    expect(paletteFor('#FC0')).toMatchObject({ brand: '#ffcc00', onBrand: DARK_TEXT });
  });

  it('refuses a mid-tone no text colour reads on, saying what to do', () => {
    expect(() => paletteFor('#7a7a7a')).toThrow(ContrastError);
    expect(() => paletteFor('#7a7a7a')).toThrow(/4\.5:1.*darker or lighter/);
  });

  it('never accepts a colour whose text falls below 4.5:1 (all 4,096 short colours)', () => {
    let refused = 0;
    for (let value = 0; value < 4096; value += 1) {
      const color = `#${value.toString(16).padStart(3, '0')}`;
      try {
        const palette = paletteFor(color);
        expect(contrastRatio(palette.brand, palette.onBrand)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      } catch (error) {
        expect(error).toBeInstanceOf(ContrastError);
        const brand = normalizeColor(color);
        expect(Math.max(contrastRatio(brand, DARK_TEXT), contrastRatio(brand, LIGHT_TEXT))).toBeLessThan(MIN_CONTRAST);
        refused += 1;
      }
    }
    // A thin band of mid-tones only.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(400);
  });

  it('accepts #rgb and #rrggbb only', () => {
    expect(BrandColorSchema.safeParse('#00f').success).toBe(true);
    for (const bad of ['blue', '#00009180', '000091', '#ggg', '']) expect(BrandColorSchema.safeParse(bad).success).toBe(false);
  });
});
