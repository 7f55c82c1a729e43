// Property-based fuzzing of the check path: valid files of every kind, mutated the way
// hands and hostile editors mutate them. ef must never throw, and every message must
// point at a real line and column with a rule id.
//   npm test          a few hundred cases (FUZZ_RUNS sets the number)
//   npm run fuzz      FUZZ_RUNS cases (default 100,000)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/validate/schemas/config.js';
import { RULE_SEVERITY } from '../../src/diagnostics/messages.js';
import type { Kind } from '../../src/validate/schemas/kinds.js';
import { checkInMemory, type MemoryFile } from './check-in-memory.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);

const config: Config = {
  organisatie: 'Gemeente Voorbeeld',
  leerroute: 'Excellent Faciliteren',
  team: [{ naam: 'Anna de Vries' }],
  partners: [],
  rollen: [],
};

const SEEDS: Record<Kind, string> = {
  casus: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om grond.
  voorbeeld: Andere wijken willen het ook.
  veranderende_samenleving: Bewoners nemen het initiatief.
---

Een moestuin in de wijk.
`,
  sessie: `---
titel: "Moestuin: de tweede ronde"
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
sdgs: [2]
deelnemers:
  - functie: wijkregisseur
    naam: Karel
    toestemming: intern
    rollen:
      - rol: verbinder
        paradigma: [responsief, samenwerkend]
        gericht: stad
        fase: start
  - functie: voorzitter
    intern: false
    rollen:
      - rol: toehoorder
---

## Verloop

We spraken over *de tuin*.

## Opbrengsten

- Eén aanspreekpunt werkt beter.
- Een tweede punt.

## Leerpunten

1. Vroeg beginnen.
`,
  activiteit: `---
titel: Presentatie aan het DT
datum: 2021-02-01
soort: presentatie
publiek: Directieteam
link: https://example.org/x
---

Een korte presentatie.
`,
  portret: `---
titel: Een portret
datum: 2021-02-01
persoon: Karel
functie: wijkregisseur
toestemming: publiek
---

Tekst.
`,
  rapportage: `---
nummer: 1
titel: 1e rapportage
periode: 2021-Q1
code: B2
---

## Inleiding

Tekst.
`,
};

const TOKENS = [
  ':', ': ', '-', '- ', '[', ']', '{', '}', ',', '#', '"', "'", '|', '>', '? ', '---', '...', '&a ', '*a', '&a [*a, *a]',
  '!!str ', '!!binary ', '!tag ', '!!js/function ', '\t', '\r', '\r\n', '\0', '\uFEFF', '😀', 'é', '\u202E', '99999999999999999999999',
  '1e400', '-0', '0x1F', 'null', '~', 'true', 'INVULLEN', '__proto__: x', 'constructor: x', '<script>', '  ', '\n  - ', '[[[[[[[[[[[[[[[[[[[[',
  '{a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: 1}}}}}}}}}}}}}}}}}', '%YAML 1.2', '<<: *a', 'titel: dubbel',
];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'truncate'; line: number; at: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'insert'; line: number; at: number; token: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'truncate'), line: fc.nat(60), at: fc.nat(80) }),
  fc.record({ op: fc.constant('swap'), line: fc.nat(60), other: fc.nat(60) }),
  fc.record({ op: fc.constant('insert'), line: fc.nat(60), at: fc.nat(80), token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const index = m.line % lines.length;
    const line = lines[index] ?? '';
    switch (m.op) {
      case 'delete':
        lines.splice(index, 1);
        break;
      case 'duplicate':
        lines.splice(index, 0, line);
        break;
      case 'truncate':
        lines[index] = line.slice(0, m.at % (line.length + 1));
        break;
      case 'swap': {
        const other = m.other % lines.length;
        [lines[index], lines[other]] = [lines[other] ?? '', line];
        break;
      }
      case 'insert': {
        const at = m.at % (line.length + 1);
        lines[index] = line.slice(0, at) + m.token + line.slice(at);
        break;
      }
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
}

const encoder = new TextEncoder();
const KNOWN_RULES = new Set(Object.keys(RULE_SEVERITY));

function assertWellFormed(files: readonly MemoryFile[], texts: readonly string[]): void {
  const results = checkInMemory(files, config);
  files.forEach((file, index) => {
    const messages = results.get(`/logboek/${file.kind}/${file.id}.md`)!;
    const lineCount = texts[index]!.split(/\r\n|\r|\n/).length;
    for (const message of messages) {
      expect(KNOWN_RULES.has(message.rule), message.rule).toBe(true);
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.column).toBeGreaterThanOrEqual(1);
      expect(message.line).toBeLessThanOrEqual(lineCount + 1);
      expect(message.message.length).toBeGreaterThan(0);
    }
  });
}

// Batches keep each test short enough that vitest's worker keeps talking to its host.
const BATCH = 4_000;
const BATCHES = Math.ceil(RUNS / BATCH);
const BASE_SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : 20_261_123;

describe('fuzzing the check path', () => {
  it.each(Array.from({ length: BATCHES }, (_, index) => index))(`never throws and always locates its messages (batch %i of ${BATCHES}, ${RUNS} logbooks in all)`, async (batch) => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          casus: fc.array(mutation, { maxLength: 4 }),
          sessie: fc.array(mutation, { maxLength: 4 }),
          activiteit: fc.array(mutation, { maxLength: 3 }),
          portret: fc.array(mutation, { maxLength: 3 }),
          rapportage: fc.array(mutation, { maxLength: 3 }),
        }),
        async (plan) => {
          // Yield now and then so vitest's worker can report progress during long runs.
          await new Promise((resolve) => setImmediate(resolve));
          const texts = (Object.keys(SEEDS) as Kind[]).map((kind) => mutate(SEEDS[kind], plan[kind]));
          const files = (Object.keys(SEEDS) as Kind[]).map((kind, index) => ({
            kind,
            id: kind === 'casus' ? 'buurtmoestuin' : kind === 'sessie' ? '2021-03-04-moestuin' : `${kind}-1`,
            bytes: encoder.encode(texts[index]),
          }));
          assertWellFormed(files, texts);
        },
      ),
      { numRuns: Math.min(BATCH, RUNS - batch * BATCH), seed: BASE_SEED + batch },
    );
  }, 30_000 + BATCH * 10);

  it('survives arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const files: MemoryFile[] = [{ kind: 'sessie', id: '2021-01-01-x', bytes }];
        assertWellFormed(files, [new TextDecoder().decode(bytes)]);
      }),
      { numRuns: Math.min(BATCH, Math.max(200, Math.floor(RUNS / 4))), seed: BASE_SEED },
    );
  }, 30_000 + BATCH * 5);
});
