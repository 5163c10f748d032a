/**
 * The entry the one-tag snippet loads (`/widget.js`): defines `<barometre-citoyen>`.
 * Result and trophy elements have their own entries so the survey never pulls chart.js.
 */
export { BarometreCitoyen } from './survey-form/survey-form.js';
export type { BarometreEventDetails, BarometreEventName } from './survey-form/survey-form.events.js';
