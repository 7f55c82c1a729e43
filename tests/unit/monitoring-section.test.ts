// The report's Monitoring section: mdast with a heading, Dutch prose, GFM tables and images.
import { join } from 'node:path';
import type { Image, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { computeMonitoring, type Monitoring } from '../../src/compile/monitoring.js';
import { monitoringSection, periodPhrase } from '../../src/compile/monitoring-section.js';
import { aantal, getalWoord, opsomming } from '../../src/core/dutch.js';
import { loadLogbook } from '../../src/validate/load-logbook.js';
import { buildModel } from '../../src/model/build-model.js';
import { parsePeriod } from '../../src/core/period.js';
import type { Logbook } from '../../src/model/types.js';
import { sdgChart, timelineChart } from '../../src/compile/charts/index.js';
import { validateLogbook } from '../../src/validate/validate-logbook.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

async function model(root: string): Promise<Logbook> {
  const loaded = await loadLogbook({ cwd: root, root });
  return buildModel(validateLogbook({ ...loaded, config: loaded.config! }));
}

function section(monitoring: Monitoring): RootContent[] {
  return monitoringSection(monitoring, { sdg: sdgChart(monitoring), timeline: timelineChart(monitoring) }, 'rapportage-2-beelden');
}

function markdown(nodes: RootContent[]): string {
  return unified().use(remarkGfm).use(remarkStringify).stringify({ type: 'root', children: nodes });
}

const tables = (nodes: RootContent[]) => nodes.filter((node): node is Table => node.type === 'table');
const cells = (table: Table) =>
  table.children.map((row) => row.children.map((cell) => markdown([{ type: 'paragraph', children: cell.children }]).trim()));
const images = (nodes: RootContent[]) =>
  nodes.flatMap((node) => (node.type === 'paragraph' ? node.children.filter((child): child is Image => child.type === 'image') : []));

describe('woorden', () => {
  it('writes small numbers as words, larger ones Dutch style', () => {
    expect([0, 1, 2, 12, 20, 21, 21000].map(getalWoord)).toEqual(['geen', 'één', 'twee', 'twaalf', 'twintig', '21', '21.000']);
    expect(aantal(1, 'sessie', 'sessies')).toBe('één sessie');
    expect(aantal(3, 'sessie', 'sessies')).toBe('drie sessies');
    expect(opsomming(['a', 'b', 'c'])).toBe('a, b en c');
  });

  it('opens a sentence about each kind of period', () => {
    expect(periodPhrase('eerste kwartaal 2021')).toBe('In het eerste kwartaal van 2021');
    expect(periodPhrase('tweede halfjaar 2021')).toBe('In het tweede halfjaar van 2021');
    expect(periodPhrase('2021')).toBe('In 2021');
    expect(periodPhrase('maart 2021')).toBe('In maart 2021');
    expect(periodPhrase('1 januari t/m 15 maart 2021')).toBe('Van 1 januari t/m 15 maart 2021');
    expect(periodPhrase('28 januari 2021')).toBe('Op 28 januari 2021');
    expect(periodPhrase('het hele logboek (28 januari t/m 26 februari 2021)')).toBe('In het hele logboek (28 januari t/m 26 februari 2021)');
  });
});

describe('monitoringSection: Delft, first quarter of 2021', async () => {
  const delft = await model(join(PROJECT, 'logbook'));
  const nodes = section(computeMonitoring(delft, parsePeriod('2021-Q1')!));
  const text = markdown(nodes);

  it('starts with a level-2 Monitoring heading', () => {
    expect(nodes[0]).toEqual({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Monitoring' }] });
  });

  it('says the key numbers in Dutch prose', () => {
    expect(text).toContain('In het eerste kwartaal van 2021 was er één sessie: een evaluatiebijeenkomst.');
    expect(text).toContain('Aan de sessie namen zes deelnemers deel, allemaal uit de eigen organisatie, in vijf verschillende functies.');
    expect(text).toContain('Het logboek telt één casus; die kwam in deze periode aan bod.');
    expect(text).toContain(
      "De sessie raakte aan drie van de 17 Global Goals (SDG's): SDG 4 (Kwaliteitsonderwijs), SDG 7 (Betaalbare en duurzame energie) en SDG 11 (Duurzame steden en gemeenschappen).",
    );
    expect(text).toContain('kwamen twaalf rollen aan bod: zeven stadsgericht en vijf intern gericht.');
    expect(text).toContain('De meeste rollen (negen) hoorden bij de samenwerkende overheid.');
    expect(text).toContain('Naast de sessies waren er zes activiteiten: drie presentaties, één publicatie, één video en één artikel.');
  });

  it('has GFM tables with header rows', () => {
    const [soorten, deelnemers, casussen, rollen] = tables(nodes).map(cells);
    expect(soorten).toEqual([['Soort sessie', 'Aantal'], ['Evaluatiebijeenkomst', '1'], ['**Totaal**', '**1**']]);
    expect(deelnemers).toEqual([
      ['Deelnemers', 'Aantal'],
      ['Uit de eigen organisatie', '6'],
      ['Van buiten de organisatie', '0'],
      ['**Totaal**', '**6**'],
    ]);
    expect(casussen![0]).toEqual(['Status', 'In deze periode', 'Alle casussen']);
    expect(casussen![2]).toEqual(['Afgerond', '1', '1']);
    expect(rollen).toEqual([
      ['Paradigma', 'Stadsgericht', 'Intern gericht', 'Totaal'],
      ['Rechtmatige overheid', '0', '0', '0'],
      ['Presterende overheid', '3', '2', '5'],
      ['Samenwerkende overheid', '5', '4', '9'],
      ['Responsieve overheid', '2', '1', '3'],
      ['**Alle rollen**', '**7**', '**5**', '**12**'],
    ]);
    expect(tables(nodes).every((table) => table.align?.[0] === 'left')).toBe(true);
  });

  it('refers to the SDG chart in the asset folder; no timeline for a single month', () => {
    const pictures = images(nodes);
    expect(pictures).toHaveLength(1);
    expect(pictures[0]!.url).toBe('rapportage-2-beelden/sdg-dekking.svg');
    expect(pictures[0]!.alt).toMatch(/^Staafdiagram van het aantal sessies per Global Goal/);
    expect(text).not.toContain('Door de tijd');
  });
});

describe('monitoringSection: several months', async () => {
  const reeks = await model(join(FIXTURES, 'monitoring-reeks'));
  const monitoring = computeMonitoring(reeks, parsePeriod('2021')!);
  const nodes = section(monitoring);
  const text = markdown(nodes);

  it('adds the timeline with a table per month', () => {
    expect(images(nodes).map((image) => image.url)).toEqual([
      'rapportage-2-beelden/sdg-dekking.svg',
      'rapportage-2-beelden/sessies-en-rollen-per-maand.svg',
    ]);
    const perMaand = tables(nodes).at(-1)!;
    expect(cells(perMaand)[0]).toEqual(['Maand', 'Sessies', 'Deelnemers', 'Rollen', 'Stadsgericht', 'Intern gericht']);
    expect(cells(perMaand)[3]).toEqual(['maart 2021', '2', '6', '5', '4', '1']);
    expect(perMaand.children).toHaveLength(9);
  });

  it('counts in prose as a reader would', () => {
    expect(text).toContain(
      'In 2021 waren er vijf sessies: twee interactieve bijeenkomsten, één evaluatiebijeenkomst, één intervisiebijeenkomst en één coachingsessie. De sessies gingen over twee casussen; twee sessies hadden geen casus.',
    );
    expect(text).toContain('dertien deelnemers deel, tien uit de eigen organisatie en drie van buiten, in negen verschillende functies.');
    expect(text).toContain('Het logboek telt drie casussen; twee daarvan kwamen in deze periode aan bod.');
    expect(text).not.toContain('Bea Groen');
  });

  it('leaves out every subsection without figures: no "geen sessies", no empty SDG chart', () => {
    const empty = markdown(section(computeMonitoring(reeks, parsePeriod('2020')!)));
    expect(empty.trim()).toBe('## Monitoring');
    expect(empty).not.toContain('geen');
    expect(empty).not.toContain('sdg-dekking');
  });
});
