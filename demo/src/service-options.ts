/**
 * The service choices of the pages' selects (filters, the embed builder, kiosks): one optgroup per
 * group of services, in display order, as the survey shows them.
 * @module
 */
import { groupedServices, SERVICE_GROUP_LABELS_FR, SERVICE_LABELS_FR } from '../../survey/questionnaire.js';

/** Appends the services, grouped, after the select's own first choices (« Tous »…). */
export function appendServiceOptions(select: HTMLSelectElement): void {
  for (const { group, services } of groupedServices()) {
    const optgroup = document.createElement('optgroup');
    optgroup.label = SERVICE_GROUP_LABELS_FR[group];
    for (const service of services) optgroup.append(new Option(SERVICE_LABELS_FR[service], service));
    select.append(optgroup);
  }
}
