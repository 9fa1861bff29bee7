import { frenchFigure, frenchNumber } from '@call/domain';
import type { ReportChart } from '../report-document';
import { COLORS, SERIES_COLORS } from './theme';

/**
 * A report chart drawn as SVG on the server (bar or line), in the report's font: the PDF embeds it as vectors, the
 * DOCX as a PNG rasterised from it. Sized in points so it drops into an A4 page at full text width.
 */
export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 250;

const FONT = `font-family="Noto Sans, NotoSans" fill="${COLORS.text}"`;
const PLOT = { left: 52, right: 12, top: 30, bottom: 44 };

export function chartSvg(chart: ReportChart): string {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const { max, step } = niceScale(Math.max(0, ...values));
  const width = CHART_WIDTH - PLOT.left - PLOT.right;
  const height = CHART_HEIGHT - PLOT.top - PLOT.bottom;
  const y = (v: number) => PLOT.top + height - (v / max) * height;
  const band = width / Math.max(1, chart.categories.length);
  const parts: string[] = [];

  for (let tick = 0; tick <= max + step / 2; tick += step) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.left + width}" y1="${r(y(tick))}" y2="${r(y(tick))}" stroke="${COLORS.rule}" stroke-width="${tick === 0 ? 1 : 0.5}"/>`,
      `<text x="${PLOT.left - 6}" y="${r(y(tick) + 3)}" text-anchor="end" font-size="8" ${FONT}>${frenchNumber(tick)}</text>`,
    );
  }
  const labelSize = chart.categories.length > 8 ? 7 : 8;
  chart.categories.forEach((category, i) => {
    parts.push(
      `<text x="${r(PLOT.left + band * (i + 0.5))}" y="${PLOT.top + height + 14}" text-anchor="middle" font-size="${labelSize}" ${FONT}>${escapeXml(shorten(category, band, labelSize))}</text>`,
    );
  });
  parts.push(chart.kind === 'bar' ? bars(chart, y, band) : lines(chart, y, band));
  parts.push(legend(chart));

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">` +
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#FFFFFF"/>${parts.join('')}</svg>`
  );
}

function bars(chart: ReportChart, y: (v: number) => number, band: number): string {
  const groupWidth = band * 0.7;
  const barWidth = groupWidth / Math.max(1, chart.series.length);
  const total = chart.categories.length * chart.series.length;
  const out: string[] = [];
  chart.series.forEach((serie, s) => {
    serie.values.forEach((value, i) => {
      if (value === null) return;
      const x = PLOT.left + band * i + (band - groupWidth) / 2 + barWidth * s;
      const top = y(value);
      out.push(
        `<rect x="${r(x)}" y="${r(top)}" width="${r(barWidth - 1)}" height="${r(y(0) - top)}" fill="${SERIES_COLORS[s % SERIES_COLORS.length]}"/>`,
      );
      // values on the bars only while they stay readable
      if (total <= 16)
        out.push(
          `<text x="${r(x + barWidth / 2)}" y="${r(top - 3)}" text-anchor="middle" font-size="7.5" ${FONT}>${escapeXml(frenchFigure(value, chart.unit))}</text>`,
        );
    });
  });
  return out.join('');
}

function lines(chart: ReportChart, y: (v: number) => number, band: number): string {
  const out: string[] = [];
  chart.series.forEach((serie, s) => {
    const color = SERIES_COLORS[s % SERIES_COLORS.length];
    const points = serie.values
      .map((value, i) => (value === null ? null : `${r(PLOT.left + band * (i + 0.5))},${r(y(value))}`))
      .filter((p): p is string => p !== null);
    out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of points) {
      const [cx, cy] = p.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${color}"/>`);
    }
  });
  return out.join('');
}

/** The series names above the plot (a chart with one series needs none: its title says it). */
function legend(chart: ReportChart): string {
  if (chart.series.length < 2) return '';
  let x = PLOT.left;
  return chart.series
    .map((serie, s) => {
      const item =
        `<rect x="${r(x)}" y="8" width="9" height="9" fill="${SERIES_COLORS[s % SERIES_COLORS.length]}"/>` +
        `<text x="${r(x + 13)}" y="16" font-size="8" ${FONT}>${escapeXml(serie.label)}</text>`;
      x += 24 + serie.label.length * 4.6;
      return item;
    })
    .join('');
}

/** A round upper bound and step for the axis: 2 082 → 2 500 by 500. */
export function niceScale(maxValue: number): { max: number; step: number } {
  if (maxValue <= 0) return { max: 1, step: 1 };
  const rough = maxValue / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? rough;
  return { max: Math.ceil(maxValue / step) * step, step };
}

/** Cuts a label that would overlap its neighbours (about 4.4 pt per character at 8 pt). */
function shorten(label: string, band: number, size: number): string {
  const fits = Math.max(3, Math.floor(band / (size * 0.55)));
  return label.length <= fits ? label : `${label.slice(0, fits - 1)}…`;
}

const r = (n: number) => Math.round(n * 10) / 10;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
