// Small mdast builders. Text from a logbook only ever enters a tree through `text()`
// (or a `text` inside a builder below), never as an `html` node, so that every renderer
// shows it literally.
import type {
  BlockContent,
  Heading,
  Image,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';

export type Inline = PhrasingContent | string;

export function text(value: string): Text {
  return { type: 'text', value };
}

function phrasing(children: readonly Inline[]): PhrasingContent[] {
  return children.map((child) => (typeof child === 'string' ? text(child) : child));
}

export function paragraph(...children: Inline[]): Paragraph {
  return { type: 'paragraph', children: phrasing(children) };
}

export function strong(...children: Inline[]): Strong {
  return { type: 'strong', children: phrasing(children) };
}

export function heading(depth: number, ...children: Inline[]): Heading {
  return { type: 'heading', depth: clampDepth(depth), children: phrasing(children) };
}

export function link(url: string, ...children: Inline[]): Link {
  return { type: 'link', url, children: phrasing(children) };
}

export function image(url: string, alt: string, title?: string): Image {
  return title === undefined ? { type: 'image', url, alt } : { type: 'image', url, alt, title };
}

/** A tight bullet list; each item is a paragraph of inline content or a list of blocks. */
export function list(items: ReadonlyArray<readonly Inline[] | { readonly blocks: readonly BlockContent[] }>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => {
      const children = 'blocks' in item ? [...item.blocks] : [paragraph(...(item))];
      return { type: 'listItem', spread: false, children: children };
    }),
  };
}

/** A GFM table with a header row; every cell is inline content. */
export function table(header: readonly Inline[], rows: ReadonlyArray<readonly (Inline | readonly Inline[])[]>): Table {
  const cell = (content: Inline | readonly Inline[]): TableCell => ({
    type: 'tableCell',
    children: phrasing(Array.isArray(content) ? content : [content as Inline]),
  });
  const row = (cells: readonly (Inline | readonly Inline[])[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

export function clampDepth(depth: number): Heading['depth'] {
  return Math.min(6, Math.max(1, Math.round(depth))) as Heading['depth'];
}

/** Root-level inline nodes in a paragraph: mixing them into a flow would glue blocks together. */
export function asBlocks(nodes: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    if (pending.length > 0) result.push({ type: 'paragraph', children: pending });
    pending = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) pending.push(node);
    else {
      flush();
      result.push(node);
    }
  }
  flush();
  return result;
}

const PHRASING = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image',
  'linkReference', 'imageReference', 'footnoteReference', 'html',
]);

function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING.has(node.type);
}
