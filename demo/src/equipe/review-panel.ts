/**
 * The Trophée's review in the team's console (`GET /v1/trophy/review?year=`): every territory with a
 * suspicious pattern, its evidence and rank, a box to withdraw it with a reason; then, once the
 * year has ended, the palmarès published with those withdrawals (`POST /v1/trophy/{year}/publish`).
 * @module
 */
import type * as z from 'zod/mini';
import { CATEGORIES, type Category, type ReviewEntrySchema, type ReviewReplySchema } from '../../../survey/trophy.js';
import { api, generalMessage } from '../console/api.js';
import { byId as $ } from '../dom.js';

type Review = z.infer<typeof ReviewReplySchema>['data'];
type Entry = z.infer<typeof ReviewEntrySchema>;

const STATUS_TEXT = {
  provisional: 'L’année n’est pas finie\u202f: le classement est provisoire, la publication s’ouvrira le 1er janvier.',
  'awaiting-publication': 'L’année est finie\u202f: vérifiez les collectivités ci-dessous, retirez-en si besoin, puis publiez le palmarès.',
  published: 'Le palmarès de cette année est publié\u202f; il ne peut plus changer.',
} as const;

const categoryLabel = (category: string) => (Object.hasOwn(CATEGORIES, category) ? CATEGORIES[category as Category].label : category);

/** Kiosk answers stand apart in the evidence: a town's own tablets weigh differently from its citizens' own visits. */
const kioskPart = (share: number | null) =>
  share ? `, dont ${share.toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 0 })} par des bornes d’accueil` : '';

function card(entry: Entry, withdrawable: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const title = Object.assign(document.createElement('h3'), { textContent: `${entry.territory.name} (${entry.territory.departement})` });
  const meta = Object.assign(document.createElement('p'), {
    className: 'note',
    textContent: `${categoryLabel(entry.category)} · ${entry.rank === null ? 'non classée' : `rang provisoire ${entry.rank}`} · ${entry.evidence.answers.toLocaleString('fr-FR')} réponses retenues, ${entry.evidence.respondents.toLocaleString('fr-FR')} répondants, ${entry.evidence.flagged.toLocaleString('fr-FR')} écartées, ${entry.evidence.refused.toLocaleString('fr-FR')} refusées${kioskPart(entry.evidence.kioskShare)}`,
  });
  const suspicions = document.createElement('ul');
  suspicions.append(...entry.suspicions.map((suspicion) => Object.assign(document.createElement('li'), { textContent: suspicion.message, className: 'warn' })));
  item.append(title, meta, suspicions);
  if (withdrawable) {
    const id = `withdraw-${entry.territory.id.replace(':', '-')}`;
    const field = Object.assign(document.createElement('div'), { className: 'field' });
    const label = Object.assign(document.createElement('label'), {
      htmlFor: id,
      textContent: 'Motif du retrait, publié avec le palmarès (laisser vide pour garder)',
    });
    const reason = Object.assign(document.createElement('input'), { id, maxLength: 500 });
    reason.dataset['territory'] = entry.territory.id;
    reason.classList.add('withdraw-reason');
    field.append(label, reason);
    item.append(field);
  }
  return item;
}

export async function showReview(token: string): Promise<void> {
  const select = $<HTMLSelectElement>('review-year');
  if (select.options.length === 0) {
    const year = new Date().getFullYear();
    for (const option of [year, year - 1, year - 2]) select.append(new Option(String(option), String(option)));
    // In January the year to publish is the one just ended.
    select.value = String(new Date().getMonth() === 0 ? year - 1 : year);
  }
  let review: Review | undefined;

  async function load(): Promise<void> {
    $('review-status').textContent = 'Chargement de la revue…';
    $('publish').hidden = true;
    try {
      review = await api<Review>(`/v1/trophy/review?year=${encodeURIComponent(select.value)}`, { token });
      const open = review.status === 'awaiting-publication';
      $('review').replaceChildren(...review.territories.map((entry) => card(entry, open)));
      const none = review.territories.length === 0 ? ' Aucune collectivité ne présente de motif suspect.' : '';
      $('review-status').textContent = `${STATUS_TEXT[review.status]}${none}`;
      $('publish').hidden = !open;
      $('publish').textContent = `Publier le palmarès ${review.year}`;
    } catch (failure) {
      $('review-status').textContent = generalMessage(failure);
    }
  }

  $<HTMLFormElement>('review-form').onsubmit = (event) => {
    event.preventDefault();
    void load();
  };
  $('publish').onclick = async () => {
    if (!review) return;
    const withdrawn = [...document.querySelectorAll<HTMLInputElement>('.withdraw-reason')]
      .filter((input) => input.value.trim().length > 0)
      .map((input) => ({ territory: input.dataset['territory'] ?? '', reason: input.value.trim() }));
    if (
      !confirm(
        `Publier le palmarès ${review.year}${withdrawn.length > 0 ? ` en retirant ${withdrawn.length} collectivité(s)` : ''}\u202f? Il ne pourra plus changer.`,
      )
    )
      return;
    try {
      await api(`/v1/trophy/${review.year}/publish`, { token, body: { withdrawn } });
      $('publish-status').textContent = `Palmarès ${review.year} publié.`;
      await load();
    } catch (failure) {
      $('publish-status').textContent = generalMessage(failure);
    }
  };
  await load();
}
