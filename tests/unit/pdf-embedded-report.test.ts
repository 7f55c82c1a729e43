// The embedded logbook's 2nd rapportage, written by the real CLI (dist/), read
// back: the facts of the logbook are in the PDF and the HTML, and both carry
// their accessibility markers. Skipped when dist/ has not been built.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUILT, writeEmbeddedReport } from '../fixtures/render-sample/embedded-report.js';
import { fontNames, readPdf } from '../fixtures/render-sample/pdf-text.js';

const squash = (text: string): string =>
  text.replace(/[\s\u00AD]+/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

describe.skipIf(!CLI_BUILT)('ef report --period 2021-Q1 --format html,pdf (embedded logbook)', async () => {
  const out = CLI_BUILT ? await writeEmbeddedReport('publiek') : '';
  const file = (ext: string): string => join(out, readdirSync(out).find((name) => name.endsWith(ext))!);

  it('PDF: the facts of rapportage 2', async () => {
    const bytes = new Uint8Array(readFileSync(file('.pdf')));
    const pdf = await readPdf(bytes);
    const all = squash(pdf.text.join('\n'));
    for (const fact of [
      'GEMEENTE DELFT',
      '2e rapportage',
      'eerste kwartaal 2021',
      'in samenwerking met A&O fonds Gemeenten',
      'Cornelis Musius',
      '28 januari 2021',
      'Agnes van der Linden',
      'SDG 4 Kwaliteitsonderwijs',
      'Lef, vertrouwen en doorzettingsvermogen bleken belangrijke eigenschappen',
      'Samen maken we het mogelijk',
    ]) {
      expect(all).toContain(squash(fact));
    }
    expect(pdf.info['Title']).toBe('Excellent Faciliteren: 2e rapportage (eerste kwartaal 2021)');
    expect(pdf.info['Author']).toBe('Gemeente Delft');
    expect(pdf.metadata['pdfuaid:part']).toBe('1');
    expect(pdf.structure.some((tag) => tag.startsWith('Figure[') && tag.length > 20)).toBe(true);
    for (const font of fontNames(bytes)) expect(font).toMatch(/^(SourceSerif4|SourceSans3)-/);
  });

  it('HTML: the same facts, charts inline, nothing external', () => {
    const html = readFileSync(file('.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Cornelis Musius');
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[^"]+" alt="[^"]{10,}"/);
    expect(html).not.toMatch(/<script|src="(?!data:)|<link/);
  });
});
