// ef new-session, ef new-case and ef new <soort>, run as the built binary in temporary copies.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkJson, cleanEnv, copyToTemp, fixture, efInProcess } from '../helpers/ef.js';

const TODAY = '2021-03-11';
const env = cleanEnv({ EF_TODAY: TODAY });

function logbook(): string {
  return copyToTemp(fixture('scaffold-logbook'));
}

function frontmatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no frontmatter in ${path}`);
  return parse(match[1]!) as Record<string, unknown>;
}

/** The rules `ef check` reports for one file. */
async function rulesFor(root: string, file: string): Promise<string[]> {
  const { json } = await checkJson(root);
  return json.messages.filter((message) => message.file === file).map((message) => message.rule);
}

function filesIn(root: string, folder: string): string[] {
  return existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((name) => name.endsWith('.md')) : [];
}

describe('ef new-session', () => {
  it('creates a session from flags that fails ef check only on placeholders', async () => {
    const root = logbook();
    const result = await efInProcess(
      ['new-session', '--titel', 'Evaluatie buurtkas', '--soort', 'evaluatie', '--begeleiding', 'Anna de Vries', '--casus', 'buurtkas', '--deelnemer', 'wijkregisseur', '--extern', 'initiatiefnemer (bewonersgroep)', '--no-input'],
      { cwd: root, env },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const path = 'sessies/2021-03-11-evaluatie-buurtkas.md';
    expect(result.stdout).toContain(`Nieuw bestand: ${path}\n`);
    expect(result.stdout).toContain(`ef check ${path}`);
    expect(frontmatter(join(root, path))).toEqual({
      titel: 'Evaluatie buurtkas',
      datum: TODAY,
      soort: 'evaluatie',
      casus: 'buurtkas',
      begeleiding: ['Anna de Vries'],
      deelnemers: [
        // --deelnemer is from the organisation itself, --extern from outside.
        { functie: 'wijkregisseur', intern: true },
        { functie: 'initiatiefnemer (bewonersgroep)', intern: false },
      ],
    });
    const rules = await rulesFor(root, path);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(['placeholder']));
  });

  it('leaves placeholders for participants and no case, and says what to fill in', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--titel', 'Intervisie', '--soort', 'intervisie', '--begeleiding', 'Bram'], { cwd: root, env });
    expect(result.code).toBe(0);
    const path = 'sessies/2021-03-11-intervisie.md';
    const data = frontmatter(join(root, path));
    expect(data['begeleiding']).toEqual(['Bram Jansen']);
    expect(data['deelnemers']).toEqual([{ functie: 'INVULLEN: functie van de deelnemer', intern: null }]);
    expect(data).not.toHaveProperty('casus');
    expect(result.stdout).toContain('`deelnemers[0].functie`: functie van de deelnemer');
    expect(result.stdout).toContain('"Opbrengsten"');
    expect(result.stdout).toContain('bestaande casussen: buurtkas');

    const { code, json } = await checkJson(root);
    expect(code).toBe(1);
    const messages = json.messages.filter((message) => message.file === path);
    expect(messages.every((message) => message.rule === 'placeholder')).toBe(true);
    expect(json.messages.filter((message) => message.file !== path)).toEqual([]);
    expect(messages.find((message) => message.line === 7)?.message).toContain('`functie` is nog niet ingevuld');
    expect(messages.some((message) => message.message.includes('een opbrengst van de bijeenkomst'))).toBe(true);
  });

  it('round-trips a title full of Dutch and special characters through new-session and check', async () => {
    const root = logbook();
    const titel = 'Café "De Zon": één #1 — 50% - test';
    const result = await efInProcess(['new-session', '--titel', titel, '--soort', 'interactief', '--begeleiding', 'Çelik Yılmaz'], { cwd: root, env });
    expect(result.code).toBe(0);
    const path = 'sessies/2021-03-11-cafe-de-zon-een-1-50-test.md';
    expect(result.stdout).toContain(`Nieuw bestand: ${path}`);
    const data = frontmatter(join(root, path));
    expect(data['titel']).toBe(titel);
    expect(data['begeleiding']).toEqual(['Çelik Yılmaz']);
    const { json } = await checkJson(root);
    const messages = json.messages.filter((message) => message.file === path);
    expect(messages.every((message) => message.rule === 'placeholder')).toBe(true);
    expect(messages.some((message) => message.line === 2)).toBe(false);
  });

  it('refuses to overwrite an existing file, naming it, unless --force', async () => {
    const root = logbook();
    const args = ['new-session', '--titel', 'Intervisie', '--soort', 'intervisie', '--begeleiding', 'Bram Jansen'];
    expect((await efInProcess(args, { cwd: root, env })).code).toBe(0);
    const path = join(root, 'sessies/2021-03-11-intervisie.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Verloop', '## Verloop\n\nMijn eigen tekst.'));
    const before = readFileSync(path, 'utf8');

    const again = await efInProcess(args, { cwd: root, env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sessies/2021-03-11-intervisie.md bestaat al');
    expect(again.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(before);

    const forced = await efInProcess([...args, '--force'], { cwd: root, env });
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toContain('Mijn eigen tekst.');
    expect(filesIn(root, 'sessies')).toEqual(['2021-03-11-intervisie.md']);
  });

  it('names every missing required flag in one message', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--no-input'], { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ontbreken de opties --titel, --soort en --begeleiding');
    expect(result.stderr).not.toMatch(/\n\s+at |Error/);
    expect(filesIn(root, 'sessies')).toEqual([]);
  });

  it('keeps a title like ../../etc/passwd inside the sessions folder', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--titel', '../../etc/passwd', '--soort', 'anders', '--begeleiding', 'Anna de Vries'], { cwd: root, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nieuw bestand: sessies/2021-03-11-etc-passwd.md');
    expect(filesIn(root, 'sessies')).toEqual(['2021-03-11-etc-passwd.md']);
    expect(frontmatter(join(root, 'sessies/2021-03-11-etc-passwd.md'))['titel']).toBe('../../etc/passwd');
    expect(readdirSync(join(root, '..'))).toEqual(['logboek']);
  });

  it('refuses a date that does not exist', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--titel', 'X', '--soort', 'anders', '--begeleiding', 'Anna de Vries', '--datum', '2021-02-30'], { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('De datum 2021-02-30 bestaat niet');
    expect(filesIn(root, 'sessies')).toEqual([]);
  });

  it('refuses an unknown case and an unknown team member, with suggestions', async () => {
    const root = logbook();
    const casus = await efInProcess(['new-session', '--titel', 'X', '--soort', 'anders', '--begeleiding', 'Anna de Vries', '--casus', 'buurtkast'], { cwd: root, env });
    expect(casus.code).toBe(2);
    expect(casus.stderr).toContain('De casus "buurtkast" bestaat niet');
    expect(casus.stderr).toContain('Bedoel je `buurtkas`?');

    const lid = await efInProcess(['new-session', '--titel', 'X', '--soort', 'anders', '--begeleiding', 'Anna de Vris'], { cwd: root, env });
    expect(lid.code).toBe(2);
    expect(lid.stderr).toContain('Anna de Vris staat niet in het team in ef.config.yaml');
    expect(lid.stderr).toContain('Bedoel je `Anna de Vries`?');
    expect(filesIn(root, 'sessies')).toEqual([]);
  });

  it('lists every wrong flag at once', async () => {
    const root = logbook();
    const result = await efInProcess(
      ['new-session', '--titel', 'X', '--soort', 'evaluatei', '--begeleiding', 'Niemand', '--casus', 'nergens', '--datum', '2021-13-01'],
      { cwd: root, env },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('De datum 2021-13-01 bestaat niet');
    expect(result.stderr).toContain('De soort sessie "evaluatei" bestaat niet');
    expect(result.stderr).toContain('Bedoel je `evaluatie`?');
    expect(result.stderr).toContain('De casus "nergens" bestaat niet');
    expect(result.stderr).toContain('Niemand staat niet in het team');
  });

  it('works from another folder with --root, and prints the path relative to where it ran', async () => {
    const root = logbook();
    mkdirSync(join(root, '..', 'elders'));
    const result = await efInProcess(['--root', '../logboek', 'new-session', '--titel', 'Op afstand', '--soort', 'coaching', '--begeleiding', 'Anna de Vries'], {
      cwd: join(root, '..', 'elders'),
      env,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nieuw bestand: ../logboek/sessies/2021-03-11-op-afstand.md');
  });

  it('starts $EDITOR on the new file with --open', async () => {
    const root = logbook();
    const marker = join(root, '..', 'geopend.txt');
    const editor = join(root, '..', 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\nprintf '%s' "$1" > '${marker}'\n`, { mode: 0o755 });
    const result = await efInProcess(['new-session', '--titel', 'Open mij', '--soort', 'anders', '--begeleiding', 'Anna de Vries', '--open'], {
      cwd: root,
      env: { ...env, EDITOR: editor },
    });
    expect(result.code).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe(join(root, 'sessies/2021-03-11-open-mij.md'));
  });

  it('says so when --open has no editor to start', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--titel', 'Open mij', '--soort', 'anders', '--begeleiding', 'Anna de Vries', '--open'], { cwd: root, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('geen editor ingesteld');
  });

  it('uses the logbook’s own template', async () => {
    const root = logbook();
    mkdirSync(join(root, 'templates'));
    writeFileSync(
      join(root, 'templates/sessie.md'),
      '---\ndeelnemers:\n  - functie: "INVULLEN: functie"\n---\n\nEigen sjabloon van Voorbeeld.\n\n## Opbrengsten\n\n- INVULLEN: opbrengst\n',
    );
    const result = await efInProcess(['new-session', '--titel', 'Eigen', '--soort', 'anders', '--begeleiding', 'Anna de Vries'], { cwd: root, env });
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'sessies/2021-03-11-eigen.md'), 'utf8')).toContain('Eigen sjabloon van Voorbeeld.');
  });

  it('refuses a broken template of the logbook, naming it, and writes nothing', async () => {
    const root = logbook();
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'templates/sessie.md'), '---\ntitle: verkeerd\n---\n\n## Opbrengsten\n\n- x\n');
    const result = await efInProcess(['new-session', '--titel', 'Eigen', '--soort', 'anders', '--begeleiding', 'Anna de Vries'], { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Het sjabloon templates/sessie.md levert geen geldig bestand op');
    expect(filesIn(root, 'sessies')).toEqual([]);
  });

  it('refuses an EF_TODAY that is not a date', async () => {
    const root = logbook();
    const result = await efInProcess(['new-session', '--titel', 'X', '--soort', 'anders', '--begeleiding', 'Anna de Vries'], {
      cwd: root,
      env: cleanEnv({ EF_TODAY: '2021-02-29' }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('EF_TODAY');
  });

  it('without a logbook, explains how to start one', async () => {
    const result = await efInProcess(['new-session', '--titel', 'X'], { cwd: join(logbook(), '..'), env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ef init');
  });
});

describe('ef new-case', () => {
  it('creates a case whose criteria are reported by name until filled in', async () => {
    const root = logbook();
    const result = await efInProcess(['new-case', '--titel', 'Één plein', '--sdg', '11', '--sdg', '3,4', '--initiatiefnemer', 'de wijkraad'], { cwd: root, env });
    expect(result.code).toBe(0);
    const path = 'casussen/een-plein.md';
    expect(result.stdout).toContain(`Nieuw bestand: ${path}`);
    expect(result.stdout).toContain('criterium "De casus komt voort uit een vraag uit de stad"');
    expect(frontmatter(join(root, path))).toMatchObject({
      titel: 'Één plein',
      status: 'lopend',
      initiatiefnemer: 'de wijkraad',
      sdgs: [3, 4, 11],
    });
    const { json } = await checkJson(root);
    const messages = json.messages.filter((message) => message.file === path);
    expect(messages.filter((message) => message.rule === 'criterium-missing').map((message) => message.message)).toEqual([
      expect.stringContaining('De casus komt voort uit een vraag uit de stad'),
      expect.stringContaining('De casus kan als voorbeeld dienen voor andere casussen'),
      expect.stringContaining('Er is een verband met de veranderende samenleving'),
    ]);
    expect(new Set(messages.map((message) => message.rule))).toEqual(new Set(['criterium-missing', 'placeholder']));
  });

  it('needs a title and at least one SDG in a script', async () => {
    const root = logbook();
    const result = await efInProcess(['new-case'], { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ontbreken de opties --titel en --sdg');
    const wrong = await efInProcess(['new-case', '--titel', 'X', '--sdg', '18'], { cwd: root, env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('"18" is geen SDG');
  });

  it('refuses a case whose file name exists in another letter case', async () => {
    const root = logbook();
    const result = await efInProcess(['new-case', '--titel', 'Buurtkas', '--sdg', '2'], { cwd: root, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('casussen/buurtkas.md bestaat al');
  });
});

describe('ef new <soort>', () => {
  it('creates an activity, a portrait and a rapportage that fail only on placeholders', async () => {
    const root = logbook();
    const activiteit = await efInProcess(
      ['new', 'activiteit', '--titel', 'Presentatie voor het Directieteam', '--soort', 'presentatie', '--publiek', 'Directieteam', '--link', 'https://example.org/dt'],
      { cwd: root, env },
    );
    expect(activiteit.code).toBe(0);
    expect(frontmatter(join(root, 'activiteiten/2021-03-11-presentatie-voor-het-directieteam.md'))).toEqual({
      titel: 'Presentatie voor het Directieteam',
      datum: TODAY,
      soort: 'presentatie',
      publiek: 'Directieteam',
      link: 'https://example.org/dt',
    });

    const portret = await efInProcess(['new', 'portret', '--titel', 'Portret van een wijkregisseur', '--toestemming', 'intern', '--datum', '2021-02-01'], { cwd: root, env });
    expect(portret.code).toBe(0);
    expect(portret.stdout).toContain('niet in een openbare rapportage');
    expect(frontmatter(join(root, 'portretten/2021-02-01-portret-van-een-wijkregisseur.md'))).toMatchObject({
      datum: '2021-02-01',
      toestemming: 'intern',
      persoon: 'INVULLEN: naam van de persoon',
    });

    const rapportage = await efInProcess(['new', 'rapportage', '--periode', '2021-Q2'], { cwd: root, env });
    expect(rapportage.code).toBe(0);
    expect(rapportage.stdout).toContain('Nieuw bestand: rapportages/rapportage-2.md');
    expect(frontmatter(join(root, 'rapportages/rapportage-2.md'))).toEqual({ nummer: 2, titel: '2e rapportage', periode: '2021-Q2' });

    const casus = await efInProcess(['new', 'casus', '--titel', 'Groene daken', '--sdg', '13'], { cwd: root, env });
    expect(casus.code).toBe(0);
    const sessie = await efInProcess(['new', 'sessie', '--titel', 'Start', '--soort', 'interactief', '--begeleiding', 'Anna de Vries', '--casus', 'Groene daken'], { cwd: root, env });
    expect(sessie.code).toBe(0);
    expect(frontmatter(join(root, 'sessies/2021-03-11-start.md'))['casus']).toBe('groene-daken');

    const { json } = await checkJson(root);
    expect(json.messages.filter((message) => !['placeholder', 'criterium-missing'].includes(message.rule))).toEqual([]);
    expect(new Set(json.messages.map((message) => message.file))).toEqual(
      new Set([
        'activiteiten/2021-03-11-presentatie-voor-het-directieteam.md',
        'portretten/2021-02-01-portret-van-een-wijkregisseur.md',
        'rapportages/rapportage-2.md',
        'casussen/groene-daken.md',
        'sessies/2021-03-11-start.md',
      ]),
    );
  });

  it('refuses an unknown kind, a taken number and flags of another kind', async () => {
    const root = logbook();
    const kind = await efInProcess(['new', 'sesie'], { cwd: root, env });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Onbekende soort "sesie"');
    expect(kind.stderr).toContain('Bedoel je `sessie`?');

    const taken = await efInProcess(['new', 'rapportage', '--periode', '2021-Q2', '--nummer', '1', '--sdg', '4'], { cwd: root, env });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('Rapportage nummer 1 bestaat al (rapportages/rapportage-1.md)');
    expect(taken.stderr).toContain('De optie --sdg hoort niet bij een rapportage');

    const soort = await efInProcess(['new', 'activiteit', '--titel', 'X', '--soort', 'evaluatie'], { cwd: root, env });
    expect(soort.code).toBe(2);
    expect(soort.stderr).toContain('De soort activiteit "evaluatie" bestaat niet');

    const missing = await efInProcess(['new', 'portret'], { cwd: root, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ontbreken de opties --titel en --toestemming');
  });

  it('has Dutch help with examples', async () => {
    const help = await efInProcess(['new', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Voorbeelden:');
    expect(help.stdout).toContain('--titel*');
    expect((await efInProcess(['new-session', '--help'])).stdout).toContain('Verplicht zonder terminal: --titel, --soort en --begeleiding');
  });
});
