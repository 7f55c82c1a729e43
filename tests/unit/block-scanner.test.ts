// The block scanner reads the common frontmatter shape without a general YAML parser.
// Whatever it accepts must give exactly what the parsers give: the same data, the same
// positions for every key and value, the same messages. Whatever it cannot read it
// must leave to them. Checked on every fixture and on generated and mutated blocks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { scanBlock } from '../../src/load/block-scanner.js';
import { parseFrontmatter, type ParseOptions } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import type { Placed } from '../../src/load/positions.js';
import { decodeInto } from '../../src/load/read.js';
import { locateKey, locateValue, type DataPath } from '../../src/validate/locate.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1_000);

function parseText(text: string, options: ParseOptions) {
  const file = new VFile({ path: '/logboek/sessies/x.md' });
  decodeInto(file, new TextEncoder().encode(text));
  const frontmatter = file.value === undefined ? undefined : parseFrontmatter(file, DEFAULT_LIMITS, options);
  return { file, frontmatter };
}

/** A positions tree as plain data, so that two trees can be compared whole. */
function plainTree(node: Placed | undefined): unknown {
  if (!node) return undefined;
  return {
    start: node.start,
    ...(node.pairs ? { pairs: [...node.pairs].map(([key, pair]) => [key, pair.key, plainTree(pair.value)]) } : {}),
    ...(node.items ? { items: node.items.map(plainTree) } : {}),
  };
}

/** Every key and item path in the data, plus a missing field under each mapping. */
function pathsIn(data: unknown, prefix: DataPath = []): DataPath[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries: Array<[PropertyKey, unknown]> = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  const missing = Array.isArray(data) ? [] : [[...prefix, 'ontbreekt']];
  return [...missing, ...entries.flatMap(([key, value]) => [[...prefix, key], ...pathsIn(value, [...prefix, key])])];
}

/** The yaml text of a file's frontmatter block, as the scanner sees it. */
function blockOf(text: string): string | undefined {
  return /^---[ \t]*\n([\s\S]*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.replace(/\r\n?/g, '\n'))?.[1];
}

/** The scanner's result for a file, compared with js-yaml's event parser and with `yaml`. */
function expectSameAsParsers(text: string): boolean {
  const scanned = parseText(text, {});
  const events = parseText(text, { noScanner: true });
  const precise = parseText(text, { precise: true });
  expect(scanned.file.messages.map(String)).toEqual(events.file.messages.map(String));
  expect(scanned.frontmatter?.data).toEqual(events.frontmatter?.data);
  const block = blockOf(text);
  const accepted = block !== undefined && scanBlock(block, DEFAULT_LIMITS.maxDepth) !== undefined;
  if (!accepted || !scanned.frontmatter || !events.frontmatter) return false;
  // What the scanner accepts, both parsers accept without a message, with the same data.
  expect(events.file.messages).toEqual([]);
  expect(precise.file.messages.map(String)).toEqual([]);
  expect(scanned.frontmatter.data).toEqual(precise.frontmatter?.data);
  expect(plainTree(scanned.frontmatter.positions().root)).toEqual(plainTree(events.frontmatter.positions().root));
  for (const path of pathsIn(scanned.frontmatter.data)) {
    expect([path, locateValue(scanned.frontmatter, path)]).toEqual([path, locateValue(precise.frontmatter!, path)]);
    expect([path, locateKey(scanned.frontmatter, path)]).toEqual([path, locateKey(precise.frontmatter!, path)]);
  }
  return true;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '.ef-cache' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const files = [...markdownFiles(FIXTURES), ...markdownFiles(join(PROJECT, 'logbook'))];

describe('the block scanner on every fixture', () => {
  it('reads most real files itself', () => {
    const accepted = files.filter((path) => {
      const block = blockOf(readFileSync(path, 'utf8'));
      return block !== undefined && scanBlock(block, DEFAULT_LIMITS.maxDepth) !== undefined;
    });
    expect(accepted.length).toBeGreaterThan(files.length / 2);
  });

  it.each(files.map((path) => [path.slice(PROJECT.length + 1), path]))('%s', (_name, path) => {
    expectSameAsParsers(readFileSync(path, 'utf8'));
  });
});

describe('the block scanner on chosen shapes', () => {
  const accepts = (yaml: string) => scanBlock(yaml, DEFAULT_LIMITS.maxDepth);
  it.each([
    ['plain text, numbers, booleans, null', 'a: tekst met spaties\nb: 12\nc: true\nd: False\ne: Truer\nf:\ng: NULL\n'],
    ['dates and codes that start with a digit', 'datum: 2021-03-04\nperiode: 2021-Q1\ntijd: 10:00\n'],
    ['quotes', `a: "x: y"\nb: 'it''s'\nc: "a \\"b\\" \\\\ c"\n`],
    ['flow sequences', 'a: [1, twee, "drie, vier", \'vijf\']\nb: []\nc: [ ]\n'],
    ['nested blocks, compact and indented sequences', 'a:\n- x\n- y: 1\n  z: 2\nb:\n  c:\n    - d\n'],
    ['comments on their own line', '# kop\na: 1\n  # ingesprongen\nb:\n  # tussen\n  - c\n'],
    ['a literal block scalar with empty lines', 'a: |\n  een\n\n\n  - twee\n\nb: |-\n  x\n\n  y\n\n\n'],
    ['evenly indented block scalars', 'a: >-\n  een: twee\n  # drie\nb: |\n    x\n    y\n\n# c\nc: >\n  z\n\n\nd: |-\n  w\n'],
  ])('accepts %s, as the parsers read it', (_name, yaml) => {
    expect(accepts(yaml)).toBeDefined();
    expect(expectSameAsParsers(`---\n${yaml}---\n`)).toBe(true);
  });

  it.each([
    ['a trailing comment', 'a: b # c\n'],
    ['a comment for a value', 'a: # c\n'],
    ['an empty value with trailing spaces', 'a:  \nb: 1\n'],
    ['a block scalar with an indentation indicator', 'a: >2-\n  tekst\n'],
    ['a block scalar that keeps its line breaks', 'a: |+\n  tekst\n'],
    ['a block scalar with a more indented line', 'a: >-\n  tekst\n    meer\n'],
    ['a folded block scalar with a blank line inside', 'a: >\n  een\n\n  twee\n'],
    ['a literal block scalar with a line of spaces inside', 'a: |\n  een\n   \n  twee\n'],
    ['a folded block scalar with a comment after a blank line', 'a: >\n  een\n\n  # twee\n'],
    ['an empty block scalar', 'a: >-\nb: 1\n'],
    ['a multi-line plain scalar', 'a: een\n  twee\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a prototype key', '__proto__: 1\n'],
    ['a number other than a plain integer', 'a: 1.5\n'],
    ['a leading zero', 'a: 007\n'],
    ['a hexadecimal number', 'a: 0x1F\n'],
    ['an escape other than \\" and \\\\', 'a: "\\n"\n'],
    ['a tab', 'a:\tb\n'],
    ['a colon and space in plain text', 'a: b: c\n'],
    ['a trailing comma', 'a: [b,]\n'],
    ['nested flow', 'a: [[b]]\n'],
    ['an indented root', '  a: 1\n'],
    ['a list at the root', '- a\n'],
    ['a badly indented key', 'a:\n    b: 1\n  c: 2\n'],
    ['a lone surrogate', 'a: \ud83d\n'],
    ['too deep a nesting', `${Array.from({ length: 20 }, (_, depth) => `${'  '.repeat(depth)}k:`).join('\n')} 1\n`],
  ])('leaves %s to the parsers', (_name, yaml) => {
    expect(accepts(yaml)).toBeUndefined();
    expectSameAsParsers(`---\n${yaml}---\n`);
  });
});

// Generated blocks in the logbook's shape, with random indentation, quoting and
// spacing, then mutated character by character the way hands mutate them.
const KEYS = ['titel', 'datum', 'soort', 'casus', 'rol', 'paradigma', 'gericht', 'a', 'b_c', 'x-y', 'null', 'True', 'constructor', 'k1'];
const COMMON = ['tekst', 'twee woorden', 'Sessie 12', '12', '2021-03-04', 'true', '"x: y"', "'it''s'", '[a, b]', '[1, "2"]', '[]', ''];
const SCALARS = [
  'tekst', 'twee woorden', 'Sessie 12', '12', '0', '007', '-3', '+4', '1.5', '.5', '1e3', '.inf', '0x1F', '0o17', '2021-03-04', '2021-Q1', '10:00',
  'true', 'True', 'FALSE', 'null', '~', '', 'a:b', 'a: b', 'a #b', 'a#b', 'http://x.nl/a?b=c#d', 'é', '👍🏽', '"dubbel"', '"met \\" en \\\\"',
  '"\\n"', "'enkel'", "'it''s'", '"x: y"', '[a, b]', '[1, "2", \'3\']', '[]', '[ a ,b ]', '[a,]', '[a, [b]]', '{a: 1}', '&x a', '*x', '!!str a',
  '|', '>-', '|\n  regel een\n  regel twee', '>-\n  een\n  twee\n', '>\n  a: b\n\n', '|-\n    x\n  y', '|\n  a\n\n  b\n\n', '- a', '? a', '@a', '`a`', '%a', 'a ', 'NaN', '.nan',
];

const scalar = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMON) }, { weight: 1, arbitrary: fc.constantFrom(...SCALARS) });

interface Shape {
  readonly key: string;
  readonly value: string | readonly Shape[] | readonly (string | readonly Shape[])[];
}

const shape: fc.Arbitrary<Shape[]> = fc.letrec((tie) => ({
  mapping: fc.uniqueArray(
    fc.record({
      key: fc.constantFrom(...KEYS),
      value: fc.oneof(
        { weight: 4, arbitrary: scalar },
        { weight: 1, arbitrary: tie('mapping') },
        { weight: 1, arbitrary: fc.array(fc.oneof(scalar, tie('mapping')), { minLength: 1, maxLength: 3 }) },
      ),
    }),
    { minLength: 1, maxLength: 4, selector: (pair) => pair.key },
  ),
})).mapping as fc.Arbitrary<Shape[]>;

function render(mapping: readonly Shape[], indent: string, step: string, compact: boolean, firstPrefix = indent): string[] {
  const lines: string[] = [];
  mapping.forEach(({ key, value }, index) => {
    const prefix = index === 0 ? firstPrefix : indent;
    if (typeof value === 'string') {
      lines.push(`${prefix}${key}:${value === '' ? '' : ` ${value}`}`);
    } else if (value.length > 0 && typeof value[0] === 'object' && !Array.isArray(value[0])) {
      lines.push(`${prefix}${key}:`, ...render(value as Shape[], indent + step, step, compact));
    } else {
      lines.push(`${prefix}${key}:`);
      const itemIndent = compact ? indent : indent + step;
      for (const item of value as (string | Shape[])[]) {
        if (typeof item === 'string') lines.push(`${itemIndent}- ${item}`);
        else lines.push(...render(item, `${itemIndent}  `, step, compact, `${itemIndent}- `));
      }
    }
  });
  return lines;
}

const TOKENS = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', ',', '{', '\t', '\r', '\\', '&', '*', '!', '|', '>', '0', '\n', '\n  ', '\n- ', '---', 'é'];

const edit = fc.record({ at: fc.nat(2_000), remove: fc.nat(3), token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })) });

describe('the block scanner on generated blocks', () => {
  const generated = (edits: fc.Arbitrary<ReadonlyArray<{ at: number; remove: number; token: string }>>) =>
    fc.tuple(shape, fc.constantFrom('  ', '    ', ' '), fc.boolean(), edits).map(([mapping, step, compact, changes]) => {
      let yaml = `${render(mapping, '', step, compact).join('\n')}\n`;
      for (const { at, remove, token } of changes) {
        const where = at % (yaml.length + 1);
        yaml = yaml.slice(0, where) + token + yaml.slice(where + remove);
      }
      return `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\nTekst.\n`;
    });

  it.each([
    ['generated', fc.constant([]), 4],
    ['generated and mutated', fc.array(edit, { minLength: 1, maxLength: 3 }), 20],
  ] as const)(`agrees with the parsers on ${RUNS} %s blocks`, (_name, edits, share) => {
    let accepted = 0;
    fc.assert(
      fc.property(generated(edits), (text) => {
        if (expectSameAsParsers(text)) accepted += 1;
      }),
      { numRuns: RUNS, seed: 20_261_127 },
    );
    // The generator must exercise the scanner, not only its giving up.
    expect(accepted).toBeGreaterThan(RUNS / share);
  }, Math.max(60_000, RUNS * 30));
});
