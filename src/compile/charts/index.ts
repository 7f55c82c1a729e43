// The charts of the reports, as SVG strings: SDG coverage, sessions and roles over time,
// and the NSOB quadrant of each session.
//
// Library or hand-written? Measured on this machine (Node 20, 2 cores), cold
// `await import()` of the candidates that render SVG in Node without a browser or canvas:
//   - echarts 6 (SSR, `renderToSVGString`): 730–1030 ms for `echarts`, ~930 ms for
//     `echarts/core` + bar/line + SVG renderer; 62 MB installed. Ids (`zr0-…`) count up
//     per instance, so two renders in one process differ; it adds a hover `<style>` and
//     `ecmeta_*` attributes, and has no `<title>`/`<desc>`.
//   - vega 6 + vega-lite 6 (`view.toSVG()`, renderer 'none'): 270–385 ms for vega, +23 ms
//     for vega-lite, +43 ms for the first render; deterministic, but async, dozens of packages (82 for
//     the three in a trial install),
//     and its SVG still needs post-processing for role/title/desc and our escaping rules.
//   - these hand-written builders (svg.ts + one file per chart): 16–22 ms for a cold
//     import of this module, most of it the vocabulary and model helpers that ef loads
//     anyway; nothing to lazy-load, no dependency added.
// Neither library draws the NSOB quadrant (the most important picture: marks on shared
// borders, open and filled marks, phase arrows) without a custom layout anyway, and two
// bar/line charts are a few dozen lines each. So: no chart library. The rules every SVG
// here keeps are in svg.ts (escaped text, fixed decimals, no ids/href/script/style).
import type { Monitoring } from '../monitoring.js';
import { formatGetal } from '../../core/dutch.js';
import type { SessieModel } from '../../model/types.js';
import type { Audience } from '../document.js';
import { renderQuadrant } from './quadrant.js';
import { renderSdgChart } from './sdg.js';
import { renderTimelineChart, timelineAlt } from './timeline.js';

export interface Chart {
  /** File name, `[a-z0-9-]+\.svg`. */
  readonly name: string;
  readonly svg: string;
  /** Alternative text: what the picture says, in words (Dutch). */
  readonly alt: string;
  /** A short caption. */
  readonly titel: string;
}

/** All 17 SDGs as horizontal bars in their official colours; goals without sessions are grey. */
export function sdgChart(monitoring: Monitoring): Chart {
  // Not the heading above it again ("Global Goals (SDG's)"): what the bars count.
  const titel = 'Aantal sessies per Global Goal';
  const touched = monitoring.sdgs.filter((goal) => goal.sessies > 0);
  const alt =
    `Staafdiagram van het aantal sessies per Global Goal (SDG), ${monitoring.periode.label}. ` +
    (touched.length === 0
      ? 'Geen enkele sessie is aan een SDG gekoppeld.'
      : `${touched
          .map((goal) => `SDG ${goal.nummer} ${goal.naam}: ${formatGetal(goal.sessies)} ${goal.sessies === 1 ? 'sessie' : 'sessies'}`)
          .join('; ')}. ` +
        (touched.length < 17 ? `De andere ${formatGetal(17 - touched.length)} SDG's komen in geen sessie voor.` : ''));
  return { name: 'sdg-dekking.svg', svg: renderSdgChart(monitoring, titel, alt.trim()), alt: alt.trim(), titel };
}

/** Sessions and roles per month; undefined when the sessions fall in fewer than two months. */
export function timelineChart(monitoring: Monitoring): Chart | undefined {
  if (monitoring.perMaand.length < 2) return undefined;
  const titel = 'Sessies en rollen door de tijd';
  const alt = timelineAlt(monitoring);
  return { name: 'sessies-en-rollen-per-maand.svg', svg: renderTimelineChart(monitoring, titel, alt), alt, titel };
}

/**
 * The roles of one session naar het NSOB-model; undefined when no participant has a
 * case role. Participants are numbered and keyed by function, never by name. With
 * `audience: 'publiek'` an external participant shows as "(extern)" instead of the
 * organisation. `rollen` gives the labels of roles the config adds.
 */
export function quadrantChart(
  sessie: SessieModel,
  options: { audience: Audience; rollen?: readonly { id: string; label: string }[] },
): Chart | undefined {
  return renderQuadrant(sessie, options);
}
