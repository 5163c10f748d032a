/**
 * The HTTP header a kiosk sends its key in (survey/kiosk.ts says what a key does). A module of its
 * own so the widget's outbox, which sends it, carries this name and none of the kiosk schemas.
 * @module
 */
export const KIOSK_KEY_HEADER = 'Barometre-Kiosk-Key';
