/** Entry of `/trophee.js`: defines `<barometre-trophee>`, the Trophée ranking a site can embed. */
export { BarometreTrophee } from './trophy/barometre-trophee.js';
