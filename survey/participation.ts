/**
 * Participation that counts people, not requests: the rules every published participation figure
 * (the Trophée, a territory's results, the map) and the barometer team's review follow.
 *
 * A **respondent** is one connection on one day: the Worker's salted daily hash of the client's
 * address (IPv6 by its /64), which is forgotten within 48 h, so nobody can be followed from one day
 * to the next. Of one respondent's answers to one territory on one day, at most
 * `answersPerRespondentPerDay` count in the figures; the others are kept but left out, like
 * flagged answers, and reported as `capped`. So one person with a script, however fast and however
 * long they send within the rate limits, weighs in a day what one respondent can.
 *
 * The Trophée ranks territories by respondents per 1,000 inhabitants, among approved candidates
 * with at least `MIN_RESPONDENTS` respondents in the year.
 * @module
 */

/** Answers of one respondent to one territory in one day that count (the Worker's default). */
export const ANSWERS_PER_RESPONDENT_PER_DAY = 3;

/** Respondents a territory needs over the year to be ranked in the Trophée. */
export const MIN_RESPONDENTS = 20;

/** Respondents per 1,000 inhabitants, to two decimals; null without a population to divide by. */
export function participationRate(respondents: number, population: number): number | null {
  return population > 0 ? Math.round((respondents / population) * 100_000) / 100 : null;
}

/** What the team's review reads for one territory over a year: sums of its monthly summaries. */
export interface ParticipationEvidence {
  population: number;
  /** Answers counted in the figures. */
  answers: number;
  respondents: number;
  /** Answers over a respondent's daily cap: kept, left out. */
  capped: number;
  /** Answers of clients caught bursting past the rate limit: kept, left out. */
  flagged: number;
  /** Answers refused by the rate limit. */
  refused: number;
  /** Answers received without an `Origin` header: not sent by a browser's page. */
  withoutOrigin: number;
  /** Counted answers on the busiest day. */
  peakDay: number;
}

export type SuspicionCode = 'bursts' | 'concentrated' | 'without-origin' | 'implausible-rate';

export interface Suspicion {
  code: SuspicionCode;
  /** Plain French, for the team's review. */
  message: string;
}

/** The thresholds of the review; each names what a normal campaign rarely reaches. */
export const REVIEW_THRESHOLDS = {
  /** Answers refused or flagged, as a share of answers received. */
  burstShare: 0.05,
  /** Answers over the daily cap, as a share of answers received. */
  cappedShare: 0.2,
  /** Answers without an Origin, as a share of answers received. */
  withoutOriginShare: 0.2,
  /** Counted answers on one day, as a share of the year's (and at least `peakDayMinimum`). */
  peakDayShare: 0.5,
  peakDayMinimum: 20,
  /** Respondents per 1,000 inhabitants above which a rate is implausible (one inhabitant in ten). */
  rate: 100,
} as const;

// A narrow no-break space before « % », as French typography wants (and the pages' checks test).
const percent = (share: number) => `${Math.round(share * 100)}\u202f%`;

/**
 * The patterns the team reviews before publishing a year's palmarès. None of them excludes a
 * territory by itself: a town's poster campaign can make a busy day, a town hall's shared
 * connection can reach the cap. They point the team at what to check.
 */
export function suspicions(evidence: ParticipationEvidence): Suspicion[] {
  const received = evidence.answers + evidence.capped + evidence.flagged + evidence.refused;
  if (received === 0) return [];
  const found: Suspicion[] = [];
  const burst = evidence.flagged + evidence.refused;
  if (burst / received >= REVIEW_THRESHOLDS.burstShare) {
    found.push({
      code: 'bursts',
      message: `${burst} réponses sur ${received} (${percent(burst / received)}) viennent de connexions qui ont dépassé la limite de débit.`,
    });
  }
  if (evidence.peakDay >= REVIEW_THRESHOLDS.peakDayMinimum && evidence.peakDay / Math.max(1, evidence.answers) >= REVIEW_THRESHOLDS.peakDayShare) {
    found.push({ code: 'bursts', message: `Une seule journée compte ${evidence.peakDay} des ${evidence.answers} réponses retenues.` });
  }
  if (evidence.capped / received >= REVIEW_THRESHOLDS.cappedShare) {
    found.push({
      code: 'concentrated',
      message: `${evidence.capped} réponses sur ${received} (${percent(evidence.capped / received)}) dépassent ${ANSWERS_PER_RESPONDENT_PER_DAY} par répondant et par jour\u202f: peu de connexions envoient l’essentiel.`,
    });
  }
  if (evidence.withoutOrigin / received >= REVIEW_THRESHOLDS.withoutOriginShare) {
    found.push({
      code: 'without-origin',
      message: `${evidence.withoutOrigin} réponses sur ${received} (${percent(evidence.withoutOrigin / received)}) ne viennent pas d’une page web (pas d’en-tête Origin).`,
    });
  }
  const rate = participationRate(evidence.respondents, evidence.population);
  if (rate !== null && rate > REVIEW_THRESHOLDS.rate) {
    found.push({
      code: 'implausible-rate',
      message:
        evidence.respondents > evidence.population
          ? `${evidence.respondents} répondants pour ${evidence.population} habitants\u202f: plus de répondants que d’habitants.`
          : `${rate.toLocaleString('fr-FR')} répondants pour 1\u202f000 habitants, au-delà de ${REVIEW_THRESHOLDS.rate} pour 1\u202f000.`,
    });
  }
  return found;
}
