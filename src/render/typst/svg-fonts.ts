// Typst honours an SVG's font-family when a font of that name is installed on
// the machine (Liberation Sans, DejaVu Sans, Arial …), which would make the PDF
// depend on the machine. Before an SVG goes to the compiler, every family it
// names becomes our sans; weight and style stay as the chart asked.
//
// Text in a chart (a session title, a function) can be anything a user typed:
// what the sans cannot draw becomes the placeholder (see chartText for why the
// fallbacks are not used there). The SVG on disk (for md and html) keeps the
// text as it was.
import { FONT_SANS } from '../../fonts/fonts.js';
import { chartText } from '../../fonts/coverage.js';

export function pinSvgFonts(svg: string): string {
  const pinned = decodeCharacterReferences(svg)
    // Presentation attributes: font-family="…" and font-family='…'.
    .replace(/(\sfont-family\s*=\s*)"[^"]*"/g, `$1"${FONT_SANS}"`)
    .replace(/(\sfont-family\s*=\s*)'[^']*'/g, `$1'${FONT_SANS}'`)
    // CSS in style attributes and <style>: up to the end of the declaration
    // (or of a double-quoted attribute), whatever quotes the list uses inside.
    .replace(/(font-family\s*:\s*)[^;}"<]+/g, `$1${FONT_SANS}`)
    // The `font` shorthand names families too; keep its size, drop its families.
    .replace(/(\bfont\s*:\s*)([^;}"<]*?\d+(?:\.\d+)?(?:px|pt|em|rem|%)(?:\s*\/\s*[\d.]+\w*)?)\s+[^;}"<]+/g, `$1$2 ${FONT_SANS}`);
  // Text nodes only: markup is ASCII and stays as it is.
  return pinned.replace(/(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g, (_, open: string, inner: string, close: string) => {
    const content = inner.replace(/(^|>)([^<]+)/g, (__, lead: string, text: string) => lead + chartText(text));
    return open + content + close;
  });
}

/** `&#x627;` and `&#1575;` beyond ASCII as the character itself, so that chartText sees it. */
function decodeCharacterReferences(svg: string): string {
  return svg.replace(/&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g, (ref, hex: string | undefined, dec: string | undefined) => {
    const codePoint = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return codePoint > 0x7f && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : ref;
  });
}
