import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import { rootReset, visuallyHidden } from '../internal/base-styles.js';
import { count, signed } from '../results/format.js';

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

export type { Ranking, RankedTerritory, RankingFocus };

const rate = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function progression(entry: RankedTerritory): string {
  if (!entry.previous) return 'nouveau';
  const places = entry.previous.rank - entry.rank;
  return places === 0 ? 'stable' : `${places > 0 ? '↑' : '↓'} ${Math.abs(places)} place${Math.abs(places) > 1 ? 's' : ''}`;
}

/**
 * @tagname barometre-trophee
 * @summary The Trophée de la consultation citoyenne: a category's ranking by respondents per 1,000
 * inhabitants among approved candidates, with progression, its status (provisional, awaiting
 * publication, published) and its rules; podium certificates only for a published palmarès.
 *
 * @event barometre-certificate - « Certificat » was pressed for a podium entry of a published palmarès. `detail: { entry, label, year }`.
 * @cssproperty --barometre-accent - Colour of headings and the highlighted row's edge.
 */
export class BarometreTrophee extends LitElement {
  static override styles = [
    rootReset,
    visuallyHidden,
    css`
    :host {
      display: block;
      --barometre-accent: #000091;
    }
    /* On a phone the table scrolls inside its own region, never the whole page. */
    .scroll {
      overflow-x: auto;
      /* Contains the visually hidden labels too, which would otherwise stretch the page. */
      position: relative;
    }
    .scroll:focus-visible {
      outline: 3px solid #0a76f6;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      background: #fff;
    }
    /* Shown above the scrolling table, so a phone never clips it; the table keeps its caption for screen readers. */
    .caption {
      font-weight: 700;
      font-size: 1.1em;
      color: var(--barometre-accent);
      margin: 0.5em 0;
    }
    .focus {
      font-weight: 600;
      margin: 0 0 0.5em;
    }
    th,
    td {
      border-bottom: 1px solid #ddd;
      padding: 0.5em;
      text-align: start;
    }
    td.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tr[aria-current='true'] {
      background: #e3e3fd;
      box-shadow: inset 4px 0 0 var(--barometre-accent);
      font-weight: 700;
    }
    button {
      font: inherit;
      min-height: 2.75em;
      padding: 0.25em 0.75em;
      background: var(--barometre-accent);
      color: #fff;
      border: 0;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #0a76f6;
      outline-offset: 2px;
    }
    .note {
      color: #3a3a3a;
      font-size: 0.9em;
    }
    .status {
      margin: 0 0 0.5em;
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid var(--barometre-accent);
      background: #f6f6f6;
    }
    .status[data-status='published'] {
      background: #e3e3fd;
    }
    .error {
      color: #ce0500;
      font-weight: 600;
    }
    @media print {
      button {
        display: none;
      }
    }
  `,
  ];

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
      this.dispatchEvent(new CustomEvent('barometre-ranking-loaded', { detail: { total: body.data.total }, bubbles: true, composed: true }));
    } catch (error) {
      if (!controller.signal.aborted) this.error = (error as Error).message;
    }
  }

  private withCertificates(ranking: Ranking): boolean {
    return this.certificates && ranking.status === 'published';
  }

  private row(entry: RankedTerritory, ranking: Ranking): TemplateResult {
    const mine = entry.territory.id === this.territory;
    return html`<tr aria-current=${mine ? 'true' : nothing} data-territory=${entry.territory.id}>
      <td class="number">${entry.rank}</td>
      <th scope="row">${entry.territory.name} <span class="note">(${entry.territory.departement})</span>${mine ? ' (votre collectivité)' : ''}</th>
      <td class="number">${rate(entry.rate)}</td>
      <td class="number">${count(entry.respondents)}</td>
      <td>${progression(entry)}${entry.previous ? html`<span class="note"> (${signed(entry.rate - entry.previous.rate, 2)} pour 1 000)</span>` : nothing}</td>
      ${
        this.withCertificates(ranking)
          ? html`<td>${
              entry.rank <= 3
                ? html`<button type="button" @click=${() => this.dispatchEvent(new CustomEvent('barometre-certificate', { detail: { entry, label: ranking.label, year: ranking.period.from.slice(0, 4) }, bubbles: true, composed: true }))}>Certificat<span class="visually-hidden"> de ${entry.territory.name}</span></button>`
                : nothing
            }</td>`
          : nothing
      }
    </tr>`;
  }

  /** The territory asked for, when it is not among the rows shown: where it stands, and what it lacks. */
  private focusRow(focus: RankingFocus, ranking: Ranking): TemplateResult {
    const columns = this.withCertificates(ranking) ? 6 : 5;
    return html`${ranking.territories.length > 0 ? html`<tr><td colspan=${columns}>…</td></tr>` : nothing}
      <tr aria-current="true" data-territory=${focus.territory.id}>
        <td class="number">${focus.rank ?? '—'}</td>
        <th scope="row">${focus.territory.name} (votre collectivité)</th>
        <td class="number">${focus.rate === null ? '—' : rate(focus.rate)}</td>
        <td class="number">${count(focus.respondents)}</td>
        <td colspan=${columns - 4}>${this.focusReason(focus, ranking)}</td>
      </tr>`;
  }

  private focusReason(focus: RankingFocus, ranking: Ranking): string {
    switch (focus.status) {
      case 'ranked':
        return `classée ${focus.rank ?? ''}e`;
      case 'below-minimum':
        return `non classée : il lui manque ${count(focus.missing)} répondant${focus.missing > 1 ? 's' : ''} pour atteindre le minimum de ${count(ranking.rules.minimumRespondents)}`;
      case 'not-candidate':
        return 'non classée : sa candidature (l’inscription de la collectivité) n’est pas validée';
      case 'withdrawn':
        return 'retirée du palmarès par l’équipe du baromètre';
    }
  }

  private status(ranking: Ranking): TemplateResult {
    if (ranking.status === 'published' && ranking.publishedAt) {
      const day = new Date(ranking.publishedAt).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
      return html`<p class="status" data-status="published">Palmarès publié le ${day}, après examen par l’équipe du baromètre.</p>`;
    }
    if (ranking.status === 'awaiting-publication')
      return html`<p class="status" data-status="awaiting-publication">Classement provisoire : l’année est terminée, l’équipe du baromètre examine les résultats avant de publier le palmarès.</p>`;
    return html`<p class="status" data-status="provisional">Classement provisoire : il évolue jusqu’à la fin de l’année ; le palmarès sera publié après examen par l’équipe du baromètre.</p>`;
  }

  protected override render() {
    if (this.error) return html`<div class="root"><p class="error" role="alert">Le classement n’a pas pu être chargé : ${this.error}</p></div>`;
    const ranking = this.ranking;
    if (!ranking) return html`<div class="root"><p role="status">Chargement du classement…</p></div>`;
    const focus = ranking.focus && !ranking.territories.some((entry) => entry.territory.id === ranking.focus?.territory.id) ? ranking.focus : null;
    const { rules, excluded } = ranking;
    const heading = `${ranking.label} — ${ranking.period.from.slice(0, 4)} (${count(ranking.total)} classée${ranking.total > 1 ? 's' : ''})`;
    return html`<div class="root" lang="fr">
      ${this.status(ranking)}
      <p class="caption" aria-hidden="true">${heading}</p>
      ${focus && focus.status !== 'ranked' ? html`<p class="focus">${focus.territory.name} : ${this.focusReason(focus, ranking)}.</p>` : nothing}
      <div class="scroll" tabindex="0" role="region" aria-label=${`Classement : ${ranking.label}`}>
      <table>
        <caption class="visually-hidden">${heading}</caption>
        <thead>
          <tr>
            <th scope="col">Rang</th>
            <th scope="col">Collectivité</th>
            <th scope="col">Répondants pour 1 000 habitants</th>
            <th scope="col">Répondants</th>
            <th scope="col">Progression</th>
            ${this.withCertificates(ranking) ? html`<th scope="col">Podium</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${ranking.territories.map((entry) => this.row(entry, ranking))}
          ${focus ? this.focusRow(focus, ranking) : nothing}
        </tbody>
      </table>
      </div>
      ${ranking.total === 0 ? html`<p class="note">Aucune collectivité candidate n’atteint encore ${count(rules.minimumRespondents)} répondants dans cette catégorie.</p>` : nothing}
      <p class="note">
        Sont classées les collectivités candidates (inscription validée) qui comptent au moins ${count(rules.minimumRespondents)} répondants dans l’année.
        Un répondant est une connexion sur une journée ; au plus ${count(rules.answersPerRespondentPerDay)} de ses réponses comptent ce jour-là.
        ${ranking.belowMinimum > 0 ? `${count(ranking.belowMinimum)} candidate${ranking.belowMinimum > 1 ? 's' : ''} sous ce minimum ne ${ranking.belowMinimum > 1 ? 'sont' : 'est'} pas classée${ranking.belowMinimum > 1 ? 's' : ''}.` : ''}
        Écartées des collectivités classées : ${count(excluded.flagged)} réponses en rafale d’un même appareil, ${count(excluded.refused)} refusées par la limite de débit, ${count(excluded.capped)} au-delà du plafond par répondant.
      </p>
      ${
        ranking.withdrawn.length > 0
          ? html`<p class="note">Retirées du palmarès par l’équipe du baromètre :</p>
            <ul class="note">${ranking.withdrawn.map((entry) => html`<li>${entry.territory.name} (${entry.territory.departement}) : ${entry.reason}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }
}
