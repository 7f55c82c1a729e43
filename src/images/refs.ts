// The images a Markdown body points at, with their place in the file, for `ef check`.
import type { Definition, Nodes, Root } from 'mdast';

export interface BeeldRef {
  readonly url: string;
  readonly alt: string;
  readonly line: number;
  readonly column: number;
}

/** Quick test before parsing: a body without `![` has no image. */
export function mayHaveImages(body: string): boolean {
  return body.includes('![');
}

/** Every image (`![alt](url)` and `![alt][ref]`) in a body, in document order. */
export function beeldRefs(body: Root): BeeldRef[] {
  const definitions = new Map<string, Definition>();
  const walkDefinitions = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (const child of node.children) walkDefinitions(child);
  };
  walkDefinitions(body);
  const refs: BeeldRef[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase())?.url;
      // An undefined reference (`![a][nope]`) is plain text in Markdown, not an image.
      if (url !== undefined) {
        refs.push({ url, alt: (node.alt ?? '').trim(), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(body);
  return refs;
}
