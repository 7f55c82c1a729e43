// The generated Typst source: user text only inside string literals, images only
// from the safe alphabet, no imports, no file access, no user-named labels.
import { describe, expect, it } from 'vitest';
import { documentToTypst } from '../../src/render/typst/template.js';
import { hostileDocument, parseMarkdown, sampleDocument } from '../fixtures/render-sample/document.js';

/** The source with every string literal replaced by `""`: what Typst reads as code and markup. */
function outsideStrings(source: string): string {
  return source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

describe('documentToTypst', () => {
  const source = documentToTypst(hostileDocument());
  const code = outsideStrings(source);

  it('keeps every piece of hostile text inside string literals', () => {
    for (const fragment of ['/etc/passwd', '<script', 'alert', '$x', '$y', '@ref', 'LaTeX', '#eval("1', '#import "@', 'onerror', 'javascript', 'red)', 'quotes']) {
      expect(code).not.toContain(fragment);
    }
    // And the text is there, inside them.
    expect(source).toContain('#read(\\"/etc/passwd\\")');
  });

  it('uses no imports, includes, file reads or evaluation of its own', () => {
    expect(code).not.toMatch(/#(import|include)\b|\bread\(|\beval\(|\bjson\(|\byaml\(|\bcsv\(|\bplugin\(/);
  });

  it('names images only by the safe alphabet, under the virtual image folder', () => {
    // The hostile document's image node points elsewhere: no image at all.
    expect(source).not.toMatch(/#ef-(?:figuur|beeld)\(/);
    const sample = documentToTypst(sampleDocument());
    const samplePaths = [...sample.matchAll(/#ef-(?:figuur|beeld)\("([^"]*)"/g)].map((m) => m[1]);
    expect(samplePaths).toEqual(['/beelden/sdg-dekking.svg']);
  });

  it('labels headings with its own names and links to them only', () => {
    const sample = documentToTypst(sampleDocument());
    const labels = [...sample.matchAll(/<([^>\s]+)>$/gm)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^ef-kop-\d+$/);
    expect(sample).toMatch(/#link\(label\("ef-kop-\d+"\)\)\[#"Monitoring"\]/);
  });

  it('leaves links with other schemes as plain text', () => {
    expect(source).not.toMatch(/#link\("(?!https?:|mailto:)/);
    expect(source).toContain('#link("https://example.org/?a=1&b=\\"2\\"")');
  });

  it('writes the hostile values as text in the right places', () => {
    expect(source).toContain('title: "Route <x> \\\\LaTeX: Titel #read(\\"/etc/passwd\\")');
    expect(source).toContain('author: "Gemeente #eval(\\"1\\") & <b>Co</b>"');
  });

  it('turns a footnote that refers to itself into text instead of looping', () => {
    const tree = parseMarkdown('Tekst[^a].\n\n[^a]: Zie ook[^a].\n');
    const out = documentToTypst(sampleDocument({ tree, images: [] }));
    expect(out).toContain('#footnote[#"Zie ook"#"[a]"#"."]');
  });

  it('normalises heading levels: the shallowest becomes level 1, no level is skipped', () => {
    const tree = parseMarkdown('### Eerste\n\n##### Te diep\n\n### Tweede\n\n#### Onder\n');
    const out = documentToTypst(sampleDocument({ tree, images: [] }));
    const levels = [...out.matchAll(/#heading\(level: (\d)\)/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([1, 2, 1, 2]);
  });
});
