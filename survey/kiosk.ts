/**
 * Kiosk keys: a territory's admin gives each counter tablet (a « borne ») a key of its own. The
 * tablet sends it in the `Barometre-Kiosk-Key` header with its answers; the Worker then paces them
 * per kiosk at a human pace instead of per connection, counts each as its own respondent, stores
 * them with the source `borne`, and leaves out of the figures what arrives outside the kiosk's
 * declared opening hours (Europe/Paris time). The key is shown once; only its hash is stored.
 * @module
 */
import * as z from 'zod/mini';

export { KIOSK_KEY_HEADER } from './kiosk-header.js';

/** What a kiosk sends in KIOSK_KEY_HEADER: a key as POST /v1/territories/{id}/kiosks made it (base64url). */
export const KioskKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/, 'expected a kiosk key as its territory’s admin received it'));

/** Live (not revoked) keys one territory may hold: a town has a handful of counters, not hundreds. */
export const MAX_LIVE_KIOSKS = 50;

/** The `source` every answer sent with a kiosk key is stored with (survey/sources.ts). */
export const KIOSK_SOURCE = 'borne';

/** A wall-clock time in Europe/Paris, `HH:MM`, 00:00 to 23:59. */
export const ClockTimeSchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM, from 00:00 to 23:59'));

/** The end of a day: `HH:MM`, or `24:00` for a kiosk open until midnight. */
export const ClosingTimeSchema = z.union([ClockTimeSchema, z.literal('24:00')]);

/** When the kiosk is open on its days: from `opens` (included) to `closes` (excluded), same day. */
export const OpeningHoursSchema = z.strictObject({ opens: ClockTimeSchema, closes: ClosingTimeSchema }).check(
  z.refine((hours) => hours.opens < hours.closes, {
    message: 'closes must be later than opens on the same day (a kiosk open past midnight is not supported)',
    path: ['closes'],
  }),
);
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const DEFAULT_OPENING_HOURS: OpeningHours = { opens: '08:00', closes: '19:00' };
/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const DEFAULT_OPENING_DAYS: readonly number[] = [1, 2, 3, 4, 5, 6];

const WeekdaySchema = z.int('expected an ISO weekday, 1 (Monday) to 7 (Sunday)').check(z.minimum(1), z.maximum(7));

/** `POST /v1/territories/{id}/kiosks`. */
export const KioskRequestSchema = z.strictObject({
  /** What the admin calls it (`Accueil mairie, RDC`): trimmed, 1 to 60 characters. */
  label: z
    .pipe(
      z.string('expected a label'),
      z.transform((label) => label.trim()),
    )
    .check(z.minLength(1, 'the label must not be empty'), z.maxLength(60, 'the label holds at most 60 characters')),
  hours: z._default(OpeningHoursSchema, { ...DEFAULT_OPENING_HOURS }),
  days: z._default(
    z.array(WeekdaySchema).check(
      z.minLength(1, 'a kiosk is open at least one day a week'),
      z.maxLength(7),
      z.refine((days) => new Set(days).size === days.length, 'each weekday at most once'),
    ),
    [...DEFAULT_OPENING_DAYS],
  ),
});
export type KioskRequest = z.infer<typeof KioskRequestSchema>;

/** `/v1/territories/{id}/kiosks/{kiosk}`. */
export const KioskPathSchema = z.object({
  id: z.string().check(z.describe('Territory id, e.g. commune:25056')),
  kiosk: z.uuid('expected a kiosk id, as POST /v1/territories/{id}/kiosks returned it').check(z.describe('Kiosk id')),
});

/** A kiosk as its admin sees it: never its key nor its hash. */
export const KioskSchema = z.object({
  id: z.string(),
  territory: z.string(),
  label: z.string(),
  hours: z.object({ opens: z.string(), closes: z.string() }),
  days: z.array(z.number()),
  /** ISO 8601. */
  createdAt: z.string(),
  /** ISO 8601 when revoked; null while the key works. */
  revokedAt: z.nullable(z.string()),
});
export type Kiosk = z.infer<typeof KioskSchema>;

/** The created kiosk with its key, shown this once: the server keeps only its hash. */
export const KioskCreatedReplySchema = z.object({ data: z.extend(KioskSchema, { key: z.string() }) });
export type KioskCreatedReply = z.infer<typeof KioskCreatedReplySchema>;

/** Newest first, revoked ones included (with their `revokedAt`). */
export const KiosksReplySchema = z.object({ data: z.object({ kiosks: z.array(KioskSchema) }) });
export type KiosksReply = z.infer<typeof KiosksReplySchema>;

export const KioskRevokedReplySchema = z.object({ data: KioskSchema });

/** `GET /v1/kiosks` (operator token): every territory's kiosks, live ones first, with the territory's name. */
export const TeamKioskSchema = z.extend(KioskSchema, { name: z.string() });
export type TeamKiosk = z.infer<typeof TeamKioskSchema>;
export const TeamKiosksReplySchema = z.object({ data: z.object({ kiosks: z.array(TeamKioskSchema) }) });
export type TeamKiosksReply = z.infer<typeof TeamKiosksReplySchema>;
/** The most kiosks `GET /v1/kiosks` lists. */
export const MAX_TEAM_KIOSKS = 1000;

/** `/v1/kiosks/{kiosk}`: the barometer's team revokes any territory's kiosk. */
export const TeamKioskPathSchema = z.object({
  kiosk: z.uuid('expected a kiosk id, as GET /v1/kiosks lists it').check(z.describe('Kiosk id')),
});
export type KioskRevokedReply = z.infer<typeof KioskRevokedReplySchema>;

/** Per-answer refusal codes (AnswerResult.error.code) of answers sent with a key that does not hold. */
export const KIOSK_REFUSALS = {
  kiosk_key_unknown: 'This kiosk key is unknown; ask the territory’s admin for a valid one.',
  kiosk_key_revoked: 'This kiosk key was revoked by the territory’s admin.',
  kiosk_key_other_territory: 'This kiosk key belongs to another territory; a kiosk answers only for its own.',
} as const;
export type KioskRefusal = keyof typeof KIOSK_REFUSALS;

const PARIS_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The ISO weekday and `HH:MM` of an instant in Europe/Paris (summer time included). */
export function parisClock(now: number): { day: number; time: string } {
  const parts = PARIS_CLOCK.formatToParts(new Date(now));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return { day: WEEKDAYS.indexOf(part('weekday')) + 1, time: `${part('hour')}:${part('minute')}` };
}

/** Whether `now` falls within the kiosk's opening hours, on one of its days, in Paris. */
export function isOpen(schedule: { hours: OpeningHours; days: readonly number[] }, now: number): boolean {
  const { day, time } = parisClock(now);
  return schedule.days.includes(day) && time >= schedule.hours.opens && time < schedule.hours.closes;
}
