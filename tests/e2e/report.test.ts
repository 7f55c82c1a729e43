// ef report, end to end with the built binary: golden output, file names, defaults,
// refusals and what ends up on disk.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, fixture, PROJECT, tempDir, efInProcess } from '../helpers/ef.js';
import { expectedFiles, readTextTree } from '../golden/helpers.js';

const LOGBOOK = join(PROJECT, 'logbook');
const REPORTS = join(PROJECT, 'reports');
const REGENERATE = 'Regenerate the committed reports: npx --no-install ef report --period rapportage-1 && npx --no-install ef report --period rapportage-2 && npx --no-install ef logbook';

/** The committed files of one document: `<slug>.md` and `<slug>-beelden/*`. */
function committed(slug: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readTextTree(REPORTS)).filter(([name]) => name === `${slug}.md` || name.startsWith(`${slug}-beelden/`)),
  );
}

describe('ef report on the embedded Delft logbook', () => {
  it('2021-Q1 is the 2e rapportage and matches the committed reports/ byte for byte', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', LOGBOOK, '--period', '2021-Q1', '--out', '.'], { cwd: out });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The charts, then the logbook's own pictures in the order the document shows them.
    expect(result.stdout.trim().split('\n')).toEqual([
      'rapportage-2-beelden/logo.svg',
      'rapportage-2-beelden/kwadrant-2021-01-28.svg',
      'rapportage-2-beelden/sdg-dekking.svg',
      'rapportage-2-beelden/cornelis-musius-droom.svg',
      'rapportage-2-beelden/cornelis-musius-gerealiseerd.jpg',
      'rapportage-2-beelden/sdg-4-7-11.png',
      'rapportage-2-beelden/rollenwand.jpg',
      'rapportage-2-beelden/video-samen-maken-we-het-mogelijk.webp',
      'rapportage-2.md',
    ]);
    expect(readTextTree(out), REGENERATE).toEqual(committed('rapportage-2'));
  });

  it('rapportage-1 matches the committed reports/ too', async () => {
    const out = tempDir();
    expect((await efInProcess(['report', '--root', LOGBOOK, '--period', 'rapportage-1', '--out', out])).code).toBe(0);
    expect(readTextTree(out), REGENERATE).toEqual(committed('rapportage-1'));
  });

  it('holds what the 2e rapportage is about, in Dutch', () => {
    const md = readFileSync(join(REPORTS, 'rapportage-2.md'), 'utf8');
    expect(md.startsWith('# 2e rapportage\n')).toBe(true);
    for (const fact of [
      'Periode: eerste kwartaal 2021',
      '### Eerste evaluatiebijeenkomst: Cornelis Musius (28 januari 2021)',
      '**Datum:** donderdag 28 januari 2021',
      'Evaluatiebijeenkomst (de 1e van de leerroute)',
      '**Begeleiding:** Agnes van der Linden, Jacob ten Bosch en Peter Tangel',
      '- SDG 4 Kwaliteitsonderwijs',
      '- SDG 7 Betaalbare en duurzame energie',
      '- SDG 11 Duurzame steden en gemeenschappen',
      'Op de grens van presterende en samenwerkende overheid',
      '**De casus komt voort uit een vraag uit de stad.**',
      '**Afwezig:** projectleider vanuit de school.',
      'beleidsadviseur Energie: start: adviseur (stadsgericht) → later: financierder (stadsgericht)',
      '](rapportage-2-beelden/kwadrant-2021-01-28.svg)\n\n_Figuur 5. Rollen naar het NSOB-model: Eerste evaluatiebijeenkomst: Cornelis Musius_',
      '## Monitoring',
      // Each activity with its month (the seeds say "in de afgelopen weken"), its own text and its links.
      '**Presentatie voor het Directieteam**. Presentatie, februari 2021. Voor wie: Directieteam.',
      '(https://www.linkedin.com/posts/aenofondsgemeenten_de-gemeente-als-partner-in-publiek-ondernemen-activity-6771036437191106561-mtb5)',
      '![Logo: Publiek Ondernemen](rapportage-2-beelden/logo.svg)',
      '_Samen maken we het mogelijk_',
    ]) {
      expect(md).toContain(fact);
    }
    // The editorial text keeps its order, and each generated part sits under its heading:
    // the campaign under the campaign, the session under the session; no section twice.
    const order = ['## Inleiding', '## Campagne in de eigen organisatie', '## Eerste evaluatiebijeenkomst', '## Video en boekje', '## Monitoring'];
    const positions = order.map((heading) => md.indexOf(`\n${heading}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const level2 = md.split('\n').filter((line) => line.startsWith('## '));
    expect(new Set(level2).size).toBe(level2.length);
    for (const padding of ['## Campagne en communicatie', '## Bijeenkomsten', '## Portretten', '## Het logboek tot nu toe', 'in deze periode zijn geen', '--audience']) {
      expect(md).not.toContain(padding);
    }
    expect(md.indexOf('In deze periode waren er zes activiteiten')).toBeGreaterThan(md.indexOf('## Campagne in de eigen organisatie'));
    expect(md.indexOf('### Eerste evaluatiebijeenkomst: Cornelis Musius')).toBeGreaterThan(md.indexOf('## Eerste evaluatiebijeenkomst\n'));
    // The opbrengsten are said once: in the session, not again in a Logboek part.
    expect(md.split('Lef, vertrouwen en doorzettingsvermogen').length).toBe(2);
    // No month from Intl, no English, no clock.
    expect(md).not.toMatch(/\b(January|March|mrt\.|Q1)\b/);
  });

  it('without --period makes the latest rapportage', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', LOGBOOK, '--out', out]);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'rapportage-2.md'))).toBe(true);
  });

  it('names a period without its own rapportage after the period', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', LOGBOOK, '--period', '2021-01-01..2021-02-15', '--out', '.'], { cwd: out });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('rapportage-2021-01-01-2021-02-15.md');
    const md = readFileSync(join(out, 'rapportage-2021-01-01-2021-02-15.md'), 'utf8');
    expect(md.startsWith('# Rapportage 1 januari t/m 15 februari 2021\n')).toBe(true);
    // The title says the period already: it is not repeated as a subtitle in the title block.
    expect(md).not.toContain('Periode: 1 januari t/m 15 februari 2021');
    const titleBlock = md.slice(0, md.indexOf('\n## '));
    expect(titleBlock.split('1 januari t/m 15 februari 2021').length).toBe(2);
  });

  it('adds -publiek to the file names of the public version', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', LOGBOOK, '--period', '2', '--audience', 'publiek', '--out', '.'], { cwd: out });
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['rapportage-2-publiek-beelden', 'rapportage-2-publiek.md']);
    expect(readFileSync(join(out, 'rapportage-2-publiek.md'), 'utf8')).toContain('**Publieksversie.**');
  });
});

describe('ef report: refusals', () => {
  it('a bad --period is a usage error (exit 2) that lists the accepted forms and writes nothing', async () => {
    const out = join(tempDir(), 'uit');
    const result = await efInProcess(['report', '--root', LOGBOOK, '--period', '2021-Q5', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('De periode "2021-Q5" wordt niet herkend');
    for (const form of ['2021-H1', '2021-Q1', '2021-03', '2021-01-01..2021-03-15', 'rapportage-2 of 2']) expect(result.stderr).toContain(form);
    expect(result.stderr).toContain('rapportage-1, rapportage-2');
    expect(existsSync(out)).toBe(false);
  });

  it('a logbook with an error: exit 1, the errors as ef check gives them, nothing written', async () => {
    const root = copyToTemp(fixture('compile-volledig'));
    const session = join(root, 'sessies/2021-01-14-verkeer.md');
    writeFileSync(session, readFileSync(session, 'utf8').replace('soort: evaluatie', 'soort: evaluatei'));
    const out = join(root, 'uit');
    const result = await efInProcess(['report', '--period', '2021', '--out', out], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sessies/2021-01-14-verkeer.md');
    expect(result.stderr).toContain('Er is niets gemaakt');
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  it('a logbook with an error leaves an existing output folder exactly as it was', async () => {
    const root = copyToTemp(fixture('compile-volledig'));
    expect((await efInProcess(['report', '--period', '2021'], { cwd: root })).code).toBe(0);
    const before = readTextTree(join(root, 'reports'));
    writeFileSync(join(root, 'sessies/2021-03-01-kapot.md'), '---\ntitel: Kapot\ndatum: 2021-02-30\n---\n');
    expect((await efInProcess(['report', '--period', '2021'], { cwd: root })).code).toBe(1);
    expect((await efInProcess(['logbook'], { cwd: root })).code).toBe(1);
    expect(readTextTree(join(root, 'reports'))).toEqual(before);
  });

  it('an unknown --format or --audience is a usage error', async () => {
    const out = join(tempDir(), 'uit');
    const format = await efInProcess(['report', '--root', LOGBOOK, '--format', 'md,docx', '--out', out]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('"docx"');
    const audience = await efInProcess(['report', '--root', LOGBOOK, '--audience', 'iedereen', '--out', out]);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toContain('intern, publiek');
    expect(existsSync(out)).toBe(false);
  });

  it('never writes into a folder of the logbook itself', async () => {
    const root = copyToTemp(fixture('compile-volledig'));
    const before = readTextTree(root);
    for (const out of ['sessies', 'rapportages/concept']) {
      const result = await efInProcess(['report', '--period', '2', '--out', out], { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--out wijst naar');
    }
    expect(readTextTree(root)).toEqual(before);
  });

  it('a logbook without rapportages needs --period', async () => {
    const root = copyToTemp(fixture('compile-volledig'));
    rmSync(join(root, 'rapportages'), { recursive: true });
    const result = await efInProcess(['report'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('geef met --period aan');
  });
});

describe('ef report: writing', () => {
  it('writes to reports/ inside a logbook folder, and beside a logbook/ folder in a repository', async () => {
    const root = copyToTemp(fixture('compile-volledig'));
    const inside = await efInProcess(['report', '--period', '2'], { cwd: join(root, 'sessies') });
    expect(inside.code).toBe(0);
    expect(inside.stdout).toContain('../reports/rapportage-2.md');
    expect(existsSync(join(root, 'reports/rapportage-2.md'))).toBe(true);

    const repository = tempDir();
    cpSync(fixture('compile-volledig'), join(repository, 'logbook'), { recursive: true });
    mkdirSync(join(repository, 'docs'));
    const beside = await efInProcess(['report', '--period', '2'], { cwd: join(repository, 'docs') });
    expect(beside.code).toBe(0);
    expect(beside.stdout.trim().split('\n')).toEqual([
      '../reports/rapportage-2-beelden/kwadrant-2021-05-20.svg',
      '../reports/rapportage-2-beelden/sdg-dekking.svg',
      '../reports/rapportage-2.md',
    ]);
  });

  it('removes charts the document no longer has, keeps other files, and leaves no temporary files', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'rapportage-2-beelden'));
    writeFileSync(join(out, 'rapportage-2-beelden/kwadrant-2020-01-01.svg'), '<svg/>');
    writeFileSync(join(out, 'rapportage-2-beelden/toelichting.txt'), 'van iemand anders');
    writeFileSync(join(out, 'rapportage-2.md'), 'oud');
    expect((await efInProcess(['report', '--root', LOGBOOK, '--period', '2', '--out', out])).code).toBe(0);
    expect(readdirSync(join(out, 'rapportage-2-beelden')).sort()).toEqual([
      'cornelis-musius-droom.svg',
      'cornelis-musius-gerealiseerd.jpg',
      'kwadrant-2021-01-28.svg',
      'logo.svg',
      'rollenwand.jpg',
      'sdg-4-7-11.png',
      'sdg-dekking.svg',
      'toelichting.txt',
      'video-samen-maken-we-het-mogelijk.webp',
    ]);
    expect(readFileSync(join(out, 'rapportage-2.md'), 'utf8')).toBe(readFileSync(join(REPORTS, 'rapportage-2.md'), 'utf8'));
    const all = Object.keys(readTextTree(out));
    expect(all.filter((name) => name.endsWith('.tmp') || name.split('/').pop()!.startsWith('.'))).toEqual([]);
  });

  it('writes every format asked for, from the same document', async () => {
    const out = tempDir();
    const result = await efInProcess(['report', '--root', LOGBOOK, '--period', '2', '--format', 'pdf,md,html', '--out', '.'], { cwd: out });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').filter((line) => !/\.(jpg|png|webp)$|cornelis-musius-droom/.test(line))).toEqual([
      'rapportage-2-beelden/logo.svg',
      'rapportage-2-beelden/kwadrant-2021-01-28.svg',
      'rapportage-2-beelden/sdg-dekking.svg',
      'rapportage-2.md',
      'rapportage-2.html',
      'rapportage-2.pdf',
    ]);
    expect(readFileSync(join(out, 'rapportage-2.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(out, 'rapportage-2.html'), 'utf8')).toContain('Cornelis Musius');
  });

  it('shows Dutch help with examples', async () => {
    const result = await efInProcess(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--period <periode>');
    expect(result.stdout).toContain('Voorbeelden:');
    expect(result.stdout).toContain('Exitcodes:');
  });
});

describe('ef report: golden output of a fuller logbook (tests/golden/compile-volledig)', () => {
  const root = fixture('compile-volledig');

  it.each([
    ['2021', 'intern', 'rapportage-2021.md'],
    ['2', 'intern', 'rapportage-2.md'],
    ['2021-Q1', 'publiek', 'rapportage-1-publiek.md'],
  ])('--period %s --audience %s', async (period, audience, file) => {
    const out = tempDir();
    expect((await efInProcess(['report', '--root', root, '--period', period, '--audience', audience, '--out', out])).code).toBe(0);
    const actual = { [file]: readFileSync(join(out, file), 'utf8') };
    expect(actual, 'UPDATE_GOLDEN=1 npx vitest run tests/e2e/report.test.ts rewrites the expected files').toEqual(
      Object.fromEntries(Object.entries(expectedFiles('compile-volledig', actual)).filter(([name]) => name === file)),
    );
  });

  it('names quadrant charts by date, numbered within a day, never after the file', async () => {
    const out = tempDir();
    expect((await efInProcess(['report', '--root', root, '--period', '2021', '--out', out])).code).toBe(0);
    expect(readdirSync(join(out, 'rapportage-2021-beelden')).sort()).toEqual([
      'kwadrant-2021-01-14-2.svg',
      'kwadrant-2021-01-14.svg',
      'kwadrant-2021-05-20.svg',
      'sdg-dekking.svg',
      'sessies-en-rollen-per-maand.svg',
    ]);
  });
});
