// `ef check` finds the images of a body in its tree (`beeldRefs`), which for most bodies
// the plain-lines parser makes without micromark (load/body.ts). Whichever way the tree
// was made, the images must be what the full GitHub Markdown parse finds (url, alt, line,
// column), and image-like text in code, HTML or escapes is no image.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBody, parseBodyWithGfm, parsePlainLines } from '../../src/load/body.js';
import { beeldRefs } from '../../src/images/refs.js';
import { VFile } from 'vfile';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { PROJECT } from '../helpers/ef.js';

/** What `ef check` finds, and what the full parse finds. */
const found = (body: string, line: number) => beeldRefs(parseBody(body, line));
const parsed = (body: string, line: number) => beeldRefs(parseBodyWithGfm(body, line));

function bodiesOf(dir: string): Array<{ path: string; body: string; line: number }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bodiesOf(path);
    if (!name.endsWith('.md')) return [];
    const frontmatter = parseFrontmatter(new VFile({ path, value: readFileSync(path, 'utf8') }), DEFAULT_LIMITS);
    return frontmatter ? [{ path, body: frontmatter.body, line: frontmatter.bodyLine }] : [];
  });
}

describe('finding the images of a body', () => {
  it('answers for every body of Delft logbook that has an image without micromark, as the parser does', () => {
    const withImages = bodiesOf(join(PROJECT, 'logbook')).filter(({ body }) => body.includes('!['));
    expect(withImages.length).toBeGreaterThanOrEqual(4);
    for (const { path, body, line } of withImages) {
      expect([path, parsePlainLines(body, line) === undefined]).toEqual([path, false]);
      const quick = found(body, line);
      expect([path, quick]).toEqual([path, parsed(body, line)]);
      expect(quick.length).toBeGreaterThan(0);
    }
  });

  it('reads an image line with a title, indentation and a trailing space', () => {
    const body = '## Beelden\n\nTekst.\n\n   ![Een schets (getekend).](../beelden/a.svg "De droom")  \n\nMeer.\n';
    expect(found(body, 10)).toEqual([{ url: '../beelden/a.svg', alt: 'Een schets (getekend).', line: 14, column: 4 }]);
    expect(found(body, 10)).toEqual(parsed(body, 10));
  });

  it.each([
    ['in a fenced code block', 'Voorbeeld:\n\n```\n\n![a](b.png)\n\n```\n'],
    ['in a tilde fence', '~~~\n\n![a](b.png)\n\n~~~\n'],
    ['in an HTML block', '<div>\n\n![a](b.png)\n\n</div>\n'],
    ['in indented code', 'Tekst.\n\n    ![a](b.png)\n'],
    ['escaped', 'Tekst.\n\n\\![a](b.png)\n'],
    ['inside a paragraph', 'Een zin\n![a](b.png)\n'],
    ['followed by text on the next line', '![a](b.png)\nen meer\n'],
    ['in a link', '[![a](b.png)](https://delft.nl)\n'],
    ['with markup in the alt', '![*a*](b.png)\n'],
    ['with an entity in the url', '![a](b&amp;c.png)\n'],
    ['by reference', '![a][b]\n\n[b]: b.png\n'],
    ['two on one line', '![a](b.png) ![c](d.png)\n'],
    ['with a tab', '\t![a](b.png)\n'],
    ['with Windows line endings', '![a](b.png)\r\n\r\nTekst.\r\n'],
  ])('finds what the parser finds for an image %s', (_, body) => {
    expect(found(body, 1)).toEqual(parsed(body, 1));
  });

  it('agrees with the parser on generated bodies, also where the plain-lines parser made the tree', () => {
    const piece = fc.constantFrom(
      '',
      '',
      'Gewone tekst.',
      '## Opbrengsten',
      '- Een punt',
      '  ![Inspring](x.png)',
      '![Een beeld](../beelden/a.png)',
      '![Met titel](b.jpg "Titel")',
      "![Enkele quotes](c.svg 'Titel')",
      '![](leeg.png)',
      '![Haakjes (ook)](d.webp)',
      '![Spatie achter](e.png) ',
      '![Twee](a.png) en ![drie](b.png)',
      '[![Link](a.png)](https://delft.nl)',
      '![Ref][r]',
      '[r]: ref.png',
      '```',
      '~~~',
      '    ![Code](code.png)',
      '<!-- ![Commentaar](c.png) -->',
      '> ![Citaat](q.png)',
      '![*Nadruk*](n.png)',
      '![a](<met spatie.png>)',
      '![a](x.png "titel"',
      '![a](x.png',
      'Tekst met ![inline](i.png) erin.',
      '===',
      '---',
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (lines, line) => {
        const body = lines.join('\n');
        const quick = found(body, line);
        if (parsePlainLines(body, line) !== undefined && quick.length > 0) answered += 1;
        expect(quick).toEqual(parsed(body, line));
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the plain-lines parser's images, not only micromark's.
    expect(answered).toBeGreaterThan(20);
  });
});
