// Turns a data path (from a Zod issue or a rule) into a line and column in the file,
// using the positions of the one YAML parse, so that every message points at the
// right spot. Each step of a path is a map lookup: locating n messages costs O(n).
import type { Frontmatter } from '../load/frontmatter.js';
import type { Placed, PlacedPair } from '../load/positions.js';
import type { Place } from '../diagnostics/messages.js';

export type DataPath = readonly PropertyKey[];

const TOP: Place = { line: 1, column: 1 };

/** Where the value at `path` starts; for a missing value, the key of its nearest parent. */
export function locateValue(frontmatter: Frontmatter, path: DataPath): Place {
  const { node, parentKey, found } = walk(frontmatter, path);
  if (found && node) return placeOf(frontmatter, node.start);
  return parentKey === undefined ? TOP : placeOf(frontmatter, parentKey);
}

/** Where the key at `path` starts (for unknown or duplicate keys). */
export function locateKey(frontmatter: Frontmatter, path: DataPath): Place {
  const { key, found } = walk(frontmatter, path);
  if (found && key !== undefined) return placeOf(frontmatter, key);
  return locateValue(frontmatter, path);
}

function placeOf(frontmatter: Frontmatter, offset: number): Place {
  const pos = frontmatter.positions().place(offset);
  return { line: pos.line + frontmatter.lineOffset, column: pos.column };
}

interface Walk {
  node: Placed | undefined;
  /** Offset of the key of the last step (a list item counts as its own key). */
  key: number | undefined;
  /** The same, for the last step that was found. */
  parentKey: number | undefined;
  found: boolean;
}

function walk(frontmatter: Frontmatter, path: DataPath): Walk {
  let node: Placed | undefined = frontmatter.positions().root;
  let key: number | undefined;
  for (const segment of path) {
    if (node?.pairs) {
      const pair: PlacedPair | undefined = node.pairs.get(String(segment));
      if (!pair) return { node, key: undefined, parentKey: key, found: false };
      key = pair.key;
      node = pair.value;
    } else if (node?.items && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment]!;
      // A list item has no key of its own: point at the item itself when it is missing a field.
      key = node.start;
    } else {
      return { node, key: undefined, parentKey: key, found: false };
    }
  }
  return { node, key, parentKey: key, found: node !== undefined };
}
