/**
 * Entry of `/resultats.js`: defines `<barometre-resultats>`, which a town can put on its own site.
 * chart.js comes with it and only with it: the survey's `/widget.js` never loads it.
 */
export { BarometreResultats } from './results/barometre-resultats.js';
