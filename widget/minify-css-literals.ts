/**
 * A Vite plugin that minifies the style sheets written as Lit `css` tagged templates. The bundler
 * minifies the JavaScript around them but keeps a template's text as written, indentation and
 * comments included: a tenth of the survey's first download. lightningcss (Vite's own CSS
 * minifier) rewrites each sheet; a template with `${…}` inside is left as it is, since its parts are
 * not whole sheets.
 */
import { Features, transform } from 'lightningcss';
import type { Plugin } from 'vite';

const CSS_LITERAL = /\bcss`([^`]*)`/g;

/**
 * The browsers of the build's es2020 target: a fallback they need (`100vh` before `100dvh`) is kept,
 * and logical properties stay as written (their left/right rewrite would undo the right-to-left work).
 */
const TARGETS = { chrome: 80 << 16, firefox: 78 << 16, safari: 14 << 16 };

/** The sheet minified, or undefined when it holds an interpolation or does not parse. */
export function minifySheet(sheet: string, filename: string): string | undefined {
  if (sheet.includes('${') || sheet.includes('\\')) return undefined;
  const { code } = transform({ filename, code: Buffer.from(sheet), minify: true, targets: TARGETS, exclude: Features.LogicalProperties });
  return code.toString();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/widget\/src\/.*\.ts$/.test(id) || !source.includes('css`')) return undefined;
      const code = source.replace(CSS_LITERAL, (literal, sheet: string) => {
        const minified = minifySheet(sheet, id);
        return minified === undefined ? literal : `css\`${minified}\``;
      });
      return code === source ? undefined : { code, map: null };
    },
  };
}
