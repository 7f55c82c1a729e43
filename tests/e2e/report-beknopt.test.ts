// ef report over a period with many sessions: above 30 each session is shown beknopt
// (heading, case, number of participants, opbrengsten); --sessions chooses either way.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture, PROJECT, tempDir } from '../helpers/ef.js';
import { mentions, readTextTree } from '../golden/helpers.js';

const UITLEG = 'Van elke bijeenkomst staan hier kort de casus, het aantal deelnemers en de opbrengsten';

// The first session's opbrengsten: a sentence above the list, a picture of its own and
// one in an item, and a reference link whose definition stands at the end of the body.
const EERSTE_OPBRENGSTEN = `Wat de eerste bijeenkomst opleverde:

- Opbrengst van bijeenkomst 1, zie [het plan][plan].
- ![Drie vlakken](../beelden/sdg-4-7-11.png)

![Drie vlakken in de kleuren van de Global Goals](../beelden/sdg-4-7-11.png "De doelen op tafel")
`;

/**
 * A logbook with `aantal` sessions in March 2021 (one a day), each with a verloop, two
 * participants with roles (so the full view draws an NSOB chart), opbrengsten and leerpunten.
 */
function logboekMetSessies(aantal: number): string {
  const root = join(tempDir(), 'logboek');
  mkdirSync(join(root, 'sessies'), { recursive: true });
  cpSync(fixture('valid-minimal/ef.config.yaml'), join(root, 'ef.config.yaml'));
  cpSync(fixture('valid-minimal/casussen'), join(root, 'casussen'), { recursive: true });
  mkdirSync(join(root, 'beelden'));
  cpSync(join(PROJECT, 'logbook/beelden/sdg-4-7-11.png'), join(root, 'beelden/sdg-4-7-11.png'));
  for (let n = 1; n <= aantal; n += 1) {
    const dag = String(n).padStart(2, '0');
    const opbrengsten = n === 1 ? EERSTE_OPBRENGSTEN : `- Opbrengst van bijeenkomst ${n}.\n`;
    writeFileSync(
      join(root, 'sessies', `2021-03-${dag}-moestuin-${n}.md`),
      `---
titel: Moestuin ${n}
datum: 2021-03-${dag}
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
    rollen:
      - rol: verbinder
        paradigma: [responsief, samenwerkend]
        gericht: stad
  - functie: voorzitter bewonersvereniging
    intern: false
    rollen:
      - rol: initiatiefnemer
        paradigma: [responsief]
        gericht: stad
---

## Verloop

Het gesprek van dag ${n} ging over de grond.

## Opbrengsten

${opbrengsten}
## Leerpunten

- Leerpunt van bijeenkomst ${n}.

[plan]: https://example.org/plan
`,
    );
  }
  return root;
}

async function report(root: string, extra: readonly string[] = []): Promise<{ md: string; stdout: string }> {
  const out = tempDir();
  const result = await efInProcess(['report', '--root', root, '--period', '2021-03', '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { md: readFileSync(join(out, 'rapportage-2021-03.md'), 'utf8'), stdout: result.stdout };
}

function expectBeknopt(md: string, stdout: string, aantal: number): void {
  expect(md).toContain(`In deze periode waren er ${aantal} bijeenkomsten. ${UITLEG}`);
  expect(md).toContain('het hele verslag, met het verloop, de rollen en de leerpunten, staat in het logboek.');
  // Every session keeps its heading, its case, its count of participants and its opbrengsten.
  // Grouped by month, so that the contents list months rather than every session.
  expect(md).toContain('\n### Maart 2021\n\n#### Moestuin 1 (1 maart 2021)\n');
  expect(md).toContain(`\n#### Moestuin ${aantal} (${aantal} maart 2021)\n`);
  expect(md).toContain('- **Casus:** Buurtmoestuin (lopend)');
  expect(md).toContain('- Twee deelnemers, één van binnen en één van buiten de organisatie.');
  for (let n = 2; n <= aantal; n += 1) expect(md).toContain(`- Opbrengst van bijeenkomst ${n}.`);
  // The first one's opbrengsten as written, with the sentence above them and the link,
  // but without its pictures (and no item left empty where a picture was).
  expect(md).toContain('Wat de eerste bijeenkomst opleverde:\n\n- Opbrengst van bijeenkomst 1, zie [het plan](https://example.org/plan).\n\n###');
  expect(md).not.toContain('Drie vlakken');
  expect(stdout).not.toContain('sdg-4-7-11.png');
  // And nothing else of a session: no verloop, no roles, no NSOB chart, no leerpunten.
  expect(md).not.toContain('Verloop');
  expect(md).not.toContain('Het gesprek van dag');
  expect(md).not.toContain('Leerpunt');
  expect(md).not.toContain('NSOB');
  expect(stdout).not.toContain('kwadrant-');
  // The rest of the rapportage stays: the monitoring with its charts.
  expect(md).toContain('## Monitoring');
  expect(stdout).toContain('sdg-dekking.svg');
}

describe('ef report with many sessions in the period', () => {
  it('shows 31 sessions beknopt, with a sentence that says so', async () => {
    const { md, stdout } = await report(logboekMetSessies(31));
    expectBeknopt(md, stdout, 31);
  });

  it('still shows 30 sessions in full', async () => {
    const { md, stdout } = await report(logboekMetSessies(30));
    expect(md).not.toContain(UITLEG);
    expect(md).toContain('#### Verloop');
    expect(md).toContain('Het gesprek van dag 30 ging over de grond.');
    expect(md).toContain('- Leerpunt van bijeenkomst 30.');
    expect(stdout).toContain('kwadrant-2021-03-30.svg');
    expect(stdout).toContain('sdg-4-7-11.png');
  });

  it('--sessions volledig shows 31 sessions in full', async () => {
    const { md, stdout } = await report(logboekMetSessies(31), ['--sessions', 'volledig']);
    expect(md).not.toContain(UITLEG);
    expect(md).toContain('Het gesprek van dag 31 ging over de grond.');
    expect(stdout).toContain('kwadrant-2021-03-31.svg');
  });

  it('gives the same bytes twice, in Markdown and HTML', async () => {
    const root = logboekMetSessies(31);
    const outputs = [tempDir(), tempDir()];
    for (const out of outputs) {
      const result = await efInProcess(['report', '--root', root, '--period', '2021-03', '--format', 'md,html', '--out', out]);
      expect(result.code).toBe(0);
    }
    const [first, second] = outputs.map((out) => readTextTree(out));
    expect(second).toEqual(first);
    expect(first!['rapportage-2021-03.html']).toContain(UITLEG);
    expect(first!['rapportage-2021-03.html']).not.toContain('Het gesprek van dag');
  });
});

describe('ef report --sessions beknopt on the Delft logbook', () => {
  it('shows its one session beknopt: no pictures, roles or leerpunten, but the opbrengsten', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', join(PROJECT, 'logbook'), '--period', '2', '--sessions', 'beknopt', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, 'rapportage-2.md'), 'utf8');
    expect(md).toContain(`In deze periode was er één bijeenkomst. Van de bijeenkomst staan hier kort de casus`);
    expect(md).toContain('### Eerste evaluatiebijeenkomst: Cornelis Musius (28 januari 2021)');
    expect(md).toContain('- **Casus:** Cornelis Musius');
    expect(md).toMatch(/^- \S+ deelnemers, .*organisatie\.$/m);
    expect(md).toContain('**Opbrengsten:**');
    // The full view's roles table, chart, attendee list and the session's own pictures are gone.
    expect(md).not.toContain('Perspectief (NSOB)');
    expect(md).not.toContain('**Afwezig:**');
    expect(result.stdout).not.toContain('kwadrant-');
    expect(result.stdout).not.toContain('sdg-4-7-11.png');
    expect(result.stdout).not.toContain('rollenwand.jpg');
    // The rapportage's own text and pictures stay.
    expect(result.stdout).toContain('video-samen-maken-we-het-mogelijk.webp');
  });

  it('refuses a value it does not know, in Dutch, with exit code 2', async () => {
    const result = await efInProcess(['report', '--root', join(PROJECT, 'logbook'), '--period', '2', '--sessions', 'kort', '--out', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("de waarde 'kort' past niet bij de optie '--sessions <weergave>'. Kies uit: volledig, beknopt.");
  });

  it('--help says the rule', async () => {
    const result = await efInProcess(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--sessions <weergave>');
    expect(result.stdout).toContain('tot en met 30 in de periode staat elke bijeenkomst er helemaal in');
  });
});

describe('ef report --sessions beknopt for the public', () => {
  const PUBLIEK = ['Pieter Publiek'];
  const NIET_PUBLIEK = ['Ingrid Intern', 'Xander Extern', 'Gerrit Geheim'];

  it('leaves out every name without public consent, also from the opbrengsten', async () => {
    const root = copyToTemp(fixture('privacy-namen'));
    const out = tempDir();
    const result = await efInProcess(['report', '--root', root, '--period', '1', '--sessions', 'beknopt', '--audience', 'publiek', '--format', 'md,html', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = readTextTree(out);
    const md = Object.entries(files).find(([name]) => name.endsWith('-publiek.md'))?.[1] ?? '';
    expect(md).toContain('### Gesprek over het buurtplein (10 februari 2021)');
    expect(md).toContain('spreken elke maand af.');
    for (const name of PUBLIEK) expect(mentions(md, name), name).toBe(true);
    for (const [file, content] of Object.entries(files)) {
      for (const name of NIET_PUBLIEK) expect(mentions(content, name), `${name} in ${file}`).toBe(false);
    }
  });
});
