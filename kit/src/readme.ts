/**
 * The kit's README.md: what each file is, the ready-to-post texts (Facebook, LinkedIn, X,
 * Instagram, municipal bulletin), the printing advice, the HTML snippets of the banners and the
 * signature, and every image's alternative text.
 * @module
 */
import { kitTranslator } from './i18n.js';
import type { BuiltAsset, KitFile, KitRequest } from './kit-types.js';
import { snippetOf } from './snippet.js';
import { shortUrlOf, surveyUrlOf } from './urls.js';

const NETWORKS = ['facebook', 'linkedin', 'x', 'instagram', 'bulletin'] as const;

export function readmeOf(request: KitRequest, built: BuiltAsset[], files: KitFile[]): string {
  const t = kitTranslator(request.language);
  const name = request.territory.name;
  const french = request.language === 'fr' || request.language === 'fr-falc';
  // French writes kilo-octets « Ko » and a space before a colon; the other languages « KB » and none.
  const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} ${french ? 'Ko' : 'KB'}`;
  const lines = [
    `# ${t('readme.title', { name })}`,
    '',
    t('readme.intro'),
    '',
    `## ${t('readme.files')}`,
    '',
    ...files.map((file) => `- \`${file.name}\` — ${file.asset ? file.asset.label[request.language] : 'README'} (${kb(file.bytes.length)})`),
    '',
    t('readme.print', { marks: t(request.cropMarks ? 'readme.printMarks.with' : 'readme.printMarks.without') }),
    '',
    t('readme.screens'),
    '',
    `## ${t('readme.snippets')}`,
    '',
    t('readme.snippetsIntro'),
    '',
  ];
  for (const item of built.filter((candidate) => candidate.asset.formats.includes('html'))) {
    lines.push(`### ${item.asset.label[request.language]} (\`${item.asset.id}.html\`)`, '', '```html', snippetOf(item, request), '```', '');
  }
  lines.push(`## ${t('readme.posts')}`, '');
  for (const network of NETWORKS) {
    // Each network's text carries its own source, so the dashboard tells them apart too.
    const url = surveyUrlOf(request.baseUrl, request.territory.id, network === 'bulletin' ? 'bulletin' : `reseau-${network}`, request.language);
    lines.push(`### ${t(`networks.${network}`)}`, '', t(`posts.${network}`, { name, url }), '');
  }
  lines.push(`## ${t('readme.alts')}`, '');
  for (const item of built) lines.push(`- **${item.asset.label[request.language]}** (\`${item.asset.id}\`)${french ? ' :' : ':'} ${item.drawing.alt}`);
  lines.push('', `<${shortUrlOf(request.baseUrl, request.territory.id, undefined, request.language, request.shortSlug)}>`, '');
  return lines.join('\n');
}
