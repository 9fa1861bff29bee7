import { chartSvg, niceScale } from '../../../src/core/report/render/chart-svg';
import { parseMarkdown } from '../../../src/core/report/render/markdown';

/** The pieces both renderers share: the directors' Markdown subset and the server-drawn charts. */
describe('report text and charts', () => {
  it('reads the Markdown subset directors write: headings, lists, bold, paragraphs', () => {
    const blocks = parseMarkdown(
      [
        '# Faits marquants',
        '## Adhésion',
        'Acheville nous a rejoint',
        'le 1er janvier 2023.',
        '',
        '- service **renforcé**,',
        '  avec deux instructeurs',
        '* module SIGN',
        'Fin du **texte** et un ** seul.',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, inlines: [{ text: 'Faits marquants', bold: false }] },
      { kind: 'heading', level: 2, inlines: [{ text: 'Adhésion', bold: false }] },
      { kind: 'paragraph', inlines: [{ text: 'Acheville nous a rejoint le 1er janvier 2023.', bold: false }] },
      {
        kind: 'list',
        items: [
          [
            { text: 'service ', bold: false },
            { text: 'renforcé', bold: true },
            { text: ', avec deux instructeurs', bold: false },
          ],
          [{ text: 'module SIGN', bold: false }],
        ],
      },
      {
        kind: 'paragraph',
        inlines: [{ text: 'Fin du **texte** et un ** seul.', bold: false }],
      },
    ]);
  });

  it('gives the value axis round French ticks', () => {
    expect(niceScale(2082)).toEqual({ max: 2500, step: 500 });
    expect(niceScale(1223.4)).toEqual({ max: 1250, step: 250 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    const svg = chartSvg({
      title: 'Crémations',
      kind: 'bar',
      unit: 'count',
      categories: ['2022', '2023'],
      series: [{ label: 'Crémations <total>', values: [1987, 2082] }],
    });
    expect(svg).toContain('>2\u202f500<'); // axis tick
    expect(svg).toContain('>2\u202f082<'); // value on its bar
    expect(svg.match(/<rect /g)).toHaveLength(3); // background + two bars
  });

  it('draws a line chart with a legend for several series, escaping their names', () => {
    const svg = chartSvg({
      title: 'Par mois',
      kind: 'line',
      unit: 'count',
      categories: ['janv.', 'févr.', 'mars'],
      series: [
        { label: '2022 & avant', values: [10, null, 12] },
        { label: '2023', values: [11, 13, 14] },
      ],
    });
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('2022 &amp; avant');
    expect(svg.match(/<circle /g)).toHaveLength(5); // a missing month draws no point
  });
});
