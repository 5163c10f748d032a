/**
 * The grid of one audit as a form, written from AUDIT_GRID_V1 for the audit's channel: when it
 * happened, one fieldset per fact (its label as legend, Oui / Non, and Non applicable only where the
 * grid allows it), one number field per measure (its unit and its maximum said), and the notes with
 * the rule that no one is named. Errors sit next to their field (aria-invalid, aria-describedby)
 * and are listed in a summary that takes the focus.
 * @module
 */
import { AUDIT_GRID_V1, type AuditItem } from '../../../survey/audit-grid.js';
import { AUDIT_NOTES_MAX_LENGTH } from '../../../survey/audits.js';
import type { AuditRecord, FieldError } from './audit-record.js';
import { byId as $ } from '../dom.js';

const FACT_CHOICES = [
  ['oui', 'Oui'],
  ['non', 'Non'],
  ['na', 'Non applicable'],
] as const;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), properties);

/** The id of the control that takes the focus for a field's error. */
export function controlId(field: string): string {
  return field === 'observedAt' ? 'observed-at' : field === 'notes' ? 'notes' : `item-${field}`;
}

const errorId = (field: string) => `${controlId(field)}-error`;

function errorLine(field: string): HTMLParagraphElement {
  return element('p', { id: errorId(field), className: 'error' });
}

function factField(item: AuditItem & { kind: 'fact' }, value: string | undefined): HTMLFieldSetElement {
  const fieldset = element('fieldset', { className: 'item' });
  fieldset.setAttribute('aria-describedby', errorId(item.id));
  fieldset.append(element('legend', { textContent: item.label }));
  const choices = element('div', { className: 'choices' });
  for (const [choice, text] of FACT_CHOICES) {
    if (choice === 'na' && !item.allowsNotApplicable) continue;
    const input = element('input', { type: 'radio', name: item.id, value: choice, checked: value === choice });
    // The first choice carries the id the error summary links to.
    if (choice === 'oui') input.id = controlId(item.id);
    const label = element('label', { className: 'choice' });
    label.append(input, ` ${text}`);
    choices.append(label);
  }
  fieldset.append(choices, errorLine(item.id));
  return fieldset;
}

function measureField(item: AuditItem & { kind: 'measure' }, value: string | undefined): HTMLDivElement {
  const field = element('div', { className: 'field item' });
  const hintId = `${controlId(item.id)}-hint`;
  const input = element('input', {
    id: controlId(item.id),
    name: item.id,
    type: 'number',
    min: '0',
    max: String(item.max),
    step: 'any',
    inputMode: 'decimal',
    value: value ?? '',
  });
  input.setAttribute('aria-describedby', `${hintId} ${errorId(item.id)}`);
  const row = element('div', { className: 'with-unit' });
  row.append(input, element('span', { className: 'unit', textContent: item.unit, ariaHidden: 'true' }));
  field.append(
    element('label', { htmlFor: input.id, textContent: item.label }),
    element('p', { id: hintId, className: 'hint', textContent: `En ${item.unit}, de 0 à ${item.max.toLocaleString('fr-FR')}.` }),
    row,
    errorLine(item.id),
  );
  return field;
}

/** Writes the form of this audit into `#audit-fields`, filled with what the record holds. */
export function renderAuditForm(record: AuditRecord): void {
  const when = element('div', { className: 'field' });
  const observedAt = element('input', { id: 'observed-at', name: 'observedAt', type: 'datetime-local', value: record.observedAt });
  observedAt.setAttribute('aria-describedby', 'observed-at-hint observed-at-error');
  when.append(
    element('label', { htmlFor: 'observed-at', textContent: 'Quand' }),
    element('p', {
      id: 'observed-at-hint',
      className: 'hint',
      textContent: 'Date et heure de la visite, de l’appel ou de la consultation du site. Pour un courriel ou une lettre, quand vous l’avez envoyé.',
    }),
    observedAt,
    errorLine('observedAt'),
  );

  const items = AUDIT_GRID_V1[record.channel].map((item) =>
    item.kind === 'fact' ? factField(item, record.answers[item.id]) : measureField(item, record.answers[item.id]),
  );

  const notesField = element('div', { className: 'field' });
  const notes = element('textarea', { id: 'notes', name: 'notes', rows: 5, maxLength: AUDIT_NOTES_MAX_LENGTH, value: record.notes });
  notes.setAttribute('aria-describedby', 'notes-hint notes-error');
  notesField.append(
    element('label', { htmlFor: 'notes', textContent: 'Notes (facultatif)' }),
    element('p', {
      id: 'notes-hint',
      className: 'hint warn-hint',
      textContent:
        'N’écrivez le nom d’aucun agent ni de personne d’autre\u202f: décrivez ce qui s’est passé. Les noms, adresses électroniques et numéros de téléphone sont de toute façon masqués par le serveur.',
    }),
    notes,
    errorLine('notes'),
  );

  $('audit-fields').replaceChildren(when, ...items, notesField);
  const editable = record.state === 'draft';
  for (const control of $('audit-fields').querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) control.disabled = !editable;
}

/** What the form holds now, as the record keeps it. */
export function readAuditForm(record: AuditRecord, form: HTMLFormElement): Pick<AuditRecord, 'answers' | 'observedAt' | 'notes'> {
  const data = new FormData(form);
  const answers: Record<string, string> = {};
  for (const item of AUDIT_GRID_V1[record.channel]) {
    const value = data.get(item.id);
    if (typeof value === 'string' && value !== '') answers[item.id] = value;
  }
  const observedAt = data.get('observedAt');
  const notes = data.get('notes');
  return { answers, observedAt: typeof observedAt === 'string' ? observedAt : '', notes: typeof notes === 'string' ? notes : '' };
}

/** Shows each error beside its field and in the summary, which takes the focus; none clears them. */
export function showErrors(errors: FieldError[]): void {
  for (const line of $('audit-fields').querySelectorAll<HTMLElement>('.error')) line.textContent = '';
  for (const control of $('audit-fields').querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const summary = $('error-summary');
  summary.hidden = errors.length === 0;
  if (errors.length === 0) return;
  const links: HTMLLIElement[] = [];
  for (const { field, message } of errors) {
    const line = document.getElementById(errorId(field));
    if (line) line.textContent = message;
    const control = document.getElementById(controlId(field));
    const group = control?.closest('fieldset.item');
    for (const invalid of group ? group.querySelectorAll('input') : control ? [control] : []) invalid.setAttribute('aria-invalid', 'true');
    const label =
      group?.querySelector('legend')?.textContent ?? (control ? document.querySelector(`label[for="${control.id}"]`)?.textContent : undefined) ?? '';
    const link = element('a', { href: `#${controlId(field)}`, textContent: label ? `${label}\u202f: ${message}` : message });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(controlId(field))?.focus();
    });
    const entry = element('li');
    entry.append(link);
    links.push(entry);
  }
  $('error-summary-title').textContent =
    errors.length === 1 ? 'Un point à corriger avant l’envoi\u202f:' : `${errors.length} points à corriger avant l’envoi\u202f:`;
  $('error-summary-list').replaceChildren(...links);
  summary.focus();
}
