import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  CHANNELS,
  CRITERIA,
  CRITERION_LEVELS,
  groupedServices,
  OVERALL_LEVELS,
  QUESTIONNAIRE_VERSION,
  SERVICES,
  SOURCE_PATTERN,
  type Channel,
  type Criterion,
  type OverallLevel,
  type Service,
} from '../../../survey/questionnaire.js';
import type { Answer, Criteria } from '../../../survey/response.js';
import { isReadableAccent } from '../../../survey/contrast.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { answeredRecently, rememberAnswered } from '../controllers/answered-memory.js';
import { I18nController } from '../controllers/i18n.js';
import { loadOutbox } from '../controllers/lazy-outbox.js';
import { whenIdle } from '../internal/when-idle.js';
import type { OutboxEvent } from '../controllers/outbox.js';
import { emit } from '../internal/emit.js';
import { trapTab } from '../internal/focus-trap.js';
import { uuid } from '../internal/uuid.js';
import { yieldToMain } from '../internal/yield.js';
import { styles } from './survey-form.styles.js';

/** The overall tap, the criteria, the channel and comment, the thanks: each step recorded as it ends. */
type Step = 'overall' | 'details' | 'comment' | 'thanks';
export const MODES = ['inline', 'button', 'kiosk'] as const;
export type Mode = (typeof MODES)[number];

/** The services in their groups, in display order (a native select with one optgroup per group). */
const SERVICE_CHOICES = groupedServices();

/** Kiosk: how long the thank-you stays before the survey resets for the next person. */
export const KIOSK_THANKS_MS = 8_000;
/** Kiosk: a citizen who walks away mid-way leaves the survey reset after this long (their tap counts). */
export const KIOSK_IDLE_MS = 90_000;

/** Where the script was loaded from: the default server to send answers to. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * @tagname barometre-citoyen
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
 * @csspart launcher - The floating « Donnez votre avis » button (`mode="button"`).
 * @csspart dialog - The dialog holding the survey (`mode="button"`).
 * @csspart close - The dialog's close button (`mode="button"`).
 *
 * @cssproperty --barometre-accent - Main colour of choices and buttons (default DSFR blue #000091).
 * @cssproperty --barometre-accent-contrast - Text colour on the accent.
 * @cssproperty --barometre-text - Text colour.
 * @cssproperty --barometre-background - Background colour.
 * @cssproperty --barometre-border - Border colour of the frame and fields.
 * @cssproperty --barometre-focus - Focus ring colour.
 * @cssproperty --barometre-radius - Corner radius.
 * @cssproperty --barometre-font - Font family.
 */
export class BarometreCitoyen extends LitElement {
  static override styles = styles;

  /** Territory id, e.g. `commune:25056`. Required. */
  @property() territory = '';
  /**
   * Service rated: an id of the closed list of wire format v1 (docs/wire-format-v1.md), from the
   * commune's (`mairie`, `etat-civil`…) to the State's (`prefecture`), social security's (`caf`,
   * `cpam`), `la-poste` or `france-services`. Asked when absent, in a list grouped by kind of service.
   */
  @property() service?: string;
  /** Channel used (`guichet`, `telephone`…); asked when absent. */
  @property() channel?: string;
  /** Where the answer comes from: `site` by default (`borne` in kiosk mode), a kit asset id on the hosted page. */
  @property() source?: string;
  /** Language; defaults to the page's `<html lang>`, then the browser's. `fr-falc` for easy-to-read French. */
  @property() override lang = '';
  /** `inline` (default), `button` (a floating button opening a dialog) or `kiosk` (resets after each answer). */
  @property() mode: string = 'inline';
  /** `dsfr` matches the French State design system; otherwise style with the custom properties. */
  @property({ reflect: true }) theme?: string;
  /** Server to send answers to; defaults to the origin the script was loaded from. */
  @property() endpoint?: string;
  /**
   * Kiosk mode only: the key the territory created for this counter tablet in its space. Its
   * answers are then paced per kiosk (not per connection) and counted apart, as `borne`.
   */
  @property({ attribute: 'kiosk-key' }) kioskKey?: string;
  /**
   * Accent colour of buttons and choices (`#rrggbb` or `#rgb`), set without any inline style, so a
   * site whose Content-Security-Policy forbids them keeps it. Answers are written in it on white:
   * a colour below 4.5:1 against white is ignored, with a warning in the console.
   */
  @property() accent?: string;

  @state() private step: Step = 'overall';
  @state() private answer?: Answer;
  @state() private chosenService?: Service;
  @state() private announcement = '';
  @state() private serviceError = false;
  @state() private queued = false;
  /** Button mode: the citizen answered this survey in the last 30 days. */
  @state() private answered = false;
  /** The server refused the answer for good (`unknown_territory`, `origin_not_allowed`…): say so instead of thanking. */
  @state() private refusal?: string;

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly i18n = new I18nController(this, () => this.lang || undefined);
  private readonly ids = new Set<string>();
  private unsubscribe?: () => void;
  private kioskTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // What an earlier visit left in the outbox goes out once the page is idle.
    whenIdle(() => void this.subscribe().catch(() => undefined));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.kioskTimer);
  }

  private async subscribe(): Promise<void> {
    const outbox = await loadOutbox();
    if (!this.isConnected || this.unsubscribe) return;
    this.unsubscribe = outbox.subscribe({ owns: (id) => this.ids.has(id), notify: (event) => this.handleOutboxEvent(event) });
  }

  /** The first render runs in a task of its own: on a slow phone, loading the widget never blocks the page for long. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await yieldToMain();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) void this.i18n.update();
    if (changed.has('territory') || changed.has('service') || changed.has('mode')) {
      this.answered = this.mode === 'button' && answeredRecently(this.memoryScope);
    }
    if (changed.has('accent')) this.applyAccent();
  }

  /** Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' still allows. */
  private applyAccent(): void {
    const accent = this.accent?.trim();
    if (accent && isReadableAccent(accent)) return this.style.setProperty('--barometre-accent', accent);
    this.style.removeProperty('--barometre-accent');
    if (accent) console.warn(`<barometre-citoyen>: accent="${accent}" is ignored: use #rrggbb or #rgb, reading at 4.5:1 or more on white.`);
  }

  private get memoryScope(): string {
    return `${this.territory}|${this.service ?? '*'}`;
  }

  private get presetService(): Service | undefined {
    return SERVICES.find((service) => service === this.service);
  }

  private get presetChannel(): Channel | undefined {
    return CHANNELS.find((channel) => channel === this.channel);
  }

  private get effectiveSource(): string {
    return this.source ?? (this.mode === 'kiosk' ? 'borne' : 'site');
  }

  /** The first attribute a webmaster got wrong, if any: shown instead of a survey that would fail. */
  private get misconfiguredAttribute(): string | undefined {
    if (!isTerritoryId(this.territory)) return 'territory';
    if (this.service && !this.presetService) return 'service';
    if (this.channel && !this.presetChannel) return 'channel';
    if (!(MODES as readonly string[]).includes(this.mode)) return 'mode';
    if (!SOURCE_PATTERN.test(this.effectiveSource)) return 'source';
    return undefined;
  }

  private handleOutboxEvent(event: OutboxEvent): void {
    if (event.name === 'barometre-queued') this.queued = true;
    if (event.name === 'barometre-sent' && event.detail.id === this.answer?.id) {
      this.queued = false;
      this.announcement = this.i18n.t('status.recorded');
    }
    if (event.name === 'barometre-error' && event.detail.id === this.answer?.id) {
      if (event.detail.retryable) this.announcement = this.i18n.t('status.queued');
      else {
        this.refusal = event.detail.code;
        // The alert says it: « Réponse enregistrée », said at the tap, must not stand beside it.
        this.announcement = '';
        console.error(`<barometre-citoyen>: the server refused the answer (${event.detail.code}): ${event.detail.message}`);
      }
    }
    emit(this, event.name, event.detail as never);
  }

  private async record(answer: Answer): Promise<void> {
    this.answer = answer;
    this.ids.add(answer.id);
    emit(this, 'barometre-submit', { answer });
    if (this.mode === 'button') rememberAnswered(this.memoryScope);
    try {
      await this.subscribe();
      const kiosk = this.mode === 'kiosk' && this.kioskKey ? this.kioskKey : undefined;
      await (await loadOutbox()).enqueue(answer, this.endpoint || SCRIPT_ORIGIN, kiosk);
    } catch {
      // Only the outbox chunk failing to load (offline before it ever loaded) lands here.
      emit(this, 'barometre-error', {
        id: answer.id,
        code: 'outbox_unavailable',
        message: 'The answer could not be stored in this browser.',
        retryable: false,
      });
    }
  }

  private handleServiceChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.chosenService = SERVICES.find((service) => service === value);
    this.serviceError = false;
  }

  /** One tap on the overall question records the answer: buttons, so arrow keys never pick by accident. */
  private async handleOverall(overall: OverallLevel): Promise<void> {
    // The details that follow may need i18next: fetch it now, while the citizen reads them.
    this.i18n.prepare();
    const service = this.presetService ?? this.chosenService;
    if (!service) {
      this.serviceError = true;
      this.announcement = this.i18n.t('service.required');
      this.renderRoot.querySelector<HTMLSelectElement>('#service')?.focus();
      return;
    }
    const channel = this.presetChannel;
    this.step = 'details';
    this.armKiosk(KIOSK_IDLE_MS);
    const recording = this.record({
      id: this.answer?.id ?? uuid(),
      questionnaire: QUESTIONNAIRE_VERSION,
      territory: this.territory as Answer['territory'],
      service,
      overall,
      ...(channel ? { channel } : {}),
      source: this.effectiveSource,
      lang: this.i18n.language,
    });
    this.announcement = this.i18n.t('status.recorded');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#details-intro')?.focus();
    await recording;
  }

  /** The criteria go out as soon as the citizen moves on: leaving at the comment loses none of them. */
  private async handleCriteria(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.answer) return;
    const form = new FormData(event.target as HTMLFormElement);
    const criteria: Criteria = {};
    for (const criterion of CRITERIA) {
      const value = form.get(criterion);
      if (value === 'nc') criteria[criterion] = null;
      else if (value) criteria[criterion] = Number(value) as 1 | 2 | 3 | 4 | 5;
    }
    this.step = 'comment';
    this.armKiosk(KIOSK_IDLE_MS);
    const recording = Object.keys(criteria).length > 0 ? this.record({ ...this.answer, criteria }) : undefined;
    if (recording) this.announcement = this.i18n.t('status.recorded');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#comment-step')?.focus();
    await recording;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.answer) return;
    const form = new FormData(event.target as HTMLFormElement);
    const channel = this.presetChannel ? undefined : CHANNELS.find((candidate) => candidate === form.get('channel'));
    const comment = String(form.get('comment') ?? '').trim();
    this.step = 'thanks';
    this.armKiosk(KIOSK_THANKS_MS);
    // Nothing new, nothing resent: the answer as it stands is already in the outbox.
    const recording = channel || comment ? this.record({ ...this.answer, ...(channel ? { channel } : {}), ...(comment ? { comment } : {}) }) : undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus();
    await recording;
  }

  /** Kiosk mode: (re)starts the countdown to a fresh survey; any interaction restarts it. */
  private armKiosk(delay: number): void {
    if (this.mode !== 'kiosk') return;
    clearTimeout(this.kioskTimer);
    this.kioskTimer = setTimeout(() => this.reset(), delay);
  }

  private handleActivity(): void {
    if (this.mode === 'kiosk' && (this.step === 'details' || this.step === 'comment')) this.armKiosk(KIOSK_IDLE_MS);
  }

  /** A fresh survey with a new answer id, for the next person at the counter. */
  private async reset(): Promise<void> {
    clearTimeout(this.kioskTimer);
    this.step = 'overall';
    this.answer = undefined;
    this.chosenService = undefined;
    this.serviceError = false;
    this.queued = false;
    this.refusal = undefined;
    this.announcement = this.i18n.t('kiosk.next');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private openDialog(): void {
    this.dialog?.showModal();
    this.dialog?.querySelector<HTMLElement>('input, select, button:not(.close)')?.focus();
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  private handleDialogClose(): void {
    if (this.answer) this.answered = true;
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  }

  private handleDialogClick(event: MouseEvent): void {
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    if (event.target === this.dialog) this.closeDialog();
  }

  private renderOverall() {
    const t = this.i18n.t;
    // A kiosk waits for the next person on this step: it invites a touch from across the counter.
    return html`
      ${this.mode === 'kiosk' ? html`<p class="attract">${t('kiosk.attract')}</p>` : html`<p>${t('intro')}</p>`}
      ${
        this.presetService
          ? // The host chose the service: the citizen still reads which one is rated.
            html`<p class="rated">${t('service.rated')} <strong>${t(`service.options.${this.presetService}`)}</strong></p>`
          : html`<label class="field" for="service">${t('service.label')}</label>
            <select id="service" name="service" required aria-invalid=${this.serviceError ? 'true' : 'false'} aria-describedby=${this.serviceError ? 'service-error' : nothing} @change=${this.handleServiceChange}>
              <option value="">${t('service.choose')}</option>
              ${SERVICE_CHOICES.map(
                ({ group, services }) =>
                  html`<optgroup label=${t(`service.groups.${group}`)}>
                    ${services.map((service) => html`<option value=${service} ?selected=${service === this.chosenService}>${t(`service.options.${service}`)}</option>`)}
                  </optgroup>`,
              )}
            </select>
            ${this.serviceError ? html`<p id="service-error" class="hint error">${t('service.required')}</p>` : html`<p></p>`}`
      }
      <fieldset part="question">
        <legend>${t('overall.question')}</legend>
        <div class="choices overall">
          ${OVERALL_LEVELS.map(
            (level) =>
              html`<button type="button" class="choice" part="option" @click=${() => this.handleOverall(level)}>${t(`overall.levels.${level}`)}</button>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderCriterion(criterion: Criterion) {
    const t = this.i18n.t;
    // The scale keeps its order in right-to-left languages too: 1 is always the first (start) choice.
    // « Non concerné » closes the same row, set apart, so a phone shows one row per criterion.
    return html`<fieldset part="question">
      <legend>${t(`criteria.labels.${criterion}`)}</legend>
      <div class="scale">
        ${CRITERION_LEVELS.map(
          (level) => html`<label class="option" part="option" title=${t(`criteria.levels.${level}`)}>
            <input type="radio" name=${criterion} value=${level} aria-label=${`${level} – ${t(`criteria.levels.${level}`)}`} />
            <span aria-hidden="true">${level}</span>
          </label>`,
        )}
        <label class="option not-concerned" part="option">
          <input type="radio" name=${criterion} value="nc" />
          <span>${t('criteria.levels.nc')}</span>
        </label>
      </div>
    </fieldset>`;
  }

  /**
   * What the scale's ends mean, over the columns of 1 and 5, kept in view while the criteria
   * scroll past. Screen readers hear each choice's meaning on the choice itself and the sentence.
   */
  private renderScaleEnds() {
    const t = this.i18n.t;
    return html`<div class="scale scale-ends" aria-hidden="true">
      <span class="ends"><span>1&nbsp;·&nbsp;${t('criteria.levels.1')}</span><span>${t('criteria.levels.5')}&nbsp;·&nbsp;5</span></span>
      <span class="not-concerned"><span>${t('criteria.levels.nc')}</span></span>
    </div>`;
  }

  private renderDetails() {
    const t = this.i18n.t;
    return html`<form @submit=${this.handleCriteria} @input=${this.handleActivity} @change=${this.handleActivity}>
      <p id="details-intro" tabindex="-1">${t('criteria.intro')}</p>
      <p class="visually-hidden">${t('criteria.scale')}</p>
      <div class="criteria">${this.renderScaleEnds()} ${CRITERIA.map((criterion) => this.renderCriterion(criterion))}</div>
      <button class="submit" part="submit" type="submit">${t('next')}</button>
    </form>`;
  }

  private renderComment() {
    const t = this.i18n.t;
    // The step opens on its first label, not in a field: a phone's keyboard stays closed until asked for.
    return html`<form @submit=${this.handleSubmit} @input=${this.handleActivity} @change=${this.handleActivity}>
      ${
        this.presetChannel
          ? nothing
          : html`<label class="field" id="comment-step" tabindex="-1" for="channel">${t('channel.label')}</label>
            <select id="channel" name="channel">
              <option value="">${t('channel.choose')}</option>
              ${CHANNELS.map((channel) => html`<option value=${channel}>${t(`channel.options.${channel}`)}</option>`)}
            </select>
            <p></p>`
      }
      <label class="field" id=${this.presetChannel ? 'comment-step' : nothing} tabindex=${this.presetChannel ? '-1' : nothing} for="comment"
        >${t('comment.label')}</label
      >
      <textarea id="comment" name="comment" maxlength="1000" aria-describedby="comment-warning"></textarea>
      <p id="comment-warning" class="hint">${t('comment.warning')}</p>
      <p></p>
      <button class="submit" part="submit" type="submit">${t('submit')}</button>
    </form>`;
  }

  /** The territory's public dashboard, on the server that receives the answers. */
  private get resultsUrl(): string {
    return new URL(`/tableau-de-bord/${encodeURIComponent(this.territory)}`, this.endpoint || SCRIPT_ORIGIN).href;
  }

  private renderThanks() {
    const t = this.i18n.t;
    return html`<div part="thanks">
      <h2 id="thanks" tabindex="-1">${t('thanks.title')}</h2>
      <p>${this.queued ? t('thanks.queued') : t('thanks.sent')}</p>
      ${
        this.mode === 'kiosk'
          ? html`<p class="hint">${t('kiosk.reset')}</p>
            <button class="submit" part="submit" type="button" @click=${this.reset}>${t('kiosk.next')}</button>`
          : // What the citizens said comes back to them: the territory's published results (in French).
            html`<p><a href=${this.resultsUrl} hreflang="fr">${t('thanks.results')}</a></p>`
      }
    </div>`;
  }

  private renderSurvey() {
    // A well-formed territory id the server does not know is a misconfiguration only it can see.
    const attribute = this.misconfiguredAttribute ?? (this.refusal === 'unknown_territory' ? 'territory' : undefined);
    const body = attribute
      ? html`<p class="error" role="alert">${this.i18n.t('misconfigured', { attribute })}</p>`
      : this.refusal
        ? html`<p class="error" role="alert">${this.i18n.t('refused')}</p>`
        : this.step === 'overall'
          ? this.renderOverall()
          : this.step === 'details'
            ? this.renderDetails()
            : this.step === 'comment'
              ? this.renderComment()
              : this.renderThanks();
    return html`<section class="base" part="base" aria-label=${this.i18n.t('title')}>
      ${
        // The title opens the survey; the later steps open on their own first line, which gets focus.
        attribute || this.refusal || this.step !== 'overall' ? nothing : html`<h2 id="title" tabindex="-1">${this.i18n.t('title')}</h2>`
      }
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderButtonMode() {
    const t = this.i18n.t;
    return html`${
      this.answered
        ? nothing
        : html`<button class="launcher" part="launcher" type="button" aria-haspopup="dialog" @click=${this.openDialog}>${t('button.open')}</button>`
    }
      <dialog part="dialog" aria-label=${t('title')} @close=${this.handleDialogClose} @click=${this.handleDialogClick} @keydown=${(event: KeyboardEvent) => this.dialog && trapTab(event, this.dialog)}>
        <button class="close" part="close" type="button" aria-label=${t('button.close')} @click=${this.closeDialog}><span aria-hidden="true">×</span></button>
        ${this.renderSurvey()}
      </dialog>`;
  }

  protected override render() {
    // Another language's strings are on their way: show nothing rather than flash French.
    if (!this.i18n.settled) return nothing;
    return html`<div class="root" lang=${this.i18n.language} dir=${this.i18n.dir}>
      ${this.mode === 'button' && !this.misconfiguredAttribute ? this.renderButtonMode() : this.renderSurvey()}
    </div>`;
  }
}
