import { describe, expect, it } from 'vitest';
import { AUDIT_GRID_V1 } from './audit-grid.js';
import { auditFigure, AuditRequestSchema, MIN_AUDITS } from './audits.js';

const phoneCall = {
  id: '0b7f6c1e-5d3a-4c2b-9a8e-1f2d3c4b5a69',
  grid: 'v1',
  territory: 'commune:13055',
  service: 'mairie',
  channel: 'telephone',
  observedAt: '2026-03-12T09:30:00+01:00',
  observations: {
    'agent-joint': 'oui',
    sonneries: 4,
    'attente-ligne-minutes': 3,
    presentation: 'non',
    courtoisie: 'oui',
    'bon-interlocuteur': 'oui',
    'reponse-comprehensible': 'oui',
    'demarche-en-ligne-indiquee': 'na',
  },
};

describe('an audit request', () => {
  it('is accepted when every item of its channel is observed', () => {
    expect(Object.keys(phoneCall.observations).sort()).toEqual(AUDIT_GRID_V1.telephone.map((item) => item.id).sort());
    expect(AuditRequestSchema.safeParse(phoneCall).success).toBe(true);
  });

  it('is refused with the item named when one is missing, out of range or foreign to the grid', () => {
    const { sonneries: _dropped, ...missing } = phoneCall.observations;
    const cases = [
      { observations: missing, path: ['observations', 'sonneries'] },
      { observations: { ...phoneCall.observations, sonneries: 61 }, path: ['observations', 'sonneries'] },
      { observations: { ...phoneCall.observations, courtoisie: 'na' }, path: ['observations', 'courtoisie'] },
      { observations: { ...phoneCall.observations, 'lieu-signale': 'oui' }, path: ['observations', 'lieu-signale'] },
    ];
    for (const { observations, path } of cases) {
      const result = AuditRequestSchema.safeParse({ ...phoneCall, observations });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
    }
  });

  it('needs a time with its offset and a known grid version', () => {
    expect(AuditRequestSchema.safeParse({ ...phoneCall, observedAt: '2026-03-12 09:30' }).success).toBe(false);
    expect(AuditRequestSchema.safeParse({ ...phoneCall, grid: 'v2' }).success).toBe(false);
  });
});

describe('an audit figure', () => {
  it('is suppressed below the threshold and the mean of hundredths above it', () => {
    expect(auditFigure(MIN_AUDITS - 1, 1500)).toEqual({ audits: 2, score: null, suppressed: true });
    expect(auditFigure(3, 1000 + 750 + 500)).toEqual({ audits: 3, score: 7.5, suppressed: false });
  });
});
