// The SVG charts: deterministic bytes, escaped text, well-formed and self-contained XML,
// accessible names, the SDG contrast table, and what each chart shows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMonitoring, logbookPeriod } from '../../src/compile/monitoring.js';
import { loadLogbook } from '../../src/validate/load-logbook.js';
import { buildModel } from '../../src/model/build-model.js';
import { parsePeriod } from '../../src/core/period.js';
import type { Logbook, SessieModel } from '../../src/model/types.js';
import { quadrantChart, sdgChart, timelineChart, type Chart } from '../../src/compile/charts/index.js';
import { SDG_TEXT_COLOUR } from '../../src/compile/charts/sdg.js';
import { esc, fit, n, safeName, textOn, textWidth } from '../../src/compile/charts/svg.js';
import { validateLogbook } from '../../src/validate/validate-logbook.js';
import { SDGS } from '../../src/vocabulary/index.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

async function model(root: string): Promise<Logbook> {
  const loaded = await loadLogbook({ cwd: root, root });
  return buildModel(validateLogbook({ ...loaded, config: loaded.config! }));
}

function sessie(logbook: Logbook, id: string): SessieModel {
  const found = logbook.sessies.find((s) => s.id === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
}

/**
 * A small XML well-formedness check: balanced tags, quoted attributes without `<` or a
 * bare `&`, only the five XML entities (or numeric ones) in text, one root element.
 */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml))) {
    const [, closing, name, attributes, selfClosing, textPart, stray] = match;
    if (stray) throw new Error(`stray "<" at ${match.index}: ${xml.slice(match.index, match.index + 40)}`);
    const checkEntities = (value: string) => {
      for (const entity of value.match(/&[^;\s]*;?/g) ?? []) {
        if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(entity)) throw new Error(`bad entity ${entity}`);
      }
    };
    if (textPart !== undefined) {
      if (stack.length === 0 && textPart.trim()) throw new Error(`text outside the root: ${textPart.slice(0, 40)}`);
      if (textPart.includes('>')) throw new Error(`raw ">" in text: ${textPart.slice(0, 40)}`);
      checkEntities(textPart);
      continue;
    }
    if (!name) continue;
    checkEntities(attributes ?? '');
    const names = [...(attributes ?? '').matchAll(/([\w:-]+)=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute on <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    } else if (stack.length === 0) {
      roots += 1;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}

/** The rules every chart keeps, whatever it shows. */
function assertSafeSvg(chart: Chart): void {
  expect(chart.name).toMatch(/^[a-z0-9-]+\.svg$/);
  assertWellFormed(chart.svg);
  expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+(\.\d)?" viewBox="0 0 \d+ \d+(\.\d)?" role="img" font-family="system-ui, [^"]*sans-serif"/);
  expect(chart.svg).toContain(`<title>${esc(chart.titel)}</title>`);
  expect(chart.svg).toContain(`<desc>${esc(chart.alt)}</desc>`);
  expect(chart.alt).not.toMatch(/[\n\r\t]/);
  expect(chart.alt.length).toBeGreaterThan(20);
  // Self-contained and inert: nothing that runs, loads or links, and no ids to clash in a page.
  for (const forbidden of [/<script/i, /<style/i, /<foreignObject/i, /<image/i, /<a[\s>]/, /href/i, /url\(/i, /\bid=/, /\son\w+=/i, /javascript:/i]) {
    expect(chart.svg).not.toMatch(forbidden);
  }
  // Numbers with at most one decimal: the same bytes on every machine.
  for (const [, value] of chart.svg.matchAll(/\s(?:x|y|x1|y1|x2|y2|cx|cy|r|rx|width|height)="([^"]*)"/g)) {
    expect(value).toMatch(/^-?\d+(\.\d)?$/);
  }
  for (const [, points] of chart.svg.matchAll(/points="([^"]*)"/g)) expect(points).toMatch(/^(-?\d+(\.\d)?,-?\d+(\.\d)? ?)+$/);
}

describe('the well-formedness check itself', () => {
  it('accepts good XML and rejects broken XML', () => {
    expect(() => assertWellFormed('<svg a="1"><text x="1">a &amp; b</text><rect/></svg>')).not.toThrow();
    for (const bad of [
      '<svg><text>a & b</text></svg>',
      '<svg><text>a <b</text></svg>',
      '<svg><g></svg>',
      '<svg><text a="1" a="2">x</text></svg>',
      '<svg a="<">x</svg>',
      '<svg/><svg/>',
      '<svg><text>&nbsp;</text></svg>',
    ]) {
      expect(() => assertWellFormed(bad), bad).toThrow();
    }
  });
});

describe('svg helpers', () => {
  it('escapes all five XML characters and drops control characters', () => {
    expect(esc(`<script>alert(1)</script> & "x" 'y'`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &apos;y&apos;');
    expect(esc('a\u0000b\u001Fc\u000Bd')).toBe('abcd');
    expect(esc('&amp;')).toBe('&amp;amp;');
  });

  it('writes numbers with one decimal at most, never -0', () => {
    expect([n(1), n(1.25), n(1.26), n(-0.01), n(0.049), n(340), n(2 / 3)]).toEqual(['1', '1.3', '1.3', '0', '0', '340', '0.7']);
  });

  it('shortens text with an ellipsis to fit', () => {
    const long = 'senior beleidsmedewerker openbare ruimte, evenementen en markten';
    const short = fit(long, 12, 120);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 12)).toBeLessThanOrEqual(120.5);
    expect(fit('jurist', 12, 120)).toBe('jurist');
  });

  it('makes safe file names, with a hash when characters had to change', () => {
    expect(safeName('2021-01-28-evaluatie-cornelis-musius')).toBe('2021-01-28-evaluatie-cornelis-musius');
    expect(safeName('2021-01-28 Evaluatie <x>')).toMatch(/^2021-01-28-evaluatie-x-[0-9a-f]{6}$/);
    expect(safeName('2021-01-28 Evaluatie <x>')).not.toBe(safeName('2021-01-28-evaluatie-x'));
  });
});

describe('sdgChart', async () => {
  const delft = await model(join(PROJECT, 'logbook'));
  const monitoring = computeMonitoring(delft, parsePeriod('2021-Q1')!);
  const chart = sdgChart(monitoring);

  it('is a safe, accessible, deterministic SVG', async () => {
    assertSafeSvg(chart);
    expect(chart.name).toBe('sdg-dekking.svg');
    const again = sdgChart(computeMonitoring(await model(join(PROJECT, 'logbook')), parsePeriod('2021-Q1')!));
    expect(again).toEqual(chart);
  });

  it('shows all 17 goals with Dutch names, coloured bars only for goals with sessions', () => {
    for (const goal of SDGS) expect(chart.svg).toContain(`>${esc(goal.naam)}</text>`);
    expect(chart.svg).toContain('fill="#C5192D"'); // SDG 4
    expect(chart.svg).toContain('fill="#FCC30B"'); // SDG 7
    expect(chart.svg).toContain('fill="#FD9D24"'); // SDG 11
    expect(chart.svg).not.toContain('fill="#E5243B"'); // SDG 1: no session, grey
    expect(chart.alt).toContain('SDG 4 Kwaliteitsonderwijs: 1 sessie');
    expect(chart.alt).toContain("De andere 14 SDG's komen in geen sessie voor.");
  });

  it('puts black or white numbers on the SDG colours as the contrast table says', () => {
    // DOMAIN.md §4.2: white on 4, 8, 10, 13, 16, 17; black on the others.
    const white = [4, 8, 10, 13, 16, 17];
    for (const goal of SDGS) {
      expect(SDG_TEXT_COLOUR[goal.nummer]).toBe(white.includes(goal.nummer) ? '#FFFFFF' : '#000000');
      expect(textOn(goal.kleur)).toBe(SDG_TEXT_COLOUR[goal.nummer]);
    }
    // The badge of SDG 4 (active) carries a white number.
    expect(chart.svg).toMatch(/fill="#C5192D"\/>\n<text [^>]*fill="#FFFFFF">4<\/text>/);
    // SDG 7 (yellow) carries a black one.
    expect(chart.svg).toMatch(/fill="#FCC30B"\/>\n<text [^>]*fill="#000000">7<\/text>/);
  });
});

describe('timelineChart', async () => {
  const reeks = await model(join(FIXTURES, 'monitoring-reeks'));
  const delft = await model(join(PROJECT, 'logbook'));

  it('is left out with fewer than two months of sessions', () => {
    expect(timelineChart(computeMonitoring(delft, logbookPeriod(delft)))).toBeUndefined();
    expect(timelineChart(computeMonitoring(reeks, parsePeriod('2021-01')!))).toBeUndefined();
  });

  it('shows every month, sessions, roles by orientation and by paradigm', () => {
    const chart = timelineChart(computeMonitoring(reeks, logbookPeriod(reeks)))!;
    assertSafeSvg(chart);
    expect(chart.name).toBe('sessies-en-rollen-per-maand.svg');
    for (const maand of ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug']) expect(chart.svg).toContain(`>${maand}</text>`);
    for (const label of ['stadsgericht', 'intern gericht', 'rechtmatig', 'presterend', 'samenwerkend', 'responsief']) {
      expect(chart.svg).toContain(`>${label}</text>`);
    }
    expect(chart.alt).toContain('maart 2021: 2 sessies, 5 rollen (4 stadsgericht, 1 intern gericht; rechtmatig 1, presterend 1, samenwerkend 3, responsief 2)');
    expect(chart.alt).toContain('februari 2021: 0 sessies, 0 rollen;');
    expect(timelineChart(computeMonitoring(reeks, logbookPeriod(reeks)))).toEqual(chart);
  });
});

describe('quadrantChart', async () => {
  const delft = await model(join(PROJECT, 'logbook'));
  const reeks = await model(join(FIXTURES, 'monitoring-reeks'));
  const druk = await model(join(FIXTURES, 'monitoring-druk'));

  it('draws the Delft session naar het NSOB-model, with roles on the shared border', () => {
    const chart = quadrantChart(sessie(delft, '2021-01-28-evaluatie-cornelis-musius'), { audience: 'intern' })!;
    assertSafeSvg(chart);
    expect(chart.name).toBe('nsob-2021-01-28-evaluatie-cornelis-musius.svg');
    expect(chart.svg).toContain('naar het NSOB-model');
    for (const paradigma of ['Rechtmatige overheid', 'Presterende overheid', 'Samenwerkende overheid', 'Responsieve overheid']) {
      expect(chart.svg).toContain(`>${paradigma}</text>`);
    }
    // Functions in the key, never names; the toehoorder has no case role and no number.
    for (const functie of ['projectleider Onderwijshuisvesting', 'programmeur Onderwijshuisvesting', 'beleidsadviseur Energie', 'partner in Publiek Ondernemen']) {
      expect(chart.svg).toContain(`>${functie}</text>`);
    }
    expect(chart.svg).not.toContain('subsidieadviseur');
    expect(chart.alt).toContain('1, projectleider Onderwijshuisvesting: projectleider en adviseur: op de grens van presterend en samenwerkend, stadsgericht');
    expect(chart.alt).toContain('procesbegeleider: op de grens van presterend en samenwerkend, intern gericht');
    expect(chart.alt).toContain('adviseur (start): samenwerkend, stadsgericht');
    // Same position in both phases: no arrow.
    expect(chart.svg).not.toContain('<path');
    expect(chart.svg).toContain('>stadsgericht</text>');
    expect(chart.svg).toContain('>intern gericht</text>');
    expect(chart.svg).toContain('>op de grens van twee paradigma’s</text>');
  });

  it('draws an arrow when a participant moves between phases', () => {
    const chart = quadrantChart(sessie(reeks, '2021-03-04-energie'), { audience: 'intern' })!;
    assertSafeSvg(chart);
    expect(chart.svg.match(/<path d="M[^"]+ Q[^"]+"/g)).toHaveLength(2); // the arrow, and the one in the legend
    expect(chart.svg).toContain('>verschuiving tussen fasen</text>');
    expect(chart.alt).toContain('verschuift van samenwerkend (start) naar op de grens van rechtmatig en presterend (later)');
  });

  it('is left out when nobody has a case role', () => {
    expect(quadrantChart(sessie(reeks, '2021-03-18-intervisie'), { audience: 'intern' })).toBeUndefined();
  });

  it('escapes untrusted text and never shows a name', () => {
    const plein = sessie(druk, '2021-06-01-plein');
    for (const audience of ['intern', 'publiek'] as const) {
      const chart = quadrantChart(plein, { audience })!;
      assertSafeSvg(chart);
      expect(chart.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
      expect(chart.svg).toContain('&lt;b&gt;&amp; &quot;de rest&quot;&lt;/b&gt;');
      expect(chart.svg).not.toContain('<script');
      expect(chart.svg).not.toContain('<b>');
      expect(chart.svg + chart.alt).not.toContain('Geheime Naam');
    }
    // The organisation of an external participant only for an internal audience.
    expect(quadrantChart(plein, { audience: 'intern' })!.svg).toContain('ondernemer (Café &apos;t Plein)');
    const publiek = quadrantChart(plein, { audience: 'publiek' })!;
    expect(publiek.svg).toContain('>ondernemer (extern)</text>');
    expect(publiek.svg + publiek.alt).not.toContain('Plein)');
  });

  it('places roles on diagonal pairs in the centre and long labels with an ellipsis', () => {
    const chart = quadrantChart(sessie(druk, '2021-06-01-plein'), { audience: 'intern' })!;
    expect(chart.alt).toContain('financierder: tussen presterend en responsief, intern gericht');
    expect(chart.svg).toMatch(/>[^<]*…<\/text>/);
    // …but the alt text keeps the whole of it.
    expect(chart.alt).toContain('einde van het traject met een heel lange omschrijving');
  });

  it('gives the same bytes twice', async () => {
    const again = await model(join(FIXTURES, 'monitoring-druk'));
    expect(quadrantChart(sessie(again, '2021-06-01-plein'), { audience: 'intern' })).toEqual(
      quadrantChart(sessie(druk, '2021-06-01-plein'), { audience: 'intern' }),
    );
  });
});

// A real SVG renderer must accept every chart. Where librsvg is installed (apt-get install
// librsvg2-bin) the charts are rendered to PNG; set EF_CHARTS_DIR to keep them and look.
const rsvg = spawnSync('rsvg-convert', ['--version']).status === 0;

describe.skipIf(!rsvg)('rendering with librsvg', async () => {
  const delft = await model(join(PROJECT, 'logbook'));
  const reeks = await model(join(FIXTURES, 'monitoring-reeks'));
  const druk = await model(join(FIXTURES, 'monitoring-druk'));
  const all = (logbook: Logbook) => {
    const monitoring = computeMonitoring(logbook, logbookPeriod(logbook));
    return [
      sdgChart(monitoring),
      timelineChart(monitoring),
      ...logbook.sessies.map((s) => quadrantChart(s, { audience: 'intern', rollen: logbook.config.rollen })),
    ].filter((chart): chart is Chart => chart !== undefined);
  };

  it('turns every chart into a PNG', () => {
    const dir = process.env['EF_CHARTS_DIR'] ?? mkdtempSync(join(tmpdir(), 'ef-charts-'));
    mkdirSync(dir, { recursive: true });
    const charts = [...all(delft).map((c) => ['delft', c] as const), ...all(reeks).map((c) => ['reeks', c] as const), ...all(druk).map((c) => ['druk', c] as const)];
    // Delft: SDGs and one quadrant; reeks: SDGs, timeline, four quadrants; druk: SDGs and one quadrant.
    expect(charts.length).toBe(2 + 6 + 2);
    for (const [tag, chart] of charts) {
      const svg = join(dir, `${tag}-${chart.name}`);
      const png = svg.replace(/\.svg$/, '.png');
      writeFileSync(svg, chart.svg);
      const result = spawnSync('rsvg-convert', ['-z', '1.5', '-o', png, svg], { encoding: 'utf8' });
      expect(result.stderr, chart.name).toBe('');
      expect(result.status, chart.name).toBe(0);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
