// Images in a parsed body get the logbook path they point at (`data.efBeeld`), so that
// later stages, which no longer know which file a node came from, can find the file.
// A reference ef will not follow (outside `beelden/`, a web address) gets no mark and
// stays a plain image node, which every stage shows as its alt text.
import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { verwijzing } from './beeld.js';

function setData(node: Image | ImageReference, values: Record<string, string>): void {
  (node as { data?: object }).data = { ...(node.data ?? {}), ...values };
}

export interface BeeldData {
  /** Path relative to the logbook root, e.g. `beelden/team.jpg`. */
  readonly efBeeld?: string;
  /** The title of the definition an image reference uses (`[ref]: url "titel"`). */
  readonly efTitel?: string;
}

export function markBeelden(body: Root, bestand: string): Root {
  if (!containsImage(body)) return body;
  const definitions = new Map<string, Definition>();
  visit(body, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node);
  });
  visit(body, ['image', 'imageReference'] as const, (node) => {
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase())?.url;
    const target = url === undefined ? undefined : verwijzing(bestand, url);
    if (target && 'pad' in target) setData(node, { efBeeld: target.pad });
    if (node.type === 'imageReference' && url !== undefined) {
      const title = definitions.get(node.identifier.toLowerCase())?.title;
      if (title) setData(node, { efTitel: title });
    }
  });
  return body;
}

/** The logbook path an image node points at, if ef may show it. */
export function beeldPadOf(node: { data?: unknown }): string | undefined {
  const pad = (node.data as BeeldData | undefined)?.efBeeld;
  return typeof pad === 'string' ? pad : undefined;
}

function containsImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return 'children' in node && node.children.some((child) => containsImage(child));
}
