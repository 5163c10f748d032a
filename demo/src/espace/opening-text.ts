/**
 * When a kiosk's answers count, in the words of the space's list of kiosks.
 * @module
 */
export interface Opening {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  hours: { opens: string; closes: string };
}

const DAY_NAMES = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** « du lundi au samedi, de 08:00 à 19:00 », « lundi, mercredi, jour et nuit ». */
export function openingText(kiosk: Opening): string {
  const days = [...kiosk.days].sort((a, b) => a - b);
  const consecutive = days.every((day, index) => index === 0 || day === (days[index - 1] ?? 0) + 1);
  const when =
    days.length === 7
      ? 'tous les jours'
      : consecutive && days.length > 2
        ? `du ${DAY_NAMES[days[0] ?? 1]} au ${DAY_NAMES[days.at(-1) ?? 7]}`
        : days.map((day) => DAY_NAMES[day]).join(', ');
  const hours = kiosk.hours.opens === '00:00' && kiosk.hours.closes === '24:00' ? 'jour et nuit' : `de ${kiosk.hours.opens} à ${kiosk.hours.closes}`;
  return `${when}, ${hours}`;
}
