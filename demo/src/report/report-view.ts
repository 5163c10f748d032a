/**
 * The report's content (kit/src/report/analysis.ts) as semantic HTML: one section per part with
 * its heading, real tables with a caption and header cells (scoped), lists for sentences. The same
 * content the PDF prints, so the two never disagree. Each table sits in a focusable scrolling
 * region, so a phone scrolls the table, never the page.
 * @module
 */
import { differenceText, intervalText, monthText, rateText, scoreText, type ReportContent } from '../../../kit/src/report/analysis.js';
import { count, INSUFFICIENT, percent } from '../../../kit/src/report/format.js';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

let tables = 0;
/** A table with its caption and header cells; the first cell of each row heads its row. */
function table(caption: string, header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): HTMLElement {
  const id = `table-${(tables += 1)}`;
  const cellClass = (index: number): Record<string, string> => (numeric.includes(index) ? { class: 'number' } : {});
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
    el(
      'table',
      {},
      el('caption', { id }, caption),
      el('thead', {}, el('tr', {}, ...header.map((text, index) => el('th', { scope: 'col', ...cellClass(index) }, text)))),
      el(
        'tbody',
        {},
        ...rows.map((row) => el('tr', {}, ...row.map((text, index) => (index === 0 ? el('th', { scope: 'row' }, text) : el('td', cellClass(index), text))))),
      ),
    ),
  );
}

const list = (items: readonly string[]) => el('ul', {}, ...items.map((item) => el('li', {}, item)));

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

export function reportView(content: ReportContent): DocumentFragment {
  const name = content.territory.name;
  const fragment = document.createDocumentFragment();
  if (content.notice) fragment.append(el('p', { class: 'notice' }, el('strong', {}, 'À savoir\u202f: '), content.notice));
  fragment.append(
    section(
      'key-figures',
      'Chiffres clés',
      el(
        'dl',
        { class: 'key-figures' },
        ...content.keyFigures.map(({ label, value }) =>
          el('div', {}, el('dt', {}, label), el('dd', { class: value === INSUFFICIENT ? 'insufficient' : '' }, value)),
        ),
      ),
      ...(content.sources.length > 0
        ? [
            table(
              'Provenance des réponses',
              ['Source', 'Réponses', 'Part'],
              content.sources.map((source) => [source.label, count(source.answers), source.share]),
              [1, 2],
            ),
          ]
        : []),
    ),
    section(
      'comparison',
      'Comparaison avec le département et la France',
      table(
        'Part des usagers satisfaits, par indicateur',
        ['Indicateur', name, 'Fourchette à 95\u202f%', content.departementName, 'Écart avec le département', 'France', 'Écart avec la France'],
        content.comparison.map((row) => [
          row.label,
          row.territory.rate === null ? INSUFFICIENT : `${rateText(row.territory)} (${scoreText(row.territory)})`,
          intervalText(row.territory.interval),
          rateText(row.departement),
          differenceText(row.vsDepartement),
          rateText(row.national),
          differenceText(row.vsNational),
        ]),
      ),
      el(
        'p',
        { class: 'legend' },
        '▲\u00a0au-dessus, ▼\u00a0en\u00a0dessous\u202f: écart significatif. =\u00a0comparable\u202f: écart qui peut s’expliquer par le hasard. —\u202f: pas de comparaison possible.',
      ),
    ),
    section(
      'trend',
      'Évolution',
      list(content.trend.sentences),
      ...(content.trend.months.length > 0
        ? [
            table(
              'Mois par mois',
              ['Mois', 'Réponses', 'Satisfaits'],
              content.trend.months.map((month) => [monthText(month.month), count(month.answers), percent(month.rate)]),
              [1, 2],
            ),
          ]
        : []),
    ),
    section(
      'services',
      'Les services comparés',
      list(content.services.sentences),
      ...(content.services.rows.length > 0
        ? [
            table(
              'Satisfaction générale par service',
              ['Service', 'Réponses', name, content.departementName, 'Écart avec le département', 'France', 'Écart avec la France'],
              content.services.rows.map((row) => [
                row.label,
                count(row.answers),
                rateText(row.territory),
                rateText(row.departement),
                differenceText(row.vsDepartement),
                rateText(row.national),
                differenceText(row.vsNational),
              ]),
              [1],
            ),
          ]
        : []),
    ),
    section('strengths', 'Points forts', list(content.strengths)),
    section('improvements', 'Points à améliorer', list(content.improvements)),
    section(
      'themes',
      'Thèmes des commentaires',
      el('p', {}, content.themes.note),
      ...(content.themes.terms.length > 0
        ? [
            table(
              'Mots et expressions les plus employés',
              ['Terme', 'Commentaires'],
              content.themes.terms.map((term) => [term.term, count(term.comments)]),
              [1],
            ),
          ]
        : []),
    ),
    el('section', { class: 'methods', 'aria-labelledby': 'methods' }, el('h2', { id: 'methods' }, 'Méthode'), list(content.methods)),
  );
  return fragment;
}
