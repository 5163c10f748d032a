/**
 * The boundaries between the parts are rules that fire: a deliberately wrong import, linted as if
 * it were in each part, is refused by eslint.config.js; the same import where it is allowed passes.
 * So is the no-cycle rule, on a committed pair of modules that import each other.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importCycles } from './check-cycles.js';

const eslint = new ESLint();

async function ruleHits(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it.each([
    ['the contract imports no part', 'survey/wrong.ts', "import { app } from '../worker/src/index.js';\nexport { app };\n"],
    ['the widget imports only the contract', 'widget/src/wrong.ts', "import { buildKit } from '../../kit/src/kit.js';\nexport { buildKit };\n"],
    ['the kit never imports the widget', 'kit/src/wrong.ts', "import { fr } from '../../widget/src/locales/fr.js';\nexport { fr };\n"],
    ['the Worker imports no other part', 'worker/src/wrong.ts', "import { fr } from '../../widget/src/locales/fr.js';\nexport { fr };\n"],
  ])('%s', async (_rule, path, code) => {
    expect(await ruleHits(path, code)).toEqual(['no-restricted-imports']);
  });

  it('lets each part import the contract', async () => {
    for (const path of ['widget/src/right.ts', 'kit/src/right.ts', 'worker/src/right.ts']) {
      const depth = path.split('/').length - 1;
      expect(await ruleHits(path, `import { CRITERIA } from '${'../'.repeat(depth)}survey/questionnaire.js';\nexport { CRITERIA };\n`), path).toEqual([]);
    }
  });

  it('refuses an import cycle, even a type-only one (scripts/check-cycles.ts)', async () => {
    expect(await importCycles(['scripts/lint-fixtures/type-cycle/*.ts'])).toEqual([
      ['scripts/lint-fixtures/type-cycle/ledger.ts', 'scripts/lint-fixtures/type-cycle/env.ts'],
    ]);
  });
});
