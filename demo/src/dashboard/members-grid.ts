/**
 * A département's communes at a glance, beside its members' table: one tile per commune with
 * answers over the period, in name order, its overall score written and its band shown by a
 * coloured edge and named in words (never colour alone). Communes without an answer are counted,
 * not drawn: hundreds of empty tiles would hide the few that matter.
 * @module
 */
import type { Member } from '../../../survey/members.js';
import { count, INSUFFICIENT, score } from '../../../widget/src/results/format.js';

/** Bands of the overall score /10, best first: their names, and the edge colour each tile gets. */
export const SCORE_BANDS = [
  { min: 8, name: 'très satisfaisant', key: 'high' },
  { min: 6, name: 'satisfaisant', key: 'good' },
  { min: 4, name: 'mitigé', key: 'mixed' },
  { min: 0, name: 'insatisfaisant', key: 'low' },
] as const;

export function bandOf(member: Member): { name: string; key: string } {
  if (member.overall.suppressed || member.overall.score === null) return { name: INSUFFICIENT.toLowerCase(), key: 'none' };
  const value = member.overall.score;
  return SCORE_BANDS.find((band) => value >= band.min) ?? { name: 'insatisfaisant', key: 'low' };
}

export function membersGrid(communes: Member[]): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'members-grid';
  const answered = communes.filter((member) => member.answers > 0).sort((a, b) => a.territory.name.localeCompare(b.territory.name, 'fr'));
  const caption = document.createElement('figcaption');
  caption.textContent = `Les ${count(answered.length)} communes qui ont des réponses sur la période, par ordre alphabétique (${count(communes.length - answered.length)} n’en ont pas encore). La note générale sur 10 est écrite sur chaque commune\u202f; le bord coloré indique sa tranche\u202f: ${SCORE_BANDS.filter(
    (band) => band.min > 0,
  )
    .map((band) => `${band.name} à partir de ${band.min}`)
    .join(', ')}, insatisfaisant en dessous.`;
  const list = document.createElement('ul');
  list.append(
    ...answered.map((member) => {
      const band = bandOf(member);
      const item = Object.assign(document.createElement('li'), { className: `band-${band.key}` });
      const link = Object.assign(document.createElement('a'), {
        href: `/tableau-de-bord/${encodeURIComponent(member.territory.id)}`,
        textContent: member.territory.name,
      });
      const figures = Object.assign(document.createElement('span'), {
        className: 'tile-figures',
        textContent: member.overall.suppressed
          ? `${INSUFFICIENT} (${count(member.answers)}\u00a0réponses)`
          : `${score(member.overall.score)} · ${band.name} · ${count(member.answers)}\u00a0réponses`,
      });
      item.append(link, figures);
      return item;
    }),
  );
  figure.append(caption, list);
  return figure;
}
