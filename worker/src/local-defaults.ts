/**
 * What the Worker uses on one machine when a secret is not set. Both values are public (they are in
 * this repository), so `config.ts` refuses to use them outside the local environment. The Node side
 * (browser tests, reliability runs) reads the operator token from here.
 * @module
 */

/** Salt of the daily client hash when DAILY_SALT is not set. */
export const LOCAL_SALT = 'barometre-local-development-salt';
/** The operator token when OPERATOR_TOKEN is not set: in the contract, since the kit's CLI sends it too. */
export { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';
