/**
 * WCAG 2.1 contrast, shared by the kit (brand colours on posters), the widget (its `accent`
 * attribute) and the snippet builder: (L1 + 0.05) / (L2 + 0.05) with sRGB relative luminance.
 * No dependency, so the widget can import it without growing.
 * @module
 */

/** WCAG 2.1 AA for body text. */
export const MIN_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb`, no transparency. */
export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#09f` → `#0099ff`, lowercase. */
export function normalizeColor(color: string): string {
  const hex = color.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

export function relativeLuminance(color: string): number {
  const hex = normalizeColor(color).slice(1);
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Whether a colour can be the survey's accent: answers are written in it on white, and white is
 * written on it, so it must reach 4.5:1 against white.
 */
export function isReadableAccent(color: string): boolean {
  return HEX_COLOR.test(color) && contrastRatio(color, '#ffffff') >= MIN_CONTRAST;
}
