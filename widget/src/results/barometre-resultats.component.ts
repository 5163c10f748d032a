import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CHANNEL_LABELS_FR, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import { emit } from '../internal/emit.js';
import { styles } from './barometre-resultats.styles.js';
import { chartSpecs, type ChartSpec } from './chart-specs.js';
import { ChartSet } from './charts.js';
import { count, excludedNote, INSUFFICIENT, monthLabel, percent, perThousandValue, score, signed } from './format.js';
import { loadDashboard, type DashboardData } from './results-data.js';
import { renderAudits } from './audits-beside.js';
import { filterScope, intervalExplanation, intervalText, noTrendText } from './report-wording.js';
import { monthCount } from '../../../survey/months.js';
import { MIN_ANSWERS } from '../../../survey/scoring.js';

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

declare global {
  interface HTMLElementEventMap {
    /** The figures are on screen (tiles, and the charts near the screen drawn): the number of answers they rest on. */
    'barometre-results-loaded': CustomEvent<{ answers: number }>;
  }
}

/**
 * @tagname barometre-resultats
 * @summary A territory's results: tiles, charts against its département and the nation, months,
 * sources, services and channels, each chart with its data table. Loads chart.js; the survey
 * widget never does.
 *
 * @csspart tiles - The row of key figures.
 * @csspart tile - One key figure.
 * @csspart chart - Each chart's figure.
 * @cssproperty --barometre-accent - Colour of the territory's series and headings.
 * @cssproperty --barometre-font - Font family.
 * @event barometre-results-loaded - The figures are on screen: the tiles, and every chart near the screen drawn
 * (the others are drawn as the reader scrolls to them). `detail: { answers }`.
 */
export class BarometreResultats extends LitElement {
  static override styles = styles;

  /** Territory id, e.g. `commune:25056`. */
  @property() territory = '';
  /** First and last months (`YYYY-MM`); the last twelve months when absent. */
  @property() from?: string;
  @property() to?: string;
  /** Only this service / channel. */
  @property() service?: string;
  @property() channel?: string;
  /** Server to read from; defaults to the origin the script was loaded from. */
  @property() endpoint?: string;

  @state() private data?: DashboardData;
  @state() private error?: string;

  /** The charts' specs, computed once when the figures change (`willUpdate`), for `render` and `updated`. */
  private specs: ChartSpec[] = [];
  private readonly charts = new ChartSet();
  /** Answers behind figures whose charts are not all drawn yet: « loaded » is still to be announced. */
  private unannounced?: number;
  private loading?: AbortController;
  /** Paper shows every chart and every table: the charts still waiting to come near the screen are drawn now. */
  private readonly prepareForPrint = () => {
    this.renderRoot.querySelectorAll('details').forEach((details) => (details.open = true));
    this.charts.drawAll();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.prepareForPrint);
    // Back on a page after a move: its charts were destroyed on the way out, the next update redraws them.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.prepareForPrint);
    this.loading?.abort();
    this.charts.destroy();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['territory', 'from', 'to', 'service', 'channel', 'endpoint'].some((name) => changed.has(name as keyof BarometreResultats))) void this.load();
    if (changed.has('data' as keyof BarometreResultats)) this.specs = this.data ? chartSpecs(this.data) : [];
  }

  /** Reads the figures again (a page watching a territory's first answers arrive calls it). */
  refresh(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.error = undefined;
    // No territory yet (the page sets it after the element's first update): nothing to ask for.
    if (!this.territory) return;
    try {
      this.data = await loadDashboard(
        this.endpoint || SCRIPT_ORIGIN,
        this.territory,
        { from: this.from, to: this.to, service: this.service, channel: this.channel },
        controller.signal,
      );
    } catch (error) {
      if (!controller.signal.aborted) this.error = (error as Error).message;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dataChanged = changed.has('data' as keyof BarometreResultats);
    // Each horizontal chart as tall as its bars need, set through the CSSOM before chart.js measures
    // it: the pages' Content-Security-Policy blocks style attributes (and Lit's styleMap writes one first).
    this.renderRoot.querySelectorAll<HTMLElement>('.canvas[data-height]').forEach((box) => {
      box.style.height = box.dataset['height'] ? `${box.dataset['height']}rem` : '';
    });
    if (this.data && dataChanged) this.unannounced = this.data.results.answers;
    // « loaded » once the charts near the screen are drawn (one task each), by whichever sync finishes.
    void this.charts
      .sync(this.specs, (id) => this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${id}"]`), dataChanged)
      .then((complete) => {
        if (!complete || this.unannounced === undefined || this.error) return;
        const answers = this.unannounced;
        this.unannounced = undefined;
        emit(this, 'barometre-results-loaded', { answers });
      });
  }

  private renderChart(spec: ChartSpec): TemplateResult {
    return html`<figure part="chart" aria-labelledby="title-${spec.id}">
      <figcaption id="title-${spec.id}">${spec.title}</figcaption>
      ${
        spec.insufficient
          ? html`<div class="insufficient">${INSUFFICIENT}</div>`
          : html`<div class="canvas" data-height=${spec.heightRem ?? ''}><canvas data-chart=${spec.id} role="img" aria-label=${spec.summary}></canvas></div>`
      }
      <details>
        <summary>Données du graphique</summary>
        <table>
          <caption class="note">${spec.title}</caption>
          <thead><tr>${spec.table.head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead>
          <tbody>
            ${spec.table.rows.map((row) => html`<tr>${row.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${typeof cell === 'number' ? 'number' : ''}>${typeof cell === 'number' ? count(cell) : cell}</td>`))}</tr>`)}
          </tbody>
        </table>
      </details>
    </figure>`;
  }

  private renderTiles({ results, previous, range }: DashboardData): TemplateResult {
    const { overall, territory } = results;
    // Every tile under a filter says which: its figure, its trend and the averages share it.
    const scope = filterScope(results.filters);
    const scoped = (title: string) => (scope ? html`${title} <span class="scope">· ${scope}</span>` : title);
    const trendScore =
      !overall.suppressed && !previous.overall.suppressed && overall.score !== null && previous.overall.score !== null
        ? overall.score - previous.overall.score
        : null;
    return html`<dl class="tiles" part="tiles">
      <div class="tile" part="tile" data-tile="answers">
        <dt>${scoped(`Réponses (${monthLabel(range.from)} – ${monthLabel(range.to)})`)}</dt>
        <dd>${count(results.answers)}<small>${excludedNote(results.excluded)}</small></dd>
      </div>
      <div class="tile" part="tile" data-tile="participation">
        <dt>Participation</dt>
        <dd>${results.participation === null ? '—' : perThousandValue(results.participation)}<small>${
          results.respondents === null
            ? 'répondants comptés pour tous les services et canaux\u202f: retirez le filtre'
            : `répondants pour 1\u202f000 habitants (${count(results.respondents)} répondant${results.respondents > 1 ? 's' : ''}, ${count(territory.population)} habitants)`
        }</small></dd>
      </div>
      <div class="tile" part="tile" data-tile="score">
        <dt>${scoped('Note générale')}</dt>
        <dd>${score(overall.suppressed ? null : overall.score)}<small>${
          overall.suppressed
            ? `${count(overall.n)} réponses\u202f: il en faut ${MIN_ANSWERS}`
            : `${percent(overall.rate)} «\u202fTrès bien\u202f», sur ${count(overall.n)} réponses`
        }</small>${
          overall.interval
            ? html`<details class="margin" data-interval>
                <summary>${intervalText(overall.interval)}</summary>
                <small>${intervalExplanation(overall.n)}</small>
              </details>`
            : ''
        }</dd>
      </div>
      <div class="tile" part="tile" data-tile="trend">
        <dt>${scoped('Tendance sur la période précédente')}</dt>
        <dd>${trendScore === null ? html`<span class="calm">${noTrendText(monthCount(range), overall.n, previous.overall.n)}</span>` : `${signed(trendScore)} pt`}<small>réponses\u202f: ${signed(results.answers - previous.answers, 0)} (${count(previous.answers)} auparavant)</small></dd>
      </div>
    </dl>`;
  }

  protected override render() {
    if (this.error) return html`<div class="root"><p class="status error" role="alert">Les résultats n’ont pas pu être chargés\u202f: ${this.error}</p></div>`;
    if (!this.data) return html`<div class="root"><p class="status" role="status">Chargement des résultats…</p></div>`;
    const { filters } = this.data.results;
    return html`<div class="root" lang="fr" dir="ltr">
      ${this.renderTiles(this.data)}
      <p class="note">
        ${filters.service ? `Service\u202f: ${SERVICE_LABELS_FR[filters.service]}. ` : ''}${filters.channel ? `Canal\u202f: ${CHANNEL_LABELS_FR[filters.channel]}. ` : ''}${
          filters.service || filters.channel
            ? 'Les moyennes du département et de la France et la période précédente portent sur ce même filtre.'
            : 'Les moyennes du département et de la France portent sur tous les services.'
        }
        Toute figure reposant sur moins de 5 réponses est remplacée par «\u202f${INSUFFICIENT}\u202f».
      </p>
      ${this.data.audits ? renderAudits(this.data.audits) : ''}
      <div class="charts">${this.specs.map((spec) => this.renderChart(spec))}</div>
    </div>`;
  }
}
