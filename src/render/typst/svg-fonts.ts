// Typst honours an SVG's font-family when a font of that name is installed on
// the machine (Liberation Sans, DejaVu Sans, Arial …), which would make the PDF
// depend on the machine. Before an SVG goes to the compiler, every family it
// names becomes our sans; weight and style stay as the chart asked.
import { FONT_SANS } from '../fonts.js';

export function pinSvgFonts(svg: string): string {
  return (
    svg
      // Presentation attributes: font-family="…" and font-family='…'.
      .replace(/(\sfont-family\s*=\s*)"[^"]*"/g, `$1"${FONT_SANS}"`)
      .replace(/(\sfont-family\s*=\s*)'[^']*'/g, `$1'${FONT_SANS}'`)
      // CSS in style attributes and <style>: up to the end of the declaration
      // (or of a double-quoted attribute), whatever quotes the list uses inside.
      .replace(/(font-family\s*:\s*)[^;}"<]+/g, `$1${FONT_SANS}`)
      // The `font` shorthand names families too; keep its size, drop its families.
      .replace(/(\bfont\s*:\s*)([^;}"<]*?\d+(?:\.\d+)?(?:px|pt|em|rem|%)(?:\s*\/\s*[\d.]+\w*)?)\s+[^;}"<]+/g, `$1$2 ${FONT_SANS}`)
  );
}
