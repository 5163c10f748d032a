import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CHANNEL_LABELS_FR, CRITERIA, CRITERION_LABELS_FR, OVERALL_LABELS_FR, OVERALL_LEVELS, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import type { SummaryFigure } from '../../../survey/results.js';
import { ownLabel, sourceLabelFr } from '../../../survey/sources.js';
import { rootReset } from '../internal/base-styles.js';
import { barChart, Chart, COLORS, lineChart, type Series } from './charts.js';
import { count, excludedNote, INSUFFICIENT, monthLabel, percent, perThousand, perThousandValue, score, signed } from './format.js';
import { loadDashboard, type DashboardData } from './results-data.js';

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

interface ChartSpec {
  id: string;
  title: string;
  /** One sentence a screen reader hears in place of the picture. */
  summary: string;
  config: ReturnType<typeof barChart> | ReturnType<typeof lineChart>;
  table: { head: string[]; rows: (string | number)[][] };
  /** Shown instead of the chart when the figures rest on too few answers. */
  insufficient?: boolean;
}

const figureValue = (figure: SummaryFigure | undefined) => (figure && !figure.suppressed ? figure.score : null);

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
 * @event barometre-results-loaded - The figures are on screen. `detail: { answers }`.
 */
export class BarometreResultats extends LitElement {
  static override styles = [
    rootReset,
    css`
    :host {
      display: block;
      --barometre-accent: #000091;
      --barometre-font: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    }
    * {
      box-sizing: border-box;
    }
    h2 {
      font-size: 1.25em;
      margin: 1.5em 0 0.5em;
      color: var(--barometre-accent);
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
      gap: 0.75em;
      margin: 0;
      padding: 0;
    }
    .tile {
      background: #fff;
      border: 1px solid #ddd;
      border-top: 4px solid var(--barometre-accent);
      padding: 0.75em;
      margin: 0;
    }
    .tile dt {
      font-size: 0.9em;
      color: #3a3a3a;
    }
    .tile dd {
      margin: 0.25em 0 0;
      font-size: 1.6em;
      font-weight: 700;
    }
    .tile dd small {
      display: block;
      font-size: 0.55em;
      font-weight: 400;
      color: #3a3a3a;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
      gap: 1em;
    }
    figure {
      margin: 0;
      background: #fff;
      border: 1px solid #ddd;
      padding: 0.75em;
      break-inside: avoid;
    }
    figcaption {
      font-weight: 700;
      margin-bottom: 0.5em;
    }
    .canvas {
      position: relative;
      height: 16em;
    }
    .insufficient {
      height: 16em;
      display: grid;
      place-items: center;
      background: repeating-linear-gradient(45deg, #f6f6f6, #f6f6f6 8px, #e5e5e5 8px, #e5e5e5 16px);
      font-weight: 600;
    }
    details {
      margin-top: 0.5em;
    }
    summary {
      cursor: pointer;
      min-height: 2.75em;
      display: flex;
      align-items: center;
      color: var(--barometre-accent);
      font-weight: 600;
    }
    summary:focus-visible {
      outline: 3px solid #0a76f6;
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.9em;
    }
    th,
    td {
      border: 1px solid #ddd;
      padding: 0.25em 0.5em;
      text-align: start;
    }
    td.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .status {
      padding: 1em;
      background: #fff;
      border: 1px solid #ddd;
    }
    .error {
      color: #ce0500;
      font-weight: 600;
    }
    .note {
      font-size: 0.9em;
      color: #3a3a3a;
    }
    @media print {
      .canvas {
        height: 12em;
      }
      summary {
        display: none;
      }
    }
  `,
  ];

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

  private charts: Chart[] = [];
  private loading?: AbortController;
  private readonly openTablesForPrint = () => this.renderRoot.querySelectorAll('details').forEach((details) => (details.open = true));

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.openTablesForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.openTablesForPrint);
    this.loading?.abort();
    this.destroyCharts();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['territory', 'from', 'to', 'service', 'channel', 'endpoint'].some((name) => changed.has(name as keyof BarometreResultats))) void this.load();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.error = undefined;
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

  private destroyCharts(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  protected override updated(): void {
    if (!this.data) return;
    this.destroyCharts();
    for (const spec of this.chartSpecs(this.data)) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-chart="${spec.id}"]`);
      if (canvas && !spec.insufficient) this.charts.push(new Chart(canvas, spec.config as never));
    }
    this.dispatchEvent(new CustomEvent('barometre-results-loaded', { detail: { answers: this.data.results.answers }, bubbles: true, composed: true }));
  }

  private chartSpecs({ results, benchmarks }: DashboardData): ChartSpec[] {
    const indicators = ['overall', ...CRITERIA] as const;
    const indicatorLabel = (indicator: (typeof indicators)[number]) => (indicator === 'overall' ? 'Appréciation générale' : CRITERION_LABELS_FR[indicator]);
    const own = indicators.map((indicator) => {
      const figure = indicator === 'overall' ? results.overall : results.criteria[indicator];
      return figure.suppressed ? null : figure.score;
    });
    const departement = indicators.map((indicator) => figureValue(benchmarks.departement?.indicators[indicator]));
    const national = indicators.map((indicator) => figureValue(benchmarks.national.indicators[indicator]));
    const series: Series[] = [
      { label: results.territory.name, values: own, color: COLORS.territory },
      ...(benchmarks.departement ? [{ label: `${benchmarks.departement.name} (moyenne)`, values: departement, color: COLORS.departement }] : []),
      { label: 'France (moyenne)', values: national, color: COLORS.national },
    ];
    const distribution = results.overall.distribution;
    const months = results.months;
    const population = results.territory.population;
    const breakdown = (title: string, id: string, entries: [string, number][], label: (key: string) => string): ChartSpec => {
      const sorted = [...entries].sort((a, b) => b[1] - a[1]);
      return {
        id,
        title,
        summary: sorted.length ? `${title} : ${sorted.map(([key, value]) => `${label(key)} ${count(value)}`).join(', ')}.` : `${title} : aucune réponse.`,
        config: barChart(
          sorted.map(([key]) => label(key)),
          [{ label: 'Réponses', values: sorted.map(([, value]) => value), color: COLORS.territory }],
          { horizontal: true },
        ),
        table: { head: [title, 'Réponses'], rows: sorted.map(([key, value]) => [label(key), value]) },
        insufficient: sorted.length === 0,
      };
    };
    return [
      {
        id: 'criteria',
        title: 'Notes sur 10 par critère, comparées au département et à la France',
        summary: indicators
          .map(
            (indicator, index) =>
              `${indicatorLabel(indicator)} : ${score(own[index])} (département ${score(departement[index])}, France ${score(national[index])})`,
          )
          .join(' ; '),
        config: barChart(indicators.map(indicatorLabel), series, { max: 10 }),
        table: {
          head: ['Indicateur', results.territory.name, benchmarks.departement?.name ?? 'Département', 'France'],
          rows: indicators.map((indicator, index) => [indicatorLabel(indicator), score(own[index]), score(departement[index]), score(national[index])]),
        },
      },
      {
        id: 'distribution',
        title: 'Répartition des réponses à la question générale',
        summary: distribution ? OVERALL_LEVELS.map((level) => `${OVERALL_LABELS_FR[level]} : ${count(distribution[level] ?? 0)}`).join(', ') : INSUFFICIENT,
        config: barChart(
          OVERALL_LEVELS.map((level) => OVERALL_LABELS_FR[level]),
          [{ label: 'Réponses', values: OVERALL_LEVELS.map((level) => distribution?.[level] ?? 0), color: COLORS.territory }],
        ),
        table: {
          head: ['Réponse', 'Nombre'],
          rows: OVERALL_LEVELS.map((level) => [OVERALL_LABELS_FR[level], distribution ? (distribution[level] ?? 0) : INSUFFICIENT]),
        },
        insufficient: !distribution,
      },
      {
        id: 'trend',
        title: 'Note générale sur 10, mois par mois',
        summary: months.map((month) => `${monthLabel(month.month)} : ${score(figureValue(month.overall))}`).join(', ') || 'Aucun mois.',
        config: lineChart(
          months.map((month) => monthLabel(month.month)),
          [{ label: 'Note sur 10', values: months.map((month) => figureValue(month.overall)), color: COLORS.territory }],
          { max: 10 },
        ),
        table: {
          head: ['Mois', 'Réponses', 'Note sur 10', 'Très bien'],
          rows: months.map((month) => [
            monthLabel(month.month),
            month.answers,
            score(figureValue(month.overall)),
            percent(month.overall.suppressed ? null : month.overall.rate),
          ]),
        },
        insufficient: months.length === 0,
      },
      {
        id: 'participation',
        title: 'Participation : réponses par mois',
        summary: months.map((month) => `${monthLabel(month.month)} : ${count(month.answers)}`).join(', ') || 'Aucune réponse.',
        config: barChart(
          months.map((month) => monthLabel(month.month)),
          [{ label: 'Réponses', values: months.map((month) => month.answers), color: COLORS.territory }],
        ),
        table: {
          head: ['Mois', 'Réponses', 'Réponses pour 1 000 habitants'],
          rows: months.map((month) => [monthLabel(month.month), month.answers, perThousand(month.answers, population)]),
        },
        insufficient: months.length === 0,
      },
      breakdown('Réponses par provenance', 'sources', Object.entries(results.breakdown.sources), sourceLabelFr),
      breakdown(
        'Réponses par service',
        'services',
        Object.entries(results.breakdown.services),
        (key) => ownLabel(SERVICE_LABELS_FR, key) ?? sourceLabelFr(key),
      ),
      breakdown('Réponses par canal', 'channels', Object.entries(results.breakdown.channels), (key) => ownLabel(CHANNEL_LABELS_FR, key) ?? sourceLabelFr(key)),
    ].map((spec) => ({ ...spec, summary: `${spec.title}. ${spec.summary}` }));
  }

  private renderChart(spec: ChartSpec): TemplateResult {
    return html`<figure part="chart" aria-labelledby="title-${spec.id}">
      <figcaption id="title-${spec.id}">${spec.title}</figcaption>
      ${
        spec.insufficient
          ? html`<div class="insufficient">${INSUFFICIENT}</div>`
          : html`<div class="canvas"><canvas data-chart=${spec.id} role="img" aria-label=${spec.summary}></canvas></div>`
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
    const interval = overall.interval ? `IC 95 % : ${percent(overall.interval.low)} – ${percent(overall.interval.high)}` : '';
    const trendScore =
      !overall.suppressed && !previous.overall.suppressed && overall.score !== null && previous.overall.score !== null
        ? overall.score - previous.overall.score
        : null;
    return html`<dl class="tiles" part="tiles">
      <div class="tile" part="tile" data-tile="answers">
        <dt>Réponses (${monthLabel(range.from)} – ${monthLabel(range.to)})</dt>
        <dd>${count(results.answers)}<small>${excludedNote(results.excluded)}</small></dd>
      </div>
      <div class="tile" part="tile" data-tile="participation">
        <dt>Participation</dt>
        <dd>${results.participation === null ? '—' : perThousandValue(results.participation)}<small>${
          results.respondents === null
            ? 'répondants comptés pour tous les services et canaux : retirez le filtre'
            : `répondants pour 1 000 habitants (${count(results.respondents)} répondant${results.respondents > 1 ? 's' : ''}, ${count(territory.population)} habitants)`
        }</small></dd>
      </div>
      <div class="tile" part="tile" data-tile="score">
        <dt>Note générale</dt>
        <dd>${score(overall.suppressed ? null : overall.score)}<small>${overall.suppressed ? `${count(overall.n)} réponses : il en faut 5` : `${percent(overall.rate)} « Très bien » · ${interval} · n = ${count(overall.n)}`}</small></dd>
      </div>
      <div class="tile" part="tile" data-tile="trend">
        <dt>Tendance sur la période précédente</dt>
        <dd>${trendScore === null ? INSUFFICIENT : `${signed(trendScore)} pt`}<small>réponses : ${signed(results.answers - previous.answers, 0)} (${count(previous.answers)} auparavant)</small></dd>
      </div>
    </dl>`;
  }

  protected override render() {
    if (this.error) return html`<div class="root"><p class="status error" role="alert">Les résultats n’ont pas pu être chargés : ${this.error}</p></div>`;
    if (!this.data) return html`<div class="root"><p class="status" role="status">Chargement des résultats…</p></div>`;
    const specs = this.chartSpecs(this.data);
    const { filters } = this.data.results;
    return html`<div class="root" lang="fr">
      ${this.renderTiles(this.data)}
      <p class="note">
        ${filters.service ? `Service : ${SERVICE_LABELS_FR[filters.service]}. ` : ''}${filters.channel ? `Canal : ${CHANNEL_LABELS_FR[filters.channel]}. ` : ''}Les moyennes du département et de la France portent sur tous les services.
        Toute figure reposant sur moins de 5 réponses est remplacée par « ${INSUFFICIENT} ».
      </p>
      <div class="charts">${specs.map((spec) => this.renderChart(spec))}</div>
    </div>`;
  }
}
