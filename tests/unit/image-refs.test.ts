// `ef check` finds the images of most bodies by a line test instead of a Markdown parse
// (`quickBeeldRefs`). Wherever it answers, it must give what the parser gives (url, alt,
// line, column); where it cannot be sure, it must leave the body to the parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBody } from '../../src/load/body.js';
import { beeldRefs, quickBeeldRefs } from '../../src/images/refs.js';
import { VFile } from 'vfile';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { PROJECT } from '../helpers/ef.js';

const parsed = (body: string, line: number) => beeldRefs(parseBody(body, line));

function bodiesOf(dir: string): Array<{ path: string; body: string; line: number }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bodiesOf(path);
    if (!name.endsWith('.md')) return [];
    const frontmatter = parseFrontmatter(new VFile({ path, value: readFileSync(path, 'utf8') }), DEFAULT_LIMITS);
    return frontmatter ? [{ path, body: frontmatter.body, line: frontmatter.bodyLine }] : [];
  });
}

describe('finding images without parsing', () => {
  it('answers for every body of Delft logbook that has an image, as the parser does', () => {
    const withImages = bodiesOf(join(PROJECT, 'logbook')).filter(({ body }) => body.includes('!['));
    expect(withImages.length).toBeGreaterThanOrEqual(4);
    for (const { path, body, line } of withImages) {
      const quick = quickBeeldRefs(body, line);
      expect([path, quick]).toEqual([path, parsed(body, line)]);
      expect(quick!.length).toBeGreaterThan(0);
    }
  });

  it('reads an image line with a title, indentation and a trailing space', () => {
    const body = '## Beelden\n\nTekst.\n\n   ![Een schets (getekend).](../beelden/a.svg "De droom")  \n\nMeer.\n';
    expect(quickBeeldRefs(body, 10)).toEqual([{ url: '../beelden/a.svg', alt: 'Een schets (getekend).', line: 14, column: 4 }]);
    expect(quickBeeldRefs(body, 10)).toEqual(parsed(body, 10));
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
  ])('leaves an image %s to the parser', (_, body) => {
    expect(quickBeeldRefs(body, 1)).toBeUndefined();
  });

  it('agrees with the parser on generated bodies wherever it answers', () => {
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
        const quick = quickBeeldRefs(body, line);
        if (quick === undefined) return;
        if (quick.length > 0) answered += 1;
        expect(quick).toEqual(parsed(body, line));
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the line test, not only its way out.
    expect(answered).toBeGreaterThan(20);
  });
});
