// One session in a few lines ("beknopt"), for a rapportage over a period with many
// sessions: its heading (same anchor as the full section), its case, how many took part,
// and its opbrengsten. No verloop, no roles table or NSOB chart, no leerpunten or
// vervolgvragen, no pictures: the full record stays in the logbook.
import type { ListItem, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { withAnchor } from './anchors.js';
import { opbrengstItems } from './body.js';
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
  return [withAnchor(heading(depth, sessieKop(sessie)), sessieAnker(sessie)), list(feiten), ...opbrengsten(sessie)];
}

function opbrengsten(sessie: SessieModel): RootContent[] {
  const items = zonderBeelden(opbrengstItems(sessie));
  if (items.length === 0) return [paragraph(strong('Opbrengsten:'), ' geen vastgelegd.')];
  return [paragraph(strong('Opbrengsten:')), { type: 'list', ordered: false, spread: false, children: items }];
}

/**
 * The items without the logbook's pictures (a picture stands as a paragraph of its own
 * after sanitising), and without items that held nothing else. The items are the
 * sanitiser's own new nodes, so they are changed in place.
 */
function zonderBeelden(items: ListItem[]): ListItem[] {
  const root: Root = { type: 'root', children: [{ type: 'list', spread: false, children: items }] };
  visit(root, 'image', (_node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  visit(root, 'paragraph', (node, index, parent) => {
    if (parent === undefined || index === undefined || node.children.length > 0) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const list = root.children[0];
  return list?.type === 'list' ? list.children.filter((item) => item.children.length > 0) : [];
}
