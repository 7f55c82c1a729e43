// ef check finds `## Opbrengsten` with a line scanner; the reports read the Markdown
// tree. These tests hold the two to the same answer, on hand-picked bodies and on
// random ones built from the lines people write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/load/body.js';
import { findBodySection, findSection, listItemsIn, scanLines } from '../../src/load/sections.js';
import { copyToTemp, efInProcess, fixture, tempDir } from '../helpers/ef.js';

function fromTree(body: string) {
  const section = findSection(parseBody(body, 1).children, 'opbrengsten');
  return section && { headingLine: section.heading.position!.start.line, hasListItem: listItemsIn(section.content) > 0 };
}

describe('finding the Opbrengsten section', () => {
  it('does not count a list item inside an HTML comment', () => {
    const body = '## Opbrengsten\n\n<!--\n- nog invullen\n-->\n';
    expect(findBodySection(body, 1, 'opbrengsten')).toEqual({ headingLine: 1, hasListItem: false });
  });

  it('does not count an item that holds only a comment', () => {
    expect(findBodySection('## Opbrengsten\n\n- <!-- nog invullen -->\n', 1, 'opbrengsten')?.hasListItem).toBe(false);
  });

  it('counts an item with other raw HTML: the report shows it as text', () => {
    expect(findBodySection("## Opbrengsten\n\n- <b>vet</b>\n", 1, 'opbrengsten')?.hasListItem).toBe(true);
  });

  it('reads an underlined (setext) heading as a heading', () => {
    const body = 'Verslag.\n\nOpbrengsten\n-----------\n\n- Een afspraak.\n';
    expect(findBodySection(body, 10, 'opbrengsten')).toEqual({ headingLine: 12, hasListItem: true });
  });

  it('reads a heading with markup by its text', () => {
    expect(findBodySection('## *Opbrengsten*\n\n- Een afspraak.\n', 1, 'opbrengsten')).toEqual({ headingLine: 1, hasListItem: true });
  });

  it('ignores a heading inside a code fence', () => {
    expect(findBodySection('```\n## Opbrengsten\n- x\n```\n', 1, 'opbrengsten')).toBeUndefined();
  });

  it('counts lines from the top of the file', () => {
    expect(findBodySection('\n## Opbrengsten\n- a\n', 7, 'opbrengsten')).toEqual({ headingLine: 8, hasListItem: true });
  });

  const line = fc.constantFrom(
    '## Opbrengsten', '## opbrengsten', 'Opbrengsten', '## Leerpunten', '# Titel', '### Detail', '## **Opbrengsten**',
    '- Een afspraak', '* Nog een', '1. Eerste', '2. Tweede', '1) Eerste', '-', '- ', '---', '--', '===', '* * *', '- - -',
    '<!--', '-->', '<!-- - verborgen -->', '- <!-- leeg -->', '<div>', '</div>', '> - citaat', '', '', '',
    'Gewone tekst.', 'Meer tekst', '```', '~~~', '```js', '    - ingesprongen', '    ## ingesprongen', '  - genest',
    '\t- tab', '## Opbrengsten ##', '  ## Opbrengsten', '&#35;# Opbrengsten', '\\## Opbrengsten',
  );
  const body = fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));

  it('agrees with the Markdown tree on random bodies', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(findBodySection(text, 1, 'opbrengsten')).toEqual(fromTree(text));
      }),
      { numRuns: 800 },
    );
  });

  it('has a fast path that is taken for plain bodies and agrees there too', () => {
    const plain = fc
      .array(fc.constantFrom('## Opbrengsten', '## Leerpunten', '# Titel', '- Een afspraak', '1. Eerste', 'Tekst.', '', '```', '### Detail'), { maxLength: 14 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(plain, (text) => {
        expect(scanLines(text, 1, 'opbrengsten')).toEqual(fromTree(text));
      }),
      { numRuns: 800 },
    );
  });
});

describe('ef check and ef logbook agree about the Opbrengsten section', () => {
  const SESSIE = 'sessies/2021-03-04-moestuin.md';
  async function withBody(body: string) {
    const root = copyToTemp(fixture('valid-minimal'));
    const file = join(root, SESSIE);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('\n---\n') + 5) + body);
    const check = await efInProcess(['check', '--root', root, '--format', 'json']);
    return { root, check, rules: (JSON.parse(check.stdout) as { messages: { rule: string; line: number }[] }).messages };
  }

  it('an Opbrengsten section with only an HTML comment fails ef check, at the heading', async () => {
    const { check, rules } = await withBody('\n## Opbrengsten\n\n<!--\n- nog invullen\n-->\n');
    expect(check.code).toBe(1);
    expect(rules).toEqual([expect.objectContaining({ rule: 'opbrengsten-empty', line: 18 })]);
  });

  it('an underlined Opbrengsten heading passes ef check, and the Logboek shows its items', async () => {
    const { root, check } = await withBody('\nOpbrengsten\n-----------\n\n- Samen zaaien werkt.\n');
    expect(check.code).toBe(0);
    const out = tempDir();
    expect((await efInProcess(['logbook', '--root', root, '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'logboek.md'), 'utf8')).toContain('Samen zaaien werkt.');
  });
});
