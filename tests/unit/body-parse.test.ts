// Bodies without GitHub Markdown skip its (costly) extensions: the tree must be the
// same as the full parse, for every body in the fixtures and for GitHub Markdown itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { parseBody, parseBodyWithGfm, parsePlainLines } from '../../src/load/body.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '.ef-cache' || name === 'node_modules' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const WRITTEN = [
  'Gewone tekst met *nadruk* en een [link](https://example.org).',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'Dit is ~~weg~~ en ~dit ook~.',
  'Zie www.delft.nl of https://delft.nl/x en mail naar info@delft.nl.',
  'Een voetnoot[^1].\n\n[^1]: De noot.',
  '- [ ] nog doen\n- [x] gedaan\n- [X] ook gedaan',
  'WWW.DELFT.NL en HTTP://DELFT.NL',
  'Een pijp | in de tekst, en een tilde ~ los.',
  '## Opbrengsten\n\n- Eén\n- Twee\n\n## Leerpunten\n\n1. Een\n2. Twee\n',
  'ftp://voorbeeld.nl en mailto:iemand@voorbeeld.nl',
];

describe('parsing a body', () => {
  const files = [...markdownFiles(FIXTURES), ...markdownFiles(join(PROJECT, 'logbook')), ...markdownFiles(join(PROJECT, 'templates'))];

  it('gives the full GitHub Markdown tree for every fixture body', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      // Hostile fixtures (100 kB of brackets) are about the frontmatter, not about bodies.
      if (text.length > 20_000) continue;
      expect([path, parseBody(text, 3)]).toEqual([path, parseBodyWithGfm(text, 3)]);
    }
  }, 60_000);

  it.each(WRITTEN)('gives the full GitHub Markdown tree for %j', (text) => {
    expect(parseBody(text, 5)).toEqual(parseBodyWithGfm(text, 5));
  });

  it('still finds tables, strikethrough, links, footnotes and task lists', () => {
    const types = (text: string) => JSON.stringify(parseBody(text, 1)).match(/"type":"(\w+)"/g);
    expect(types(WRITTEN[1]!)).toContain('"type":"table"');
    expect(types(WRITTEN[2]!)).toContain('"type":"delete"');
    expect(types(WRITTEN[3]!)).toContain('"type":"link"');
    expect(types(WRITTEN[4]!)).toContain('"type":"footnoteDefinition"');
    expect(JSON.stringify(parseBody(WRITTEN[5]!, 1))).toContain('"checked":true');
  });
});

// Bodies of plain lines skip micromark altogether: the tree, positions and key order
// included, must be what micromark makes of them.
describe('the plain-lines parser', () => {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const micromark = unified().use(remarkParse);
  const real = (text: string, line: number) => JSON.stringify(micromark.parse('\n'.repeat(line - 1) + text));
  const plain = (text: string, line: number) => JSON.stringify(parsePlainLines(text, line));

  const line = fc.constantFrom(
    '', '', '', '## Verloop', '## Opbrengsten', '# Titel', '###### Zes', '####### Zeven', '## Kop ##', '## Kop #', '##Kop', '## ', '#',
    '- Een afspraak.', '- Twee woorden', '-  Twee spaties', '- ', '-', '--', '---', '- - -', '-x', '+ plus', '* ster', '1. Eerste', '2) Tweede',
    '2015 was een jaar.', '1.5 miljoen', 'Gewone tekst, met komma.', 'Tekst met  twee spaties', 'Eind met spatie ', ' Begin met spatie',
    '    ingesprongen', '  - genest', 'Tekst: met dubbele punt', 'Ĳsselmonde € 5', 'Emoji 😀 hier', '=', '===', '> citaat', 'a_b', 'a*b*',
    '[link](x)', '<b>', '&amp;', 'back\\slash', '`code`', 'uitroep!', '\ttab', 'cr\r', 'www.delft.nl', 'a@b.nl', 'a | b', '~weg~',
    '\uFEFFbom', '- Een item met # hekje', 'Tekst met # hekje',
  );
  const body = fc.array(line, { maxLength: 16 }).map((lines) => lines.join('\n'));

  it('gives the tree micromark gives, whenever it takes a body', () => {
    let taken = 0;
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 9 }), (text, bodyLine) => {
        const tree = parsePlainLines(text, bodyLine);
        if (tree === undefined) return;
        taken += 1;
        expect(plain(text, bodyLine)).toBe(real(text, bodyLine));
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('gives the same tree on random bodies of the lines it knows', () => {
    const known = fc.constantFrom(
      '', '', '## Verloop', '# Titel', '### Drie', '- Een afspraak.', '- Nog een, met komma', '2015 was een jaar.', 'Gewone tekst.',
      'Tekst: met dubbele punt', 'Ĳsselmonde € 5', 'Emoji 😀 hier', '- Ümlaut ü',
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(known, { maxLength: 16 }).map((lines) => lines.join('\n')), fc.integer({ min: 1, max: 9 }), (text, bodyLine) => {
        if (parsePlainLines(text, bodyLine) === undefined) return;
        taken += 1;
        expect(plain(text, bodyLine)).toBe(real(text, bodyLine));
      }),
      { numRuns: 2000 },
    );
    // The fast path is really taken: only a blank line between two items sends these elsewhere.
    expect(taken).toBeGreaterThan(800);
  });

  it('reads strong text, links, images and a lone & as GitHub Markdown does, wherever it takes a body', () => {
    const gfm = (text: string, line: number) => JSON.stringify(parseBodyWithGfm(text, line));
    const inline = fc.constantFrom(
      '', '', '', '## Opbrengsten', '## Kop met **vet**', '## Kop [met link](x.html)', '- Een afspraak.',
      '- **Projectleider.** Werkt vanuit beleid.', '- **a** en **b**', '- [link](https://x.nl/a_b) item', '- ![beeld](a.png)',
      '**Vet.** aan het begin', 'Midden **vet** erin', 'A&O fonds Gemeenten', 'A & O', '&amp; entiteit', 'Wauw! Echt!',
      'Zie [LinkedIn](https://www.linkedin.com/posts/a_b-c#d "De video") nu.', '[a](b) [c](d)', '![Een schets (getekend).](../beelden/a.svg "Titel")',
      '![](leeg.png)', 'Tekst ![inline](i.png) erin.', '**open', 'a**b**', '**a**b', '**a**,', '** a**', '**a **', '***x***', '*een*',
      '[a]', '[a][b]', '[a]: x', '[ a ](x)', '[a](x y)', '[a](<x>)', '[a](x "t)', 'a](x)', '[a](x)(y)', '![a](x', '!![a](x)',
      '[a@b.nl](mailto:a@b.nl)', 'www.delft.nl', '[www.delft.nl](https://delft.nl)', '[**a**](x)', '**[a](x)**', '[a!](x)', '**Wauw!**',
      '[a](x "een # en _")', 'Regel\n**vet** na een regel', '2015 was een jaar.',
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 12 }).map((lines) => lines.join('\n')), fc.integer({ min: 1, max: 9 }), (text, bodyLine) => {
        if (parsePlainLines(text, bodyLine) === undefined) return;
        if (/[*[!&]/.test(text)) taken += 1;
        expect(plain(text, bodyLine)).toBe(gfm(text, bodyLine));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 4000) },
    );
    // The inline forms are really read here, not only handed on.
    expect(taken).toBeGreaterThan(300);
  });

  it('reads every body of Delft logbook without micromark', () => {
    const bodies = markdownFiles(join(PROJECT, 'logbook')).map((path) => readFileSync(path, 'utf8').split(/^---$/m).slice(2).join('---'));
    expect(bodies.length).toBeGreaterThan(8);
    for (const body of bodies) {
      expect(parsePlainLines(body, 20), body.slice(0, 60)).toBeDefined();
      expect(JSON.stringify(parsePlainLines(body, 20))).toBe(JSON.stringify(parseBodyWithGfm(body, 20)));
    }
  });

  it('takes the usual session body and leaves markup to micromark', () => {
    const session = '\n## Verloop\n\nWe spraken over de wijk.\nEn over de school.\n\n## Opbrengsten\n\n- Een plan.\n- Een afspraak.\n';
    expect(parsePlainLines(session, 12)).toBeDefined();
    expect(plain(session, 12)).toBe(real(session, 12));
    for (const text of ['Met *nadruk*.', '- a\n\n- b', '- a\nlui vervolg', '  ingesprongen', 'Tekst\n===', '[x]: https://x', 'Met _nadruk_.', '[a][b]', '&amp;']) {
      expect(parsePlainLines(text, 1)).toBeUndefined();
    }
  });

  it('agrees with micromark on every fixture body it takes', () => {
    const files = [...markdownFiles(FIXTURES), ...markdownFiles(join(PROJECT, 'logbook')), ...markdownFiles(join(PROJECT, 'templates'))];
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      if (text.length > 20_000 || parsePlainLines(text, 3) === undefined) continue;
      expect([path, plain(text, 3)]).toEqual([path, real(text, 3)]);
    }
  }, 60_000);
});
