/**
 * The mystery audits beside the citizens in `<barometre-resultats>`: per criterion and overall,
 * the auditors' score and the citizens' the same year, and the verdict of
 * survey/audit-comparison.ts as a symbol and words (never colour alone). Shown only when the
 * territory has a published audit figure that year (results-data.ts); French, like the rest of
 * the element.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DISAGREEMENT_POINTS, VERDICT_MARKS_FR, type AuditComparisonLine } from '../../../survey/audit-comparison.js';
import { CRITERION_LABELS_FR } from '../../../survey/questionnaire.js';
import { count, score, signed } from './format.js';
import type { AuditsBeside } from './results-data.js';

/** Short heads so four columns fit a phone; the full criterion in the cell's title. */
const SHORT: Readonly<Record<AuditComparisonLine['indicator'], string>> = {
  overall: 'Note générale',
  accessibilite: 'Accessibilité',
  accueil: 'Accueil',
  attente: 'Attente',
  efficacite: 'Efficacité',
  'en-ligne': 'En ligne',
};

const basis = (n: number, word: string) => `${count(n)}\u202f${word}${n > 1 ? 's' : ''}`;

function figure(value: number | null, n: number, word: string): TemplateResult {
  return html`<td><b>${value === null ? 'non publié' : score(value)}</b><small>${basis(n, word)}</small></td>`;
}

function line(row: AuditComparisonLine): TemplateResult {
  const mark = VERDICT_MARKS_FR[row.verdict];
  return html`<tr data-indicator=${row.indicator}>
    <th scope="row" title=${row.indicator === 'overall' ? nothing : CRITERION_LABELS_FR[row.indicator]}>${SHORT[row.indicator]}</th>
    ${figure(row.auditors.score, row.auditors.audits, 'audit')} ${figure(row.citizens.score, row.citizens.n, 'réponse')}
    <td class="verdict ${row.verdict}" data-verdict=${row.verdict} title=${row.sentence}>
      <span aria-hidden="true">${mark.symbol}</span> ${mark.words}${row.gap === null ? '' : html`<small>${signed(row.gap)}\u202fpt</small>`}
    </td>
  </tr>`;
}

export function renderAudits({ year, audits, comparison }: AuditsBeside): TemplateResult {
  return html`<figure class="audits" part="chart" aria-labelledby="title-audits" data-audits>
    <figcaption id="title-audits">Audits mystères et avis des usagers, ${year}</figcaption>
    <div class="scroll" role="region" tabindex="0" aria-labelledby="title-audits"><table>
      <thead><tr><th scope="col">Critère</th><th scope="col">Auditeurs</th><th scope="col">Usagers</th><th scope="col">Écart</th></tr></thead>
      <tbody>${[comparison.overall, ...comparison.criteria].map(line)}</tbody>
    </table></div>
    <p class="note">
      ${basis(audits, 'audit')} en ${year}, notés sur une grille fixe, à côté de la satisfaction des usagers la même année. Écart signalé à partir de
      ${DISAGREEMENT_POINTS}\u202fpoints sur 10. Moins de ${comparison.threshold}\u202faudits\u202f: non publié.
    </p>
  </figure>`;
}
