/**
 * The territories the team approved (`GET /v1/registrations/territories`), newest first, each
 * linking to its public dashboard.
 * @module
 */
import type { RegisteredTerritory } from '../../../survey/registration.js';
import { api, generalMessage } from '../console/api.js';
import { byId as $ } from '../dom.js';

const SHOWN = 20;

export async function showRegistered(token: string): Promise<void> {
  try {
    const { territories } = await api<{ territories: RegisteredTerritory[] }>('/v1/registrations/territories', { token });
    const newest = [...territories].sort((a, b) => b.registeredAt.localeCompare(a.registeredAt)).slice(0, SHOWN);
    $('registered').replaceChildren(
      ...newest.map((territory) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: `/tableau-de-bord/${encodeURIComponent(territory.id)}`,
          textContent: `${territory.name} (${territory.departement})`,
        });
        item.append(link, ` — inscrite le ${new Date(territory.registeredAt).toLocaleDateString('fr-FR')}`);
        return item;
      }),
    );
    $('registered-status').textContent =
      territories.length === 0
        ? 'Aucune collectivité inscrite.'
        : `${territories.length.toLocaleString('fr-FR')} collectivité${territories.length > 1 ? 's' : ''} inscrite${territories.length > 1 ? 's' : ''}${territories.length > SHOWN ? `\u202f; les ${SHOWN} plus récentes\u202f:` : '.'}`;
  } catch (failure) {
    $('registered-status').textContent = generalMessage(failure);
  }
}
