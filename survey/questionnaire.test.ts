import { describe, expect, it } from 'vitest';
import { groupedServices, SERVICE_GROUP, SERVICE_GROUP_LABELS_FR, SERVICE_GROUPS, SERVICE_LABELS_FR, SERVICES } from './questionnaire.js';

describe('the services and their groups', () => {
  it('keeps the ids of wire format v1 first, in their place (new ids are only appended)', () => {
    expect(SERVICES.slice(0, 14)).toEqual([
      'mairie',
      'etat-civil',
      'ccas',
      'bibliotheque',
      'ecole',
      'petite-enfance',
      'transport',
      'dechets',
      'urbanisme',
      'police-municipale',
      'sport',
      'culture',
      'site-internet',
      'autre',
    ]);
    expect(new Set(SERVICES).size).toBe(SERVICES.length);
  });

  it('puts every service in exactly one group, in display order', () => {
    const grouped = groupedServices();
    const listed = grouped.flatMap(({ services }) => services);
    expect([...listed].sort()).toEqual([...SERVICES].sort());
    expect(listed).toHaveLength(SERVICES.length);
    expect(grouped.map(({ group }) => group)).toEqual(SERVICE_GROUPS);
    for (const { group, services } of grouped) {
      for (const service of services) expect(SERVICE_GROUP[service]).toBe(group);
      // Within a group, the services keep the order of SERVICES.
      expect(services).toEqual(SERVICES.filter((service) => services.includes(service)));
    }
  });

  it('ends with « Autre », holding only the other service', () => {
    expect(groupedServices().at(-1)).toEqual({ group: 'autre', services: ['autre'] });
    expect(groupedServices()[0]?.services).toContain('mairie');
  });

  it('labels every service and every group in French', () => {
    for (const service of SERVICES) expect(SERVICE_LABELS_FR[service]).toMatch(/\S/);
    for (const group of SERVICE_GROUPS) expect(SERVICE_GROUP_LABELS_FR[group]).toMatch(/\S/);
    expect(Object.keys(SERVICE_LABELS_FR)).toHaveLength(SERVICES.length);
    expect(Object.keys(SERVICE_GROUP)).toHaveLength(SERVICES.length);
    expect(Object.keys(SERVICE_GROUP_LABELS_FR)).toHaveLength(SERVICE_GROUPS.length);
  });
});
