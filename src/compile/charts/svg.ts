// Small, safe SVG building blocks shared by the charts: escaping, fixed-precision
// numbers, an estimate of text width, and the document wrapper with title and desc.
//
// Safety rules (text in a logbook is untrusted): every piece of text goes through
// `text()`/`esc()`, attribute values are numbers or constants from this code, and no
// chart uses ids, href, url(), <script>, <style>, <foreignObject> or external resources.

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

/** Text colour on white that keeps contrast (WCAG AA) for small labels. */
export const INK = '#1A1A1A';
export const INK_MUTED = '#595959';
export const LINE = '#B3B3B3';

/** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
export function esc(value: string): string {
  return (
    value
       
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Plain text for alt/desc: one line, no control characters. */
export function plain(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A number with at most one decimal, never `-0`: the same bytes on every machine. */
export function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

// Advance widths of Helvetica/Arial (1/1000 em) for printable ASCII, from space (32) on.
// prettier-ignore
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * Estimated width of `value` in px. Fonts differ (DejaVu Sans, a common fallback, is
 * about 12% wider than Arial), so the estimate errs on the wide side.
 */
export function textWidth(value: string, size: number, bold = false): number {
  let units = 0;
  for (const char of value.normalize('NFD')) {
    const code = char.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents take no width
    const width = code >= 32 && code < 127 ? WIDTHS[code - 32]! : code === 0x2026 ? 1000 : code > 0x2e80 ? 1000 : 600;
    units += width;
  }
  return (units / 1000) * size * (bold ? 1.1 : 1) * 1.12;
}

/** Shortens text with an ellipsis so that it fits `max` px. */
export function fit(value: string, size: number, max: number, bold = false): string {
  if (textWidth(value, size, bold) <= max + 0.5) return value;
  const chars = [...value];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export interface TextOptions {
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: 'bold';
  readonly fill?: string;
  /** White outline behind the glyphs, for text drawn over lines. */
  readonly halo?: boolean;
}

/** A `<text>` element; `value` is escaped. `y` is the baseline. */
export function text(x: number, y: number, value: string, options: TextOptions = {}): string {
  const attributes = [`x="${n(x)}"`, `y="${n(y)}"`];
  if ((options.size ?? 12) !== 12) attributes.push(`font-size="${n(options.size!)}"`);
  if (options.anchor && options.anchor !== 'start') attributes.push(`text-anchor="${options.anchor}"`);
  if (options.weight) attributes.push(`font-weight="${options.weight}"`);
  if (options.fill && options.fill !== INK) attributes.push(`fill="${options.fill}"`);
  if (options.halo) attributes.push('stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke"');
  return `<text ${attributes.join(' ')}>${esc(value)}</text>`;
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: { stroke?: string; rx?: number; strokeWidth?: number; dash?: string } = {},
): string {
  const attributes = [`x="${n(x)}"`, `y="${n(y)}"`, `width="${n(Math.max(0, width))}"`, `height="${n(Math.max(0, height))}"`];
  if (extra.rx) attributes.push(`rx="${n(extra.rx)}"`);
  attributes.push(`fill="${fill}"`);
  if (extra.stroke) attributes.push(`stroke="${extra.stroke}"`, `stroke-width="${n(extra.strokeWidth ?? 1)}"`);
  if (extra.dash) attributes.push(`stroke-dasharray="${extra.dash}"`);
  return `<rect ${attributes.join(' ')}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash?: string): string {
  return (
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}"` +
    (dash ? ` stroke-dasharray="${dash}"` : '') +
    '/>'
  );
}

export function circle(cx: number, cy: number, r: number, fill: string, stroke?: string, strokeWidth = 1.5): string {
  return (
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"` +
    (stroke ? ` stroke="${stroke}" stroke-width="${n(strokeWidth)}"` : '') +
    '/>'
  );
}

export function polygon(points: readonly (readonly [number, number])[], fill: string, stroke?: string): string {
  const list = points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  return `<polygon points="${list}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="1.5"` : ''}/>`;
}

/** A quadratic curve from `a` to `b` bending towards `control`. */
export function curve(
  a: readonly [number, number],
  control: readonly [number, number],
  b: readonly [number, number],
  stroke: string,
  width = 1.5,
): string {
  const d = `M${n(a[0])} ${n(a[1])} Q${n(control[0])} ${n(control[1])} ${n(b[0])} ${n(b[1])}`;
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(width)}"/>`;
}

export function polyline(points: readonly (readonly [number, number])[], stroke: string, width = 2): string {
  const list = points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  return `<polyline points="${list}" fill="none" stroke="${stroke}" stroke-width="${n(width)}" stroke-linejoin="round"/>`;
}

/** The whole SVG document: fixed size, accessible name and description, one font stack. */
export function svgDocument(width: number, height: number, titel: string, alt: string, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" font-family="${FONT_FAMILY}" font-size="12" fill="${INK}">`,
    `<title>${esc(plain(titel))}</title>`,
    `<desc>${esc(plain(alt))}</desc>`,
    rect(0, 0, width, height, '#FFFFFF'),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Black or white text on a coloured background, whichever contrasts more (WCAG). */
export function textOn(background: string): '#000000' | '#FFFFFF' {
  const luminance = relativeLuminance(background);
  const white = 1.05 / (luminance + 0.05);
  const black = (luminance + 0.05) / 0.05;
  return white > black ? '#FFFFFF' : '#000000';
}

function relativeLuminance(hex: string): number {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255) as [number, number, number];
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** A small, stable hash (FNV-1a, 32 bit) for file names. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/** Lower-case `[a-z0-9-]` from any id, with a hash when characters had to be replaced. */
export function safeName(id: string): string {
  const slug = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug === id && slug !== '' ? slug : `${slug || 'x'}-${shortHash(id)}`;
}
