/**
 * How a bar chart's category labels and height are laid out, so that nothing is cut: chart.js
 * gives a vertical axis at most half the chart's width and clips what does not fit, so long labels
 * are wrapped into lines (chart.js draws a `string[]` label as lines), and a horizontal chart grows
 * with its bars instead of squeezing them. Pure, tested in Node.
 * @module
 */

/**
 * Characters per line of a wrapped label. At 390 px a chart is about 330 px wide, its axis at most
 * half of it; chart.js' 12 px font averages under 7 px a character, so 18 characters (≈ 125 px)
 * fit with the tick padding.
 */
export const LABEL_LINE_CHARS = 18;

/** The smallest band a category gets, in rem: a bar a finger can point at on a phone. */
export const MIN_BAND_REM = 2.25;
/** Room per bar of a category with several series (the territory, its département, France), in rem. */
const BAR_REM = 0.9;
/** Room per line of a wrapped label, in rem (chart.js' 12 px font at 1.2 line height, and air). */
const LINE_REM = 0.95;
/** The value axis, its ticks and the legend above the bars, in rem. */
const AXIS_REM = 3;
const LEGEND_REM = 2.5;
/** Below this, a chart of few bars would read as a strip. */
export const MIN_CHART_REM = 12;

/** A label cut at word boundaries into lines of at most `width` characters (a longer word keeps its own line). */
export function wrapLabel(label: string, width = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [label];
}

/** One category's band, in rem: enough for its bars and for its label's lines. */
export function bandRem(series: number, lines: number): number {
  return Math.max(MIN_BAND_REM, series * BAR_REM + 0.6, lines * LINE_REM + 0.5);
}

/**
 * A horizontal bar chart's height, in rem: each category its band, plus the value axis and the
 * legend when there is one. The same at every width, so a phone shows bars as tall as a desktop.
 */
export function horizontalChartRem(labels: readonly (string | readonly string[])[], series: number): number {
  const bands = labels.reduce<number>((total, label) => total + bandRem(series, typeof label === 'string' ? 1 : label.length), 0);
  return Math.max(MIN_CHART_REM, Math.ceil((bands + AXIS_REM + (series > 1 ? LEGEND_REM : 0)) * 4) / 4);
}
