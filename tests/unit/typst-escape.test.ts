// The one escape function between user text and Typst, tested on its own and
// through the real compiler: whatever goes in comes out of the PDF literally.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/render/typst/engine.js';
import { smartQuotes, typstString, typstText } from '../../src/render/typst/escape.js';
import { readPdf } from '../fixtures/render-sample/pdf-text.js';

describe('typstString', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['a "quote"', '"a \\"quote\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['\\"', '"\\\\\\""'],
    ['line\nbreak', '"line\\nbreak"'],
    ['crlf\r\nline', '"crlf\\nline"'],
    ['tab\there', '"tab\\there"'],
    ['#read("/etc/passwd")', '"#read(\\"/etc/passwd\\")"'],
    ['$x$ <x> @x *b* _i_ `c` = h // c /* c */ ] [ } {', '"$x$ <x> @x *b* _i_ `c` = h // c /* c */ ] [ } {"'],
    ['\\u{41}', '"\\\\u{41}"'],
    ['bell\u0007nul\u0000esc\u001b', '"bellnulesc"'],
    ['lone \uD800 surrogate', '"lone \uFFFD surrogate"'],
    ['emoji 🎉 and é', '"emoji 🎉 and é"'],
  ])('%j → %s', (input, expected) => {
    expect(typstString(input)).toBe(expected);
  });

  it('never leaves an unescaped quote or a trailing backslash', () => {
    for (const input of ['"', '\\', '\\\\"', 'a\\', '"\\"\\"', '\\\n"']) {
      const literal = typstString(input);
      const inner = literal.slice(1, -1);
      // Once the escapes are taken out (in one left-to-right pass), no quote or backslash remains.
      expect(inner.replace(/\\[\\"nt]/g, '')).not.toMatch(/["\\]/);
    }
  });

  it('typstText embeds the literal and writes nothing for empty text', () => {
    expect(typstText('x')).toBe('#"x"');
    expect(typstText('')).toBe('');
  });
});

describe('smartQuotes', () => {
  it.each([
    ['"Samen maken we het mogelijk"', '“Samen maken we het mogelijk”'],
    ["de video 'Samen maken' is er", 'de video ‘Samen maken’ is er'],
    ["SDG's en collega's", 'SDG’s en collega’s'],
    ["'s-Hertogenbosch en 't Woudt", '’s-Hertogenbosch en ’t Woudt'],
    ["in '21", 'in ’21'],
    ['("tussen haakjes")', '(“tussen haakjes”)'],
    ['geen quotes', 'geen quotes'],
  ])('%s', (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });

  it('closes a quote that follows other inline text', () => {
    expect(smartQuotes('" zei ze', 'k')).toBe('” zei ze');
  });
});

describe('through the compiler', () => {
  const HOSTILE = [
    '#read("/etc/passwd")',
    '#eval("1 + 1")',
    '#import "@preview/cetz:0.3.0": *',
    '#set text(fill: red)',
    '$x^2 + y$',
    '<label> @reference',
    '\\LaTeX \\section{x}',
    'C:\\pad\\naar\\bestand "met" quotes',
    '*vet* _cursief_ `code` = kop',
    '// geen commentaar /* ook niet */',
    '] ) } einde',
  ];

  it('every hostile string comes out of the PDF exactly as it went in', async () => {
    const engine = await createEngine();
    const body = HOSTILE.map((text, i) => `#par[${typstText(`[${i}] ${text}`)}]`).join('\n');
    const source = `#set document(title: "Escape", author: "ef", date: datetime(year: 2021, month: 1, day: 1))
#set text(font: "Source Sans 3", fallback: false, lang: "nl", hyphenate: false)
#set page(width: 40cm, height: auto, margin: 1cm)
#heading(level: 1)[Escape]
${body}`;
    const pdf = engine.compile('escape', source, []);
    const text = (await readPdf(pdf)).text.join('\n');
    const lines = text.split('\n').map((line) => line.trim());
    HOSTILE.forEach((hostile, i) => {
      expect(lines).toContain(`[${i}] ${hostile}`);
    });
  });
});
