import { describe, expect, it } from 'vitest';
import { CRITERION_LABELS_FR } from '../../../survey/questionnaire.js';
import { bandRem, horizontalChartRem, LABEL_LINE_CHARS, MIN_BAND_REM, MIN_CHART_REM, wrapLabel } from './chart-layout.js';

describe('chart layout', () => {
  it('wraps every criterion label into lines no longer than the axis holds, losing no word', () => {
    for (const label of Object.values(CRITERION_LABELS_FR)) {
      const lines = wrapLabel(label);
      expect(lines.join(' ')).toBe(label);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    }
    expect(wrapLabel('Accessibilité du service (horaires, lieu, téléphone)')).toEqual(['Accessibilité du', 'service (horaires,', 'lieu, téléphone)']);
    expect(wrapLabel('Anticonstitutionnellement dit', 10)).toEqual(['Anticonstitutionnellement', 'dit']);
    expect(wrapLabel('Site')).toEqual(['Site']);
  });

  it('gives each bar at least its band, and grows the chart with its bars at every width', () => {
    expect(bandRem(1, 1)).toBe(MIN_BAND_REM);
    expect(bandRem(3, 1)).toBeGreaterThan(MIN_BAND_REM);
    expect(bandRem(1, 4)).toBeGreaterThan(MIN_BAND_REM);
    expect(horizontalChartRem(['a'], 1)).toBe(MIN_CHART_REM);
    const ten = horizontalChartRem(
      Array.from({ length: 10 }, () => 'x'),
      1,
    );
    expect(ten).toBeGreaterThanOrEqual(10 * MIN_BAND_REM);
    expect(
      horizontalChartRem(
        Array.from({ length: 11 }, () => 'x'),
        1,
      ),
    ).toBeGreaterThan(ten);
  });
});
