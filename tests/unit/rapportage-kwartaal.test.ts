// Issue 13 on one small logbook (tests/fixtures/rapportage-kwartaal): drafts that block
// nothing, dates that are only a month, participants of unknown origin, the parts of a
// rapportage fitted into its own text without padding, Dutch as the team writes it,
// house style, and the project card. In-process: run() and the compile functions.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardMarkdown, compileCard } from '../../src/compile/card.js';
import { compileRapportage, overPeriode } from '../../src/compile/rapportage.js';
import { loadValidLogbook } from '../../src/cli/valid-logbook.js';
import { parsePeriod } from '../../src/core/period.js';
import { resolvePeriod } from '../../src/model/resolve-period.js';
import type { Logbook } from '../../src/model/types.js';
import { wantsContents } from '../../src/compile/document.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { documentToTypst } from '../../src/render/typst/template.js';
import { copyToTemp, efInProcess, fixture } from '../helpers/ef.js';

const ROOT = fixture('rapportage-kwartaal');

async function model(root: string): Promise<Logbook> {
  let stderr = '';
  const io = { cwd: root, env: {}, stdout: { write: () => true }, stderr: { write: (chunk: string) => (stderr += chunk) } };
  const result = await loadValidLogbook({ root }, io);
  if (!result.ok) throw new Error(`logbook ${root} is not valid:\n${stderr}`);
  return result.logbook;
}

interface Message {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
}

async function check(root: string): Promise<{ code: number; messages: Message[] }> {
  const result = await efInProcess(['check', '--format', 'json', '--no-cache'], { cwd: root });
  return { code: result.code, messages: (JSON.parse(result.stdout) as { messages: Message[] }).messages };
}

let logbook: Logbook;
let q1: string;
let q2: string;
beforeAll(async () => {
  logbook = await model(ROOT);
  q1 = renderMarkdown(compileRapportage(logbook, resolvePeriod('1', logbook), 'intern'));
  q2 = renderMarkdown(compileRapportage(logbook, resolvePeriod('2', logbook), 'intern'));
});

const level2 = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## '));

describe('drafts (concept: true)', () => {
  it('are checked lightly: a hint, no error for placeholders or missing opbrengsten', async () => {
    const { code, messages } = await check(ROOT);
    expect(code).toBe(0);
    expect(messages.filter((m) => m.rule === 'concept').map((m) => [m.file, m.severity])).toEqual([
      ['rapportages/rapportage-3.md', 'info'],
      ['sessies/2021-09-30-onaf.md', 'info'],
    ]);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('still report unknown keys and broken references', async () => {
    const root = copyToTemp(ROOT);
    writeFileSync(
      join(root, 'sessies/2021-10-01-nog-een.md'),
      '---\ntitel: Nog een\nconcept: true\ncasus: bestaat-niet\nbegeleiding: [Anna de Vriez]\nsamenvating: x\n---\n',
    );
    const { code, messages } = await check(root);
    expect(code).toBe(1);
    expect(messages.filter((m) => m.file === 'sessies/2021-10-01-nog-een.md').map((m) => m.rule).sort()).toEqual([
      'begeleiding-unknown',
      'casus-unknown',
      'concept',
      'schema-unknown-key',
    ]);
  });

  it('do not block a report, and no report, Logboek, figure or card shows them', async () => {
    const out = copyToTemp(ROOT);
    const report = await efInProcess(['report', '--period', '2021-Q1', '--out', 'uit'], { cwd: out });
    expect(report.code).toBe(0);
    const q3 = renderMarkdown(compileRapportage(logbook, resolvePeriod('2021-Q3', logbook), 'intern'));
    expect(q3).not.toContain('Onafgemaakte');
    expect(logbook.sessies.map((s) => s.id)).not.toContain('2021-09-30-onaf');
    expect(logbook.rapportages.map((r) => r.id)).toEqual(['rapportage-1', 'rapportage-2']);
    const stats = await efInProcess(['stats', '--json'], { cwd: ROOT });
    expect((JSON.parse(stats.stdout) as { sessies: { totaal: number } }).sessies.totaal).toBe(3);
    const logboek = await efInProcess(['logbook', '--out', 'uit'], { cwd: out });
    expect(logboek.code).toBe(0);
    expect(readFileSync(join(out, 'uit/logboek.md'), 'utf8')).not.toContain('Onafgemaakte');
    expect(cardMarkdown(compileCard(logbook))).toContain('**Bijeenkomsten:** 3');
  });
});

describe('a month instead of an invented day', () => {
  it('reads "februari 2021", sorts before the days of that month, and counts in its quarter', () => {
    expect(q1).toContain('**Presentatie voor de directie**. Presentatie, februari 2021. Voor wie: directie.');
    expect(q1.indexOf('Presentatie voor de directie')).toBeLessThan(q1.indexOf('Artikel over de moestuin'));
    expect(q1).toContain('### Gesprek met de school (februari 2021)');
    expect(q1).toContain('- **Datum:** februari 2021\n');
    expect(q2).not.toContain('Presentatie voor de directie');
  });

  it('belongs to the period that holds its first day, so never to two periods', () => {
    const after = renderMarkdown(compileRapportage(logbook, resolvePeriod('2021-02-10..2021-03-31', logbook), 'intern'));
    const within = renderMarkdown(compileRapportage(logbook, resolvePeriod('2021-02-01..2021-02-09', logbook), 'intern'));
    expect(after).not.toContain('Presentatie voor de directie');
    expect(after).toContain('Artikel over de moestuin');
    expect(within).toContain('Presentatie voor de directie');
    expect(within).toContain('Gesprek met de school');
  });

  it('says "niet vastgelegd" for an empty begeleiding rather than a name', () => {
    expect(q1).toContain('- **Begeleiding:** niet vastgelegd\n');
  });

  it('is accepted in a file name and rejected when the month does not exist', async () => {
    const root = copyToTemp(ROOT);
    const file = join(root, 'activiteiten/2021-13-fout.md');
    writeFileSync(file, '---\ntitel: Fout\ndatum: 2021-13\nsoort: artikel\npubliek: intranet\n---\n');
    const { messages } = await check(root);
    expect(messages.filter((m) => m.file === 'activiteiten/2021-13-fout.md').map((m) => [m.line, m.rule])).toEqual([[3, 'date-invalid']]);
  });
});

describe('inside, outside or not known', () => {
  it('counts a participant without intern as onbekend, with a hint', async () => {
    const { messages } = await check(ROOT);
    expect(messages.filter((m) => m.rule === 'intern-missing').map((m) => [m.file, m.line, m.column])).toEqual([
      ['sessies/2021-02-gesprek-met-de-school.md', 8, 14],
    ]);
    const stats = JSON.parse((await efInProcess(['stats', '--json', '--period', '2021-Q1'], { cwd: ROOT })).stdout) as {
      deelnemers: { intern: number; extern: number; onbekend: number };
    };
    expect(stats.deelnemers).toMatchObject({ intern: 1, extern: 1, onbekend: 1 });
    expect(q1).toContain('één uit de eigen organisatie, één van buiten en één van wie dat niet is vastgelegd');
    expect(q1).toContain('| Onbekend ');
    expect(q1).toContain('Eén deelnemer; niet vastgelegd of die van binnen of buiten de organisatie kwam:');
    expect(q1).toContain('- directeur basisschool (intern of extern niet vastgelegd)');
  });
});

describe('the parts of a rapportage', () => {
  it('go under the editorial heading of their name, once, and each part only once', () => {
    expect(level2(q1)).toEqual(['## Inleiding', '## Campagne', '## Monitoring', '## Bijeenkomsten']);
    // The campaign list follows the team's own campaign text; the figures follow "Monitoring".
    expect(q1.indexOf('In deze periode waren er twee activiteiten')).toBeGreaterThan(q1.indexOf('We vertelden over de leerroute'));
    expect(q1.indexOf('### Sessies')).toBeGreaterThan(q1.indexOf('We volgen de leerroute met cijfers.'));
    // An activity's own text and links are in the report.
    expect(q1).toContain('[het intranet](https://intranet.example.org/presentatie)');
  });

  it('leave out what has nothing in it: no portraits, no earlier opbrengsten in the first quarter', () => {
    expect(q1).not.toContain('Portretten');
    expect(q1).not.toContain('Het logboek tot nu toe');
    expect(q1).not.toMatch(/geen (presentaties|bijeenkomsten|portretten)/);
  });

  it('follow onderdelen: order and choice, and list earlier opbrengsten compactly', () => {
    expect(level2(q2)).toEqual(['## Het logboek tot nu toe', '## Inleiding', '## Bijeenkomsten']);
    expect(q2).not.toContain('## Monitoring');
    const logboek = q2.slice(q2.indexOf('## Het logboek tot nu toe'), q2.indexOf('## Inleiding'));
    expect(logboek).toContain('**Start van de buurtmoestuin** (14 januari 2021; besproken in de 1e rapportage):');
    expect(logboek).toContain('- De bewoners maken zelf een tuinplan.');
    expect(logboek).toContain('**Gesprek met de school** (februari 2021; besproken in de 1e rapportage):');
    // Only the opbrengsten: not the whole earlier session again, and not this quarter's own session.
    expect(logboek).not.toContain('Aanwezig');
    expect(logboek).not.toContain('De bewoners en de wijkregisseur spraken');
    expect(logboek).not.toContain('De tuin trekt ook nieuwe bewoners.');
  });

  it('keep a long history to a table per quarter instead of every earlier session', async () => {
    const root = copyToTemp(ROOT);
    for (let i = 1; i <= 30; i += 1) {
      const dag = String((i % 28) + 1).padStart(2, '0');
      const maand = String(Math.ceil(i / 3)).padStart(2, '0');
      writeFileSync(
        join(root, `sessies/2020-${maand}-${dag}-oud-${i}.md`),
        `---\ntitel: Oude sessie ${i}\ndatum: 2020-${maand}-${dag}\nsoort: intervisie\nbegeleiding: [Anna de Vries]\ndeelnemers:\n  - functie: jurist\n    intern: true\n---\n\n## Opbrengsten\n\n- Een les.\n- Nog een les.\n`,
      );
    }
    const long = await model(root);
    const md = renderMarkdown(compileRapportage(long, resolvePeriod('2', long), 'intern'));
    const logboek = md.slice(md.indexOf('## Het logboek tot nu toe'), md.indexOf('## Inleiding'));
    expect(logboek).toContain('Vóór 1 april 2021 leverden 32 bijeenkomsten samen 63 opbrengsten op.');
    expect(logboek).toContain('| Eerste kwartaal 2020 | 9');
    expect(logboek).toContain('| Eerste kwartaal 2021 | 2');
    expect(logboek).not.toContain('Oude sessie');
    expect(logboek).not.toContain('Een les.');
  });

  it('refuses an unknown part name', async () => {
    const root = copyToTemp(ROOT);
    const file = join(root, 'rapportages/rapportage-2.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('onderdelen: [logboek,', 'onderdelen: [logbook,'));
    const { code, messages } = await check(root);
    expect(code).toBe(1);
    expect(messages.map((m) => [m.file, m.rule])).toContainEqual(['rapportages/rapportage-2.md', 'schema-enum']);
  });
});

describe('Dutch as the team writes it', () => {
  it('says "over het tweede kwartaal 2021" and "de gemeente Voorbeeld"', async () => {
    expect(overPeriode(parsePeriod('2021-Q2')!)).toBe('het tweede kwartaal 2021');
    expect(overPeriode(parsePeriod('2021-H1')!)).toBe('het eerste halfjaar 2021');
    expect(overPeriode(parsePeriod('2021-03')!)).toBe('maart 2021');
    expect(overPeriode(parsePeriod('2021')!)).toBe('2021');
    expect(overPeriode(parsePeriod('2021-01-01..2021-02-15')!)).toBe('de periode 1 januari t/m 15 februari 2021');
    const root = copyToTemp(ROOT);
    rmSync(join(root, 'rapportages'), { recursive: true });
    mkdirSync(join(root, 'rapportages'));
    const zonderTekst = renderMarkdown(compileRapportage(await model(root), resolvePeriod('2021-Q2', await model(root)), 'intern'));
    expect(zonderTekst).toContain(
      'Deze rapportage beschrijft de leerroute Excellent Faciliteren van de gemeente Voorbeeld over het tweede kwartaal 2021: ' +
        'de bijeenkomsten met hun opbrengsten, de monitoring en de opbrengsten van eerdere bijeenkomsten.',
    );
  });

  it('agrees in number and does not repeat the title as its subtitle', () => {
    expect(q1).toContain('De samenwerkende overheid en de responsieve overheid kregen elk één rol.');
    const custom = compileRapportage(logbook, resolvePeriod('2021-01-01..2021-02-15', logbook), 'intern');
    expect(custom.meta.titel).toBe('Rapportage 1 januari t/m 15 februari 2021');
    expect(custom.meta.ondertitel).toBeUndefined();
  });

  it('never prints a command-line flag', () => {
    for (const text of [q1, q2, renderMarkdown(compileRapportage(logbook, resolvePeriod('1', logbook), 'publiek'))]) {
      expect(text).not.toMatch(/(^|\s)--[a-z]/);
    }
  });
});

describe('house style', () => {
  it('puts colour, tagline and logo on the cover and in the running header', () => {
    const doc = compileRapportage(logbook, resolvePeriod('1', logbook), 'intern');
    expect(doc.images[0]).toMatchObject({ name: 'logo.svg', alt: 'Logo: Voorbeeldlogo' });
    const typst = documentToTypst(doc);
    expect(typst).toContain('#let ef-accent = rgb("#7A1F3D")');
    expect(typst).toContain('"Gemeente Voorbeeld · Samen maken we het mogelijk"');
    expect(typst).toContain('"/beelden/logo.svg"');
    expect(q1).toContain('_Samen maken we het mogelijk_');
  });

  it('keeps the default style without huisstijl', async () => {
    const root = copyToTemp(ROOT);
    const config = join(root, 'ef.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/huisstijl:[\s\S]*$/, ''));
    const plain = compileRapportage(await model(root), resolvePeriod('1', await model(root)), 'intern');
    expect(plain.images.map((image) => image.name)).not.toContain('logo.svg');
    expect(documentToTypst(plain)).toContain('#let ef-accent = rgb("#1F4E79")');
  });

  it('checks that the logo is a file inside beelden/', async () => {
    const root = copyToTemp(ROOT);
    const config = join(root, 'ef.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('beelden/logo.svg', 'beelden/weg.svg'));
    expect((await check(root)).messages.map((m) => [m.file, m.line, m.rule])).toContainEqual(['ef.config.yaml', 25, 'logo-missing']);

    writeFileSync(join(root, 'buiten.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    symlinkSync(join(root, 'buiten.svg'), join(root, 'beelden/weg.svg'));
    const outside = (await check(root)).messages.filter((m) => m.rule === 'logo-missing');
    expect(outside).toHaveLength(1);
  });
});

describe('layout', () => {
  it('has no table of contents in a report of a few pages', () => {
    const doc = compileRapportage(logbook, resolvePeriod('1', logbook), 'intern');
    expect(wantsContents(doc)).toBe(false);
    expect(documentToTypst(doc)).not.toContain('#outline(');
  });

  it('sizes table columns to their words and never hyphenates inside a table', () => {
    const typst = documentToTypst(compileRapportage(logbook, resolvePeriod('1', logbook), 'intern'));
    expect(typst).toContain('#show table: set text(size: 9.5pt, hyphenate: false)');
    expect(typst).toContain('table(columns: (auto,) * columns');
    // A heading sticks to what follows; a chart floats rather than leaving half a page empty.
    expect(typst).toContain('sticky: true');
    expect(typst).toContain('placement: auto');
  });
});

describe('the project card', () => {
  it('is one page without cover or contents, in the order of the A&O fonds cards', () => {
    const doc = compileCard(logbook);
    const typst = documentToTypst(doc);
    expect(typst).not.toContain('#outline(');
    expect(typst).not.toContain('background: pdf.artifact');
    const md = cardMarkdown(doc);
    const order = ['# Voorbeeld: Leerroute samen werken', 'Gemeente Voorbeeld', '**Project:**', '**Contactpersoon gemeente:**', '**Beleidsthema:**', '**Looptijd:**', '## Het project in het kort', '## In cijfers'];
    const positions = order.map((part) => md.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).not.toContain('**Domein:**');
  });

  it('keeps "Het project in het kort" as Markdown, its list included', () => {
    expect(cardMarkdown(compileCard(logbook))).toContain('Wat het team doet:\n\n- initiatiefnemers helpen;\n- waarde maken voor de stad.\n');
  });

  it('names a team without consent, but a person only with toestemming: publiek', async () => {
    expect(cardMarkdown(compileCard(logbook))).toContain('**Contactpersoon gemeente:** Publiek Ondernemer, team Excellent Faciliteren');
    expect(cardMarkdown(compileCard(logbook))).not.toContain('Anna de Vries');
    const root = copyToTemp(ROOT);
    const config = join(root, 'ef.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('contactpersoon: Anna de Vries', 'contactpersoon: Team Samen Werken'));
    expect(cardMarkdown(compileCard(await model(root)))).toContain('**Contactpersoon gemeente:** Team Samen Werken');
  });
});
