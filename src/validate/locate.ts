// Turns a data path (from a Zod issue or a rule) into a line and column in the file,
// using the YAML document nodes, so that every message points at the right spot.
import { isMap, isPair, isSeq, type Node, type Pair } from 'yaml';
import type { Frontmatter } from '../load/frontmatter.js';
import type { Place } from '../report/messages.js';

export type DataPath = readonly PropertyKey[];

const TOP: Place = { line: 1, column: 1 };

/** Where the value at `path` starts; for a missing value, the key of its nearest parent. */
export function locateValue(frontmatter: Frontmatter, path: DataPath): Place {
  const { node, parentPair, found } = walk(frontmatter, path);
  if (found && node?.range) return placeOf(frontmatter, node.range[0]);
  return locatePair(frontmatter, parentPair);
}

/** Where the key at `path` starts (for unknown or duplicate keys). */
export function locateKey(frontmatter: Frontmatter, path: DataPath): Place {
  const { pair, found } = walk(frontmatter, path);
  if (found && pair) return locatePair(frontmatter, pair);
  return locateValue(frontmatter, path);
}

function locatePair(frontmatter: Frontmatter, pair: Pair | undefined): Place {
  const key = pair?.key as Node | undefined;
  return key?.range ? placeOf(frontmatter, key.range[0]) : TOP;
}

function placeOf(frontmatter: Frontmatter, offset: number): Place {
  const pos = frontmatter.source().lineCounter.linePos(offset);
  return { line: pos.line + frontmatter.lineOffset, column: pos.col };
}

interface Walk {
  node: Node | undefined;
  pair: Pair | undefined;
  parentPair: Pair | undefined;
  found: boolean;
}

function walk(frontmatter: Frontmatter, path: DataPath): Walk {
  let node = frontmatter.source().doc.contents as Node | null | undefined;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const next = node.items.find((item) => isPair(item) && keyValue(item) === String(segment));
      if (!next) return { node, pair: undefined, parentPair: pair, found: false };
      pair = next;
      node = next.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment] as Node | null;
      // A list item has no key of its own: point at the item itself when it is missing a field.
      if (node?.range) pair = syntheticPair(node);
    } else {
      return { node: node ?? undefined, pair: undefined, parentPair: pair, found: false };
    }
  }
  // An empty value (`titel:`) is reported at its own key.
  return { node: node ?? undefined, pair, parentPair: pair, found: node != null };
}

function keyValue(pair: Pair): string {
  const key = pair.key as { value?: unknown } | null;
  return String(key?.value ?? key);
}

function syntheticPair(node: Node): Pair {
  return { key: node, value: node } as unknown as Pair;
}
