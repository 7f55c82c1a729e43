// The PDF renderer, read back with pdf.js: the facts of the document, its
// metadata and accessibility markers, the fonts, hostile text, errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import { renderPdf } from '../../src/render/pdf.js';
import { createEngine } from '../../src/render/typst/engine.js';
import { HOSTILE, hostileDocument, largeDocument, sampleDocument } from '../fixtures/render-sample/document.js';
import { fontNames, readPdf } from '../fixtures/render-sample/pdf-text.js';

/** Text for comparing: no whitespace (pdf.js splits lines, Typst hyphenates), straight quotes. */
const squash = (text: string): string => text.replace(/\s+/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

describe('renderPdf on a rapportage', async () => {
  const bytes = await renderPdf(sampleDocument());
  const pdf = await readPdf(bytes);
  const all = squash(pdf.text.join('\n'));

  it('is a PDF with a cover and the content; no contents page for a few pages', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBe(3);
    const cover = squash(pdf.text[0]!);
    for (const fact of ['GEMEENTE DELFT', 'Excellent Faciliteren', '2e rapportage', 'eerste kwartaal 2021', 'in samenwerking met A&O fonds Gemeenten', '31 maart 2021']) {
      expect(cover).toContain(squash(fact));
    }
    expect(squash(pdf.text[1]!)).not.toContain('Inhoud');
    expect(squash(pdf.text[1]!)).toContain(squash('Eerste evaluatiebijeenkomst: Cornelis Musius'));
  });

  it('carries the facts of the document', () => {
    for (const fact of [
      'De leerroute hield haar eerste evaluatiebijeenkomst op 28 januari 2021.',
      'Vraag uit de stad',
      'SDG 4 Kwaliteitsonderwijs',
      'SDG 11 Duurzame steden en gemeenschappen',
      'Financiering buiten de gewone geldstromen maakte de renovatie mogelijk.',
      '"Het was een gezamenlijke klus", zei de projectleider Onderwijshuisvesting.',
      "Video 'Samen maken we het mogelijk'",
      'Deelnemers binnen de organisatie',
    ]) {
      expect(all).toContain(squash(fact));
    }
  });

  it('numbers pages and repeats the running header after the cover', () => {
    expect(squash(pdf.text[0]!)).not.toContain('1van4');
    for (let page = 2; page <= pdf.pages; page++) {
      const text = squash(pdf.text[page - 1]!);
      expect(text).toContain(`${page}van${pdf.pages}`);
      expect(text).toContain(squash('Gemeente Delft · Excellent Faciliteren'));
    }
  });

  it('has title, author, language and the fixed date as metadata', () => {
    expect(pdf.info['Title']).toBe('Excellent Faciliteren: 2e rapportage (eerste kwartaal 2021)');
    expect(pdf.info['Author']).toBe('Gemeente Delft');
    expect(pdf.info['Language']).toBe('nl-NL');
    expect(pdf.info['CreationDate']).toBe('D:20210331000000Z');
    expect(pdf.info['ModDate']).toBe('D:20210331000000Z');
    expect(pdf.metadata['dc:language']).toBe('nl-NL');
  });

  it('is tagged and claims PDF/UA-1', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(pdf.metadata['pdfuaid:part']).toBe('1');
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/MarkInfo\s*<<\s*\/Marked true/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    // Headings, tables with header cells, lists, the chart with its alt text.
    const tags = pdf.structure.join(' ');
    expect(tags).toContain('Figure[Aantal sessies per SDG in het eerste kwartaal van 2021: SDG 4, 7 en 11 elk één sessie.]');
    expect(tags).toMatch(/H1 .*H2/);
    expect(tags).toContain('Table THead TR TH TH TH TBody');
    expect(tags).toContain('L LI Lbl LBody');
    expect(tags).not.toContain('TOC TOCI');
  });

  it('embeds only the fonts that ship with ef', () => {
    const fonts = fontNames(bytes);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) expect(font).toMatch(/^(SourceSerif4|SourceSans3)-/);
  });

  it('draws chart text in the shipped sans, even when the SVG names a font this machine has', async () => {
    const doc = sampleDocument();
    const svg = doc.images[0]!.svg!.replace('<svg ', `<svg font-family="'DejaVu Sans', 'Liberation Sans', Arial, system-ui, sans-serif" `).replace(/font-family="[^"]*"/g, (m, offset: number) => (offset < 200 ? m : 'font-family="DejaVu Serif"'));
    const pinned = await renderPdf({ ...doc, images: [{ ...doc.images[0]!, svg }] });
    for (const font of fontNames(pinned)) expect(font).toMatch(/^(SourceSerif4|SourceSans3)-/);
  });

  it('links to the web only where the document does', () => {
    expect(pdf.links).toEqual(['https://www.aeno.nl/de-gemeente-als-partner-in-publiek-ondernemen']);
  });

  it('gives the same bytes on a second render', async () => {
    const again = await renderPdf(sampleDocument());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf on hostile text', async () => {
  const bytes = await renderPdf(hostileDocument());
  const pdf = await readPdf(bytes);
  const all = squash(pdf.text.join('\n'));

  it('shows every hostile string literally (quotes made typographic, nothing else changed)', () => {
    for (const hostile of HOSTILE) expect(all).toContain(squash(hostile));
    for (const fact of ['Titel #read("/etc/passwd") <script>x</script> $y$', 'periode "met" \\quotes\\ @ref', 'Gemeente #eval("1") & <b>Co</b>', 'Route <x> \\LaTeX', '<script>alert("raw block")</script>', '<b onclick="alert(1)">vet</b>', '#import "x": *', '@ref <x>']) {
      expect(all).toContain(squash(fact));
    }
  });

  it('drops editor comments and follows no javascript:, data: or remote image', () => {
    expect(all).not.toContain('notitie');
    expect(pdf.links).toEqual(['https://example.org/?a=1&b=%222%22']);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/javascript:|\/JS\b|\/JavaScript/);
    // The remote image is its alt text; the unknown SDG has no badge.
    expect(all).toContain('extern');
    expect(all).toContain('SDG99bestaatniet');
  });
});

describe('renderPdf on a long logbook', () => {
  it('breaks tables and lists across pages and keeps the contents in step', async () => {
    const bytes = await renderPdf(largeDocument(30));
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeGreaterThan(15);
    // A long document does get its contents, tagged as such.
    const contents = squash(pdf.text[1]!);
    expect(contents).toContain('Inhoud');
    expect(contents).toContain('Casus3:casusnummer3');
    expect(pdf.structure.join(' ')).toContain('TOC TOCI');
    expect(squash(pdf.text.join(''))).toContain('Sessie30:bijeenkomstvan3maart2021');
  });
});

describe('renderPdf errors', () => {
  it('reports Typst rejecting generated code as an internal error with the slug and the diagnostic', async () => {
    const engine = await createEngine();
    let error: unknown;
    try {
      engine.compile('rapportage-9', '#let x = (', []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toContain('rapportage-9');
    expect((error as Error).message).toMatch(/fout in ef \(bug\)/);
    expect((error as Error).message).toMatch(/expected|unclosed/i);
  });

  it('reports a failed PDF/UA check as an internal error too', async () => {
    const engine = await createEngine();
    // No document title: PDF/UA-1 refuses.
    expect(() => engine.compile('zonder-titel', '#heading(level: 1)[Kop]\nTekst', [])).toThrow(/zonder-titel[\s\S]*title/i);
  });

  it('refuses an image name outside the safe alphabet', async () => {
    const doc = sampleDocument({ images: [{ name: '../../etc/passwd.svg', svg: '<svg/>', alt: 'x' }] });
    await expect(renderPdf(doc)).rejects.toThrow(InternalError);
    await expect(renderPdf(doc)).rejects.toThrow(/rapportage-2/);
  });

  it('refuses a document date that does not exist', async () => {
    const doc = sampleDocument();
    await expect(renderPdf({ ...doc, meta: { ...doc.meta, datum: '2021-02-30' } })).rejects.toThrow(/rapportage-2.*datum/);
  });
});

describe('pdf.ts stays cheap to import', () => {
  it('imports the Typst compiler and the fonts only inside renderPdf', () => {
    const source = readFileSync(new URL('../../src/render/pdf.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(staticImports.every((s) => ['../core/errors.js', '../compile/document.js', './html/content.js'].includes(s!))).toBe(true);
    expect(source).toContain("import('./typst/engine.js')");
  });
});
