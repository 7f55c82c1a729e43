// The roles exercise of one session as a picture, naar het NSOB-model (DOMAIN.md §2.3):
//
//   rechtmatig   | presterend          each participant is a number (the key below the
//   -------------+-------------        grid gives the function, never a name); a mark per
//   responsief   | samenwerkend        role group sits in its paradigm's quadrant, or on
//                                      the shared border for a role on two paradigms.
//
// Filled mark = stadsgericht, open mark = intern gericht. An arrow joins the positions of
// one participant from an earlier `fase` to a later one when the position changes.
import type { Audience } from '../document.js';
import { caseRoles, type GerichtId, type ParadigmaId } from '../monitoring.js';
import { formatDatum } from '../../core/dutch.js';
import type { SessieModel } from '../../model/types.js';
import { areNeighbours, PARADIGMAS, ROLLEN } from '../../vocabulary/index.js';
import { MARK, PARADIGMA_TINT } from './palette.js';
import {
  INK,
  INK_MUTED,
  LINE,
  circle,
  curve,
  fit,
  line,
  polygon,
  rect,
  safeName,
  svgDocument,
  text,
  textWidth,
} from './svg.js';

/** Where a group of roles sits: a quadrant, a shared border, or the centre (diagonal pairs). */
type Regio =
  | { readonly soort: 'kwadrant'; readonly paradigma: ParadigmaId }
  | { readonly soort: 'grens'; readonly paradigmas: readonly [ParadigmaId, ParadigmaId] }
  | { readonly soort: 'midden'; readonly paradigmas: readonly ParadigmaId[] };

interface Item {
  readonly nummer: number;
  readonly regio: Regio;
  readonly regioKey: RegioKey;
  readonly gericht: GerichtId;
  readonly fase: string | undefined;
  readonly rollen: string[];
}

interface Deelnemer {
  readonly nummer: number;
  readonly functie: string;
  readonly items: Item[];
  /** Phases in the order they first appear in the file. */
  readonly fasen: string[];
}

// Grid positions: rechtmatig top-left, presterend top-right, samenwerkend bottom-right,
// responsief bottom-left; borders named by the quadrants they separate.
type RegioKey = 'TL' | 'TR' | 'BR' | 'BL' | 'T' | 'R' | 'B' | 'L' | 'C';

const KWADRANT: Readonly<Record<ParadigmaId, RegioKey>> = {
  rechtmatig: 'TL',
  presterend: 'TR',
  samenwerkend: 'BR',
  responsief: 'BL',
};

const GRENS: Readonly<Record<string, RegioKey>> = {
  'rechtmatig|presterend': 'T',
  'presterend|samenwerkend': 'R',
  'responsief|samenwerkend': 'B',
  'rechtmatig|responsief': 'L',
};

const ORDER: readonly ParadigmaId[] = PARADIGMAS.map((p) => p.id);

function regioOf(paradigmas: readonly ParadigmaId[]): { regio: Regio; key: RegioKey } {
  const sorted = [...paradigmas].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (sorted.length === 1) return { regio: { soort: 'kwadrant', paradigma: sorted[0]! }, key: KWADRANT[sorted[0]!] };
  const [a, b] = sorted as [ParadigmaId, ParadigmaId];
  if (areNeighbours(a, b)) {
    const key = GRENS[`${a}|${b}`] ?? GRENS[`${b}|${a}`]!;
    return { regio: { soort: 'grens', paradigmas: [a, b] }, key };
  }
  return { regio: { soort: 'midden', paradigmas: sorted }, key: 'C' };
}

function rolLabel(id: string, extra: readonly { id: string; label: string }[]): string {
  const label = ROLLEN.find((rol) => rol.id === id)?.label ?? extra.find((rol) => rol.id === id)?.label ?? id;
  return label.toLowerCase();
}

function functieLabel(deelnemer: SessieModel['data']['deelnemers'][number], audience: Audience): string {
  const functie = deelnemer.functie.replace(/\s+/g, ' ').trim();
  if (deelnemer.intern !== false) return functie;
  // Publicly only "extern"; the organisation can help to identify a person.
  return audience === 'intern' && deelnemer.organisatie ? `${functie} (${deelnemer.organisatie})` : `${functie} (extern)`;
}

function collect(sessie: SessieModel, audience: Audience, extraRollen: readonly { id: string; label: string }[]): Deelnemer[] {
  const result: Deelnemer[] = [];
  for (const deelnemer of sessie.data.deelnemers) {
    const roles = caseRoles(deelnemer);
    if (roles.length === 0) continue;
    const nummer = result.length + 1;
    const items: Item[] = [];
    const fasen: string[] = [];
    for (const role of roles) {
      const fase = role.fase?.replace(/\s+/g, ' ').trim() || undefined;
      if (fase !== undefined && !fasen.includes(fase)) fasen.push(fase);
      const { regio, key } = regioOf(role.paradigma);
      const same = items.find((item) => item.regioKey === key && item.gericht === role.gericht && item.fase === fase);
      const label = rolLabel(role.rol, extraRollen);
      if (same) {
        if (!same.rollen.includes(label)) same.rollen.push(label);
      } else {
        items.push({ nummer, regio, regioKey: key, gericht: role.gericht, fase, rollen: [label] });
      }
    }
    result.push({ nummer, functie: functieLabel(deelnemer, audience), items, fasen });
  }
  return result;
}

function itemLabel(item: Item): string {
  return `${item.rollen.join(', ')}${item.fase ? ` (${item.fase})` : ''}`;
}

// Layout constants (px).
const WIDTH = 680;
const GRID_LEFT = 16;
const GRID_RIGHT = WIDTH - 16;
const MID_X = (GRID_LEFT + GRID_RIGHT) / 2;
const QUADRANT_WIDTH = MID_X - GRID_LEFT;
const ROW = 21;
const R = 8.5;
const LABEL_SIZE = 12;
const TITLE_SPACE = 32; // quadrant title in the outer corner
const GAP = 10;

interface Placed {
  readonly item: Item;
  readonly x: number;
  readonly y: number;
  readonly labelMax: number;
}

export interface QuadrantOptions {
  readonly audience: Audience;
  /** Roles added in the logbook's config, for their labels. */
  readonly rollen?: readonly { id: string; label: string }[];
}

export function renderQuadrant(sessie: SessieModel, options: QuadrantOptions): { svg: string; alt: string; titel: string; name: string } | undefined {
  const deelnemers = collect(sessie, options.audience, options.rollen ?? []);
  if (deelnemers.length === 0) return undefined;
  const items = deelnemers.flatMap((d) => d.items);
  const inRegio = (key: RegioKey) => items.filter((item) => item.regioKey === key);
  const labelWidth = (list: readonly Item[]) => Math.max(0, ...list.map((item) => textWidth(itemLabel(item), LABEL_SIZE)));

  const bandItems = Math.max(inRegio('L').length, inRegio('R').length, inRegio('C').length);
  const bandHalf = bandItems > 0 ? (bandItems * ROW) / 2 + 6 : 0;
  const topRows = Math.max(inRegio('TL').length, inRegio('TR').length, inRegio('T').length);
  const bottomRows = Math.max(inRegio('BL').length, inRegio('BR').length, inRegio('B').length);
  const halfHeight = Math.max(
    120,
    TITLE_SPACE + topRows * ROW + GAP + bandHalf + 4,
    bandHalf + GAP + bottomRows * ROW + TITLE_SPACE + 4,
  );

  const titel = `Rollen naar het NSOB-model: ${sessie.data.titel.replace(/\s+/g, ' ').trim()}`;
  const gridTop = 78;
  const midY = gridTop + halfHeight;
  const gridBottom = midY + halfHeight;
  const body: string[] = [
    text(GRID_LEFT, 24, 'Rollen en talenten, naar het NSOB-model', { size: 15, weight: 'bold' }),
    text(GRID_LEFT, 42, fit(`${sessie.data.titel} (${formatDatum(sessie.data.datum)})`, 12.5, GRID_RIGHT - GRID_LEFT), {
      size: 12.5,
      fill: INK_MUTED,
    }),
    text(MID_X, gridTop - 8, 'overheid aan zet', { anchor: 'middle', size: 11, fill: INK_MUTED }),
    rect(GRID_LEFT, gridTop, QUADRANT_WIDTH, halfHeight, PARADIGMA_TINT.rechtmatig),
    rect(MID_X, gridTop, QUADRANT_WIDTH, halfHeight, PARADIGMA_TINT.presterend),
    rect(MID_X, midY, QUADRANT_WIDTH, halfHeight, PARADIGMA_TINT.samenwerkend),
    rect(GRID_LEFT, midY, QUADRANT_WIDTH, halfHeight, PARADIGMA_TINT.responsief),
    line(MID_X, gridTop, MID_X, gridBottom, LINE, 1.5),
    line(GRID_LEFT, midY, GRID_RIGHT, midY, LINE, 1.5),
    rect(GRID_LEFT, gridTop, GRID_RIGHT - GRID_LEFT, gridBottom - gridTop, 'none', { stroke: LINE }),
    text(GRID_LEFT + 10, gridTop + 20, 'Rechtmatige overheid', { size: 13, weight: 'bold' }),
    text(GRID_RIGHT - 10, gridTop + 20, 'Presterende overheid', { size: 13, weight: 'bold', anchor: 'end' }),
    text(GRID_RIGHT - 10, gridBottom - 12, 'Samenwerkende overheid', { size: 13, weight: 'bold', anchor: 'end' }),
    text(GRID_LEFT + 10, gridBottom - 12, 'Responsieve overheid', { size: 13, weight: 'bold' }),
    text(MID_X, gridBottom + 16, 'samenleving aan zet', { anchor: 'middle', size: 11, fill: INK_MUTED }),
  ];

  // Place every region's items as a column of rows, centred in the room the region has.
  const placed: Placed[] = [];
  const column = (list: readonly Item[], markX: number, firstY: number, labelMax: number) =>
    list.forEach((item, index) => placed.push({ item, x: markX, y: firstY + index * ROW, labelMax }));
  const centred = (list: readonly Item[], from: number, to: number) =>
    Math.max(from, (from + to) / 2 - ((list.length - 1) * ROW) / 2);
  const markStart = (x: number) => x + R + 5;
  const bands: string[] = [];
  const dashedBand = (x1: number, y1: number, x2: number, y2: number) =>
    bands.push(rect(x1, y1, x2 - x1, y2 - y1, '#FFFFFF', { rx: 4, stroke: INK_MUTED, dash: '3 2' }));

  const topFrom = gridTop + TITLE_SPACE + ROW / 2;
  const topTo = midY - bandHalf - GAP - ROW / 2;
  const bottomFrom = midY + bandHalf + GAP + ROW / 2;
  const bottomTo = gridBottom - TITLE_SPACE - ROW / 2;

  // Vertical borders: the marks sit on the line, the labels to its right, in a dashed band.
  // The quadrant on the right starts after that band.
  const rightHalf = GRID_RIGHT - MID_X;
  const vertical = (border: readonly Item[], quadrant: readonly Item[], from: number, to: number): number => {
    if (border.length === 0) return MID_X + GAP + R + 6;
    const room = quadrant.length === 0 ? rightHalf - 2 * GAP - R - 5 : Math.max(rightHalf / 2 - 2 * GAP, rightHalf - 4 * GAP - 2 * R - 5 - Math.min(labelWidth(quadrant), rightHalf / 2));
    const labelMax = Math.min(labelWidth(border), room);
    const first = centred(border, from, to);
    column(border, MID_X, first, labelMax);
    dashedBand(MID_X - R - 5, first - ROW / 2 - 3, markStart(MID_X) + labelMax + 7, first + (border.length - 0.5) * ROW + 3);
    return markStart(MID_X) + labelMax + 2 * GAP + R + 4;
  };
  const rightTop = vertical(inRegio('T'), inRegio('TR'), topFrom, topTo);
  const rightBottom = vertical(inRegio('B'), inRegio('BR'), bottomFrom, bottomTo);

  // Quadrants: left ones from the outer edge; right ones after the vertical border's band.
  const leftX = GRID_LEFT + GAP + R;
  const leftMax = MID_X - R - GAP - markStart(leftX);
  column(inRegio('TL'), leftX, centred(inRegio('TL'), topFrom, topTo), leftMax);
  column(inRegio('BL'), leftX, centred(inRegio('BL'), bottomFrom, bottomTo), leftMax);
  column(inRegio('TR'), rightTop, centred(inRegio('TR'), topFrom, topTo), GRID_RIGHT - GAP - markStart(rightTop));
  column(inRegio('BR'), rightBottom, centred(inRegio('BR'), bottomFrom, bottomTo), GRID_RIGHT - GAP - markStart(rightBottom));

  // Horizontal borders and the centre: a dashed band across the line, with a column of rows.
  const band = (list: readonly Item[], fromX: number, toX: number): number => {
    if (list.length === 0) return 0;
    const width = Math.min(toX - fromX, 2 * R + 5 + labelWidth(list) + 2 * GAP);
    const left = (fromX + toX) / 2 - width / 2;
    const height = list.length * ROW + 8;
    dashedBand(left, midY - height / 2, left + width, midY + height / 2);
    column(list, left + GAP + R, midY - ((list.length - 1) * ROW) / 2, width - 2 * GAP - 2 * R - 5);
    return width;
  };
  const centreHalf = band(inRegio('C'), MID_X - QUADRANT_WIDTH / 2, MID_X + QUADRANT_WIDTH / 2) / 2;
  band(inRegio('L'), GRID_LEFT + GAP, MID_X - (centreHalf ? centreHalf + GAP : GAP));
  band(inRegio('R'), MID_X + (centreHalf ? centreHalf + GAP : GAP), GRID_RIGHT - GAP);
  body.push(...bands);

  // Arrows between the phases of one participant, under the marks.
  const arrows: Array<[Placed, Placed]> = [];
  for (const deelnemer of deelnemers) {
    for (let i = 0; i + 1 < deelnemer.fasen.length; i++) {
      const from = placed.filter((p) => p.item.nummer === deelnemer.nummer && p.item.fase === deelnemer.fasen[i]);
      const to = placed.filter((p) => p.item.nummer === deelnemer.nummer && p.item.fase === deelnemer.fasen[i + 1]);
      for (const a of from) {
        for (const z of to) {
          if (a.item.regioKey === z.item.regioKey) continue;
          if (arrows.some(([x, y]) => x.item.regioKey === a.item.regioKey && y.item.regioKey === z.item.regioKey && x.item.nummer === a.item.nummer)) continue;
          arrows.push([a, z]);
        }
      }
    }
  }
  for (const [a, z] of arrows) body.push(...arrow(a.x, a.y, z.x, z.y, R + 2, [MID_X, midY]));

  for (const p of placed) body.push(...mark(p.x, p.y, p.item.nummer, p.item.gericht));
  for (const p of placed) {
    body.push(text(markStart(p.x), p.y + 4, fit(itemLabel(p.item), LABEL_SIZE, p.labelMax), { size: LABEL_SIZE, halo: true }));
  }

  // Legend and key.
  let y = gridBottom + 40;
  const legend: Array<[(x: number, y: number) => string[], string]> = [
    [(x, yy) => mark(x + R, yy, undefined, 'stad'), 'stadsgericht'],
    [(x, yy) => mark(x + R, yy, undefined, 'intern'), 'intern gericht'],
  ];
  if (arrows.length > 0) legend.push([(x, yy) => arrow(x, yy, x + 2 * R + 4, yy, 0), 'verschuiving tussen fasen']);
  if (placed.some((p) => p.item.regio.soort !== 'kwadrant')) {
    legend.push([(x, yy) => [rect(x, yy - 7, 2 * R + 6, 14, '#FFFFFF', { rx: 3, stroke: INK_MUTED, dash: '3 2' })], 'op de grens van twee paradigma’s']);
  }
  let x = GRID_LEFT;
  for (const [draw, label] of legend) {
    const width = 2 * R + 13 + textWidth(label, 11.5);
    if (x > GRID_LEFT && x + width > GRID_RIGHT) {
      x = GRID_LEFT;
      y += 24;
    }
    body.push(...draw(x, y), text(x + 2 * R + 13, y + 4, label, { size: 11.5 }));
    x += width + 24;
  }

  y += 30;
  body.push(text(GRID_LEFT, y, 'Deelnemers, naar functie', { size: 12.5, weight: 'bold' }));
  y += 20;
  // Two columns when there are many participants and every function fits in one.
  const half = (GRID_RIGHT - GRID_LEFT) / 2 - 2 * R - 20;
  const columns = deelnemers.length > 4 && deelnemers.every((d) => textWidth(d.functie, 12) <= half) ? 2 : 1;
  const columnWidth = (GRID_RIGHT - GRID_LEFT) / columns;
  const perColumn = Math.ceil(deelnemers.length / columns);
  deelnemers.forEach((deelnemer, index) => {
    const col = Math.floor(index / perColumn);
    const row = index % perColumn;
    const cx = GRID_LEFT + col * columnWidth + R;
    const cy = y + row * ROW;
    body.push(circle(cx, cy, R, '#FFFFFF', INK_MUTED, 1), numberText(cx, cy, deelnemer.nummer, INK));
    body.push(text(cx + R + 8, cy + 4, fit(deelnemer.functie, 12, columnWidth - 2 * R - 20), { size: 12 }));
  });
  y += perColumn * ROW + 4;
  body.push(
    text(GRID_LEFT, y, 'Bron van de indeling: NSOB, vier perspectieven op de rol van de overheid (bewerkt).', { size: 11, fill: INK_MUTED }),
  );
  const height = y + 14;

  const alt = quadrantAlt(sessie, deelnemers, arrows);
  return {
    svg: svgDocument(WIDTH, height, titel, alt, body),
    alt,
    titel,
    name: `nsob-${safeName(sessie.id)}.svg`,
  };
}

function numberText(x: number, y: number, nummer: number, fill: string): string {
  return text(x, y + 3.6, String(nummer), { size: 10, weight: 'bold', anchor: 'middle', fill });
}

function mark(x: number, y: number, nummer: number | undefined, gericht: GerichtId): string[] {
  const filled = gericht === 'stad';
  const parts = [filled ? circle(x, y, R, MARK) : circle(x, y, R - 0.75, '#FFFFFF', MARK, 1.5)];
  if (nummer !== undefined) parts.push(numberText(x, y, nummer, filled ? '#FFFFFF' : MARK));
  return parts;
}

/**
 * An arrow between two mark centres, stopping at the marks' edges. With `towards` it bows
 * (a quadratic curve) to the side of that point, so that it does not run along a row of
 * labels or straight through the marks between its ends.
 */
function arrow(x1: number, y1: number, x2: number, y2: number, inset = R + 2, towards?: readonly [number, number]): string[] {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  let control: readonly [number, number] = [(x1 + x2) / 2, (y1 + y2) / 2];
  if (towards) {
    const bow = Math.min(44, Math.max(16, length * 0.22));
    const plus = [control[0] - uy * bow, control[1] + ux * bow] as const;
    const minus = [control[0] + uy * bow, control[1] - ux * bow] as const;
    const distance = (p: readonly [number, number]) => Math.hypot(p[0] - towards[0], p[1] - towards[1]);
    control = distance(minus) < distance(plus) - 0.01 ? minus : plus;
  }
  const unit = (from: readonly [number, number], to: readonly [number, number]) => {
    const l = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
    return [(to[0] - from[0]) / l, (to[1] - from[1]) / l] as const;
  };
  const out = unit([x1, y1], control);
  const back = unit([x2, y2], control);
  const start = [x1 + out[0] * inset, y1 + out[1] * inset] as const;
  const tip = [x2 + back[0] * inset, y2 + back[1] * inset] as const;
  const base = [tip[0] + back[0] * 8, tip[1] + back[1] * 8] as const;
  const head = polygon(
    [
      tip,
      [base[0] - back[1] * 4.5, base[1] + back[0] * 4.5],
      [base[0] + back[1] * 4.5, base[1] - back[0] * 4.5],
    ],
    INK,
  );
  return [curve(start, control, base, INK, 1.5), head];
}

function regioText(regio: Regio): string {
  if (regio.soort === 'kwadrant') return regio.paradigma;
  if (regio.soort === 'grens') return `op de grens van ${regio.paradigmas[0]} en ${regio.paradigmas[1]}`;
  return `tussen ${regio.paradigmas.join(' en ')}`;
}

function quadrantAlt(sessie: SessieModel, deelnemers: readonly Deelnemer[], arrows: ReadonlyArray<[Placed, Placed]>): string {
  const people = deelnemers.map((deelnemer) => {
    const parts = deelnemer.items.map(
      (item) =>
        `${item.rollen.join(' en ')}${item.fase ? ` (${item.fase})` : ''}: ${regioText(item.regio)}, ` +
        (item.gericht === 'stad' ? 'stadsgericht' : 'intern gericht'),
    );
    const shifts = arrows
      .filter(([a]) => a.item.nummer === deelnemer.nummer)
      .map(([a, z]) => `verschuift van ${regioText(a.item.regio)} (${a.item.fase}) naar ${regioText(z.item.regio)} (${z.item.fase})`);
    return `${deelnemer.nummer}, ${deelnemer.functie}: ${[...parts, ...shifts].join('; ')}`;
  });
  return (
    `Rollen in de sessie "${sessie.data.titel}" van ${formatDatum(sessie.data.datum)}, naar het NSOB-model: ` +
    'linksboven de rechtmatige, rechtsboven de presterende, rechtsonder de samenwerkende en linksonder de responsieve overheid; ' +
    'een gevulde stip is stadsgericht, een open stip intern gericht. ' +
    `${people.join('. ')}.`
  ).replace(/\s+/g, ' ');
}

