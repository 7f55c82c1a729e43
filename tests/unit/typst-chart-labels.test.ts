// The labels of ef's own charts are set by Typst over the chart's shapes (fast, and no
// glyph outlines in memory); anything that is not a chart ef drew stays a plain SVG.
import { describe, expect, it } from 'vitest';
import { circle, rect, svgDocument, text } from '../../src/compile/charts/svg.js';
import { renderPdf } from '../../src/render/pdf.js';
import { labelsToTypst, liftChartLabels } from '../../src/render/typst/chart-labels.js';
import { PLACEHOLDER } from '../../src/fonts/coverage.js';
import { documentToTypst } from '../../src/render/typst/template.js';
import { sampleDocument } from '../fixtures/render-sample/document.js';
import { flat, fontNames, readPdf } from '../fixtures/render-sample/pdf-text.js';

/** A chart as ef's builders write it: a title, a muted centred note, a halo label over a mark, a right-aligned label. */
function chart(label = '12'): string {
  return svgDocument(400, 200, 'Rollen', 'Rollen in de sessie', [
    text(16, 24, 'Rollen en talenten', { size: 15, weight: 'bold' }),
    text(200, 60, 'overheid aan zet', { anchor: 'middle', size: 11, fill: '#595959' }),
    rect(16, 80, 368, 100, '#E6F1F7'),
    circle(40, 120, 8, '#1F4E79'),
    text(56, 124, 'procesbegeleider', { halo: true }),
    text(384, 190, label, { anchor: 'end' }),
  ]);
}

describe('liftChartLabels', () => {
  it('takes every label of an ef chart with its place, size, weight and colour, and keeps the shapes', () => {
    const lifted = liftChartLabels(chart())!;
    expect(lifted).toBeDefined();
    expect(lifted.width).toBe(400);
    expect(lifted.height).toBe(200);
    expect(lifted.labels).toEqual([
      { x: 16, y: 24, anchor: 'start', size: 15, weight: 700, fill: '#1A1A1A', text: 'Rollen en talenten' },
      { x: 200, y: 60, anchor: 'middle', size: 11, weight: 400, fill: '#595959', text: 'overheid aan zet' },
      { x: 384, y: 190, anchor: 'end', size: 12, weight: 400, fill: '#1A1A1A', text: '12' },
    ]);
    // The label with a halo stays in the SVG (see chart-labels.ts), the others go.
    expect(lifted.svg.match(/<text\b[^>]*>[^<]*<\/text>/g)).toEqual(['<text x="56" y="124" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke">procesbegeleider</text>']);
    expect(lifted.svg).toContain('<title>Rollen</title>');
    expect(lifted.svg).toContain('<rect x="16" y="80"');
    expect(lifted.svg).toContain('<circle cx="40"');
  });

  it('reads escaped text back and keeps only what the sans draws, as the SVG route did', () => {
    const lifted = liftChartLabels(chart('Kick-off & "overleg" <2> 👍🏽 Ж'))!;
    expect(lifted.labels[2]!.text).toBe(`Kick-off & "overleg" <2> ${PLACEHOLDER} Ж`);
  });

  it('leaves a label it does not understand in the SVG, and takes the others', () => {
    const svg = chart().replace('<text x="384"', '<text transform="rotate(90)" x="384"');
    const lifted = liftChartLabels(svg)!;
    expect(lifted.labels.map((label) => label.text)).toEqual(['Rollen en talenten', 'overheid aan zet']);
    expect(lifted.svg).toContain('<text transform="rotate(90)" x="384"');
  });

  it.each([
    ['a group', (svg: string) => svg.replace('<rect x="16" y="80"', '<g><rect x="16" y="80"').replace('</svg>', '</g></svg>')],
    ['a style sheet', (svg: string) => svg.replace('<title>', '<style>text{font-size:30px}</style><title>')],
    ['an embedded image', (svg: string) => svg.replace('<title>', '<image href="x.png"/><title>')],
    ['a nested svg', (svg: string) => svg.replace('<title>', '<svg width="1" height="1"></svg><title>')],
    ['a viewBox that scales', (svg: string) => svg.replace('viewBox="0 0 400 200"', 'viewBox="0 0 800 400"')],
    ['a root style', (svg: string) => svg.replace('role="img"', 'role="img" font-style="italic"')],
  ])('does not touch an SVG with %s', (_, change) => {
    expect(liftChartLabels(change(chart()))).toBeUndefined();
  });

  it('writes the labels as Typst values, text only inside string literals', () => {
    const lifted = liftChartLabels(chart('")] #read("/etc/passwd") $x$'))!;
    const typst = labelsToTypst(lifted.labels);
    expect(typst).toContain('(384, 190, right, 12, 400, "#1A1A1A", "\\")] #read(\\"/etc/passwd\\") $x$"),');
    expect(typst).toContain('(200, 60, center, 11, 400, "#595959", "overheid aan zet"),');
  });
});

describe('charts in the PDF', () => {
  const doc = (svg: string) => {
    const sample = sampleDocument();
    return { ...sample, images: [{ ...sample.images[0]!, svg }] };
  };

  it('passes the labels to the figure and the shapes-only SVG under its own folder', () => {
    const source = documentToTypst(doc(chart()));
    expect(source).toMatch(/#ef-figuur\("\/beelden\/sdg-dekking\.svg", "[^"]*", grafiek: \(400, 200, \(\n {2}\(16, 24, left, 15, 700, "#1A1A1A", "Rollen en talenten"\),/);
  });

  it('shows each label once on the page, keeps them out of what a screen reader reads, and uses only shipped fonts', async () => {
    const label = 'Kick-off 👍🏽 مرحبا Ж';
    const lifted = await readPdf(await renderPdf(doc(chart(label))));
    // The same chart drawn wholly by the SVG library (a group makes it foreign).
    const whole = chart(label).replace('<rect x="16" y="80"', '<g><rect x="16" y="80"').replace('</svg>', '</g></svg>');
    const drawn = await readPdf(await renderPdf(doc(whole)));
    // Each label once, the halo label from the SVG included.
    expect(flat(lifted.text.join('\n'))).toContain(`procesbegeleider Rollen en talenten overheid aan zet Kick-off ${PLACEHOLDER} ${PLACEHOLDER.repeat(5)} Ж Figuur 1`);
    // The same tags, and one neutral group (Div) that holds the picture and its labels.
    const figure = lifted.structure.findIndex((role) => role.startsWith('Figure['));
    expect(lifted.structure[figure - 1]).toBe('Div');
    expect(lifted.structure.filter((_, index) => index !== figure - 1)).toEqual(drawn.structure);
    const bytes = await renderPdf(doc(chart(label)));
    for (const font of fontNames(bytes)) expect(font).toMatch(/^(SourceSerif4|SourceSans3|NotoSerif|NotoSansSymbols2?)-/);
  });
});
