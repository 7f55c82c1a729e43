// Where every key and value of a frontmatter block sits in the file, taken from the
// one parse the block already had (js-yaml's event stream, or the `yaml` document for
// unusual blocks). Built on first use, in one linear pass; every lookup after that
// is a map lookup per path segment, so even a block with 100,000 keys and a message
// for each is located in linear time.
import type { Event } from 'js-yaml';
import type { Document, Node } from 'yaml';
import { jsYamlLibrary, yamlLibrary } from './yaml-library.js';
import { lineIndex } from './line-index.js';

/** A node of the block: its start offset in the YAML text, and its children. */
export interface Placed {
  /** Offset of the value (a quote or block indicator included); for an empty value, right after its `:` or `-`. */
  readonly start: number;
  /** For a mapping: its pairs by key text. */
  readonly pairs?: ReadonlyMap<string, PlacedPair>;
  /** For a sequence: its items. */
  readonly items?: readonly Placed[];
}

export interface PlacedPair {
  /** Offset of the key. */
  readonly key: number;
  readonly value: Placed;
}

export interface Positions {
  /** The block's top node, if it has one. */
  readonly root: Placed | undefined;
  /** 1-based line and column (in UTF-16 code units) of an offset in the YAML text. */
  place(offset: number): { line: number; column: number };
}

/** Positions from a `js-yaml` event stream over `text`. */
export function positionsFromEvents(events: readonly Event[], text: string): Positions {
  return { root: treeFromEvents(events, text), place: lineIndex(text) };
}

/** Positions from a `yaml` document parsed from `text`. */
export function positionsFromDocument(doc: Document, text: string): Positions {
  return { root: treeFromDocument(doc.contents), place: lineIndex(text) };
}

interface MutableNode {
  start: number;
  pairs?: Map<string, PlacedPair>;
  items?: Placed[];
}

interface Frame {
  readonly node: MutableNode;
  /** In a mapping: the key waiting for its value (text undefined for a complex key). */
  key: { text: string | undefined; start: number; end: number } | undefined;
}

function treeFromEvents(events: readonly Event[], text: string): Placed | undefined {
  const { EVENT_ID, getScalarValue } = jsYamlLibrary();
  let root: Placed | undefined;
  const stack: Frame[] = [];
  let lastEnd = 0;

  const attach = (node: MutableNode): void => {
    const frame = stack.at(-1);
    if (!frame) {
      root ??= node;
      return;
    }
    if (frame.node.items) {
      frame.node.items.push(node);
      return;
    }
    const key = frame.key;
    if (key === undefined) {
      // A collection used as a key (`? [a, b]`): it has no text to look it up by.
      frame.key = { text: undefined, start: node.start, end: node.start };
      return;
    }
    if (key.text !== undefined && !frame.node.pairs!.has(key.text)) frame.node.pairs!.set(key.text, { key: key.start, value: node });
    frame.key = undefined;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: MutableNode = event.type === EVENT_ID.MAPPING ? { start: event.start, pairs: new Map() } : { start: event.start, items: [] };
        attach(node);
        stack.push({ node, key: undefined });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
      case EVENT_ID.SCALAR: {
        const frame = stack.at(-1);
        const isKey = frame?.node.pairs !== undefined && frame.key === undefined;
        if (isKey) {
          const start = scalarStart(event.valueStart, event.style, text, lastEnd);
          frame.key = { text: getScalarValue(text, event), start, end: Math.max(event.valueEnd, start) };
        } else {
          const after = frame?.key?.end ?? lastEnd;
          const start =
            event.valueStart === -1 ? emptyStart(text, after, frame?.node.items ? '-' : ':') : scalarStart(event.valueStart, event.style, text, after);
          attach({ start });
        }
        if (event.valueEnd !== -1) lastEnd = event.valueEnd;
        break;
      }
      case EVENT_ID.ALIAS:
        attach({ start: Math.max(0, event.anchorStart - 1) });
        break;
      default:
        break;
    }
  }
  return root;
}

/** A value starts at its opening quote or block indicator, not at its first character. */
function scalarStart(valueStart: number, style: number, text: string, after: number): number {
  const { SCALAR_STYLE } = jsYamlLibrary();
  if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) return valueStart - 1;
  if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK) {
    for (let index = after; index < valueStart; index += 1) {
      const char = text.charCodeAt(index);
      if (char === 0x7c || char === 0x3e) return index; // `|` or `>`
    }
  }
  return valueStart;
}

/** An empty value is placed right after the `:` (or `-`) that introduces it. */
function emptyStart(text: string, after: number, marker: string): number {
  const at = text.indexOf(marker, after);
  return at === -1 ? after : at + 1;
}

// Iterative: the document may be deep (up to the nesting limit) and this must not recurse.
function treeFromDocument(contents: Node | null): Placed | undefined {
  if (!contents) return undefined;
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  const root = shallow(contents);
  const stack: Array<[Node, MutableNode]> = [[contents, root]];
  while (stack.length > 0) {
    const [node, placed] = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (!isScalar(key) || !key.range) continue;
        const text = String(key.value);
        if (placed.pairs!.has(text)) continue;
        const child = value?.range ? shallow(value) : { start: key.range[1] };
        placed.pairs!.set(text, { key: key.range[0], value: child });
        if (value) stack.push([value, child]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const child = shallow(item as Node);
        placed.items!.push(child);
        if (item) stack.push([item as Node, child]);
      }
    }
  }
  return root;
}

function shallow(node: Node | null): MutableNode {
  const { isMap, isSeq } = yamlLibrary();
  const start = node?.range?.[0] ?? 0;
  if (isMap(node)) return { start, pairs: new Map() };
  if (isSeq(node)) return { start, items: [] };
  return { start };
}
