// Property-based fuzzing of the name redaction: a person without consent written in a
// random form (full name, surname, initials, reverse order), random case and accents,
// a random suffix, invisible characters inserted at random, random inline markup around
// and inside the words, placed in a random kind of Markdown body or in a text field.
// The body goes the way a report takes it (parse, redact, sanitize, render Markdown and
// HTML); a field is redacted as a field and rendered as text. The rendered outputs are
// then searched with this file's own normalisation (letters only, accents and invisible
// characters gone): the surname must be nowhere, and the team member stays.
//   npm test          a few hundred cases (FUZZ_RUNS sets the number)
//   FUZZ_RUNS=100000 npx vitest run tests/fuzz/privacy.fuzz.test.ts   (or npm run fuzz)
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../src/compile/body.js';
import { paragraph } from '../../src/compile/mdast.js';
import { namePolicy, redactTree, WEGGELATEN } from '../../src/compile/privacy.js';
import { parseBody } from '../../src/load/body.js';
import type { Logbook } from '../../src/model/types.js';
import type { RenderDocument } from '../../src/compile/document.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);
// In small batches, each its own test: a single test running for minutes blocks the
// vitest worker, which then reports a timeout of its own. Each batch has its own seed.
const BATCH = 500;
const batches = (runs: number) => Array.from({ length: Math.ceil(runs / BATCH) }, (_, index) => ({ index, runs: Math.min(BATCH, runs - index * BATCH), seed: 20_261_127 + index }));

interface Hidden {
  readonly given: readonly string[];
  readonly particles: readonly string[];
  readonly surname: string;
  /** The surname as the search below looks for it: letters only. */
  readonly letters: string;
}

const PEOPLE: readonly Hidden[] = [
  { given: ['Gerrit'], particles: [], surname: 'Geheim', letters: 'geheim' },
  { given: ['Agnes', 'Maria'], particles: ['van', 'der'], surname: 'Linden', letters: 'linden' },
  { given: ['Zoë'], particles: [], surname: 'Öztürk', letters: 'ozturk' },
  { given: ['Jan-Willem'], particles: ['ter'], surname: 'Horst', letters: 'horst' },
];

const TEAM = 'Tessa Teamlid';

const logbook = {
  config: { organisatie: 'Gemeente Proefstad', leerroute: 'Excellent Faciliteren', team: [{ naam: TEAM }], partners: [], rollen: [] },
  casussen: [],
  sessies: [
    {
      data: {
        deelnemers: PEOPLE.map((p) => ({ functie: 'bewoner', naam: [...p.given, ...p.particles, p.surname].join(' '), toestemming: 'geen' })),
      },
    },
  ],
  activiteiten: [],
  portretten: [],
  rapportages: [],
} as unknown as Logbook;

const policy = namePolicy(logbook, 'publiek');

const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const SUFFIXES = ['', "'s", '\u2019s', 's', '-achtig', '-achtige', 'se', "'"];

/** One way of writing the person's name, as a list of words. */
const form = (person: Hidden) =>
  fc.constantFrom<(p: Hidden) => string[]>(
    (p) => [...p.given, ...p.particles, p.surname],
    (p) => [p.given[0]!, ...p.particles, p.surname],
    (p) => [...p.particles, p.surname],
    (p) => (p.particles.length > 0 ? [p.particles[0]![0]!.toUpperCase() + p.particles[0]!.slice(1), ...p.particles.slice(1), p.surname] : [p.surname]),
    (p) => [p.surname],
    (p) => [`${p.given[0]![0]}.`, ...p.particles, p.surname],
    (p) => [p.given.map((g) => `${g[0]}.`).join(''), ...p.particles, p.surname],
    (p) => [`${p.surname},`, ...p.given],
    (p) => [`${p.surname},`, `${p.given[0]![0]}.`],
    (p) => [`${p.surname},`, ...p.given, ...p.particles],
  ).map((make) => make(person));

const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
);

const accents = fc.constantFrom<(s: string) => string>(
  (s) => s.normalize('NFC'),
  (s) => s.normalize('NFD'),
  (s) => s.normalize('NFD').replace(/\p{M}/gu, ''),
);

type Wrap = (word: string) => string;
/** Markup around a whole word (or none). */
const around = fc.constantFrom<Wrap>(
  (w) => w,
  (w) => w,
  (w) => `*${w}*`,
  (w) => `**${w}**`,
  (w) => `_${w}_`,
  (w) => `~~${w}~~`,
  (w) => `\`${w}\``,
  (w) => `[${w}](https://example.org/x)`,
);

/** Markup splitting a word at a position: `Ge*heim*`, `Ge**heim**`, ``Ge`heim` ``, `Ge[heim](…)`. */
const inside = fc.constantFrom<(a: string, b: string) => string>(
  (a, b) => a + b,
  (a, b) => `${a}*${b}*`,
  (a, b) => `${a}**${b}**`,
  (a, b) => `${a}\`${b}\``,
  (a, b) => `${a}[${b}](https://example.org/y)`,
);

/** Between two words of the name. */
const between = fc.constantFrom(' ', ' ', '  ', '\n', '\\\n', '  \n', '\u00A0', ' ');

interface Spelling {
  readonly person: Hidden;
  readonly words: readonly string[];
}

const spelling: fc.Arbitrary<Spelling> = fc
  .constantFrom(...PEOPLE)
  .chain((person) => fc.record({ person: fc.constant(person), words: form(person) }));

/** A written-out name with all its variations, for a Markdown body or (markup = false) a text field. */
function written(markup: boolean): fc.Arbitrary<{ person: Hidden; text: string }> {
  return fc
    .record({
      spelling,
      casing,
      accents,
      suffix: fc.constantFrom(...SUFFIXES),
      invisibles: fc.array(fc.record({ at: fc.nat(), char: fc.constantFrom(...INVISIBLE) }), { maxLength: 3 }),
      wraps: fc.array(around, { minLength: 6, maxLength: 6 }),
      splits: fc.array(fc.record({ at: fc.nat(), how: inside }), { minLength: 6, maxLength: 6 }),
      gaps: fc.array(between, { minLength: 6, maxLength: 6 }),
    })
    .map(({ spelling: { person, words }, casing: cased, accents: accented, suffix, invisibles, wraps, splits, gaps }) => {
      const last = words.length - 1;
      const parts = words.map((word, index) => {
        let w = accented(cased(word)) + (index === last ? suffix : '');
        for (const { at, char } of invisibles) {
          const chars = [...w];
          const cut = 1 + (at % Math.max(1, chars.length - 1));
          if (cut < chars.length) w = chars.slice(0, cut).join('') + char + chars.slice(cut).join('');
        }
        if (!markup) return w;
        const split = splits[index]!;
        const chars = [...w];
        if (chars.length > 3) {
          const cut = 1 + (split.at % (chars.length - 2));
          w = split.how(chars.slice(0, cut).join(''), chars.slice(cut).join(''));
        }
        return wraps[index]!(w);
      });
      const text = parts.reduce((all, part, index) => (index === 0 ? part : all + (markup ? gaps[index]! : ' ') + part), '');
      return { person, text };
    });
}

/** Where in a body the name stands. */
const place = fc.constantFrom<(name: string) => string>(
  (n) => `Vandaag sprak ${n} over het plan.`,
  (n) => `## Verloop met ${n}`,
  (n) => `- Opbrengst van ${n}.`,
  (n) => `1. Actie voor ${n}`,
  (n) => `> Citaat: ${n} zei dit.`,
  (n) => `| wie | wat |\n| --- | --- |\n| ${n.replace(/\n/g, ' ')} | plan |`,
  (n) => `[verslag over ${n.replace(/\n/g, ' ')}](https://example.org/verslag)`,
  (n) => `![foto van ${n.replace(/\n/g, ' ')}](https://example.org/f.png)`,
  (n) => `${n}: een opmerking.`,
  (n) => `Een zin (met ${n}) tussen haakjes.`,
);

/** The letters of a text, for the search: the test's own normalisation. */
function letters(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&shy;/gi, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function documentOf(children: Root['children']): RenderDocument {
  return {
    slug: 'fuzz',
    assetDir: 'fuzz-beelden',
    meta: { titel: 'Fuzz', ondertitel: undefined, organisatie: 'Gemeente Proefstad', leerroute: 'Excellent Faciliteren', partners: [], nummer: undefined, datum: '2021-01-01', audience: 'publiek' },
    tree: { type: 'root', children },
    images: [],
  };
}

function outputs(doc: RenderDocument): string[] {
  // The page's style sheet holds no text from the logbook; leaving it out keeps the search fast.
  const html = renderHtml(doc).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  // The HTML as text (tags joined and apart) and with its attributes.
  return [renderMarkdown(doc), html, html.replace(/<[^>]*>/g, ''), html.replace(/<[^>]*>/g, ' ')];
}

describe('privacy fuzz: a name without consent never reaches the output', () => {
  for (const batch of batches(RUNS)) {
  it(`in a Markdown body, any markup, any spelling (batch ${batch.index + 1} of ${Math.ceil(RUNS / BATCH)}: ${batch.runs} of ${RUNS} cases)`, async () => {
    // Let vitest's worker answer its messages before this batch holds the thread.
    await new Promise((resolve) => setImmediate(resolve));
    fc.assert(
      fc.property(written(true), place, ({ person, text }, at) => {
        const source = `${at(text)}\n\nDe begeleiding was van ${TEAM}.\n`;
        const body = parseBody(source, 1);
        const redacted = redactTree(body, policy);
        const doc = documentOf(bodyBlocks(redacted.children, redacted, 2));
        for (const output of outputs(doc)) {
          expect(letters(output), `${JSON.stringify(source)}\n→ ${output}`).not.toContain(person.letters);
          expect(output).toContain(TEAM);
        }
      }),
      { numRuns: batch.runs, seed: batch.seed },
    );
  }, 3_600_000);
  }

  for (const batch of batches(Math.ceil(RUNS / 4))) {
  it(`in a text field, any spelling (batch ${batch.index + 1}: ${batch.runs} of ${Math.ceil(RUNS / 4)} cases)`, async () => {
    await new Promise((resolve) => setImmediate(resolve));
    fc.assert(
      fc.property(written(false), ({ person, text }) => {
        const field = `Functie: assistent van ${text}, met ${TEAM}`;
        const value = policy.redact(field);
        expect(value).toContain(WEGGELATEN);
        const doc = documentOf([paragraph(value)]);
        for (const output of [value, ...outputs(doc)]) {
          expect(letters(output), `${JSON.stringify(field)}\n→ ${output}`).not.toContain(person.letters);
          expect(output).toContain(TEAM);
        }
      }),
      { numRuns: batch.runs, seed: batch.seed },
    );
  }, 3_600_000);
  }
});
