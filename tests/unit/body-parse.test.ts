// Bodies without GitHub Markdown skip its (costly) extensions: the tree must be the
// same as the full parse, for every body in the fixtures and for GitHub Markdown itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody, parseBodyWithGfm } from '../../src/load/body.js';
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
