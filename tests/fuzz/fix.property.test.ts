// Properties of `ef fix`, on files written the way people write them (any letter
// case, aliases, ja/nee, Dutch dates, SDGs as text, Front Matter CMS lines, tabs, a
// colon in a text, comments, quotes, CRLF, BOM) and then roughened at random:
//  - a file that `ef check` accepts without any message is never changed;
//  - ef fix is idempotent: a second run changes nothing;
//  - only the frontmatter changes: the body, the BOM and the line endings stay;
//  - ef fix changes a file exactly when ef check marks a message as repairable, and
//    afterwards ef check marks none.
import fc from 'fast-check';
import { CORE_SCHEMA, load as loadPlain } from 'js-yaml';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/fix-file.js';
import type { Config } from '../../src/validate/schemas/config.js';
import type { Kind } from '../../src/validate/schemas/kinds.js';
import { checkInMemory } from './check-in-memory.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);
// Generous: the machine that runs the suite may be busy; the runs are what matter.
const TIMEOUT = Math.max(120_000, RUNS * 100);

const config: Config = {
  organisatie: 'Gemeente Voorbeeld',
  leerroute: 'Excellent Faciliteren',
  team: [{ naam: 'Anna de Vries' }],
  partners: [],
  rollen: [{ id: 'wijkcoach', label: 'Wijkcoach' }],
};

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** A word from a vocabulary, as someone might type it. */
const spelled = (word: string, ...aliases: string[]) =>
  fc.tuple(pick(word, ...aliases), pick('lower', 'Capital', 'UPPER', 'lower', 'lower')).map(([w, style]) =>
    style === 'lower' ? w : style === 'UPPER' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1),
  );

const quoted = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, pick('plain', 'plain', 'double', 'single')).map(([v, q]) => (q === 'double' ? `"${v}"` : q === 'single' ? `'${v}'` : v));

const datum = pick('2021-01-28', '2021-01-28', '28-1-2021', '28-01-2021', '28 januari 2021', '28/1/2021', '2021-1-28', '30-2-2021', '28-1-21');
const sdg = pick('4', '11', '"4"', '"SDG 11"', '"Global Goal 7"', "'sdg-4'", '"SDG 99"', '0');
const sdgs = fc.tuple(fc.array(sdg, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([items, flow]) =>
  flow ? `sdgs: [${items.join(', ')}]` : `sdgs:\n${items.map((item) => `  - ${item}`).join('\n')}`,
);
const jaNee = pick('true', 'false', 'ja', 'Ja', 'nee', 'NEE', 'yes');
const comment = pick('', '', ' # opmerking', '   # zo typte iemand het');
const tekst = pick('Moestuin in de wijk', 'Terugblik: wat leerden we', 'De vraag: hoe verder', 'Gewoon een titel', '"Al tussen: aanhalingstekens"');

const rol = fc.record({
  rol: quoted(spelled('verbinder', 'financier', 'wijkcoach', 'regisseur')),
  paradigma: fc.oneof(
    quoted(spelled('responsief', 'participerend', 'netwerkend')),
    fc.tuple(spelled('responsief', 'participerend'), spelled('samenwerkend', 'netwerkend')).map(([a, b]) => `[${a}, ${b}]`),
  ),
  gericht: quoted(spelled('stad', 'intern')),
  fieldGroup: fc.boolean(),
});

const deelnemer = fc.record({
  functie: tekst,
  intern: fc.option(jaNee, { nil: undefined }),
  fieldGroup: fc.boolean(),
  rollen: fc.array(rol, { maxLength: 2 }),
  comment,
});

type Deelnemer = typeof deelnemer extends fc.Arbitrary<infer T> ? T : never;

function deelnemerLines(d: Deelnemer): string[] {
  const keys = [
    ...(d.fieldGroup ? ['fieldGroup: deelnemer'] : []),
    `functie: ${d.functie}${d.comment}`,
    ...(d.intern === undefined ? [] : [`intern: ${d.intern}`]),
  ];
  if (d.rollen.length > 0) {
    keys.push('rollen:');
    for (const r of d.rollen) {
      const rolKeys = [`rol: ${r.rol}`, `paradigma: ${r.paradigma}`, `gericht: ${r.gericht}`, ...(r.fieldGroup ? ['fieldGroup: rol'] : [])];
      keys.push(...rolKeys.map((key, i) => `${i === 0 ? '  - ' : '    '}${key}`));
    }
  }
  return keys.map((key, i) => `${i === 0 ? '  - ' : '    '}${key}`);
}

const sessie = fc
  .record({
    titel: tekst,
    datum: quoted(datum),
    datumComment: comment,
    soort: quoted(spelled('evaluatie', 'intervisie')),
    sdgs: fc.option(sdgs, { nil: undefined }),
    deelnemers: fc.array(deelnemer, { minLength: 1, maxLength: 2 }),
  })
  .map((s) =>
    [
      `titel: ${s.titel}`,
      `datum: ${s.datum}${s.datumComment}`,
      `soort: ${s.soort}`,
      'begeleiding: [Anna de Vries]',
      ...(s.sdgs ? [s.sdgs] : []),
      'deelnemers:',
      ...s.deelnemers.flatMap(deelnemerLines),
    ].join('\n'),
  );

const casus = fc
  .record({ status: quoted(spelled('lopend', 'afgerond')), sdgs, vraag: tekst })
  .map((c) =>
    [
      'titel: Buurtmoestuin',
      `status: ${c.status}`,
      'initiatiefnemer: bewonersvereniging',
      c.sdgs,
      'criteria:',
      `  vraag_uit_de_stad: ${c.vraag}`,
      '  voorbeeld: Andere wijken willen het ook.',
      '  veranderende_samenleving: Bewoners nemen het initiatief.',
    ].join('\n'),
  );

const activiteit = fc
  .record({ datum: quoted(datum), soort: quoted(spelled('presentatie', 'video')) })
  .map((a) => [`titel: Presentatie`, `datum: ${a.datum}`, `soort: ${a.soort}`, 'publiek: Directieteam'].join('\n'));

const BODY = '\n## Opbrengsten\n\n- Eén opbrengst: soort: Evaluatie, datum: 28-1-2021.\n\tmet een tab\n';

interface Written {
  readonly kind: Kind;
  readonly id: string;
  readonly text: string;
}

/** A frontmatter block, its body, and the habits of the machine it was written on. */
const written: fc.Arbitrary<Written> = fc
  .tuple(
    fc.oneof(
      sessie.map((yaml) => ({ kind: 'sessie' as const, id: '2021-01-28-sessie', yaml })),
      casus.map((yaml) => ({ kind: 'casus' as const, id: 'buurtmoestuin', yaml })),
      activiteit.map((yaml) => ({ kind: 'activiteit' as const, id: '2021-01-28-presentatie', yaml })),
    ),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
    fc.array(fc.record({ line: fc.nat(40), token: pick('\t', '  ', '# x', ': ', '"', '-', 'Ja', '') }), { maxLength: 2 }),
  )
  .map(([file, tabs, crlf, bom, roughen]) => {
    let lines = file.yaml.split('\n');
    if (tabs) lines = lines.map((line) => line.replace(/^((?: {2})+)/, (lead) => '\t'.repeat(lead.length / 2)));
    for (const { line, token } of roughen) {
      const index = line % lines.length;
      lines[index] = token + lines[index];
    }
    const text = `---\n${lines.join('\n')}\n---\n${BODY}`;
    const withEol = crlf ? text.replace(/\n/g, '\r\n') : text;
    return { kind: file.kind, id: file.id, text: (bom ? '\uFEFF' : '') + withEol };
  });

function check(file: Written) {
  const result = checkInMemory([{ kind: file.kind, id: file.id, bytes: new TextEncoder().encode(file.text) }], config);
  // Only this file's own messages: cross-file rules (an unknown case) are not ef fix's business.
  return [...result.values()][0]!.filter((m) => m.rule !== 'casus-unknown' && m.rule !== 'unique-id');
}

/**
 * Whether the two YAML parsers of ef agree that the block parses. ef check reads a
 * plain block with js-yaml (fast) and anything else with yaml; ef fix only with yaml.
 * Where they disagree (js-yaml accepts `: titel: x`, yaml does not) the two commands
 * cannot agree either; those blocks are left to the fuzz tests of ef check.
 */
function parsersAgree(text: string): boolean {
  const yaml = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').split('\n---\n')[0]!.replace(/^---\n/, '');
  let fast = true;
  try {
    loadPlain(yaml, { schema: CORE_SCHEMA });
  } catch {
    fast = false;
  }
  const doc = parseDocument(yaml, { uniqueKeys: true, schema: 'core', strict: true });
  return fast === (doc.errors.length === 0 && doc.warnings.length === 0);
}

function bodyOf(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const close = lines.findIndex((line, index) => index > 0 && /^---\r?\n?$/.test(line));
  return lines.slice(close).join('');
}

const vocabulary = { rollen: config.rollen };

describe('ef fix, as a property', () => {
  it('never changes a file ef check accepts, is idempotent, and keeps body, BOM and line endings', () => {
    fc.assert(
      fc.property(written, (file) => {
        const first = fixText(file.text, file.kind, vocabulary);
        const messages = check(file);
        if (messages.length === 0) expect(first.text).toBeUndefined();
        if (first.text === undefined) {
          expect(first.changes).toEqual([]);
          return;
        }
        expect(first.changes.length).toBeGreaterThan(0);
        expect(fixText(first.text, file.kind, vocabulary)).toEqual({ text: undefined, changes: [] });
        expect(bodyOf(first.text)).toBe(bodyOf(file.text));
        expect(first.text.startsWith('\uFEFF')).toBe(file.text.startsWith('\uFEFF'));
        expect(first.text.includes('\r\n')).toBe(file.text.includes('\r\n'));
        if (file.text.includes('\r\n')) expect(first.text.replace(/\r\n/g, '')).not.toContain('\n');
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('changes a file exactly when ef check marks a message as repairable, and leaves none behind', () => {
    fc.assert(
      fc.property(written, (file) => {
        fc.pre(parsersAgree(file.text));
        const fixable = check(file).filter((m) => m.fix !== undefined);
        const fixed = fixText(file.text, file.kind, vocabulary);
        expect(fixed.text !== undefined).toBe(fixable.length > 0);
        if (fixed.text === undefined) return;
        const after = check({ ...file, text: fixed.text });
        expect(after.filter((m) => m.fix !== undefined)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
