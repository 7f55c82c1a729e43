// ef fix: repairs what has one right answer, byte for byte as the fixtures expect,
// and ef check says for each of those messages that ef fix repairs it.
import { lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture } from '../helpers/ef.js';

function filesOf(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

function snapshot(root: string): Map<string, Buffer> {
  return new Map(filesOf(root).map((file) => [file, readFileSync(join(root, file))]));
}

interface JsonMessage {
  file: string;
  line: number;
  rule: string;
  message: string;
  fix?: string;
}

async function checkJson(root: string): Promise<{ code: number; messages: JsonMessage[] }> {
  const result = await efInProcess(['check', '--format', 'json', '--no-cache'], { cwd: root });
  return { code: result.code, messages: (JSON.parse(result.stdout) as { messages: JsonMessage[] }).messages };
}

describe('ef fix', () => {
  it('repairs every file to exactly the expected bytes, and only the frontmatter', async () => {
    const root = copyToTemp(fixture('fix'));
    const result = await efInProcess(['fix'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expected = snapshot(fixture('fix-expected'));
    const actual = snapshot(root);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of expected) {
      expect(actual.get(file)!.toString('latin1'), file).toBe(bytes.toString('latin1'));
    }
    // A file that was already right is not even rewritten.
    expect(readFileSync(join(root, 'casussen/buurtmoestuin.md'))).toEqual(readFileSync(fixture('fix/casussen/buurtmoestuin.md')));
  });

  it('reports each change as file:line before → after, and a summary', async () => {
    const root = copyToTemp(fixture('fix'));
    const { stdout } = await efInProcess(['fix'], { cwd: root });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:3  datum: 28-1-2021 # zo typte iemand het → datum: 2021-01-28 # zo typte iemand het');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:4  soort: Evaluatie → soort: evaluatie');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:9  - "SDG 2" → (regel weg)');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:14  intern: Ja → intern: true');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:17  paradigma: [Netwerkend, responsief] → paradigma: [samenwerkend, responsief]');
    expect(lines).toContain('sessies/2021-01-28-evaluatie.md:19  fieldGroup: rol → (regel weg)');
    expect(lines).toContain('casussen/energiehuis.md:6  sdgs: ["7", "SDG 11", "Global Goal 13", 7] → sdgs: [7, 11, 13]');
    expect(lines).toContain(
      'casussen/energiehuis.md:8  vraag_uit_de_stad: De vraag kwam van de coöperatie toekomstvisie: de gemeente denkt mee. → ' +
        'vraag_uit_de_stad: "De vraag kwam van de coöperatie toekomstvisie: de gemeente denkt mee."',
    );
    expect(lines).toContain('sessies/2021-02-04-tabs.md:7  ⇥- functie: adviseur → ··- functie: adviseur');
    expect(lines).toContain('portretten/2021-03-02-portret.md:3  datum: 2 mrt 2021 → datum: 2021-03-02');
    expect(lines.at(-1)).toBe('✔ 28 wijzigingen in 6 bestanden gerepareerd. Controleer het resultaat met ef check.');
  });

  it('keeps the BOM, CRLF line endings, comments and quoting of a Windows file', async () => {
    const root = copyToTemp(fixture('fix'));
    await efInProcess(['fix', 'sessies/2021-03-04-crlf.md'], { cwd: root });
    const text = readFileSync(join(root, 'sessies/2021-03-04-crlf.md'), 'utf8');
    expect(text.startsWith('\uFEFF---\r\n# Geschreven op Windows, met een BOM.\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('titel: "Intervisie: terugblik"\r\n');
    expect(text).toContain('datum: "2021-03-04"\r\n');
    expect(text).toContain('soort: intervisie   # hoofdletter\r\n');
    expect(text).toContain('  - functie: adviseur # van buiten\r\n    intern: false\r\n');
    // Only the file asked for is repaired.
    expect(readFileSync(join(root, 'sessies/2021-01-28-evaluatie.md'))).toEqual(readFileSync(fixture('fix/sessies/2021-01-28-evaluatie.md')));
  });

  it('leaves a repaired logbook that ef check accepts without a message, and a second run changes nothing', async () => {
    const root = copyToTemp(fixture('fix'));
    await efInProcess(['fix'], { cwd: root });
    expect(await checkJson(root)).toEqual({ code: 0, messages: [] });
    const before = snapshot(root);
    const again = await efInProcess(['fix'], { cwd: root });
    expect(again).toEqual({ code: 0, stdout: 'Niets te repareren.\n', stderr: '' });
    expect(snapshot(root)).toEqual(before);
  });

  it('--dry-run shows the changes, writes nothing and exits 1; 0 when there is nothing to do', async () => {
    const root = copyToTemp(fixture('fix'));
    const before = snapshot(root);
    const dry = await efInProcess(['fix', '--dry-run'], { cwd: root });
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('sessies/2021-01-28-evaluatie.md:4  soort: Evaluatie → soort: evaluatie');
    expect(dry.stdout.trimEnd().split('\n').at(-1)).toBe('ef fix zou 28 wijzigingen in 6 bestanden maken. Er is niets geschreven (--dry-run).');
    expect(snapshot(root)).toEqual(before);
    const clean = await efInProcess(['fix', '--dry-run'], { cwd: fixture('fix-expected') });
    expect(clean).toEqual({ code: 0, stdout: 'Niets te repareren.\n', stderr: '' });
  });

  it('leaves a file alone when the repair would be a guess', async () => {
    const root = copyToTemp(fixture('fix'));
    const ambiguous = [
      // A tab of 4 makes `fase` a key of the deelnemer, a tab of 8 a key under `rollen`.
      '---\ntitel: x\ndatum: 2021-02-04\ndeelnemers:\n  - functie: a\n    rollen:\n\tfase: 1\n---\n',
      // A `#` after the colon: a comment or part of the text?
      '---\ntitel: Terugblik: wat #1 leerde\ndatum: 2021-02-05\n---\n',
      // 2021-02-30 does not exist; a two-digit year is not guessed.
      '---\ntitel: x\ndatum: 30-2-2021\n---\n',
      '---\ntitel: x\ndatum: 28-1-21\n---\n',
    ];
    ambiguous.forEach((text, index) => writeFileSync(join(root, `sessies/2021-02-0${index + 4}-twijfel.md`), text));
    const before = snapshot(root);
    const dry = await efInProcess(['fix', '--dry-run', 'sessies/'], { cwd: root });
    expect(dry.stdout).not.toContain('twijfel');
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves a symbolic link alone rather than turning it into a copy', async () => {
    const root = copyToTemp(fixture('fix'));
    const target = join(root, '..', 'elders.md');
    writeFileSync(target, readFileSync(join(root, 'activiteiten/2021-03-01-presentatie.md')));
    rmSync(join(root, 'activiteiten/2021-03-01-presentatie.md'));
    symlinkSync(target, join(root, 'activiteiten/2021-03-01-presentatie.md'));
    const result = await efInProcess(['fix', 'activiteiten/'], { cwd: root });
    expect(result.stdout).toContain('activiteiten/2021-03-01-presentatie.md: overgeslagen, want het is een koppeling (symlink)');
    expect(lstatSync(join(root, 'activiteiten/2021-03-01-presentatie.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('datum: 1-3-2021');
  });

  it('refuses a broken config with exit 2, and a path that does not exist', async () => {
    expect((await efInProcess(['fix'], { cwd: fixture('bad-config') })).code).toBe(2);
    const missing = await efInProcess(['fix', 'sessies/bestaat-niet.md'], { cwd: fixture('fix') });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'ef: sessies/bestaat-niet.md bestaat niet.\n' });
  });
});

describe('ef check says what ef fix repairs', () => {
  it('adds a fix field to exactly the messages ef fix takes away', async () => {
    const { messages } = await checkJson(fixture('fix'));
    const fixable = messages.filter((m) => m.fix !== undefined);
    expect(fixable.length).toBeGreaterThan(0);
    // After ef fix, every fixable message is gone: the field promises nothing more.
    const root = copyToTemp(fixture('fix'));
    await efInProcess(['fix'], { cwd: root });
    expect((await checkJson(root)).messages).toEqual([]);
    const date = messages.find((m) => m.file === 'sessies/2021-01-28-evaluatie.md' && m.line === 3)!;
    expect(date).toEqual({
      file: 'sessies/2021-01-28-evaluatie.md',
      line: 3,
      column: 8,
      severity: 'error',
      rule: 'schema-format',
      message: 'De datum 28-1-2021 staat in de Nederlandse volgorde (dag, maand, jaar). Schrijf hem als 2021-01-28: eerst het jaar, dan de maand en de dag.',
      fix: '`ef fix` maakt hiervan `2021-01-28`.',
    });
  });

  it('keeps the JSON keys of a message that ef fix does not repair', async () => {
    const { messages } = await checkJson(fixture('rules'));
    const plain = messages.find((m) => m.rule === 'casus-unknown')!;
    expect(Object.keys(plain)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
  });

  it('tells the human reader which messages ef fix repairs', async () => {
    const result = await efInProcess(['check', '--no-cache'], { cwd: fixture('fix') });
    expect(result.stdout).toContain('"Evaluatie" leest ef als `evaluatie`; de woordenlijst schrijft het met kleine letters. `ef fix` maakt hiervan `evaluatie`.');
    expect(result.stdout).toMatch(/\n\d+ meldingen kan ef fix voor je repareren: voer ef fix uit/);
  });
});
