import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import { emit } from '../internal/emit.js';
import { count } from '../results/format.js';
import { styles } from './barometre-trophee.styles.js';
import {
  certificateDetail,
  type CertificateDetail,
  focusApart,
  focusReason,
  placeName,
  previousRank,
  progression,
  progressionNote,
  rankingHeading,
  rateText,
} from './ranking-text.js';

/** The column headings: the table's own, and each cell's label when a narrow container shows rows as cards. */
const COLUMNS = {
  rank: 'Rang',
  rate: 'Répondants pour 1\u202f000 habitants',
  /** A card's label: « Répondants » is the line under it, so the rate needs only its base. */
  rateShort: 'Pour 1\u202f000 habitants',
  respondents: 'Répondants',
  progression: 'Progression',
  podium: 'Podium',
} as const;

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

export type { Ranking, RankedTerritory, RankingFocus };

declare global {
  interface HTMLElementEventMap {
    /** The ranking is on screen: how many territories it ranks. */
    'barometre-ranking-loaded': CustomEvent<{ total: number }>;
    /** « Certificat » was pressed for a podium entry of a published palmarès. */
    'barometre-certificate': CustomEvent<CertificateDetail>;
  }
}

/**
 * @tagname barometre-trophee
 * @summary The Trophée de la consultation citoyenne: a category's ranking by respondents per 1,000
 * inhabitants among approved candidates, with progression, its status (provisional, awaiting
 * publication, published) and its rules; podium certificates only for a published palmarès.
 *
 * @event barometre-ranking-loaded - The ranking is on screen. `detail: { total }`.
 * @event barometre-certificate - « Certificat » was pressed for a podium entry of a published palmarès. `detail: { entry, label, year, publishedAt, issuer }`.
 * @cssproperty --barometre-accent - Colour of headings and the highlighted row's edge.
 */
export class BarometreTrophee extends LitElement {
  static override styles = styles;

  /** Category id, e.g. `communes-10000-50000`. */
  @property() category = '';
  /** Year (default: the current one). */
  @property() year?: string;
  /** A territory to highlight (from its dashboard). */
  @property() territory?: string;
  /** Rows shown. */
  @property({ type: Number }) limit = 50;
  /** Show a « Certificat » button on the podium of a published palmarès (the trophy page makes the PDF). */
  @property({ type: Boolean }) certificates = false;
  @property() endpoint?: string;

  @state() private ranking?: Ranking;
  @state() private error?: string;
  private loading?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['category', 'year', 'territory', 'limit', 'endpoint'].some((name) => changed.has(name as keyof BarometreTrophee))) void this.load();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    // No category yet (the page sets it after the element's first update): a request would only earn a 400.
    if (!this.category) return;
    const url = new URL('/v1/rankings/participation', this.endpoint || SCRIPT_ORIGIN);
    url.searchParams.set('category', this.category);
    url.searchParams.set('limit', String(this.limit));
    if (this.year) url.searchParams.set('year', this.year);
    if (this.territory) url.searchParams.set('territory', this.territory);
    try {
      const response = await fetch(url, { signal: controller.signal });
      const body = (await response.json()) as { data?: Ranking; error?: { message: string } };
      if (!response.ok || !body.data) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
      this.ranking = body.data;
      this.error = undefined;
      await this.updateComplete;
      emit(this, 'barometre-ranking-loaded', { total: body.data.total });
    } catch (error) {
      if (!controller.signal.aborted) this.error = (error as Error).message;
    }
  }

  private withCertificates(ranking: Ranking): boolean {
    return this.certificates && ranking.status === 'published';
  }

  private row(entry: RankedTerritory, ranking: Ranking): TemplateResult {
    const mine = entry.territory.id === this.territory;
    const before = previousRank(entry);
    // Explicit roles: a narrow container lays rows out as cards (display: grid), which some browsers take for the table's semantics.
    return html`<tr role="row" aria-current=${mine ? 'true' : nothing} data-territory=${entry.territory.id}>
      <td role="cell" class="number rank" data-ranked>${entry.rank}</td>
      <th role="rowheader" scope="row" class="name">${placeName(entry.territory)}${mine ? ' (votre collectivité)' : ''}</th>
      <td role="cell" class="number" data-label=${COLUMNS.rateShort}>${rateText(entry.rate)}</td>
      <td role="cell" class="number" data-label=${COLUMNS.respondents}>${count(entry.respondents)}</td>
      <td role="cell" class="progression" data-label=${COLUMNS.progression}>${progression(entry)}${before ? html`<span class="note"> (${before})</span>` : nothing}</td>
      ${
        this.withCertificates(ranking)
          ? html`<td role="cell" class="podium">${
              entry.rank <= 3
                ? html`<button type="button" @click=${() => emit(this, 'barometre-certificate', certificateDetail(entry, ranking))}>Certificat<span class="visually-hidden"> de ${placeName(entry.territory)}</span></button>`
                : nothing
            }</td>`
          : nothing
      }
    </tr>`;
  }

  /** The territory asked for, when it is not among the rows shown: where it stands, and what it lacks. */
  private focusRow(focus: RankingFocus, ranking: Ranking): TemplateResult {
    const columns = this.withCertificates(ranking) ? 6 : 5;
    return html`${ranking.territories.length > 0 ? html`<tr role="row" class="gap"><td role="cell" colspan=${columns}>…</td></tr>` : nothing}
      <tr role="row" aria-current="true" data-territory=${focus.territory.id}>
        <td role="cell" class="number rank" ?data-ranked=${focus.rank !== null}>${focus.rank ?? '—'}</td>
        <th role="rowheader" scope="row" class="name">${placeName(focus.territory)} (votre collectivité)</th>
        <td role="cell" class="number" data-label=${COLUMNS.rateShort}>${focus.rate === null ? '—' : rateText(focus.rate)}</td>
        <td role="cell" class="number" data-label=${COLUMNS.respondents}>${count(focus.respondents)}</td>
        <td role="cell" class="progression" colspan=${columns - 4}>${focusReason(focus, ranking)}</td>
      </tr>`;
  }

  private status(ranking: Ranking): TemplateResult {
    if (ranking.status === 'published' && ranking.publishedAt) {
      const day = new Date(ranking.publishedAt).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
      return html`<p class="status" data-status="published">Palmarès publié le ${day}, après examen par l’équipe du baromètre.</p>`;
    }
    if (ranking.status === 'awaiting-publication')
      return html`<p class="status" data-status="awaiting-publication">Classement provisoire\u202f: l’année est terminée, l’équipe du baromètre examine les résultats avant de publier le palmarès.</p>`;
    return html`<p class="status" data-status="provisional">Classement provisoire\u202f: il évolue jusqu’à la fin de l’année\u202f; le palmarès sera publié après examen par l’équipe du baromètre.</p>`;
  }

  protected override render() {
    if (this.error) return html`<div class="root"><p class="error" role="alert">Le classement n’a pas pu être chargé\u202f: ${this.error}</p></div>`;
    const ranking = this.ranking;
    if (!ranking) return html`<div class="root"><p role="status">Chargement du classement…</p></div>`;
    const focus = focusApart(ranking);
    const { rules, excluded } = ranking;
    const heading = rankingHeading(ranking);
    return html`<div class="root" lang="fr">
      ${this.status(ranking)}
      <p class="caption" aria-hidden="true">${heading}</p>
      ${focus && focus.status !== 'ranked' ? html`<p class="focus">${placeName(focus.territory)}\u202f: ${focusReason(focus, ranking)}.</p>` : nothing}
      <table role="table" aria-describedby=${ranking.total > 0 ? 'progression-note' : nothing}>
        <caption class="visually-hidden">${heading}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${COLUMNS.rank}</th>
            <th role="columnheader" scope="col">Collectivité</th>
            <th role="columnheader" scope="col">${COLUMNS.rate}</th>
            <th role="columnheader" scope="col">${COLUMNS.respondents}</th>
            <th role="columnheader" scope="col">${COLUMNS.progression}</th>
            ${this.withCertificates(ranking) ? html`<th role="columnheader" scope="col">${COLUMNS.podium}</th>` : nothing}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${ranking.territories.map((entry) => this.row(entry, ranking))}
          ${focus ? this.focusRow(focus, ranking) : nothing}
        </tbody>
      </table>
      ${ranking.total > 0 ? html`<p class="note" id="progression-note">${progressionNote()}</p>` : nothing}
      ${ranking.total === 0 ? html`<p class="note">Aucune collectivité candidate n’atteint encore ${count(rules.minimumRespondents)} répondants dans cette catégorie.</p>` : nothing}
      <p class="note">
        Sont classées les collectivités candidates (inscription validée) qui comptent au moins ${count(rules.minimumRespondents)} répondants dans l’année.
        Un répondant est une connexion sur une journée\u202f; au plus ${count(rules.answersPerRespondentPerDay)} de ses réponses comptent ce jour-là.
        ${ranking.belowMinimum > 0 ? `${count(ranking.belowMinimum)} candidate${ranking.belowMinimum > 1 ? 's' : ''} sous ce minimum ne ${ranking.belowMinimum > 1 ? 'sont' : 'est'} pas classée${ranking.belowMinimum > 1 ? 's' : ''}.` : ''}
        Écartées des collectivités classées\u202f: ${count(excluded.flagged)} réponses en rafale d’un même appareil, ${count(excluded.refused)} refusées par la limite de débit, ${count(excluded.capped)} au-delà du plafond par répondant.
      </p>
      ${
        ranking.withdrawn.length > 0
          ? html`<p class="note">Retirées du palmarès par l’équipe du baromètre\u202f:</p>
            <ul class="note">${ranking.withdrawn.map((entry) => html`<li>${placeName(entry.territory)}\u202f: ${entry.reason}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }
}
