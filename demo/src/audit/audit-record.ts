/**
 * One audit as the auditor's app keeps it in IndexedDB, from the draft to the server's verdict:
 * `draft` (typed, still editable), `queued` (submitted, read-only, waiting to be sent), `received`
 * (the server acknowledged it) or `refused` (the server said no, with its reason; kept, never
 * dropped). The request sent is frozen when the auditor submits, so every resend is the same audit
 * under the same id, which the server acknowledges again rather than counting twice.
 * @module
 */
import * as z from 'zod/mini';
import { AUDIT_CHANNELS, AUDIT_GRID_V1, type AuditChannel } from '../../../survey/audit-grid.js';
import { AUDIT_NOTES_MAX_LENGTH, AuditRequestSchema, OBSERVED_AT_SKEW_MS, type AuditRequest } from '../../../survey/audits.js';
import { SERVICES } from '../../../survey/questionnaire.js';

export const AUDIT_STATES = ['draft', 'queued', 'received', 'refused'] as const;
export type AuditState = (typeof AUDIT_STATES)[number];

export const AUDIT_STATE_LABELS_FR: Readonly<Record<AuditState, string>> = {
  draft: 'Brouillon',
  queued: 'En attente d’envoi',
  received: 'Reçu par le serveur',
  refused: 'Refusé par le serveur',
};

/** Read back from IndexedDB through this schema: an older version of the app may have written it. */
export const AuditRecordSchema = z.object({
  id: z.string(),
  year: z.number(),
  territory: z.object({ id: z.string(), name: z.string(), departement: z.string() }),
  service: z.enum(SERVICES),
  channel: z.enum(AUDIT_CHANNELS),
  state: z.enum(AUDIT_STATES),
  /** The form as typed: per grid item, `oui`, `non`, `na` or the number as written. */
  answers: z.record(z.string(), z.string()),
  /** The `datetime-local` value, in the phone's own time zone. */
  observedAt: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  /** What was sent, frozen at submission. */
  request: z.optional(z.unknown()),
  receivedAt: z.optional(z.string()),
  refusal: z.optional(z.object({ status: z.number(), code: z.string(), message: z.string() })),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** Why the server refused an audit, in French, by its error code (the server's own words follow it). */
export function refusalReason(refusal: NonNullable<AuditRecord['refusal']>): string {
  switch (refusal.code) {
    case 'not_assigned':
      return 'Cette affectation ne figure pas, ou plus, dans la campagne de l’année de l’audit. Voyez avec l’équipe, puis renvoyez-le.';
    case 'forbidden':
      return 'Le serveur ne reconnaît plus votre jeton (révoqué\u202f?). Demandez-en un nouveau à l’équipe.';
    case 'audit_conflict':
      return 'Un autre audit a déjà été reçu sous le même identifiant.';
    case 'invalid_request':
      return 'Le serveur juge l’audit invalide.';
    default:
      return `Refus du serveur (${refusal.status}).`;
  }
}

/** A field's error, where `field` is a grid item's id, `observedAt` or `notes`. */
export interface FieldError {
  field: string;
  message: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A `datetime-local` value (`2026-11-30T09:05`) for this moment in the phone's time zone. */
export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value as ISO 8601 with the phone's offset (`2026-11-30T09:05:00+01:00`), the
 * form the API asks for: the hour the auditor lived, and the instant the server can place in Paris.
 */
export function isoWithOffset(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return undefined;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  return `${localDateTime(date)}:${pad(date.getSeconds())}${sign}${pad(hours)}:${pad(Math.abs(offset) % 60)}`;
}

/** A new draft for an assignment; the id is made now, so every later send is the same audit. */
export function newDraft(assignment: Pick<AuditRecord, 'territory' | 'service' | 'channel'>, year: number, id: string, now: Date): AuditRecord {
  return {
    id,
    year,
    territory: assignment.territory,
    service: assignment.service,
    channel: assignment.channel,
    state: 'draft',
    answers: {},
    observedAt: localDateTime(now),
    notes: '',
    createdAt: now.toISOString(),
  };
}

/** The request the draft makes, as the API reads it: items left blank are left out. */
export function requestOf(record: AuditRecord): unknown {
  const observations: Record<string, string | number> = {};
  for (const item of AUDIT_GRID_V1[record.channel]) {
    const typed = record.answers[item.id]?.trim() ?? '';
    if (typed === '') continue;
    observations[item.id] = item.kind === 'fact' ? typed : Number(typed.replace(',', '.'));
  }
  const notes = record.notes.trim();
  return {
    id: record.id,
    grid: 'v1',
    territory: record.territory.id,
    service: record.service,
    channel: record.channel,
    observedAt: isoWithOffset(record.observedAt) ?? record.observedAt,
    observations,
    ...(notes ? { notes } : {}),
  };
}

function itemMessage(channel: AuditChannel, id: string): string {
  const item = AUDIT_GRID_V1[channel].find((candidate) => candidate.id === id);
  if (!item) return 'Cette observation ne fait pas partie de la grille.';
  if (item.kind === 'measure') return `Indiquez un nombre de 0 à ${item.max.toLocaleString('fr-FR')} (${item.unit}).`;
  return item.allowsNotApplicable ? 'Choisissez Oui, Non ou Non applicable.' : 'Choisissez Oui ou Non.';
}

/**
 * The draft checked as the server will check it (`AuditRequestSchema`), plus what only the server
 * knows otherwise (a time in the campaign's year, not in the future), with one French message per
 * field, in the form's order. The request comes back when there is no error.
 */
export function checkDraft(record: AuditRecord, now: Date): { request?: AuditRequest; errors: FieldError[] } {
  const errors = new Map<string, string>();
  const parsed = AuditRequestSchema.safeParse(requestOf(record));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path.map(String);
      if (first === 'observations' && second) errors.set(second, itemMessage(record.channel, second));
      else if (first === 'observedAt') errors.set('observedAt', 'Indiquez la date et l’heure de l’audit.');
      else if (first === 'notes') errors.set('notes', `Au plus ${AUDIT_NOTES_MAX_LENGTH.toLocaleString('fr-FR')} caractères.`);
      else errors.set('form', 'Cet audit ne peut pas être envoyé tel quel.');
    }
  }
  const observed = new Date(record.observedAt);
  if (!errors.has('observedAt') && !Number.isNaN(observed.getTime())) {
    if (observed.getTime() > now.getTime() + OBSERVED_AT_SKEW_MS) errors.set('observedAt', 'Cette date est dans le futur.');
    else if (observed.getFullYear() !== record.year) errors.set('observedAt', `L’audit doit avoir eu lieu en ${record.year}, l’année de la campagne.`);
  }
  const order = ['observedAt', ...AUDIT_GRID_V1[record.channel].map((item) => item.id), 'notes', 'form'];
  const list = order.filter((field) => errors.has(field)).map((field) => ({ field, message: errors.get(field) as string }));
  return parsed.success && list.length === 0 ? { request: parsed.data, errors: [] } : { errors: list };
}
