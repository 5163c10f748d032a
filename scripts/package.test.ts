import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the widget as an npm package', () => {
  it('packs an ES module, its types and custom-elements.json, importing only its declared dependencies', () => {
    execFileSync('npm', ['run', 'package'], { stdio: 'pipe', timeout: 120_000 });
    const manifest = JSON.parse(readFileSync('widget/package.json', 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
      exports: Record<string, { types: string; default: string }>;
    };
    const listing = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: 'widget', encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = listing[0]?.files.map((file) => file.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining(['dist/widget.js', 'dist/custom-elements.json', 'dist/types/widget/src/embed.d.ts', 'README.md', 'package.json']),
    );
    expect(files.some((file) => file.endsWith('.test.ts') || file.startsWith('src/'))).toBe(false);
    // Every bare import of the bundle is a declared dependency: nothing missing at the site's build.
    const code = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(`widget/${file}`, 'utf8'))
      .join('\n');
    const bare = new Set(
      [...code.matchAll(/(?:from|import)\s*["']([^./"'][^"']*)["']/g)].map((match) =>
        (match[1] ?? '')
          .split('/')
          .slice(0, (match[1] ?? '').startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    );
    const declared = new Set([...Object.keys(manifest.dependencies), '@lit']);
    expect([...bare].filter((name) => !declared.has(name) && !name.startsWith('@lit/'))).toEqual([]);
    expect(readFileSync('widget/dist/types/widget/src/embed.d.ts', 'utf8')).toContain('BarometreCitoyen');
    const elements = JSON.parse(readFileSync('widget/dist/custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
    expect(elements.modules.flatMap((module) => module.declarations ?? []).some((declaration) => declaration.tagName === 'barometre-citoyen')).toBe(true);
    expect(manifest.exports['.']?.default).toBe('./dist/widget.js');
  }, 180_000);
});
