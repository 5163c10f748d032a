/**
 * The counter tablet's page (`/borne#territoire=…&cle=…&service=…`): the survey in kiosk mode with the
 * kiosk's key, for a territory with no site of its own to paste the snippet into. The key travels
 * in the address's fragment, which a browser never sends to any server; it stays in this tablet's
 * history and bookmark, which is where a kiosk's key lives anyway. A missing or malformed address
 * says how to get the right one.
 * @module
 */
import * as z from 'zod/mini';
import { KioskKeySchema } from '../../../survey/kiosk.js';
import { SERVICES } from '../../../survey/questionnaire.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { kioskAddress } from './kiosk-address.js';

const fragment = new URLSearchParams(location.hash.slice(1));
const territory = fragment.get('territoire') ?? '';
const key = fragment.get('cle') ?? '';
// A service the questionnaire does not know is dropped: the survey then asks it, as without one.
const service = SERVICES.find((known) => known === fragment.get('service'));

if (isTerritoryId(territory) && z.safeParse(KioskKeySchema, key).success) {
  const survey = document.createElement('barometre-citoyen');
  survey.setAttribute('territory', territory);
  survey.setAttribute('mode', 'kiosk');
  survey.setAttribute('kiosk-key', key);
  if (service) survey.setAttribute('service', service);
  document.getElementById('kiosk')?.append(survey);
  // The address as it should be, so a bookmark made now keeps working (a stray parameter dropped).
  history.replaceState(null, '', kioskAddress('', territory, key, service));
} else {
  (document.getElementById('kiosk-error') as HTMLElement).hidden = false;
}
// A new address pasted into this tab changes only the fragment, which loads nothing: start afresh.
addEventListener('hashchange', () => location.reload());
