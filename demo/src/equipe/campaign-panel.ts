/**
 * A year's mystery-audit campaign in the team's console: its lines (auditor, territory, service,
 * channel) with the audits received for each (`GET /v1/campaigns/{year}`), lines added and removed
 * here, then the whole list saved at once (`PUT /v1/campaigns/{year}` replaces the year's list).
 * @module
 */
import { AUDIT_CHANNEL_LABELS_FR, AUDIT_CHANNELS, type AuditChannel } from '../../../survey/audit-grid.js';
import type { Assignment, Auditor, CampaignReply } from '../../../survey/audits.js';
import { SERVICE_LABELS_FR, type Service } from '../../../survey/questionnaire.js';
import type { Territory } from '../../../survey/results.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { byId as $ } from '../dom.js';
import { appendServiceOptions } from '../service-options.js';
import { detailedOptionLabel, territoryById, territorySuggestions, typedTerritoryId } from '../territory-search.js';

type Line = CampaignReply['data']['assignments'][number];

const plural = (count: number, word: string) => `${count.toLocaleString('fr-FR')} ${word}${count > 1 ? 's' : ''}`;
const keyOf = (line: { auditor: { id: string }; territory: { id: string }; service: string; channel: string }) =>
  `${line.auditor.id}|${line.territory.id}|${line.service}|${line.channel}`;

export interface CampaignPanel {
  /** The auditors a new line may name: those not revoked. */
  setAuditors(auditors: Auditor[]): void;
}

export function showCampaign(token: string): CampaignPanel {
  const status = $('campaign-status');
  const saveStatus = $('campaign-save-status');
  const yearInput = $<HTMLInputElement>('campaign-year');
  const auditorSelect = $<HTMLSelectElement>('assignment-auditor');
  const territoryInput = $<HTMLInputElement>('assignment-territory');
  const territoryError = $('assignment-territory-error');
  const serviceSelect = $<HTMLSelectElement>('assignment-service');
  const channelSelect = $<HTMLSelectElement>('assignment-channel');
  let lines: Line[] = [];
  let unsaved = false;
  /** The year whose lines are shown: the one saved, whatever the year field says meanwhile. */
  let shown = 0;
  let found: Territory[] = [];
  const names = new Map<string, string>();

  yearInput.value = String(new Date().getFullYear());
  appendServiceOptions(serviceSelect);
  serviceSelect.value = 'mairie';
  channelSelect.replaceChildren(...AUDIT_CHANNELS.map((channel) => new Option(AUDIT_CHANNEL_LABELS_FR[channel], channel)));

  function summary(): string {
    const received = lines.reduce((sum, line) => sum + line.audits, 0);
    const auditors = new Set(lines.map((line) => line.auditor.id)).size;
    const territories = new Set(lines.map((line) => line.territory.id)).size;
    return lines.length === 0
      ? `Aucune ligne pour ${shown}.`
      : `${plural(lines.length, 'ligne')} pour ${shown}, ${plural(auditors, 'auditeur')}, ${plural(territories, 'collectivité')}, ${plural(received, 'audit')} reçu${received > 1 ? 's' : ''}.`;
  }

  function card(line: Line): HTMLLIElement {
    const item = document.createElement('li');
    const place = `${line.territory.name}${line.territory.departement ? ` (${line.territory.departement})` : ''}`;
    item.append(
      Object.assign(document.createElement('h5'), { textContent: `${place} · ${SERVICE_LABELS_FR[line.service]}` }),
      Object.assign(document.createElement('p'), {
        className: 'note',
        textContent: `${AUDIT_CHANNEL_LABELS_FR[line.channel]} · ${line.auditor.name} · ${plural(line.audits, 'audit')} reçu${line.audits > 1 ? 's' : ''}`,
      }),
    );
    const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: 'Retirer' });
    remove.setAttribute(
      'aria-label',
      `Retirer la ligne ${place}, ${SERVICE_LABELS_FR[line.service]}, ${AUDIT_CHANNEL_LABELS_FR[line.channel]}, ${line.auditor.name}`,
    );
    remove.addEventListener('click', () => {
      lines = lines.filter((other) => other !== line);
      changed('Ligne retirée.');
      // The button is gone with its card: focus goes back to the list's heading.
      $('campaign-lines-title').focus();
    });
    item.append(remove);
    return item;
  }

  function draw(): void {
    $('campaign').replaceChildren(...lines.map(card));
    status.textContent = summary();
  }

  function changed(what: string): void {
    unsaved = true;
    draw();
    saveStatus.textContent = `${what} Modifications non enregistrées.`;
  }

  async function load(): Promise<void> {
    try {
      const year = Number(yearInput.value);
      ({ assignments: lines } = await api<CampaignReply['data']>(`/v1/campaigns/${year}`, { token }));
      shown = year;
      unsaved = false;
      saveStatus.textContent = '';
      draw();
    } catch (failure) {
      status.textContent = generalMessage(failure);
    }
  }

  $<HTMLFormElement>('campaign-year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 2020 || year > 2100) {
      status.textContent = 'Saisissez une année de 2020 à 2100.';
      return;
    }
    if (unsaved && !confirm('Les modifications de la campagne affichée ne sont pas enregistrées. Afficher une autre année quand même\u202f?')) return;
    void load();
  });

  const suggest = territorySuggestions($<HTMLDataListElement>('assignment-territories'), detailedOptionLabel);
  territoryInput.addEventListener('input', async () => {
    found = (await suggest(territoryInput.value)) ?? found;
  });

  $<HTMLFormElement>('assignment-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    territoryError.textContent = '';
    territoryInput.removeAttribute('aria-invalid');
    // Read before any wait: the fields may change while the territory is looked up.
    const chosen = { auditor: auditorSelect.value, service: serviceSelect.value as Service, channel: channelSelect.value as AuditChannel };
    const typed = territoryInput.value.trim();
    const id = typed ? typedTerritoryId(typed, found) : undefined;
    // A line of the list, or an id typed as such: its name and département from the directory.
    const territory = found.find((candidate) => candidate.id === id) ?? (id ? await territoryById(id) : undefined);
    if (!id || !territory) {
      territoryError.textContent = typed
        ? 'Choisissez une collectivité dans la liste qui s’affiche pendant la saisie.'
        : 'Saisissez le nom, le code postal ou le code INSEE d’une collectivité.';
      territoryInput.setAttribute('aria-invalid', 'true');
      territoryInput.focus();
      return;
    }
    if (!chosen.auditor) {
      saveStatus.textContent = 'Créez d’abord un auditeur.';
      return;
    }
    const line: Line = {
      auditor: { id: chosen.auditor, name: names.get(chosen.auditor) ?? chosen.auditor },
      territory: { id: territory.id, name: territory.name, departement: territory.departement },
      service: chosen.service,
      channel: chosen.channel,
      audits: 0,
    };
    if (lines.some((other) => keyOf(other) === keyOf(line))) {
      saveStatus.textContent = 'Cette ligne est déjà dans la campagne.';
      return;
    }
    // The territory stays in its field: a territory is usually audited on several channels.
    lines = [...lines, line];
    changed('Ligne ajoutée.');
  });

  $('campaign-save').addEventListener('click', async () => {
    const button = $<HTMLButtonElement>('campaign-save');
    button.disabled = true;
    const assignments: Assignment[] = lines.map((line) => ({
      auditor: line.auditor.id,
      territory: line.territory.id as Assignment['territory'],
      service: line.service,
      channel: line.channel,
    }));
    try {
      await api(`/v1/campaigns/${shown}`, { token, method: 'PUT', body: { assignments } });
      yearInput.value = String(shown);
      await load();
      saveStatus.textContent = `Campagne ${shown} enregistrée.`;
    } catch (failure) {
      saveStatus.textContent =
        failure instanceof ApiFailure && failure.issues.length > 0
          ? `La campagne n’est pas enregistrée\u202f: ${failure.issues.map((issue) => issue.message).join('\u202f; ')}.`
          : generalMessage(failure);
    } finally {
      button.disabled = false;
    }
  });

  void load();
  return {
    setAuditors(auditors) {
      for (const auditor of auditors) names.set(auditor.id, auditor.name);
      const chosen = auditorSelect.value;
      auditorSelect.replaceChildren(...auditors.filter((auditor) => !auditor.revokedAt).map((auditor) => new Option(auditor.name, auditor.id)));
      if ([...auditorSelect.options].some((option) => option.value === chosen)) auditorSelect.value = chosen;
    },
  };
}
