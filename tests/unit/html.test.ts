// The HTML renderer: one self-contained, accessible, script-free file.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { hostileDocument, largeDocument, parseMarkdown, sampleDocument } from '../fixtures/render-sample/document.js';

const sample = renderHtml(sampleDocument());
const hostile = renderHtml(hostileDocument());

/** Visible text of an HTML string (tags removed, the few entities we emit decoded). */
function text(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x3C;/g, '<')
    .replace(/&#x26;/g, '&')
    .replace(/&#x22;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('renderHtml on a rapportage', () => {
  it('matches the reviewed file', async () => {
    await expect(sample).toMatchFileSnapshot('../fixtures/render-sample/rapportage-2.html');
  });

  it('is one Dutch HTML document with landmarks and a title', () => {
    expect(sample.startsWith('<!doctype html><html lang="nl">')).toBe(true);
    expect(sample).toContain('<title>Excellent Faciliteren: 2e rapportage (eerste kwartaal 2021)</title>');
    expect(sample).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    for (const landmark of ['<header', '<nav', '<main', '<footer']) expect(sample.split(landmark).length - 1).toBe(1);
    expect(sample.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it('has the cover facts, the contents and the content', () => {
    const shown = text(sample);
    for (const fact of ['Gemeente Delft', 'Excellent Faciliteren', '2e rapportage', 'eerste kwartaal 2021', 'in samenwerking met A&O fonds Gemeenten', '31 maart 2021', 'Inhoud', 'Vraag uit de stad', 'SDG 11 Duurzame steden en gemeenschappen', '“Het was een gezamenlijke klus”']) {
      expect(shown).toContain(fact);
    }
  });

  it('keeps headings in order, starting at h1', () => {
    const levels = [...sample.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('links the contents, footnotes and in-document links to ids that exist', () => {
    const ids = new Set([...sample.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...sample.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) expect(ids.has(target)).toBe(true);
    expect(sample).toContain('<a href="#user-content-monitoring">Monitoring</a>');
    expect(ids.size).toBe([...sample.matchAll(/\sid="([^"]+)"/g)].length);
  });

  it('embeds the chart as an SVG data URI with its alt text and size', () => {
    const images = [...sample.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Aantal sessies per SDG in het eerste kwartaal van 2021: SDG 4, 7 en 11 elk één sessie\." width="600" height="130">$/);
    expect(sample).toContain('<figure><img');
  });

  it('gives tables column headers and a scrollable, labelled region', () => {
    expect(sample).toContain('<th scope="col">Datum</th>');
    expect(sample).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    expect(sample).toContain('<div class="tabel" role="region" tabindex="0" aria-label="Tabel 1"><table>');
    expect(sample).toContain('<th scope="col" class="uitlijning-rechts">Aantal</th>');
  });

  it('puts an SDG badge before a list item that names one goal, not before a cell that names three', () => {
    expect(sample).toContain('<li><span class="sdg sdg-4" aria-hidden="true">4</span>SDG 4 Kwaliteitsonderwijs</li>');
    expect(sample).toContain('<td>SDG 4, SDG 7 en SDG 11</td>');
    expect(sample).toContain('.sdg-4{background:#C5192D;color:#FFFFFF}');
    expect(sample).toContain('.sdg-7{background:#FCC30B;color:#000000}');
  });

  it('asks for nothing from outside and runs nothing', () => {
    expect(sample).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; img-src data:;');
    expect(sample).not.toMatch(/<script|<link|<iframe|@import|url\(|src="http/i);
    expect(sample).toContain('@media print');
    expect(sample).toContain('@media (max-width:40rem)');
  });

  it('is the same on every run', () => {
    expect(renderHtml(sampleDocument())).toBe(sample);
  });

  it('does not change the document it was given', () => {
    const doc = sampleDocument();
    const before = JSON.stringify(doc.tree);
    renderHtml(doc);
    expect(JSON.stringify(doc.tree)).toBe(before);
  });

  it('says so on the cover when the document is internal', () => {
    const doc = sampleDocument();
    expect(renderHtml({ ...doc, meta: { ...doc.meta, audience: 'intern' } })).toContain('<p class="intern">Interne versie: niet voor publicatie</p>');
    expect(sample).not.toContain('class="intern"');
  });
});

describe('renderHtml on hostile text', () => {
  it('contains no script, event handler, javascript: or data: link', () => {
    const body = hostile.slice(hostile.indexOf('<body>'));
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(body).not.toMatch(/href="data:/i);
    expect(body).not.toMatch(/<(b|i|img)\b(?![^>]*src="data:image\/svg\+xml)/);
  });

  it('shows raw HTML, Typst and LaTeX as the text they are', () => {
    const shown = text(hostile);
    for (const fact of ['<script>alert(1)</script>', '<script>alert("raw block")</script>', '<b onclick="alert(1)">vet</b>', '<img src=x onerror=alert(1)>', '\\LaTeX', 'back\\slash\\\\double', '$x^2$', '@ref <x>', 'Gemeente #eval(“1”) & <b>Co</b>', 'Titel #read(“/etc/passwd”) <script>x</script> $y$']) {
      expect(shown).toContain(fact);
    }
    expect(shown).not.toContain('notitie van de redactie');
  });

  it('keeps the safe link, unwraps the others and never loads a remote image', () => {
    expect(hostile).toContain('<a href="https://example.org/?a=1&#x26;b=%222%22">goed</a>');
    expect(text(hostile)).toContain('en klik en data en extern en goed');
    expect(hostile).not.toContain('example.org/x.png');
  });

  it('escapes hostile metadata in head and body', () => {
    expect(hostile).toContain('<title>Route &#x3C;x> \\LaTeX: Titel #read("/etc/passwd") &#x3C;script>x&#x3C;/script> $y$ (periode "met" \\quotes\\ @ref)</title>');
    expect(hostile).toContain('<meta name="author" content="Gemeente #eval(&#x22;1&#x22;) &#x26; <b>Co</b>">');
  });
});

describe('renderHtml edge cases', () => {
  it('renders a document without headings without a contents block', () => {
    const html = renderHtml(sampleDocument({ tree: parseMarkdown('Alleen een alinea.'), images: [] }));
    expect(html).not.toContain('<nav');
    expect(html).toContain('<p>Alleen een alinea.</p>');
  });

  it('numbers duplicate headings apart and nests the contents two levels deep', () => {
    const html = renderHtml(largeDocument(12));
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toMatch(/<nav[^>]*>.*<ol><li><a href="#user-content-inleiding">Inleiding<\/a><\/li><li><a[^>]*>Casus 1: casus nummer 1<\/a><ol><li>/s);
    expect(html).not.toMatch(/<nav[\s\S]*Opbrengsten[\s\S]*<\/nav>/);
  });

  it('turns an image that is not one of ours into its alt text', () => {
    const tree = parseMarkdown('![Een foto](../../../etc/passwd.svg) en ![Tweede](rapportage-2-beelden/Ongeldig.svg)');
    const html = renderHtml(sampleDocument({ tree }));
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>Een foto en Tweede</p>');
  });
});
