// @ts-check
/**
 * The rules that check themselves: typescript-eslint's recommended set, and the boundaries between
 * the parts as import rules. The contract (survey/) imports no part; the widget imports only the
 * contract; the kit never imports the widget or the Worker; the Worker imports neither the widget,
 * the kit, the demo pages nor the scripts. Import cycles are refused by scripts/check-cycles.ts (part
 * of `npm run lint`), which, unlike ESLint's cycle rules, also sees type-only imports.
 * scripts/lint.test.ts proves these rules fire.
 */
import tseslint from 'typescript-eslint';

/** Relative imports reaching into another part, whatever the depth. */
const into = (...parts) =>
  parts.map((part) => ({ group: [`**/${part}/**`, `**/${part}`], message: `This part may not import ${part}/ (see eslint.config.js).` }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'widget/dist/',
      'releases/',
      'survey/generated/',
      'worker/worker-configuration.d.ts',
      'test-results/',
      '.wrangler/',
      'playwright-report/',
      'scripts/lint-fixtures/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names say « deliberately unused » (destructuring a field away, an ignored argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['survey/**/*.ts'],
    ignores: ['survey/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: into('widget', 'worker', 'kit', 'demo', 'scripts', 'bench', 'e2e') }] },
  },
  {
    files: ['widget/src/**/*.ts'],
    ignores: ['widget/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: into('worker', 'kit', 'demo', 'scripts', 'bench', 'e2e') }] },
  },
  {
    files: ['kit/src/**/*.ts'],
    ignores: ['kit/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: into('widget', 'worker', 'demo', 'bench', 'e2e') }] },
  },
  {
    files: ['worker/src/**/*.ts'],
    ignores: ['worker/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: into('widget', 'kit', 'demo', 'scripts', 'bench', 'e2e') }] },
  },
);
