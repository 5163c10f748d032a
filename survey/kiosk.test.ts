import { describe, expect, it } from 'vitest';
import { isOpen, KioskRequestSchema, parisClock } from './kiosk.js';

describe('kiosk contract', () => {
  it('defaults to 08:00–19:00, Monday to Saturday, and trims the label', () => {
    expect(KioskRequestSchema.parse({ label: '  Accueil mairie ' })).toEqual({
      label: 'Accueil mairie',
      hours: { opens: '08:00', closes: '19:00' },
      days: [1, 2, 3, 4, 5, 6],
    });
  });

  it('refuses empty or long labels, bad times, closing before opening, and bad or repeated days', () => {
    expect(KioskRequestSchema.safeParse({ label: '   ' }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'x'.repeat(61) }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'x'.repeat(60) }).success).toBe(true);
    expect(KioskRequestSchema.safeParse({ label: 'a', hours: { opens: '8:00', closes: '19:00' } }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'a', hours: { opens: '19:00', closes: '08:00' } }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'a', hours: { opens: '00:00', closes: '24:00' } }).success).toBe(true);
    expect(KioskRequestSchema.safeParse({ label: 'a', days: [0] }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'a', days: [1, 1] }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'a', days: [] }).success).toBe(false);
    expect(KioskRequestSchema.safeParse({ label: 'a', extra: true }).success).toBe(false);
  });

  it('reads the time in Paris, summer and winter', () => {
    // Monday 6 July 2026, 06:30 UTC = 08:30 in Paris (summer time).
    expect(parisClock(Date.UTC(2026, 6, 6, 6, 30))).toEqual({ day: 1, time: '08:30' });
    // Sunday 6 December 2026, 23:30 UTC = Monday 00:30 in Paris (winter time).
    expect(parisClock(Date.UTC(2026, 11, 6, 23, 30))).toEqual({ day: 1, time: '00:30' });
    const schedule = { hours: { opens: '08:00', closes: '19:00' }, days: [1, 2, 3, 4, 5, 6] };
    expect(isOpen(schedule, Date.UTC(2026, 6, 6, 6, 30))).toBe(true);
    expect(isOpen(schedule, Date.UTC(2026, 6, 6, 5, 59))).toBe(false); // 07:59 in Paris
    expect(isOpen(schedule, Date.UTC(2026, 6, 6, 17, 0))).toBe(false); // 19:00: closed
    expect(isOpen(schedule, Date.UTC(2026, 6, 5, 10, 0))).toBe(false); // a Sunday
  });
});
