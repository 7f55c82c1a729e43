// Which characters a PDF can show: those some shipped font can draw in every
// place the template uses it. Typst refuses (under PDF/UA-1) text it has no
// glyph for, so everything else is replaced by a placeholder before it reaches
// the compiler, and `ef check` warns about it at its place in the file.
//
// The set is read from the fonts' cmap tables on first need, so it can never
// drift from the fonts that ship. Most text never needs it: every character
// below U+0250 (Latin, with all Western and Central European and Turkish
// letters) is covered, which a test asserts.
import { FALLBACK_FAMILIES, MAIN_FAMILIES, resolveFontFile, type FontFamily } from '../fonts.js';
import { inRanges, intersectRanges, readCmapFile, unionRanges, type CodePointRanges } from './cmap.js';

/** What the PDF shows for a character no shipped font has: a white square, the usual sign of a missing glyph. */
export const PLACEHOLDER = '\u25A1';

/** Everything below this code point is covered; no font file needs to be read for it. */
export const ALWAYS_COVERED_BELOW = 0x250;

// Text made only of these characters takes the fast path.
// eslint-disable-next-line no-control-regex
const BEYOND_FAST_PATH = /[^\u0000-\u024F]/u;

// Characters a shaper never draws (joiners, variation selectors, bidi marks,
// tags …): Typst hides them instead of asking a font, so they are never missing.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

let covered: CodePointRanges | undefined;

/**
 * The code points every place in the PDF can draw. A style of a family may lack
 * what another style has, so a family counts for the characters all its
 * shipped styles share; the body (serif) and the headings (sans) must both
 * draw a character, through their own family or a shared fallback.
 */
export function coveredRanges(): CodePointRanges {
  covered ??= computeCoverage();
  return covered;
}

function computeCoverage(): CodePointRanges {
  const family = (f: FontFamily): CodePointRanges => intersectRanges(f.files.map((file) => readCmapFile(resolveFontFile(file))));
  const main = intersectRanges(MAIN_FAMILIES.map(family));
  return unionRanges([main, ...FALLBACK_FAMILIES.map(family)]);
}

/** Whether the PDF can show this code point. */
export function isDrawable(codePoint: number): boolean {
  if (codePoint < ALWAYS_COVERED_BELOW) return true;
  if (IGNORABLE.test(String.fromCodePoint(codePoint))) return true;
  return inRanges(coveredRanges(), codePoint);
}

/** Whether all of `text` can be shown, without reading any font for ordinary Latin text. */
export function allDrawable(text: string): boolean {
  if (!BEYOND_FAST_PATH.test(text)) return true;
  for (const ch of text) if (!isDrawable(ch.codePointAt(0)!)) return false;
  return true;
}

export interface Undrawable {
  /** Offset in the text, in UTF-16 code units (as String.prototype.indexOf counts). */
  readonly index: number;
  readonly char: string;
}

/** Every character of `text` that the PDF cannot show, in order. */
export function undrawableIn(text: string): Undrawable[] {
  if (!BEYOND_FAST_PATH.test(text)) return [];
  const found: Undrawable[] = [];
  let index = 0;
  for (const char of text) {
    if (!isDrawable(char.codePointAt(0)!)) found.push({ index, char });
    index += char.length;
  }
  return found;
}

/** `text` with every character the PDF cannot show replaced by the placeholder. */
export function replaceUndrawable(text: string): string {
  if (allDrawable(text)) return text;
  let out = '';
  for (const char of text) out += isDrawable(char.codePointAt(0)!) ? char : PLACEHOLDER;
  return out;
}

/** `U+1F44D` for 👍: how a message names a character that may not show on a terminal either. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
