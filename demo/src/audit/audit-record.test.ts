/**
 * The auditor's draft as the API will read it: the time with the phone's offset, blank items left
 * out, and every error the server would give said first in French next to its field.
 */
import { describe, expect, it } from 'vitest';
import { AuditRequestSchema } from '../../../survey/audits.js';
import { checkDraft, isoWithOffset, localDateTime, newDraft, requestOf, type AuditRecord } from './audit-record.js';

const NOW = new Date(2026, 10, 30, 14, 30);
const ID = '00000000-0000-4000-8000-00000000000a';
const PHONE_CALL = { territory: { id: 'commune:25056', name: 'Besançon', departement: '25' }, service: 'mairie', channel: 'telephone' } as const;

/** A phone call's draft, every item answered. */
function complete(): AuditRecord {
  return {
    ...newDraft(PHONE_CALL, 2026, ID, NOW),
    observedAt: '2026-11-30T10:05',
    answers: {
      'agent-joint': 'oui',
      sonneries: '4',
      'attente-ligne-minutes': '1,5',
      presentation: 'non',
      courtoisie: 'oui',
      'bon-interlocuteur': 'oui',
      'reponse-comprehensible': 'oui',
      'demarche-en-ligne-indiquee': 'na',
    },
  };
}

describe('the time of an audit', () => {
  it('is written as the API asks, ISO 8601 with the offset of the phone at that date', () => {
    const iso = isoWithOffset('2026-11-30T10:05') as string;
    expect(iso).toMatch(/^2026-11-30T10:05:00[+-]\d{2}:\d{2}$/);
    // The same instant as the local time typed, whatever zone the test runs in.
    expect(new Date(iso).getTime()).toBe(new Date(2026, 10, 30, 10, 5).getTime());
    expect(isoWithOffset('')).toBeUndefined();
    expect(isoWithOffset('30/11/2026 10:05')).toBeUndefined();
  });

  it('starts as now, to the minute, in the form a datetime-local field takes', () => {
    expect(localDateTime(NOW)).toBe('2026-11-30T14:30');
    expect(newDraft(PHONE_CALL, 2026, ID, NOW)).toMatchObject({ id: ID, state: 'draft', observedAt: '2026-11-30T14:30', answers: {}, notes: '' });
  });
});

describe('a draft checked before it goes to the outbox', () => {
  it('makes the request the server accepts: numbers from what was typed, a decimal comma read, notes trimmed', () => {
    const record = { ...complete(), notes: '  Attente longue au standard.  ' };
    const { request, errors } = checkDraft(record, NOW);
    expect(errors).toEqual([]);
    expect(request).toEqual({
      id: ID,
      grid: 'v1',
      territory: 'commune:25056',
      service: 'mairie',
      channel: 'telephone',
      observedAt: isoWithOffset('2026-11-30T10:05'),
      observations: {
        'agent-joint': 'oui',
        sonneries: 4,
        'attente-ligne-minutes': 1.5,
        presentation: 'non',
        courtoisie: 'oui',
        'bon-interlocuteur': 'oui',
        'reponse-comprehensible': 'oui',
        'demarche-en-ligne-indiquee': 'na',
      },
      notes: 'Attente longue au standard.',
    });
    expect(AuditRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves out empty notes rather than sending an empty string', () => {
    expect(requestOf({ ...complete(), notes: '   ' })).not.toHaveProperty('notes');
  });

  it('says in French, per field and in the form’s order, what is missing or wrong', () => {
    const record = complete();
    delete record.answers['presentation'];
    record.answers['sonneries'] = '61';
    record.answers['courtoisie'] = 'na';
    record.observedAt = '';
    const { request, errors } = checkDraft(record, NOW);
    expect(request).toBeUndefined();
    expect(errors).toEqual([
      { field: 'observedAt', message: 'Indiquez la date et l’heure de l’audit.' },
      { field: 'sonneries', message: 'Indiquez un nombre de 0 à 60 (sonneries).' },
      { field: 'presentation', message: 'Choisissez Oui ou Non.' },
      { field: 'courtoisie', message: 'Choisissez Oui ou Non.' },
    ]);
  });

  it('offers « Non applicable » in its message only where the grid allows it', () => {
    const record = complete();
    delete record.answers['demarche-en-ligne-indiquee'];
    expect(checkDraft(record, NOW).errors).toEqual([{ field: 'demarche-en-ligne-indiquee', message: 'Choisissez Oui, Non ou Non applicable.' }]);
  });

  it('refuses a time in the future or outside the campaign’s year, as the server would', () => {
    expect(checkDraft({ ...complete(), observedAt: '2026-11-30T15:00' }, NOW).errors).toEqual([
      { field: 'observedAt', message: 'Cette date est dans le futur.' },
    ]);
    // Ten minutes of a phone's clock running fast are allowed.
    expect(checkDraft({ ...complete(), observedAt: '2026-11-30T14:38' }, NOW).errors).toEqual([]);
    expect(checkDraft({ ...complete(), observedAt: '2025-12-31T23:00' }, NOW).errors).toEqual([
      { field: 'observedAt', message: 'L’audit doit avoir eu lieu en 2026, l’année de la campagne.' },
    ]);
  });

  it('counts a notes field over 2 000 characters as an error of the notes', () => {
    expect(checkDraft({ ...complete(), notes: 'x'.repeat(2001) }, NOW).errors).toEqual([{ field: 'notes', message: 'Au plus 2\u202f000 caractères.' }]);
  });
});
