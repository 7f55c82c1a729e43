// Which text a PDF can show. Typst draws each character cluster (a letter with
// its accents, an emoji with its skin tone) with the first font in the list that
// has all of it, and under PDF/UA-1 it refuses a cluster no font has. So every
// cluster that no shipped family can draw whole is replaced by a placeholder
// before it reaches the compiler, and `ef check` warns about it at its place.
//
// What the fonts have is read from their cmap tables on first need, so it can
// never drift from the fonts that ship. Most text never needs it: text made only
// of characters below U+0250 (Latin, with every Western and Central European
// and Turkish letter), typographic punctuation (’ “ ” – — … •), currency signs
// (€) and letterlike symbols (™ №) is always covered, which a test asserts.
import { FALLBACK_FAMILIES, FONT_SANS, FONT_SERIF, MAIN_FAMILIES, resolveFontFile, type FontFamily } from './fonts.js';
import { inRanges, intersectRanges, readCmapFile, unionRanges, type CodePointRanges } from './cmap.js';

/** What the PDF shows for a character no shipped font has: a white square, the usual sign of a missing glyph. */
export const PLACEHOLDER = '\u25A1';

/** The ranges that are always covered: text made only of these needs no font file read. */
export const ALWAYS_COVERED: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
];

const FAST_PATH = /^[\u0000-\u024F\u2000-\u206F\u20A0-\u20BF\u2100-\u214F]*$/;

/** Whether `text` is made only of always-covered characters (one regular expression, no font read). */
export function isOrdinaryText(text: string): boolean {
  return FAST_PATH.test(text);
}

// Characters a shaper never draws (joiners, variation selectors, bidi marks,
// tags …): they are hidden, not looked up, so a font need not have them.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

// What belongs to the character before it in a cluster, as a shaper sees it:
// accents and other marks (variation selectors are marks too), joiners, skin
// tones and the tag characters of subdivision flags. (Intl.Segmenter gives
// proper grapheme clusters, but takes about 0.3 ms per line: too slow for
// `ef check` on a file full of Arabic.)
const EXTEND = /^[\p{M}\u200C\u200D\p{Emoji_Modifier}\u{E0020}-\u{E007F}]$/u;
const ZWJ = 0x200d;
const isRegionalIndicator = (codePoint: number): boolean => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;

/** Calls `visit` for each cluster of `text` with its offset in UTF-16 code units. */
function forEachCluster(text: string, visit: (cluster: string, index: number) => void): void {
  let start = 0;
  let i = 0;
  let joinNext = false;
  let regionalPairOpen = false;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const belongs: boolean =
      i > start &&
      (joinNext || (codePoint >= 0x300 && EXTEND.test(String.fromCodePoint(codePoint))) || (regionalPairOpen && isRegionalIndicator(codePoint)));
    if (!belongs && i > start) {
      visit(text.slice(start, i), start);
      start = i;
    }
    regionalPairOpen = isRegionalIndicator(codePoint) && !(belongs && regionalPairOpen);
    joinNext = codePoint === ZWJ;
    i += width;
  }
  if (i > start) visit(text.slice(start, i), start);
}

// The answer per cluster, remembered: the same letters come back all the time.
const drawable = new Map<string, boolean>();

interface CoveredFamily {
  readonly name: string;
  /** What every shipped style of the family has (Typst may pick any of them). */
  readonly ranges: CodePointRanges;
}

interface Stacks {
  /** Body text: Source Serif 4, then the fallbacks. */
  readonly serif: readonly CoveredFamily[];
  /** Headings, tables, charts: Source Sans 3, then the fallbacks. */
  readonly sans: readonly CoveredFamily[];
}

let stacks: Stacks | undefined;

function loadStacks(): Stacks {
  const covered = (family: FontFamily): CoveredFamily => ({
    name: family.name,
    ranges: intersectRanges(family.files.map((file) => readCmapFile(resolveFontFile(file)))),
  });
  const main = new Map(MAIN_FAMILIES.map((family) => [family.name, covered(family)]));
  const fallbacks = FALLBACK_FAMILIES.map(covered);
  return { serif: [main.get(FONT_SERIF)!, ...fallbacks], sans: [main.get(FONT_SANS)!, ...fallbacks] };
}

/** Whether any font file has been read in this process (tests check the fast path with it). */
export function fontsRead(): boolean {
  return stacks !== undefined;
}

function getStacks(): Stacks {
  stacks ??= loadStacks();
  return stacks;
}

/** The first family in `stack` that can draw the whole cluster, or undefined. */
function familyFor(cluster: string, stack: readonly CoveredFamily[]): CoveredFamily | undefined {
  return stack.find((family) => {
    for (const char of cluster) {
      const codePoint = char.codePointAt(0)!;
      if (!inRanges(family.ranges, codePoint) && !IGNORABLE.test(char)) return false;
    }
    return true;
  });
}

/** Whether the PDF can show this cluster (or single character) everywhere: in body text and in headings. */
export function isDrawable(cluster: string): boolean {
  if (FAST_PATH.test(cluster)) return true;
  let answer = drawable.get(cluster);
  if (answer === undefined) {
    answer = fontsDraw(cluster);
    if (drawable.size < 100_000) drawable.set(cluster, answer);
  }
  return answer;
}

/** The same question asked of the fonts themselves, without the fast path (tests check the fast path with it). */
export function fontsDraw(cluster: string): boolean {
  const { serif, sans } = getStacks();
  return familyFor(cluster, serif) !== undefined && familyFor(cluster, sans) !== undefined;
}

/** Every code point some shipped family draws in both stacks, as ranges (for tests and docs). */
export function drawableRanges(): CodePointRanges {
  const { serif, sans } = getStacks();
  const stack = (families: readonly CoveredFamily[]): CodePointRanges => unionRanges(families.map((family) => family.ranges));
  return intersectRanges([stack(serif), stack(sans)]);
}

export interface Undrawable {
  /** Offset in the text, in UTF-16 code units (as String.prototype.indexOf counts). */
  readonly index: number;
  /** The cluster: one character, or a character with what belongs to it. */
  readonly cluster: string;
}

/** Every cluster of `text` that the PDF cannot show, in order. Reads no font for ordinary Latin text. */
export function undrawableIn(text: string): Undrawable[] {
  if (FAST_PATH.test(text)) return [];
  const found: Undrawable[] = [];
  forEachCluster(text, (cluster, index) => {
    if (!isDrawable(cluster)) found.push({ index, cluster });
  });
  return found;
}

/** `text` with every cluster the PDF cannot show replaced by one placeholder. */
export function replaceUndrawable(text: string): string {
  if (FAST_PATH.test(text)) return text;
  let out = '';
  forEachCluster(text, (cluster) => {
    out += isDrawable(cluster) ? cluster : PLACEHOLDER;
  });
  return out;
}

/**
 * `text` as a chart in the PDF can show it: only what Source Sans 3 draws by
 * itself. In an SVG, Typst looks for a missing character in every font it knows
 * (the machine's too, which would make the PDF depend on the machine), and its
 * SVG text layout fails on some fallback text (PDF/UA errors for Arabic, a crash
 * of the whole process for an emoji with a skin tone next to other text). So
 * every other cluster becomes the placeholder, and characters a shaper hides
 * (joiners, variation selectors) are left out. The SVG files next to the
 * md and html reports keep the text as it was.
 */
export function chartText(text: string): string {
  if (FAST_PATH.test(text)) return text;
  const sans = getStacks().sans[0]!;
  let out = '';
  forEachCluster(text, (cluster) => {
    const shown = [...cluster].filter((char) => !IGNORABLE.test(char));
    if (shown.length === 0) return;
    out += shown.every((char) => inRanges(sans.ranges, char.codePointAt(0)!)) ? shown.join('') : PLACEHOLDER;
  });
  return out;
}

/** `U+1F44D` for 👍: how a message names characters that may not show on a terminal either. */
export function codePoints(cluster: string): string {
  return [...cluster].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
