import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decodeInto } from '../../src/load/read.js';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { locateKey, locateValue } from '../../src/validate/locate.js';

function load(text: string) {
  const file = new VFile({ path: 'x.md' });
  decodeInto(file, new TextEncoder().encode(text));
  const frontmatter = parseFrontmatter(file, DEFAULT_LIMITS);
  return { file, frontmatter };
}

const TEXT = [
  '---', //                                   1
  'titel: Moestuin', //                       2
  'criteria:', //                             3
  '  voorbeeld: Ja', //                       4
  'deelnemers:', //                           5
  '  - functie: adviseur', //                 6
  '    rollen:', //                           7
  '      - rol: partner', //                  8
  '        paradigma: [responsief, samenwerkend]', // 9
  'leeg:', //                                 10
  '---', //                                   11
  '', //                                      12
  '## Opbrengsten', //                        13
].join('\n');

describe('locate', () => {
  const { frontmatter } = load(TEXT);

  it('finds top-level, nested and list values with file lines', () => {
    expect(locateValue(frontmatter!, ['titel'])).toEqual({ line: 2, column: 8 });
    expect(locateValue(frontmatter!, ['criteria', 'voorbeeld'])).toEqual({ line: 4, column: 14 });
    expect(locateValue(frontmatter!, ['deelnemers', 0, 'rollen', 0, 'rol'])).toEqual({ line: 8, column: 14 });
    expect(locateValue(frontmatter!, ['deelnemers', 0, 'rollen', 0, 'paradigma', 1])).toEqual({ line: 9, column: 33 });
  });

  it('points a missing key at its parent, a missing item field at the item, and never at 0:0', () => {
    expect(locateValue(frontmatter!, ['criteria', 'vraag_uit_de_stad'])).toEqual({ line: 3, column: 1 });
    expect(locateValue(frontmatter!, ['deelnemers', 0, 'toestemming'])).toEqual({ line: 6, column: 5 });
    expect(locateValue(frontmatter!, ['status'])).toEqual({ line: 1, column: 1 });
    // An empty value is reported where the value belongs, right after the colon.
    expect(locateValue(frontmatter!, ['leeg'])).toEqual({ line: 10, column: 6 });
  });

  it('points unknown keys at the key itself', () => {
    expect(locateKey(frontmatter!, ['deelnemers', 0, 'rollen'])).toEqual({ line: 7, column: 5 });
  });

  it('keeps the body start line', () => {
    expect(frontmatter!.bodyLine).toBe(12);
  });
});

describe('decoding', () => {
  it('drops a BOM and turns CRLF and CR into LF', () => {
    const { file, frontmatter } = load('\uFEFF---\r\ntitel: A\r\n---\rBody\r\n');
    expect(String(file.value)).toBe('---\ntitel: A\n---\nBody\n');
    expect(frontmatter?.data).toEqual({ titel: 'A' });
  });

  it('keeps dates as text (YAML core schema), so no time zone can shift them', () => {
    const { frontmatter } = load('---\ndatum: 2021-01-28\n---\n');
    expect(frontmatter?.data).toEqual({ datum: '2021-01-28' });
  });

  it('refuses unknown tags instead of silently keeping them', () => {
    const { file } = load('---\ntitel: !!js/function "x"\n---\n');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['yaml-syntax']);
  });
});
