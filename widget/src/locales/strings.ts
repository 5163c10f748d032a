/**
 * The shape every locale follows: French defines it, and a locale missing a key fails to compile.
 */
import type { fr } from './fr.js';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type LocaleStrings = Strings<typeof fr>;
