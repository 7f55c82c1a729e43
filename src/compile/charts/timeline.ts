// Sessions and roles over time: three panels that share the month axis.
//   1. sessions per month (bars);
//   2. roles per month, stadsgericht (filled) on intern gericht (open), as in the quadrant;
//   3. roles per paradigm (lines; a role on a border counts for both, so no stacking).
import type { MaandTelling, Monitoring } from '../monitoring.js';
import { formatGetal } from '../../core/dutch.js';
import { PARADIGMAS } from '../../vocabulary/index.js';
import { MARK, PARADIGMA_KLEUR } from './palette.js';
import { INK, INK_MUTED, LINE, line, rect, svgDocument, text, textWidth } from './svg.js';

const MAAND_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

const WIDTH = 680;
const LEFT = 52;
const RIGHT = 16;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;

interface Panel {
  readonly top: number;
  readonly height: number;
}

export function renderTimelineChart(monitoring: Monitoring, titel: string, alt: string): string {
  const months = monitoring.perMaand;
  const slot = PLOT_WIDTH / months.length;
  const xOf = (index: number) => LEFT + slot * (index + 0.5);
  const body: string[] = [
    text(16, 24, titel, { size: 15, weight: 'bold' }),
    text(16, 42, `Per maand, ${months[0]!.label} t/m ${months[months.length - 1]!.label}`, { fill: INK_MUTED }),
  ];

  // Panel 1: sessions.
  const sessions: Panel = { top: 64, height: 96 };
  body.push(...panelFrame(sessions, 'Sessies', Math.max(...months.map((m) => m.sessies))));
  const barWidth = Math.min(34, slot * 0.55);
  const sessionsMax = niceMax(Math.max(...months.map((m) => m.sessies)));
  months.forEach((month, index) => {
    if (month.sessies === 0) return;
    const h = (month.sessies / sessionsMax) * plotHeight(sessions);
    const y = plotBottom(sessions) - h;
    body.push(rect(xOf(index) - barWidth / 2, y, barWidth, h, MARK));
    body.push(text(xOf(index), y - 4, formatGetal(month.sessies), { anchor: 'middle', size: 11, weight: 'bold' }));
  });

  // Panel 2: roles by orientation.
  const gericht: Panel = { top: sessions.top + sessions.height + PANEL_GAP, height: 116 };
  const rolesMax = Math.max(...months.map((m) => m.rollen));
  body.push(...panelFrame(gericht, 'Rollen: stadsgericht en intern gericht', rolesMax));
  body.push(...legend(gericht.top, [
    { label: 'stadsgericht', mark: (x, y) => rect(x, y - 5, 10, 10, MARK) },
    { label: 'intern gericht', mark: (x, y) => rect(x + 0.75, y - 4.25, 8.5, 8.5, '#FFFFFF', { stroke: MARK, strokeWidth: 1.5 }) },
  ]));
  const rolesScale = niceMax(rolesMax);
  months.forEach((month, index) => {
    if (month.rollen === 0) return;
    const stad = count(month.perGericht, 'stad');
    const intern = count(month.perGericht, 'intern');
    const unit = plotHeight(gericht) / rolesScale;
    const bottom = plotBottom(gericht);
    const x = xOf(index) - barWidth / 2;
    if (stad > 0) body.push(rect(x, bottom - stad * unit, barWidth, stad * unit, MARK));
    if (intern > 0) {
      body.push(rect(x + 0.75, bottom - (stad + intern) * unit + 0.75, barWidth - 1.5, intern * unit - 1.5, '#FFFFFF', { stroke: MARK, strokeWidth: 1.5 }));
    }
    body.push(text(xOf(index), bottom - month.rollen * unit - 4, formatGetal(month.rollen), { anchor: 'middle', size: 11, weight: 'bold' }));
  });

  // Panel 3: roles by paradigm, as grouped bars (a role on a border counts for both, so no stack).
  const paradigmas: Panel = { top: gericht.top + gericht.height + PANEL_GAP, height: 116 };
  const paradigmMax = Math.max(...months.flatMap((m) => m.perParadigma.map((p) => p.aantal)));
  body.push(...panelFrame(paradigmas, 'Rollen per paradigma', paradigmMax));
  body.push(...legend(paradigmas.top, PARADIGMAS.map((p) => ({
    label: p.kort,
    mark: (x: number, y: number) => rect(x, y - 5, 10, 10, PARADIGMA_KLEUR[p.id]),
  }))));
  const paradigmScale = niceMax(paradigmMax);
  const groupWidth = Math.min(56, slot * 0.8);
  const single = groupWidth / PARADIGMAS.length;
  months.forEach((month, index) => {
    PARADIGMAS.forEach((paradigma, i) => {
      const value = count(month.perParadigma, paradigma.id);
      if (value === 0) return;
      const h = (value / paradigmScale) * plotHeight(paradigmas);
      const x = xOf(index) - groupWidth / 2 + i * single;
      const y = plotBottom(paradigmas) - h;
      body.push(rect(x + 0.5, y, single - 1, h, PARADIGMA_KLEUR[paradigma.id]));
      if (single >= 12) body.push(text(x + single / 2, y - 3, formatGetal(value), { anchor: 'middle', size: 11 }));
    });
  });

  // Month labels under every panel; the year under the last one.
  const every = Math.ceil(months.length / 12);
  for (const panel of [sessions, gericht, paradigmas]) {
    const axisY = plotBottom(panel);
    const last = panel === paradigmas;
    months.forEach((month, index) => {
      if (index % every !== 0) return;
      const [year, m] = [month.maand.slice(0, 4), Number(month.maand.slice(5, 7))];
      body.push(line(xOf(index), axisY, xOf(index), axisY + 3, LINE));
      body.push(text(xOf(index), axisY + 16, MAAND_KORT[m - 1]!, { anchor: 'middle', size: 11, fill: last ? INK : INK_MUTED }));
      if (last && (index === 0 || m <= every)) body.push(text(xOf(index), axisY + 30, year, { anchor: 'middle', size: 11, fill: INK_MUTED }));
    });
  }
  body.push(
    text(16, plotBottom(paradigmas) + 48, 'Een rol op de grens van twee paradigma’s telt bij allebei.', { size: 11, fill: INK_MUTED }),
  );

  const height = plotBottom(paradigmas) + 60;
  return svgDocument(WIDTH, height, titel, alt, body);
}

function count<Id extends string>(rows: readonly { id: Id; aantal: number }[], id: Id): number {
  return rows.find((row) => row.id === id)?.aantal ?? 0;
}

const TITLE_SPACE = 26;
const PANEL_GAP = 42;

function plotBottom(panel: Panel): number {
  return panel.top + panel.height;
}

function plotHeight(panel: Panel): number {
  return panel.height - TITLE_SPACE;
}

/** A round upper bound for a count axis, strictly above the largest value (room for its label). */
function niceMax(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8]) {
      const candidate = factor * magnitude;
      if (Number.isInteger(candidate) && candidate >= max + 0.5) return candidate;
    }
  }
}

/** Whole-number ticks from 0 to niceMax(max), at most seven of them. */
function ticks(max: number): number[] {
  const top = niceMax(max);
  const step = [1, 2, 3, 4, 5].concat([10, 20, 25, 50, 100, 200, 250, 500, 1000].map((x) => x)).find(
    (candidate) => top % candidate === 0 && top / candidate <= 6,
  ) ?? top;
  const result: number[] = [];
  for (let value = 0; value <= top; value += step) result.push(value);
  return result;
}

function panelFrame(panel: Panel, titel: string, max: number): string[] {
  const parts = [text(16, panel.top + 12, titel, { size: 12.5, weight: 'bold' })];
  const top = niceMax(max);
  for (const value of ticks(max)) {
    const y = plotBottom(panel) - (value / top) * plotHeight(panel);
    parts.push(line(LEFT, y, LEFT + PLOT_WIDTH, y, value === 0 ? LINE : '#E6E6E6'));
    parts.push(text(LEFT - 8, y + 4, formatGetal(value), { anchor: 'end', size: 11, fill: INK_MUTED }));
  }
  return parts;
}

interface LegendItem {
  readonly label: string;
  readonly mark: (x: number, y: number) => string;
}

/** A legend on one line, right-aligned with the plot, at the height of the panel title. */
function legend(top: number, items: readonly LegendItem[]): string[] {
  const widths = items.map((item) => 14 + textWidth(item.label, 11) + 14);
  let x = LEFT + PLOT_WIDTH - widths.reduce((a, b) => a + b, 0) + 14;
  const y = top + 8;
  const parts: string[] = [];
  items.forEach((item, index) => {
    parts.push(item.mark(x, y), text(x + 14, y + 4, item.label, { size: 11 }));
    x += widths[index]!;
  });
  return parts;
}

export function timelineAlt(monitoring: Monitoring): string {
  const months = monitoring.perMaand;
  const part = (month: MaandTelling) => {
    const stad = count(month.perGericht, 'stad');
    const intern = count(month.perGericht, 'intern');
    const paradigmas = month.perParadigma
      .filter((p) => p.aantal > 0)
      .map((p) => `${p.id} ${formatGetal(p.aantal)}`)
      .join(', ');
    return (
      `${month.label}: ${formatGetal(month.sessies)} ${month.sessies === 1 ? 'sessie' : 'sessies'}, ` +
      `${formatGetal(month.rollen)} ${month.rollen === 1 ? 'rol' : 'rollen'}` +
      (month.rollen > 0 ? ` (${formatGetal(stad)} stadsgericht, ${formatGetal(intern)} intern gericht; ${paradigmas})` : '')
    );
  };
  return (
    `Sessies en rollen per maand, ${months[0]!.label} t/m ${months[months.length - 1]!.label}. ` +
    months.map(part).join('; ') +
    '.'
  );
}

