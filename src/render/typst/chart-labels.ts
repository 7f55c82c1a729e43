// The text of ef's own charts, set by Typst instead of by its SVG library.
//
// Typst hands an SVG to usvg, which turns every <text> into glyph outlines: a chart
// with fifty labels becomes thousands of path segments that Typst keeps in memory and
// writes into the PDF as drawings. For a quarter with 250 sessions (250 quadrant
// charts) that was about a quarter of the memory of the whole PDF and a third of its
// layout time. So before a chart goes to Typst, its labels are lifted out of the SVG
// and placed over the picture as ordinary Typst text in the same font, size, weight,
// colour and position; the SVG keeps only its shapes. The labels are marked as
// artifacts: the figure's alternative text already says what the chart says.
//
// Only what ef's chart builders write (compile/charts/svg.ts `text()` inside `svgDocument()`)
// is lifted: a <text> directly in the root, with a known set of attributes. Anything
// else (a transform, a nested element, a style) stays in the SVG for usvg to draw, so
// an unexpected chart is drawn as before, never wrongly. So do labels with a halo (a
// white stroke under the glyphs, for a label over lines): Typst strokes text over its
// fill, and a second copy under it would make the label come out twice when a reader
// copies the text.
import { chartText } from '../../fonts/coverage.js';
import { typstString } from './escape.js';

export interface ChartLabel {
  /** Position of the start, middle or end of the baseline, in SVG user units. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Font size in user units. */
  readonly size: number;
  /** 400 or 700. */
  readonly weight: number;
  /** `#RRGGBB`. */
  readonly fill: string;
  /** The text as the PDF shows it (see chartText). */
  readonly text: string;
}

export interface LiftedChart {
  /** The SVG without the lifted labels. */
  readonly svg: string;
  /** Width and height in user units (= px; the viewBox starts at 0 0 and matches them). */
  readonly width: number;
  readonly height: number;
  readonly labels: readonly ChartLabel[];
}

const ROOT = /^<svg\s([^>]*)>/;
const TEXT = /<text\s([^<>]*)>([^<]*)<\/text>\n?/g;
const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;
const NUMBER = /^\d+(?:\.\d+)?$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
// What may appear anywhere in a chart whose labels are lifted: shapes, title and desc.
const ELEMENTS = new Set(['svg', 'title', 'desc', 'rect', 'line', 'circle', 'polygon', 'polyline', 'path', 'text']);
// Root attributes that do not change how text looks (font-family: Typst sets the sans anyway).
const ROOT_ATTRIBUTES = new Set(['xmlns', 'width', 'height', 'viewBox', 'role', 'font-family', 'font-size', 'fill']);
const TEXT_ATTRIBUTES = new Set(['x', 'y', 'font-size', 'text-anchor', 'font-weight', 'fill']);

function attributes(list: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  let rest = list;
  for (const match of list.matchAll(ATTRIBUTE)) {
    found.set(match[1]!, match[2]!);
    rest = rest.replace(match[0], '');
  }
  // Anything but attributes of the form name="value" (a stray quote, a slash): not ours.
  return rest.trim() === '' ? found : undefined;
}

/**
 * The chart with its labels lifted out, or undefined when the SVG is not one that
 * ef's chart builders write (then it goes to Typst unchanged).
 */
export function liftChartLabels(svg: string): LiftedChart | undefined {
  const root = ROOT.exec(svg);
  const rootAttributes = root ? attributes(root[1]!) : undefined;
  if (!rootAttributes || [...rootAttributes.keys()].some((name) => !ROOT_ATTRIBUTES.has(name))) return undefined;
  for (const match of svg.matchAll(/<([a-zA-Z][\w:-]*)/g)) if (!ELEMENTS.has(match[1]!)) return undefined;
  if ((svg.match(/<svg\b/g) ?? []).length !== 1) return undefined;
  const width = Number(rootAttributes.get('width'));
  const height = Number(rootAttributes.get('height'));
  if (!(width > 0 && height > 0) || rootAttributes.get('viewBox') !== `0 0 ${rootAttributes.get('width')} ${rootAttributes.get('height')}`) return undefined;
  const baseSize = rootAttributes.get('font-size') ?? '16';
  const baseFill = rootAttributes.get('fill') ?? '#000000';
  if (!NUMBER.test(baseSize) || !COLOR.test(baseFill)) return undefined;

  const labels: ChartLabel[] = [];
  const kept = svg.replace(TEXT, (element: string, list: string, content: string) => {
    const label = labelOf(attributes(list), content, Number(baseSize), baseFill);
    if (!label) return element;
    if (label.text !== '') labels.push(label);
    return '';
  });
  return { svg: kept, width, height, labels };
}

function labelOf(attrs: Map<string, string> | undefined, content: string, baseSize: number, baseFill: string): ChartLabel | undefined {
  if (!attrs || [...attrs.keys()].some((name) => !TEXT_ATTRIBUTES.has(name))) return undefined;
  const x = attrs.get('x');
  const y = attrs.get('y');
  const size = attrs.get('font-size') ?? String(baseSize);
  const number = (value: string | undefined): value is string => value !== undefined && /^-?\d+(?:\.\d+)?$/.test(value);
  if (!number(x) || !number(y) || !NUMBER.test(size)) return undefined;
  const anchor = attrs.get('text-anchor') ?? 'start';
  if (anchor !== 'start' && anchor !== 'middle' && anchor !== 'end') return undefined;
  const weightName = attrs.get('font-weight') ?? 'normal';
  const weight = weightName === 'bold' ? 700 : weightName === 'normal' ? 400 : undefined;
  const fill = attrs.get('fill') ?? baseFill;
  if (weight === undefined || !COLOR.test(fill)) return undefined;
  // SVG collapses white space and trims it (xml:space default).
  const text = chartText(decodeXml(content).replace(/\s+/g, ' ').trim());
  return { x: Number(x), y: Number(y), anchor, size: Number(size), weight, fill, text };
}

/** The character data of an SVG text: the five XML entities and character references. */
function decodeXml(value: string): string {
  return value.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (ref, hex?: string, dec?: string, name?: string) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name]!;
    const codePoint = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : ref;
  });
}

/** The labels as a Typst array for `ef-grafiek` (see template.ts): one tuple per label. */
export function labelsToTypst(labels: readonly ChartLabel[]): string {
  const align = { start: 'left', middle: 'center', end: 'right' } as const;
  const tuples = labels.map(
    (label) =>
      `(${label.x}, ${label.y}, ${align[label.anchor]}, ${label.size}, ${label.weight}, "${label.fill}", ${typstString(label.text)})`,
  );
  // A trailing comma keeps a single label an array, not a parenthesised value.
  return `(${tuples.map((tuple) => `\n  ${tuple},`).join('')}\n)`;
}
