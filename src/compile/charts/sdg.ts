// SDG coverage: one row per Global Goal, a badge in the official colour with the
// number, the Dutch name, and a bar with the number of sessions. All 17 goals are
// shown so that the picture tells which goals were not touched; those rows are grey.
import type { Monitoring } from '../monitoring.js';
import { formatGetal } from '../../core/dutch.js';
import { INK, INK_MUTED, LINE, fit, line, rect, svgDocument, text, textWidth } from './svg.js';

/** Text colour for small labels on each SDG colour: the contrast table of DOMAIN.md §4.2. */
export const SDG_TEXT_COLOUR: Readonly<Record<number, '#000000' | '#FFFFFF'>> = {
  1: '#000000', 2: '#000000', 3: '#000000', 4: '#FFFFFF', 5: '#000000', 6: '#000000',
  7: '#000000', 8: '#FFFFFF', 9: '#000000', 10: '#FFFFFF', 11: '#000000', 12: '#000000',
  13: '#FFFFFF', 14: '#000000', 15: '#000000', 16: '#FFFFFF', 17: '#FFFFFF',
};

const GREY_BADGE = '#E6E6E6';

export interface SdgChartParts {
  readonly width: number;
  readonly height: number;
  readonly body: string[];
}

export function sdgChartBody(monitoring: Monitoring, titel: string): SdgChartParts {
  const width = 680;
  const rowHeight = 24;
  const top = 52;
  const left = 16;
  const badge = 20;
  const nameX = left + badge + 10;
  const nameSize = 12.5;
  const nameWidth = Math.min(300, Math.max(...monitoring.sdgs.map((goal) => textWidth(goal.naam, nameSize))));
  const barX = nameX + nameWidth + 16;
  const barMax = width - 16 - 40 - barX; // room for the number after the longest bar
  const max = Math.max(1, ...monitoring.sdgs.map((goal) => goal.sessies));
  const height = top + monitoring.sdgs.length * rowHeight + 34;

  const body: string[] = [
    text(left, 24, titel, { size: 15, weight: 'bold' }),
    text(left, 42, `Aantal sessies per Global Goal (SDG), ${monitoring.periode.label}`, { size: 12, fill: INK_MUTED }),
    line(barX, top - 4, barX, top + monitoring.sdgs.length * rowHeight, LINE),
  ];
  monitoring.sdgs.forEach((goal, index) => {
    const y = top + index * rowHeight;
    const mid = y + rowHeight / 2;
    const active = goal.sessies > 0;
    body.push(
      rect(left, mid - badge / 2, badge, badge, active ? goal.kleur : GREY_BADGE, { rx: 2 }),
      text(left + badge / 2, mid + 4, String(goal.nummer), {
        size: 11,
        weight: 'bold',
        anchor: 'middle',
        fill: active ? (SDG_TEXT_COLOUR[goal.nummer] ?? INK) : INK_MUTED,
      }),
      text(nameX, mid + 4.5, fit(goal.naam, nameSize, nameWidth), { size: nameSize, fill: active ? INK : INK_MUTED }),
    );
    const barLength = (goal.sessies / max) * barMax;
    if (active) body.push(rect(barX, mid - 8, barLength, 16, goal.kleur));
    body.push(
      text(
        barX + barLength + 6,
        mid + 4.5,
        formatGetal(goal.sessies),
        active ? { weight: 'bold' } : { fill: INK_MUTED },
      ),
    );
  });
  const touched = monitoring.sdgs.filter((goal) => goal.sessies > 0).length;
  body.push(
    text(left, height - 12, `${formatGetal(touched)} van de 17 SDG's komen voor in ten minste één sessie; grijs: geen sessie.`, {
      size: 11,
      fill: INK_MUTED,
    }),
  );
  return { width, height, body };
}

export function renderSdgChart(monitoring: Monitoring, titel: string, alt: string): string {
  const { width, height, body } = sdgChartBody(monitoring, titel);
  return svgDocument(width, height, titel, alt, body);
}
