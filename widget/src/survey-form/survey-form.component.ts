import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CHANNELS,
  CRITERIA,
  CRITERION_LEVELS,
  OVERALL_LEVELS,
  QUESTIONNAIRE_VERSION,
  SERVICES,
  type Channel,
  type Criterion,
  type OverallLevel,
  type Service,
} from '../../../survey/questionnaire.js';
import type { Answer, Criteria } from '../../../survey/response.js';
import { isTerritoryId } from '../../../survey/territory.js';
import { I18nController } from '../controllers/i18n.js';
import { enqueue, subscribe, type OutboxEvent } from '../controllers/outbox.js';
import { emit } from '../events.js';
import { uuid } from '../internal/uuid.js';
import { styles } from './survey-form.styles.js';

type Step = 'overall' | 'details' | 'thanks';

/** Where the script was loaded from: the default server to send answers to. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * @summary The Baromètre citoyen survey: one tap records the citizen's overall rating, then
 * optional criteria and a comment enrich the same answer.
 *
 * @event barometre-submit - The citizen submitted or enriched an answer. `detail: { answer }`.
 * @event barometre-queued - The answer is stored in the browser's outbox. `detail: { id }`.
 * @event barometre-sent - The server acknowledged the answer. `detail: { id, status }`.
 * @event barometre-error - Sending failed. `detail: { id?, code, message, retryable }`.
 *
 * @csspart base - The survey's frame.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer choice.
 * @csspart submit - The send button.
 * @csspart thanks - The thank-you message.
 *
 * @cssproperty --barometre-accent - Main colour of choices and buttons (default DSFR blue #000091).
 * @cssproperty --barometre-accent-contrast - Text colour on the accent.
 * @cssproperty --barometre-radius - Corner radius.
 * @cssproperty --barometre-font - Font family.
 */
export class BarometreCitoyen extends LitElement {
  static override styles = styles;

  /** Territory id, e.g. `commune:25056`. Required. */
  @property() territory = '';
  /** Service rated (from the closed list); asked when absent. */
  @property() service?: string;
  /** Channel used (`guichet`, `telephone`…); asked when absent. */
  @property() channel?: string;
  /** Where the answer comes from: `site` by default, a kit asset id on the hosted page. */
  @property() source = 'site';
  /** Language; defaults to the page's `<html lang>`, then the browser's. */
  @property() override lang = '';
  /** Server to send answers to; defaults to the origin the script was loaded from. */
  @property() endpoint?: string;

  @state() private step: Step = 'overall';
  @state() private answer?: Answer;
  @state() private chosenService?: Service;
  @state() private announcement = '';
  @state() private serviceError = false;
  @state() private queued = false;

  private readonly i18n = new I18nController(this, () => this.lang || undefined);
  private readonly ids = new Set<string>();
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = subscribe({ owns: (id) => this.ids.has(id), notify: (event) => this.handleOutboxEvent(event) });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) void this.i18n.update();
  }

  private get presetService(): Service | undefined {
    return SERVICES.find((service) => service === this.service);
  }

  private get presetChannel(): Channel | undefined {
    return CHANNELS.find((channel) => channel === this.channel);
  }

  /** The first attribute a webmaster got wrong, if any: shown instead of a survey that would fail. */
  private get misconfiguredAttribute(): string | undefined {
    if (!isTerritoryId(this.territory)) return 'territory';
    if (this.service && !this.presetService) return 'service';
    if (this.channel && !this.presetChannel) return 'channel';
    return undefined;
  }

  private handleOutboxEvent(event: OutboxEvent): void {
    if (event.name === 'barometre-queued') this.queued = true;
    if (event.name === 'barometre-sent' && event.detail.id === this.answer?.id) {
      this.queued = false;
      this.announcement = this.i18n.t('status.recorded');
    }
    if (event.name === 'barometre-error' && event.detail.retryable && event.detail.id === this.answer?.id) {
      this.announcement = this.i18n.t('status.queued');
    }
    emit(this, event.name, event.detail as never);
  }

  private async record(answer: Answer): Promise<void> {
    this.answer = answer;
    this.ids.add(answer.id);
    emit(this, 'barometre-submit', { answer });
    await enqueue(answer, this.endpoint || SCRIPT_ORIGIN);
  }

  private handleServiceChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.chosenService = SERVICES.find((service) => service === value);
    this.serviceError = false;
  }

  private async handleOverall(event: Event): Promise<void> {
    const overall = (event.target as HTMLInputElement).value as OverallLevel;
    const service = this.presetService ?? this.chosenService;
    if (!service) {
      (event.target as HTMLInputElement).checked = false;
      this.serviceError = true;
      this.announcement = this.i18n.t('service.required');
      this.renderRoot.querySelector<HTMLSelectElement>('#service')?.focus();
      return;
    }
    const channel = this.presetChannel;
    this.step = 'details';
    await this.record({
      id: this.answer?.id ?? uuid(),
      questionnaire: QUESTIONNAIRE_VERSION,
      territory: this.territory as Answer['territory'],
      service,
      overall,
      ...(channel ? { channel } : {}),
      ...(this.source ? { source: this.source } : {}),
      lang: this.i18n.language,
    });
    this.announcement = this.i18n.t('status.recorded');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details-intro')?.focus();
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.answer) return;
    const form = new FormData(event.target as HTMLFormElement);
    const criteria: Criteria = {};
    for (const criterion of CRITERIA) {
      const value = form.get(criterion);
      if (value === 'nc') criteria[criterion] = null;
      else if (value) criteria[criterion] = Number(value) as 1 | 2 | 3 | 4 | 5;
    }
    const channel = this.presetChannel ?? CHANNELS.find((candidate) => candidate === form.get('channel'));
    const comment = String(form.get('comment') ?? '').trim();
    this.step = 'thanks';
    await this.record({
      ...this.answer,
      ...(channel ? { channel } : {}),
      ...(Object.keys(criteria).length > 0 ? { criteria } : {}),
      ...(comment ? { comment } : {}),
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus();
  }

  private renderOverall() {
    const t = this.i18n.t;
    return html`
      <h2>${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.presetService
        ? nothing
        : html`<label class="field" for="service">${t('service.label')}</label>
            <select id="service" name="service" required aria-invalid=${this.serviceError ? 'true' : 'false'} aria-describedby=${this.serviceError ? 'service-error' : nothing} @change=${this.handleServiceChange}>
              <option value="">${t('service.choose')}</option>
              ${SERVICES.map((service) => html`<option value=${service} ?selected=${service === this.chosenService}>${t(`service.options.${service}`)}</option>`)}
            </select>
            ${this.serviceError ? html`<p id="service-error" class="hint error">${t('service.required')}</p>` : html`<p></p>`}`}
      <fieldset part="question">
        <legend>${t('overall.question')}</legend>
        <div class="choices">
          ${OVERALL_LEVELS.map(
            (level) => html`<label class="option" part="option">
              <input type="radio" name="overall" value=${level} @change=${this.handleOverall} />
              <span>${t(`overall.levels.${level}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderCriterion(criterion: Criterion) {
    const t = this.i18n.t;
    return html`<fieldset part="question">
      <legend>${t(`criteria.labels.${criterion}`)}</legend>
      <div class="choices">
        ${CRITERION_LEVELS.map(
          (level) => html`<label class="option" part="option" title=${t(`criteria.levels.${level}`)}>
            <input type="radio" name=${criterion} value=${level} aria-label=${`${level} – ${t(`criteria.levels.${level}`)}`} />
            <span aria-hidden="true">${level}</span>
          </label>`,
        )}
        <label class="option" part="option">
          <input type="radio" name=${criterion} value="nc" />
          <span>${t('criteria.levels.nc')}</span>
        </label>
      </div>
    </fieldset>`;
  }

  private renderDetails() {
    const t = this.i18n.t;
    return html`<form @submit=${this.handleSubmit}>
      <p id="details-intro" tabindex="-1">${t('criteria.intro')}</p>
      <p class="hint">${t('criteria.scale')}</p>
      ${CRITERIA.map((criterion) => this.renderCriterion(criterion))}
      ${this.presetChannel
        ? nothing
        : html`<label class="field" for="channel">${t('channel.label')}</label>
            <select id="channel" name="channel">
              <option value="">${t('channel.choose')}</option>
              ${CHANNELS.map((channel) => html`<option value=${channel}>${t(`channel.options.${channel}`)}</option>`)}
            </select>
            <p></p>`}
      <label class="field" for="comment">${t('comment.label')}</label>
      <textarea id="comment" name="comment" maxlength="1000" aria-describedby="comment-warning"></textarea>
      <p id="comment-warning" class="hint">${t('comment.warning')}</p>
      <p></p>
      <button class="submit" part="submit" type="submit">${t('submit')}</button>
    </form>`;
  }

  private renderThanks() {
    const t = this.i18n.t;
    return html`<div part="thanks">
      <h2 id="thanks" tabindex="-1">${t('thanks.title')}</h2>
      <p>${this.queued ? t('thanks.queued') : t('thanks.sent')}</p>
    </div>`;
  }

  protected override render() {
    const attribute = this.misconfiguredAttribute;
    const body = attribute
      ? html`<p class="error" role="alert">${this.i18n.t('misconfigured', { attribute })}</p>`
      : this.step === 'overall'
        ? this.renderOverall()
        : this.step === 'details'
          ? this.renderDetails()
          : this.renderThanks();
    return html`<section class="base" part="base" lang=${this.i18n.language} aria-label=${this.i18n.t('title')}>
      ${body}
      <p class="status" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
