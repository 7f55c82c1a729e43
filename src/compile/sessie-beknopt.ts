// One session in a few lines ("beknopt"), for a rapportage over a period with many
// sessions: its heading (same anchor as the full section), its case, how many took part,
// and its opbrengsten. No verloop, no roles table or NSOB chart, no leerpunten or
// vervolgvragen, no pictures: the full record stays in the logbook.
import type { Nodes, RootContent } from 'mdast';
import { withAnchor } from './anchors.js';
import { bodyBlocks } from './body.js';
import { statusLabel } from './labels.js';
import { heading, list, paragraph, strong, type Inline } from './mdast.js';
import { deelnemersZin, sessieAnker, sessieKop } from './session.js';
import type { SessieModel } from '../model/types.js';

/** The session in a few lines, its heading at `depth`. */
export function beknopteSessie(sessie: SessieModel, depth: number): RootContent[] {
  const feiten: Inline[][] = [];
  const casus = sessie.casus?.data;
  if (casus) feiten.push([strong('Casus:'), ` ${casus.titel} (${statusLabel(casus.status).toLowerCase()})`]);
  feiten.push([`${deelnemersZin(sessie.data.deelnemers)}.`]);
  return [withAnchor(heading(depth, sessieKop(sessie)), sessieAnker(sessie)), list(feiten), ...opbrengsten(sessie, depth)];
}

function opbrengsten(sessie: SessieModel, depth: number): RootContent[] {
  const blocks = zonderBeelden(opbrengstenBlocks(sessie, depth + 2));
  if (blocks.length === 0) return [paragraph(strong('Opbrengsten:'), ' geen vastgelegd.')];
  return [paragraph(strong('Opbrengsten:')), ...blocks];
}

/**
 * The `## Opbrengsten` section as the full view shows it, made safe: the session's own
 * parse of that section (`sessie.opbrengsten`), which carries the body's link
 * definitions and marks the logbook's pictures, as the Logboek uses it.
 */
function opbrengstenBlocks(sessie: SessieModel, base: number): RootContent[] {
  return bodyBlocks(sessie.opbrengsten.children, sessie.opbrengsten, base);
}

/** Containers that say nothing once their pictures are gone. */
const LEEG_WEG = new Set(['paragraph', 'listItem', 'list', 'blockquote']);

/**
 * The blocks without the logbook's pictures (after sanitising, a picture stands as a
 * paragraph of its own), and without the paragraphs and list items that held nothing else.
 */
function zonderBeelden<T extends Nodes>(nodes: readonly T[]): T[] {
  const result: T[] = [];
  for (const node of nodes) {
    if (node.type === 'image') continue;
    if (!('children' in node)) {
      result.push(node);
      continue;
    }
    const children = zonderBeelden(node.children);
    if (children.length > 0 || !LEEG_WEG.has(node.type)) result.push({ ...node, children });
  }
  return result;
}
