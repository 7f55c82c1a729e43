// The images a Markdown body points at, with their place in the file, for `ef check`.
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';

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
  visit(body, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node);
  });
  const refs: BeeldRef[] = [];
  visit(body, ['image', 'imageReference'] as const, (node) => {
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase())?.url;
    // An undefined reference (`![a][nope]`) is plain text in Markdown, not an image.
    if (url !== undefined) {
      refs.push({ url, alt: (node.alt ?? '').trim(), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
  });
  return refs;
}
