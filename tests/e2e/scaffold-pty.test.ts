// The interactive flow through a real pseudo-terminal: a Python script plays the person
// at the keyboard (node-pty would need a native build; Python's pty module needs nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, checkJson, copyToTemp, fixture, tempDir } from '../helpers/ef.js';

const DRIVER = fixture('scaffold-pty/drive.py');
const ENTER = '\r';
const DOWN = '\u001b[B';
const SPACE = ' ';
const CTRL_C = '\u0003';

const hasPython = process.platform !== 'win32' && spawnSync('python3', ['--version']).status === 0;

interface Step {
  readonly expect: string;
  readonly keys: readonly string[];
}

function drive(args: readonly string[], cwd: string, steps: readonly Step[]): { code: number | null; output: string; failed: string | null } {
  const spec = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? cwd, TERM: 'xterm-256color', NO_COLOR: '1', TZ: 'UTC', LANG: 'C.UTF-8', EF_TODAY: '2021-03-11' },
    timeout: 25,
    steps,
  };
  const result = spawnSync('python3', [DRIVER], { input: JSON.stringify(spec), encoding: 'utf8', timeout: 40_000 });
  if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { code: number | null; output: string; failed: string | null };
}

function frontmatter(path: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!) as Record<string, unknown>;
}

describe.skipIf(!hasPython)('interactive scaffolding in a real terminal', () => {
  it('asks for everything a session needs and writes what was typed', async () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const titel = 'Café "De Zon": één #1 — 50% - test';
    const run = drive(['new-session'], root, [
      { expect: 'Titel van de sessie', keys: [titel, ENTER] },
      { expect: 'Datum \\(JJJJ-MM-DD, 28-1-2021, vandaag of gisteren\\)', keys: ['\u007f'.repeat(10), '2021-02-30', ENTER] },
      { expect: 'De datum 2021-02-30 bestaat niet', keys: ['\u007f'.repeat(10), '2021-02-25', ENTER] },
      { expect: 'Soort sessie', keys: [DOWN, ENTER] },
      { expect: 'Bij welke casus', keys: [ENTER] },
      { expect: 'Wie begeleidden', keys: [ENTER] },
      { expect: 'Kies ten minste één begeleider', keys: [SPACE, DOWN, DOWN, SPACE, ENTER] },
      { expect: 'Functie van deelnemer 1', keys: ['wijkregisseur', ENTER] },
      { expect: 'Is deze deelnemer van Gemeente Voorbeeld\\?', keys: [ENTER] },
      { expect: 'Functie van deelnemer 2', keys: ['initiatiefnemer', ENTER] },
      { expect: 'Is deze deelnemer van Gemeente Voorbeeld\\?', keys: [DOWN, ENTER] },
      { expect: 'Van welke organisatie', keys: ['Waterschap Delfland', ENTER] },
      { expect: 'Functie van deelnemer 3', keys: ['beleidsadviseur Groen', ENTER] },
      { expect: 'Is deze deelnemer van Gemeente Voorbeeld\\?', keys: [DOWN, DOWN, ENTER] },
      { expect: 'Functie van deelnemer 4', keys: [ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    const path = 'sessies/2021-02-25-cafe-de-zon-een-1-50-test.md';
    expect(run.output).toContain(`Nieuw bestand: ${path}`);
    expect(frontmatter(join(root, path))).toEqual({
      titel,
      datum: '2021-02-25',
      soort: 'evaluatie',
      casus: 'buurtkas',
      begeleiding: ['Anna de Vries', 'Çelik Yılmaz'],
      // Inside, outside (with the organisation), and "weet ik niet": an empty intern, counted as onbekend.
      deelnemers: [
        { functie: 'wijkregisseur', intern: true },
        { functie: 'initiatiefnemer', organisatie: 'Waterschap Delfland', intern: false },
        { functie: 'beleidsadviseur Groen', intern: null },
      ],
    });
    const { json } = await checkJson(root);
    expect(json.messages.filter((message) => message.rule !== 'placeholder').map((message) => message.rule)).toEqual(['intern-missing']);
  });

  it('asks only for what the flags left out, with today as the default date', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const run = drive(['new-session', '--titel', 'Intervisie', '--begeleiding', 'Bram Jansen', '--deelnemer', 'wijkregisseur'], root, [
      { expect: 'Datum \\(JJJJ-MM-DD, 28-1-2021, vandaag of gisteren\\) \\(2021-03-11\\)', keys: [ENTER] },
      { expect: 'Soort sessie', keys: [DOWN, DOWN, ENTER] },
      { expect: 'Bij welke casus', keys: [DOWN, ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    expect(run.output).not.toContain('Titel van de sessie');
    expect(run.output).not.toContain('Wie begeleidden');
    expect(frontmatter(join(root, 'sessies/2021-03-11-intervisie.md'))).toEqual({
      titel: 'Intervisie',
      datum: '2021-03-11',
      soort: 'intervisie',
      begeleiding: ['Bram Jansen'],
      deelnemers: [{ functie: 'wijkregisseur', intern: true }],
    });
  });

  it('takes a date as Dutch people type it, and says about a clash before asking the rest', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    writeFileSync(join(root, 'sessies/2021-03-10-intervisie.md'), '---\ntitel: Intervisie\n---\n');
    const run = drive(['new-session', '--begeleiding', 'Bram Jansen', '--deelnemer', 'wijkregisseur'], root, [
      { expect: 'Titel van de sessie', keys: ['Intervisie', ENTER] },
      { expect: 'Datum', keys: ['\u007f'.repeat(10), 'gisteren', ENTER] },
      // Before the type of session is asked: the answers so far would otherwise be lost.
      { expect: 'Er is al een sessie met deze titel en datum: sessies/2021-03-10-intervisie.md', keys: [] },
      { expect: 'Titel van de sessie', keys: ['Intervisie twee', ENTER] },
      { expect: 'Datum', keys: ['\u007f'.repeat(10), '9-3-2021', ENTER] },
      { expect: 'Soort sessie', keys: [DOWN, DOWN, ENTER] },
      { expect: 'Bij welke casus', keys: [DOWN, ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    expect(run.output.indexOf('Er is al een sessie')).toBeLessThan(run.output.indexOf('Soort sessie'));
    expect(frontmatter(join(root, 'sessies/2021-03-09-intervisie-twee.md'))).toMatchObject({ titel: 'Intervisie twee', datum: '2021-03-09' });
  });

  it('offers to create a case that does not exist yet, instead of stopping', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const run = drive(['new-session', '--titel', 'Start', '--soort', 'interactief', '--begeleiding', 'Bram Jansen', '--deelnemer', 'wijkregisseur', '--casus', 'Groene daken'], root, [
      { expect: 'Datum', keys: [ENTER] },
      { expect: 'De casus "Groene daken" bestaat nog niet. Wil je hem nu aanmaken\\?', keys: [ENTER] },
      { expect: 'Met welke Global Goals', keys: [DOWN, SPACE, ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    expect(run.output).toContain('Nieuwe casus: casussen/groene-daken.md');
    expect(frontmatter(join(root, 'casussen/groene-daken.md'))).toMatchObject({ titel: 'Groene daken', status: 'lopend', sdgs: [2] });
    expect(frontmatter(join(root, 'sessies/2021-03-11-start.md'))).toMatchObject({ casus: 'groene-daken' });
    // Also from the list of cases.
    const listed = drive(['new-session', '--titel', 'Tweede', '--soort', 'interactief', '--begeleiding', 'Bram Jansen', '--deelnemer', 'wijkregisseur'], root, [
      { expect: 'Datum', keys: [ENTER] },
      { expect: 'Bij welke casus', keys: [DOWN, DOWN, DOWN, ENTER] },
      { expect: 'Titel van de nieuwe casus', keys: ['Blauwe zone', ENTER] },
      { expect: 'Met welke Global Goals', keys: [SPACE, ENTER] },
    ]);
    expect(listed.failed).toBeNull();
    expect(listed.code).toBe(0);
    expect(frontmatter(join(root, 'sessies/2021-03-11-tweede.md'))).toMatchObject({ casus: 'blauwe-zone' });
    expect(existsSync(join(root, 'casussen/blauwe-zone.md'))).toBe(true);
  });

  it('asks for a case’s SDGs with a checklist', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const run = drive(['new-case'], root, [
      { expect: 'Titel van de casus', keys: ['Groene daken', ENTER] },
      { expect: 'Status', keys: [ENTER] },
      { expect: 'Wie in de stad', keys: ['de wijkraad', ENTER] },
      { expect: 'Global Goals', keys: [DOWN, DOWN, SPACE, DOWN, SPACE, ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    expect(frontmatter(join(root, 'casussen/groene-daken.md'))).toMatchObject({
      titel: 'Groene daken',
      status: 'lopend',
      initiatiefnemer: 'de wijkraad',
      sdgs: [3, 4],
    });
  });

  it('leaves nothing behind after Ctrl-C', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const run = drive(['new-session', '--titel', 'Afgebroken'], root, [
      { expect: 'Datum', keys: [ENTER] },
      { expect: 'Soort sessie', keys: [CTRL_C] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(130);
    expect(run.output).toContain('Afgebroken: er is niets aangemaakt.');
    expect(readdirSync(join(root, 'sessies')).filter((name) => name !== '.gitkeep')).toEqual([]);
  });

  it('never asks with --no-input, even on a terminal', () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const run = drive(['new-session', '--no-input'], root, []);
    expect(run.code).toBe(2);
    expect(run.output).toContain('ontbreken de opties --titel, --soort en --begeleiding');
  });

  it('asks ef init for the organisation, learning route and team', async () => {
    const parent = tempDir();
    const run = drive(['init', 'delft'], parent, [
      { expect: 'Organisatie', keys: ['Gemeente Delft', ENTER] },
      { expect: 'Naam van de leerroute', keys: [ENTER] },
      { expect: 'Naam van teamlid 1', keys: ['Agnes van der Linden', ENTER] },
      { expect: 'Naam van teamlid 2', keys: ['Agnes van der Linden', ENTER] },
      { expect: 'staat al in het team', keys: ['\u007f'.repeat(30), 'Peter Tangel', ENTER] },
      { expect: 'Naam van teamlid 3', keys: [ENTER] },
    ]);
    expect(run.failed).toBeNull();
    expect(run.code).toBe(0);
    const root = join(parent, 'delft');
    expect(parse(readFileSync(join(root, 'ef.config.yaml'), 'utf8'))).toMatchObject({
      organisatie: 'Gemeente Delft',
      leerroute: 'Excellent Faciliteren',
      team: [{ naam: 'Agnes van der Linden' }, { naam: 'Peter Tangel' }],
    });
    expect(existsSync(join(root, '.github/workflows/ef.yml'))).toBe(true);
    expect((await checkJson(root)).code).toBe(0);
  });
});
