// ef check on fixture logbooks: every refusal and every rule, by file, line, column and rule id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckJson, checkJson, copyToTemp, ef, efInProcess, fixture, tempDir } from '../helpers/ef.js';

type Expected = [file: string, line: number, column: number, rule: string];

async function located(cwd: string, args: string[] = []): Promise<{ code: number; messages: Expected[]; all: CheckJson }> {
  const { code, json } = await checkJson(cwd, args);
  return { code, messages: json.messages.map((m) => [m.file, m.line, m.column, m.rule]), all: json };
}

describe('ef check: refusals while loading', () => {
  it('refuses every unreadable or hostile file with a located error and keeps going', async () => {
    const { code, messages } = await located(fixture('refusals'));
    expect(code).toBe(1);
    expect(messages).toEqual<Expected[]>([
      ['casussen/alias-bom.md', 3, 8, 'yaml-aliases'],
      ['casussen/binair.md', 2, 14, 'file-binary'],
      ['casussen/dubbele-sleutel.md', 4, 1, 'yaml-duplicate-key'],
      ['casussen/heel-diep.md', 3, 71, 'yaml-too-deep'],
      ['casussen/label.md', 3, 9, 'yaml-syntax'],
      ['casussen/label.md', 4, 7, 'yaml-syntax'],
      ['casussen/latin1.md', 2, 11, 'file-encoding'],
      ['casussen/leeg.md', 1, 1, 'file-empty'],
      ['casussen/lijst.md', 2, 1, 'frontmatter-not-mapping'],
      ['casussen/niet-afgesloten.md', 1, 1, 'frontmatter-unclosed'],
      ['casussen/samengestelde-sleutel.md', 3, 3, 'yaml-syntax'],
      ['casussen/te-diep.md', 3, 46, 'yaml-too-deep'],
      ['casussen/yaml-fout.md', 2, 8, 'yaml-syntax'],
      ['casussen/zonder-frontmatter.md', 1, 1, 'frontmatter-missing'],
    ]);
  });

  it('explains tags and complex keys in Dutch, and prints no warning of its own', async () => {
    const { json, stderr } = await checkJson(fixture('refusals'), ['casussen/label.md', 'casussen/samengestelde-sleutel.md']);
    expect(json.messages.map((m) => m.message)).toEqual([
      expect.stringContaining('hier staat een label (`!…`, zoals `!!str`)'),
      expect.stringContaining('hier staat een label'),
      expect.stringContaining('deze sleutel is zelf een lijst of blok (`? …`)'),
    ]);
    expect(stderr).toBe('');
  });

  it('judges a 1 MB block with 100,000 unknown keys, showing the first 200 and counting the rest', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    const keys = Array.from({ length: 100_000 }, (_, index) => `k${index}: v\n`).join('');
    writeFileSync(join(root, 'casussen/veel-sleutels.md'), `---\ntitel: Veel\nstatus: lopend\n${keys}---\n`);
    const { all } = await located(root);
    const own = all.messages.filter((m) => m.file === 'casussen/veel-sleutels.md');
    const unknown = own.filter((m) => m.rule === 'schema-unknown-key');
    expect(own.filter((m) => m.rule !== 'too-many-messages')).toHaveLength(200);
    expect(unknown[0]).toMatchObject({ line: 4, column: 1, message: expect.stringContaining('`k0`') });
    const closing = own.find((m) => m.rule === 'too-many-messages');
    const hidden = Number(/^En nog ([\d.]+) meldingen in dit bestand die niet worden getoond/.exec(closing?.message ?? '')?.[1]?.replaceAll('.', ''));
    expect(unknown.length + hidden).toBe(100_000);
    expect(closing).toMatchObject({ severity: 'error', line: 4 + unknown.length });
  });

  // How fast these refusals are is measured in bench/, not asserted here (no wall-clock times in tests).
  it('refuses a 5 MB file without reading it', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    writeFileSync(join(root, 'casussen/enorm.md'), `---\ntitel: Enorm\n---\n${'Heel veel tekst. '.repeat(320_000)}`);
    const { code, messages } = await located(root);
    expect(code).toBe(1);
    expect(messages).toEqual([['casussen/enorm.md', 1, 1, 'file-too-large']]);
  });

  it('accepts a larger file when the config raises the limit', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    writeFileSync(join(root, 'ef.config.yaml'), `${'organisatie: O\nleerroute: L\nteam: [{naam: A}]\n'}limieten:\n  bestandsgrootte_kb: 4096\n`);
    writeFileSync(
      join(root, 'casussen/groot.md'),
      '---\ntitel: Groot\nstatus: lopend\ninitiatiefnemer: x\nsdgs: [1]\ncriteria: {vraag_uit_de_stad: a, voorbeeld: b, veranderende_samenleving: c}\n---\n' +
        'Tekst. '.repeat(300_000),
    );
    const { messages } = await located(root);
    expect(messages.filter(([file]) => file === 'casussen/groot.md')).toEqual([]);
  });

  it('stops an alias bomb at its first excess alias', async () => {
    const { messages } = await located(fixture('refusals'), ['casussen/alias-bom.md']);
    expect(messages).toEqual([['casussen/alias-bom.md', 3, 8, 'yaml-aliases']]);
  });

  it('reads a file with a BOM and CRLF line endings like any other', async () => {
    const { code, messages } = await located(fixture('bom-crlf'));
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('keeps lines and columns right in a CRLF file with a BOM', async () => {
    const root = copyToTemp(fixture('bom-crlf'));
    const path = join(root, 'sessies/2021-03-04-moestuin.md');
    const broken = '\uFEFF---\r\ntitel: Moestuin\r\ndatum: 2021-03-04\r\nsoort: interactiev\r\nbegeleiding: [Anna de Vries]\r\ndeelnemers:\r\n  - functie: x\r\n---\r\n\r\n## Opbrengsten\r\n\r\n- Iets.\r\n';
    writeFileSync(path, broken);
    const { messages } = await located(root);
    expect(messages).toEqual([['sessies/2021-03-04-moestuin.md', 4, 8, 'schema-enum']]);
  });

  it('refuses a logbook with more files than its limit, without reading them', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    writeFileSync(join(root, 'ef.config.yaml'), 'organisatie: O\nleerroute: L\nteam: [{naam: Anna de Vries}]\nlimieten:\n  bestanden: 1\n');
    const { code, messages } = await located(root);
    expect(messages).toEqual([['ef.config.yaml', 1, 1, 'too-many-files']]);
    expect(code).toBe(1);
  });

  it('reports names that differ only in letter case', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    writeFileSync(
      join(root, 'casussen/Buurtmoestuin.md'),
      '---\ntitel: B\nstatus: lopend\ninitiatiefnemer: x\nsdgs: [1]\ncriteria: {vraag_uit_de_stad: a, voorbeeld: b, veranderende_samenleving: c}\n---\n',
    );
    const { messages } = await located(root);
    expect(messages).toEqual([['casussen/buurtmoestuin.md', 1, 1, 'unique-id']]);
  });
});

describe('ef check: rules', () => {
  let code: number, messages: Expected[], all: CheckJson;
  beforeAll(async () => {
    ({ code, messages, all } = await located(fixture('rules')));
  });

  it('exits 1 and reports every problem in every file in one run', () => {
    expect(code).toBe(1);
    expect(messages).toEqual<Expected[]>([
      ['activiteiten/2021-03-10-presentatie.md', 1, 1, 'schema-required'],
      ['activiteiten/2021-03-10-presentatie.md', 5, 7, 'schema-format'],
      ['casussen/criteria-ontbreekt.md', 6, 1, 'criterium-missing'],
      ['casussen/criteria-ontbreekt.md', 7, 22, 'criterium-missing'],
      ['casussen/criteria-ontbreekt.md', 8, 29, 'criterium-missing'],
      ['casussen/onbekende-sleutel.md', 3, 9, 'schema-enum'],
      ['casussen/onbekende-sleutel.md', 5, 11, 'schema-range'],
      ['casussen/onbekende-sleutel.md', 6, 1, 'schema-unknown-key'],
      // Keys that touch prototypes are just unknown keys.
      ['casussen/proto.md', 3, 1, 'schema-unknown-key'],
      ['casussen/proto.md', 4, 1, 'schema-unknown-key'],
      ['portretten/2021-03-11-portret.md', 1, 1, 'schema-required'],
      ['rapportages/rapportage-2.md', 2, 9, 'unique-id'],
      ['rapportages/rapportage-2.md', 4, 10, 'periode-overlap'],
      ['rapportages/rapportage-3.md', 4, 10, 'schema-format'],
      ['sessies/2021-02-30-datum.md', 3, 8, 'date-invalid'],
      ['sessies/2021-03-01-onbekende-casus.md', 5, 8, 'casus-unknown'],
      ['sessies/2021-03-02-begeleider.md', 5, 30, 'begeleiding-unknown'],
      ['sessies/2021-03-03-geen-opbrengsten.md', 9, 1, 'opbrengsten-missing'],
      ['sessies/2021-03-04-lege-opbrengsten.md', 10, 1, 'opbrengsten-empty'],
      ['sessies/2021-03-05-naam.md', 7, 5, 'toestemming-required'],
      ['sessies/2021-03-06-sjabloon.md', 2, 8, 'placeholder'],
      ['sessies/2021-03-06-sjabloon.md', 7, 14, 'placeholder'],
      ['sessies/2021-03-06-sjabloon.md', 12, 3, 'placeholder'],
      ['sessies/2021-03-07-woorden.md', 9, 14, 'vocabulary-alias'],
      ['sessies/2021-03-07-woorden.md', 10, 20, 'paradigma-diagonal'],
      ['sessies/2021-03-07-woorden.md', 10, 21, 'vocabulary-alias'],
      ['sessies/2021-03-07-woorden.md', 14, 18, 'vocabulary-alias'],
      // `intern: ja` is read as true, with a hint that ef fix writes `true`.
      ['sessies/2021-03-08-rol.md', 8, 13, 'ja-nee'],
      ['sessies/2021-03-08-rol.md', 10, 9, 'rol-paradigma-missing'],
      ['sessies/2021-03-08-rol.md', 10, 9, 'rol-paradigma-missing'],
      // Hints about words ef fix repairs appear also in a file with errors.
      ['sessies/2021-03-12-tikfout.md', 9, 14, 'vocabulary-alias'],
      ['sessies/2021-03-12-tikfout.md', 10, 21, 'vocabulary-alias'],
      ['sessies/2021-03-12-tikfout.md', 12, 14, 'schema-enum'],
      ['sessies/2021-03-12-tikfout.md', 14, 18, 'vocabulary-alias'],
      ['sessies/verkeerde-naam.md', 3, 8, 'sessie-id-date'],
    ]);
    expect(all.errors).toBe(26);
    expect(all.warnings).toBe(2);
  });

  const message = (file: string, rule: string) =>
    all.messages.filter((m) => m.file === file && m.rule === rule).map((m) => m.message);

  it('names the case criterion in its Dutch wording', () => {
    expect(message('casussen/criteria-ontbreekt.md', 'criterium-missing')).toEqual([
      expect.stringContaining('"De casus kan als voorbeeld dienen voor andere casussen"'),
      expect.stringContaining('"De casus komt voort uit een vraag uit de stad"'),
      expect.stringContaining('"Er is een verband met de veranderende samenleving en de rol van de gemeente daarin"'),
    ]);
  });

  it('suggests what was probably meant', () => {
    expect(message('casussen/onbekende-sleutel.md', 'schema-unknown-key')[0]).toBe(
      'Onbekende sleutel `samenvating`. Bedoel je `samenvatting`?',
    );
    expect(message('casussen/onbekende-sleutel.md', 'schema-enum')[0]).toMatch(/Bedoel je `afgerond`\?$/);
    expect(message('sessies/2021-03-01-onbekende-casus.md', 'casus-unknown')[0]).toMatch(/Bedoel je `buurtmoestuin`\?$/);
    expect(message('sessies/2021-03-02-begeleider.md', 'begeleiding-unknown')[0]).toMatch(/Bedoel je `Anna de Vries`\?$/);
    expect(message('sessies/2021-03-12-tikfout.md', 'schema-enum')[0]).toMatch(/Bedoel je `regisseur`\?$/);
  });

  it('says which SDG number does not exist', () => {
    expect(message('casussen/onbekende-sleutel.md', 'schema-range')).toEqual([
      'SDG 18 bestaat niet: kies een nummer van 1 tot en met 17.',
    ]);
  });

  it('reports only the files asked for, while reading them all for cross-references', async () => {
    const only = await located(fixture('rules'), ['sessies/2021-03-01-onbekende-casus.md']);
    expect(only.messages).toEqual([['sessies/2021-03-01-onbekende-casus.md', 5, 8, 'casus-unknown']]);
    expect(only.code).toBe(1);
  });

  it('counts warnings as failures only under --strict', async () => {
    const woorden = 'sessies/2021-03-07-woorden.md';
    expect((await located(fixture('rules'), [woorden])).code).toBe(0);
    expect((await located(fixture('rules'), [woorden, '--strict'])).code).toBe(1);
  });
});

describe('ef check: output formats', () => {
  it('prints a grouped, clickable human report with a summary line', async () => {
    const result = await efInProcess(['check', 'sessies/2021-03-02-begeleider.md'], { cwd: fixture('rules') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'sessies/2021-03-02-begeleider.md\n' +
        '  sessies/2021-03-02-begeleider.md:5:30  fout  Ana de Vries staat niet in het team in ef.config.yaml. Bedoel je `Anna de Vries`?  begeleiding-unknown\n' +
        '\n' +
        '✖ 1 fout, 0 waarschuwingen in 1 bestand (1 bestand gecontroleerd).\n',
    );
    expect(result.stderr).toBe('');
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    const plain = ef(['check'], { cwd: fixture('rules'), env: { PATH: process.env['PATH'] ?? '' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = ef(['check'], { cwd: fixture('rules'), env: { PATH: process.env['PATH'] ?? '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[31mfout/);
    const both = ef(['check'], { cwd: fixture('rules'), env: { PATH: process.env['PATH'] ?? '', FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(both.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints exactly the documented JSON shape', async () => {
    const result = await efInProcess(['check', '--format', 'json', 'casussen/onbekende-sleutel.md'], { cwd: fixture('rules') });
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['files', 'errors', 'warnings', 'messages']);
    expect(json['messages']).toEqual([
      expect.objectContaining({ file: 'casussen/onbekende-sleutel.md', line: 3, column: 9, severity: 'error', rule: 'schema-enum' }),
      expect.any(Object),
      expect.any(Object),
    ]);
    const keys = Object.keys((json['messages'] as object[])[0]!);
    expect(keys).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
  });

  it('prints GitHub workflow commands, automatically inside GitHub Actions', async () => {
    const env = { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true' };
    const result = await efInProcess(['check', 'sessies/2021-03-07-woorden.md'], { cwd: fixture('rules'), env });
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '::notice file=sessies/2021-03-07-woorden.md,line=9,col=14,title=ef vocabulary-alias::"financier" is een andere naam voor `financierder`; dat wordt het in de rapportages. `ef fix` maakt hiervan `financierder`.',
    );
    expect(lines[1]).toMatch(/^::warning file=sessies\/2021-03-07-woorden\.md,line=10,col=20,title=ef paradigma-diagonal::/);
  });

  it('uses forward slashes relative to the working directory', async () => {
    const { all } = await located(join(fixture('rules'), 'sessies'), ['2021-03-05-naam.md']);
    expect(all.messages.map((m) => m.file)).toEqual(['2021-03-05-naam.md']);
  });
});

describe('ef check: usage and configuration problems exit 2', () => {
  it('reports a broken config with its lines, and checks nothing else', async () => {
    const { code, messages } = await located(fixture('bad-config'));
    expect(code).toBe(2);
    expect(messages).toEqual<Expected[]>([
      ['ef.config.yaml', 1, 1, 'schema-required'],
      ['ef.config.yaml', 2, 1, 'schema-unknown-key'],
      ['ef.config.yaml', 3, 7, 'schema-range'],
    ]);
  });

  it('explains in Dutch when there is no logbook', () => {
    const result = ef(['check'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ef: Geen logboek gevonden/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown format and a path that does not exist', () => {
    const format = ef(['check', '--format', 'xml'], { cwd: fixture('valid-minimal') });
    expect(format.code).toBe(2);
    expect(format.stderr).toBe("ef: de waarde 'xml' past niet bij de optie '--format <vorm>'. Kies uit: human, json, github.\n");
    const missing = ef(['check', 'sessies/bestaat-niet.md'], { cwd: fixture('valid-minimal') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('ef: sessies/bestaat-niet.md bestaat niet.\n');
  });
});
