// The only way user text reaches Typst: as a string literal. Typst interprets
// nothing inside `"…"` except the escapes below, so `#read`, `$x$`, `<x>`, `@x`,
// `\LaTeX` and `//` stay literal text. Text that is shown on the page also loses
// the characters no shipped font can draw (a placeholder takes their place);
// metadata, alt text and link targets keep them, since no glyph is needed there.
import { replaceUndrawable } from '../../fonts/coverage.js';

// C0 and C1 control characters (other than tab and line feed, which get escapes)
// have no business in a report and would only confuse the compiler or a reader.
 
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Lone UTF-16 surrogates cannot be encoded as UTF-8; replace them visibly.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A Typst string literal (with quotes) whose value is exactly `text` (controls removed). */
export function typstString(text: string): string {
  const clean = text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  let out = '"';
  for (const ch of clean) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case '"':
        out += '\\"';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\t':
        out += '\\t';
        break;
      default:
        out += ch;
    }
  }
  return out + '"';
}

/** A string literal for text drawn on the page: characters no font has become the placeholder. */
export function typstShownString(text: string): string {
  return typstString(replaceUndrawable(text.replace(LONE_SURROGATE, '\uFFFD')));
}

/**
 * User text in markup: an embedded string expression, `#"…"`. The caller never
 * puts `.`, `(` or `[` right after it (that would continue the expression).
 */
export function typstText(text: string): string {
  return text === '' ? '' : `#${typstShownString(text)}`;
}

/**
 * Dutch typographic quotes for running text, made here because Typst's smart
 * quotes do not apply inside string literals: "x" → “x”, 'x' → ‘x’ and the
 * apostrophe in SDG's → SDG’s. `before` is the character preceding `text` in the
 * paragraph (so a quote right after an emphasis still closes).
 */
export function smartQuotes(text: string, before = ''): string {
  const chars = [...text];
  let out = '';
  let prev = before;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '"' || ch === "'") {
      const opening = prev === '' || /[\s([{\u2018\u201C\u2013\u2014/-]/u.test(prev);
      const rest = chars.slice(i + 1, i + 4).join('');
      // 's-Hertogenbosch, 't, 'n and '21 start with an apostrophe, not a quote.
      const elision = ch === "'" && /^(?:[stn](?![\p{L}\p{N}])|\d\d(?!\d))/u.test(rest);
      if (ch === '"') out += opening ? '\u201C' : '\u201D';
      else out += opening && !elision ? '\u2018' : '\u2019';
    } else {
      out += ch;
    }
    prev = ch;
  }
  return out;
}
