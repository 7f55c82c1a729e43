// Any text prints: what people paste from Teams and WhatsApp (emoji, Arabic,
// Cyrillic, Greek, Turkish, mathematical letters, flags) reaches the PDF in a
// shipped font, and what no shipped font has becomes a visible placeholder,
// never a crash. The PDF stays PDF/UA-1 and embeds only fonts that ship with ef.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES } from '../../src/fonts/fonts.js';
import { renderPdf } from '../../src/render/pdf.js';
import { ALWAYS_COVERED, drawableRanges, fontsDraw, isDrawable, PLACEHOLDER, replaceUndrawable, undrawableIn } from '../../src/fonts/coverage.js';
import { pinSvgFonts } from '../../src/render/typst/svg-fonts.js';
import { ANY_TEXT, anyTextDocument, parseMarkdown, sampleDocument } from '../fixtures/render-sample/document.js';
import { flat, fontNames, readPdf } from '../fixtures/render-sample/pdf-text.js';

/** PDF font names of every file ef ships (SourceSerif4-Regular, NotoEmoji-Regular, …). */
const SHIPPED = /^(SourceSerif4|SourceSans3|NotoSerif|NotoNaskhArabic|NotoSerifHebrew|NotoSansEthiopic|NotoEmoji|NotoSansMath|NotoSansSymbols2?)-/;

const PASTED = {
  emoji: 'Top 👍 gedaan 🎉😀',
  skinTone: 'Duim 👍🏽 omhoog',
  family: 'Gezin 👨‍👩‍👧 erbij',
  flag: 'Vlag 🇳🇱 en 🇹🇷',
  arabic: 'مرحبا بكم في البلدية',
  persian: 'گفتگو با ساکنان',
  hebrew: 'שלום',
  tigrinya: 'ሰላም ኣብ ምምሕዳር',
  cyrillic: 'Привіт, Ґанна! Здравствуйте',
  greek: 'Καλημέρα σας',
  turkish: 'Çok güzel: ğ ı İ ş Ş ö ü',
  dutch: 'De ĳsbaan van ’s-Hertogenbosch',
  mathLetters: '𝐯𝐞𝐭 𝘴𝘤𝘩𝘶𝘪𝘯',
  symbols: '① ② ✓ ★ → ⇨ ☐',
  chinese: '你好世界',
} as const;

function documentWith(markdown: string, images = sampleDocument().images) {
  return sampleDocument({ tree: parseMarkdown(markdown), images });
}

const everyKindOfPlace = (text: string): string => `# Kop ${text}

Alinea met ${text} en *nadruk ${text}* en **vet ${text}** en \`code ${text}\`.

- punt ${text}
- [link ${text}](https://example.org)

| Kolom ${text} | Waarde |
| --- | --- |
| cel ${text} | 1 |

> citaat ${text}

Voetnoot[^1].

[^1]: Noot ${text}

\`\`\`
blok ${text}
\`\`\`
`;

describe('coverage of the shipped fonts', () => {
  it('covers every character of the fast path (Latin below U+0250, punctuation, €, ™), so ordinary text never reads a font', () => {
    const missing: string[] = [];
    for (const [first, last] of ALWAYS_COVERED) {
      for (let c = first; c <= last; c++) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue; // controls never reach the PDF
        if (!fontsDraw(String.fromCodePoint(c))) missing.push(c.toString(16));
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers what Dutch residents write, except Chinese, Japanese and Korean', () => {
    for (const [name, text] of Object.entries(PASTED)) {
      if (name === 'chinese') continue;
      expect(undrawableIn(text), name).toEqual([]);
    }
    expect(undrawableIn(PASTED.chinese).map((u) => u.cluster)).toEqual(['你', '好', '世', '界']);
  });

  it('replaces a cluster no font has by one placeholder, and leaves the rest', () => {
    expect(replaceUndrawable('Hallo 你好 👍')).toBe(`Hallo ${PLACEHOLDER}${PLACEHOLDER} 👍`);
    // A Hebrew letter with an Arabic mark: each has a font, no font has both, so the cluster cannot be drawn.
    expect(replaceUndrawable('ש\u0651 x')).toBe(`${PLACEHOLDER} x`);
    expect(replaceUndrawable('lone \uD800 surrogate')).toBe(`lone ${PLACEHOLDER} surrogate`);
    expect(isDrawable('\u200D')).toBe(true);
  });

  it('reports the place of each cluster in UTF-16 code units, as editors count', () => {
    expect(undrawableIn('👍 a 你')).toEqual([{ index: 5, cluster: '你' }]);
  });
});

describe('renderPdf with text from anywhere', async () => {
  const all = Object.values(PASTED).join(' · ');
  const bytes = await renderPdf(documentWith(everyKindOfPlace(all)));
  const pdf = await readPdf(bytes);
  const text = flat(pdf.text.join('\n'));

  it('is still PDF/UA-1', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(pdf.metadata['pdfuaid:part']).toBe('1');
    expect(raw).toMatch(/\/StructTreeRoot/);
  });

  it('embeds only fonts that ship with ef, and uses the fallbacks', () => {
    const fonts = fontNames(bytes);
    for (const font of fonts) expect(font).toMatch(SHIPPED);
    for (const fallback of ['NotoEmoji', 'NotoNaskhArabic', 'NotoSerifHebrew', 'NotoSansEthiopic', 'NotoSansMath', 'NotoSerif']) {
      expect(fonts.some((font) => font.startsWith(`${fallback}-`)), fallback).toBe(true);
    }
  });

  it('keeps the text a reader can copy', () => {
    for (const name of ['cyrillic', 'greek', 'turkish', 'hebrew'] as const) expect(text).toContain(PASTED[name]);
    expect(text).toContain('👍');
    expect(text).toContain('𝐯𝐞𝐭');
    expect(text).toContain(`${PLACEHOLDER.repeat(4)}`);
    expect(text).not.toContain('你');
  });
});

describe('renderPdf never fails on text', () => {
  it('draws every character the fonts claim, in body text and in the sans (code) alike', async () => {
    const ranges = drawableRanges();
    const chars: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) {
      for (let c = ranges[i]!; c <= ranges[i + 1]!; c++) {
        // Controls are dropped before Typst; a backtick would end the code span.
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x60) continue;
        chars.push(String.fromCodePoint(c));
      }
    }
    expect(chars.length).toBeGreaterThan(10_000);
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += 60) lines.push(chars.slice(i, i + 60).join(' '));
    // Markdown would read some of these as markup; the point here is the glyphs, so escape nothing and
    // render each line as inline code too (the sans stack).
    const markdown = lines.map((line) => `${line.replace(/[\\*_[\]<>#|~!&]/g, ' ')}\n\n\`${line}\``).join('\n\n');
    const bytes = await renderPdf(documentWith(markdown, []));
    for (const font of fontNames(bytes)) expect(font).toMatch(SHIPPED);
  }, 120_000);

  it('survives random text: emoji sequences, combining marks, joiners, bidi controls, controls, any plane', async () => {
    const pieces = fc.constantFrom(
      '👍', '🏽', '\u200D', '\uFE0F', '\uFE0E', '🇳', '🇱', '\u0301', '\u0651', '\u20DD', 'ا', 'ل', '\u200F', '\u202E',
      '\u2066', '\u00AD', '\u0001', '\u0085', '\u3000', '你', 'ሰ', 'ש', '\u05B8', 'Ж', '𝐀', '①', 'e', ' ', '\uDB40\uDC41', '\u{E0067}',
    );
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), {
      minLength: 1,
      maxLength: 30,
    }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const md = `## ${t}\n\n${t}\n\n- ${t}\n\n\`${t.replace(/`/g, '')}\``;
        const bytes = await renderPdf(documentWith(md, []));
        expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      }),
      { numRuns: Number(process.env['PDF_FUZZ_RUNS'] ?? 20) },
    );
  }, 120_000);
});

describe('charts in the PDF', () => {
  it('keep what the sans draws and show the placeholder for the rest, markup untouched', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Kick-off 👍🏽</title><text x="1" font-family="Arial">Kick-off 👍🏽 مرحبا Ж &#x4F60; e&#x301; a&#x200D;b</text></svg>';
    expect(pinSvgFonts(svg)).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg"><title>Kick-off 👍🏽</title><text x="1" font-family="Source Sans 3">Kick-off ${PLACEHOLDER} ${PLACEHOLDER.repeat(5)} Ж ${PLACEHOLDER} e\u0301 ab</text></svg>`,
    );
  });

  it('keep the metadata and alt text whole, while the page shows the placeholder', async () => {
    const bytes = await renderPdf(anyTextDocument());
    const pdf = await readPdf(bytes);
    expect(pdf.info['Title']).toContain(ANY_TEXT);
    expect(pdf.info['Author']).toBe(`Gemeente 🌱 ${ANY_TEXT}`);
    expect(pdf.structure.join(' ')).toContain(`Figure[Grafiek ${ANY_TEXT}]`);
    expect(flat(pdf.text.join('\n'))).toContain('① ⇨ · □□');
    for (const font of fontNames(bytes)) expect(font).toMatch(SHIPPED);
  });

  it('never crash the engine or reach for a font of the machine, whatever a label holds', async () => {
    // Before: an emoji with a skin tone in an SVG label aborted the whole process inside Typst.
    const label = 'Kick-off 👍🏽 🇳🇱 👨‍👩‍👧 مرحبا 𝐀 ① 你好';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="5" y="20" font-family="DejaVu Sans">${label}</text></svg>`;
    const doc = sampleDocument();
    const bytes = await renderPdf({ ...doc, images: [{ ...doc.images[0]!, svg }] });
    for (const font of fontNames(bytes)) expect(font).toMatch(/^(SourceSerif4|SourceSans3)-/);
  });
});

it('names the same families in fonts.ts as the PDF font pattern above', () => {
  expect(FONT_FAMILIES.map((family) => family.name.replace(/ /g, '')).every((name) => SHIPPED.test(`${name}-x`))).toBe(true);
});
