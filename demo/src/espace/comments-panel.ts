/**
 * The comments of a territory's space: filtered by rating, service, channel and dates, a page at a
 * time (`GET /v1/territories/{id}/comments`), and the same selection as CSV. Both go through the
 * API with the token in a header, so the CSV is fetched, then handed to the browser as a file. The
 * raw results (`answers.csv`: every answer, one row each) take the same filters.
 * @module
 */
import { CHANNEL_LABELS_FR, CHANNELS, OVERALL_LABELS_FR, OVERALL_LEVELS, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import { appendServiceOptions } from '../service-options.js';
import { lastTwelveMonths } from '../../../survey/months.js';
import { ownLabel } from '../../../survey/sources.js';
import { monthOptions } from '../dashboard/month-options.js';
import { api, apiResponse, generalMessage } from '../console/api.js';
import type { AdminSession } from '../console/session.js';
import { byId as $ } from '../dom.js';
import { downloadBytes } from '../download.js';

const PAGE = 50;

interface ShownComment {
  id: string;
  receivedAt: string;
  service: string;
  channel: string | null;
  overall: string;
  comment: string;
  flagged: boolean;
}

for (const level of OVERALL_LEVELS) $<HTMLSelectElement>('rating').append(new Option(OVERALL_LABELS_FR[level], level));
appendServiceOptions($<HTMLSelectElement>('comment-service'));
for (const channel of CHANNELS) $<HTMLSelectElement>('comment-channel').append(new Option(CHANNEL_LABELS_FR[channel], channel));
// Months named in French whatever the browser speaks, as on the dashboard.
for (const [value, label] of monthOptions(lastTwelveMonths(Date.now()).to)) {
  for (const id of ['comment-from', 'comment-to']) $<HTMLSelectElement>(id).append(new Option(label, value));
}

/** The filters as the API's query: only those chosen. */
function filters(): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, id] of [
    ['rating', 'rating'],
    ['service', 'comment-service'],
    ['channel', 'comment-channel'],
    ['from', 'comment-from'],
    ['to', 'comment-to'],
  ] as const) {
    const value = $<HTMLInputElement | HTMLSelectElement>(id).value;
    if (value) query.set(name, value);
  }
  return query;
}

function card(comment: ShownComment): HTMLLIElement {
  const item = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'note';
  meta.textContent = [
    new Date(comment.receivedAt).toLocaleDateString('fr-FR'),
    ownLabel(OVERALL_LABELS_FR, comment.overall) ?? comment.overall,
    ownLabel(SERVICE_LABELS_FR, comment.service) ?? comment.service,
    comment.channel ? (ownLabel(CHANNEL_LABELS_FR, comment.channel) ?? comment.channel) : '',
    comment.flagged ? 'écarté des chiffres (envoi en rafale ou hors des heures d’ouverture)' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  // textContent only: a comment is the citizen's text, never markup.
  const text = Object.assign(document.createElement('p'), { className: 'comment-text', textContent: comment.comment });
  item.append(meta, text);
  return item;
}

export function showComments(session: AdminSession): void {
  const base = `/v1/territories/${encodeURIComponent(session.territory)}`;
  let next: string | null = null;
  let shown = 0;

  async function load(more: boolean): Promise<void> {
    const query = filters();
    const [from, to] = [query.get('from'), query.get('to')];
    if (from && to && from > to) {
      $('comments-status').textContent = 'Le mois de fin précède le mois de début\u202f: corrigez l’un des deux.';
      return;
    }
    query.set('limit', String(PAGE));
    if (more && next) query.set('before', next);
    $('comments-status').textContent = 'Chargement des commentaires…';
    try {
      const page = await api<{ comments: ShownComment[]; next: string | null }>(`${base}/comments?${query}`, { token: session.token });
      if (!more) {
        $('comments').replaceChildren();
        shown = 0;
      }
      $('comments').append(...page.comments.map(card));
      shown += page.comments.length;
      next = page.next;
      $('comments-more').hidden = next === null;
      $('comments-status').textContent =
        shown === 0
          ? 'Aucun commentaire ne correspond à ces filtres.'
          : `${shown} commentaire${shown > 1 ? 's' : ''} affiché${shown > 1 ? 's' : ''}${next ? '\u202f; il y en a d’autres, plus anciens.' : '.'}`;
    } catch (failure) {
      $('comments-status').textContent = generalMessage(failure);
    }
  }

  $<HTMLFormElement>('comment-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void load(false);
  });
  $('comments-more').addEventListener('click', () => void load(true));
  /** A CSV of the current selection, fetched with the token in a header, then handed to the browser as a file. */
  async function downloadCsv(file: 'comments.csv' | 'answers.csv', name: string, done: string): Promise<void> {
    $('comments-status').textContent = 'Préparation du fichier CSV…';
    try {
      const response = await apiResponse(`${base}/${file}?${filters()}`, { token: session.token });
      downloadBytes(`${name}-${session.territory.replace(':', '-')}.csv`, new Uint8Array(await response.arrayBuffer()), 'text/csv');
      $('comments-status').textContent = done;
    } catch (failure) {
      $('comments-status').textContent = generalMessage(failure);
    }
  }
  $('comments-csv').addEventListener(
    'click',
    () => void downloadCsv('comments.csv', 'commentaires', 'Fichier CSV téléchargé (les commentaires qui correspondent aux filtres).'),
  );
  $('answers-csv').addEventListener(
    'click',
    () =>
      void downloadCsv('answers.csv', 'reponses', 'Fichier CSV téléchargé\u202f: une ligne par réponse qui correspond aux filtres, avec ou sans commentaire.'),
  );
  void load(false);
}
