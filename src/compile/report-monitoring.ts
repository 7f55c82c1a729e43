// The monitoring part of a rapportage.
//
// INTEGRATION POINT: the section itself is written by `monitoringSection` in
// src/compile/monitoring-section.ts (another engineer). Until that file lands, this
// placeholder keeps the report whole: a heading, the main figures and the charts.
import type { RootContent } from 'mdast';
import type { Chart } from '../render/charts/index.js';
import type { Monitoring } from './monitoring.js';
import { aantal, heading, hoofdletter, image, paragraph } from './mdast.js';

export function monitoringBlocks(figures: Monitoring, charts: { sdg: Chart; timeline?: Chart | undefined }, assetDir: string): RootContent[] {
  const nodes: RootContent[] = [
    heading(2, 'Monitoring'),
    paragraph(
      `${hoofdletter(aantal(figures.sessies.totaal, 'bijeenkomst', 'bijeenkomsten'))} met ` +
        `${aantal(figures.deelnemers.totaal, 'deelnemer', 'deelnemers')} ` +
        `(${figures.deelnemers.intern} van binnen en ${figures.deelnemers.extern} van buiten de organisatie).`,
    ),
  ];
  for (const chart of [charts.sdg, charts.timeline]) {
    if (chart) nodes.push(paragraph(image(`${assetDir}/${chart.name}`, chart.alt)));
  }
  return nodes;
}
