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

/**
 * An image alone on its line, between blank lines: `![alt](url)` or `![alt](url "title")`,
 * indented at most three spaces. Its alt holds no markup, entity or bracket and its url
 * no space, bracket, escape or entity, so what the line says is what Markdown reads.
 */
const IMAGE_LINE = /^( {0,3})!\[([^[\]\\*_&`<>\r]*)\]\(([^\s()<>\\&]+)(?: +(?:"[^"\\&\r]*"|'[^'\\&\r]*'))?\) *$/;

/**
 * Constructs that can hide an image-like line from Markdown (code, HTML, escapes, tabs,
 * indented code) or that the line test above cannot follow: the parser answers there.
 */
const MAY_HIDE_IMAGES = /[`<\\\t\r]|~~~|^ {4}/m;

/**
 * The images of a body whose every `![` starts an image line (see IMAGE_LINE), found
 * without parsing Markdown; undefined for any other body, which `beeldRefs` reads from
 * the tree. `ef check` asks this of every file, and Delft's bodies are of this kind: a
 * full parse of them was about a fifth of a cold check of its logbook.
 * tests/unit/image-refs.test.ts holds it to the parser on generated bodies.
 */
export function quickBeeldRefs(body: string, bodyLine: number): BeeldRef[] | undefined {
  if (MAY_HIDE_IMAGES.test(body)) return undefined;
  const lines = body.split('\n');
  const refs: BeeldRef[] = [];
  let seen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!line.includes('![')) continue;
    const image = IMAGE_LINE.exec(line);
    if (!image || !isBlank(lines[index - 1]) || !isBlank(lines[index + 1])) return undefined;
    refs.push({ url: image[3]!, alt: image[2]!.trim(), line: bodyLine + index, column: image[1]!.length + 1 });
    seen += 1;
  }
  // Two `![` on one line never match IMAGE_LINE; this guards the count all the same.
  return seen === body.split('![').length - 1 ? refs : undefined;
}

/** A blank line, or no line at all (the start or end of the body). */
function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
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
