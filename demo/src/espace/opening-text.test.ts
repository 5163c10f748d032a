import { describe, expect, it } from 'vitest';
import { openingText } from './opening-text.js';

describe('openingText', () => {
  it('says a run of days as a range, other days one by one, and a kiosk open day and night', () => {
    expect(openingText({ days: [1, 2, 3, 4, 5, 6], hours: { opens: '08:00', closes: '19:00' } })).toBe('du lundi au samedi, de 08:00 à 19:00');
    expect(openingText({ days: [3, 1], hours: { opens: '09:30', closes: '12:00' } })).toBe('lundi, mercredi, de 09:30 à 12:00');
    expect(openingText({ days: [1, 2, 3, 4, 5, 6, 7], hours: { opens: '00:00', closes: '24:00' } })).toBe('tous les jours, jour et nuit');
    expect(openingText({ days: [6, 7], hours: { opens: '10:00', closes: '18:00' } })).toBe('samedi, dimanche, de 10:00 à 18:00');
  });
});
