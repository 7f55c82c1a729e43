// Applies value repairs to a YAML block through yaml's Document API: the document
// says where each node sits, and only those bytes are replaced. Everything else
// (comments, key order, quoting, flow style, blank lines) stays exactly as written.
import type { Document, Node, Pair, Scalar } from 'yaml';
import { yamlLibrary } from '../load/yaml-library.js';
import type { DataPath, ValueRepair } from './repairs.js';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true } as const;

export function parseYaml(text: string): Document {
  return yamlLibrary().parseDocument(text, OPTIONS);
}

interface Found {
  readonly node: Node;
  /** The collection holding it and its index there. */
  readonly parent: Node;
  readonly index: number;
  /** For a map entry: its pair. */
  readonly pair?: Pair;
}

function find(doc: Document, path: DataPath): Found | undefined {
  let node = doc.contents;
  let found: Found | undefined;
  for (const segment of path) {
    if (yamlLibrary().isMap(node)) {
      const index = node.items.findIndex((item) => yamlLibrary().isPair(item) && String((item.key as Scalar | null)?.value ?? item.key) === String(segment));
      if (index === -1) return undefined;
      const pair = node.items[index]!;
      found = { node: pair.value as Node, parent: node, index, pair };
      node = pair.value as Node | null;
    } else if (yamlLibrary().isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      found = { node: node.items[segment] as Node, parent: node, index: segment };
      node = node.items[segment] as Node | null;
    } else {
      return undefined;
    }
  }
  return found;
}

/**
 * The edits that carry out `repairs`, and which repairs those are: a repair that
 * cannot be done without guessing (or that overlaps another) is left out.
 */
export function editsFor(doc: Document, source: string, repairs: readonly ValueRepair[]): { edits: Edit[]; applied: ValueRepair[] } {
  const planned: Array<{ edit: Edit; repair: ValueRepair }> = [];
  for (const repair of repairs) {
    const found = find(doc, repair.path);
    if (!found) continue;
    const edit = repair.action === 'replace' ? replaceEdit(found, repair.after, source) : removeEdit(found, source);
    if (edit) planned.push({ edit, repair });
  }
  planned.sort((a, b) => a.edit.start - b.edit.start);
  const kept: typeof planned = [];
  for (const item of planned) {
    const last = kept.at(-1);
    if (last && item.edit.start < last.edit.end) continue;
    kept.push(item);
  }
  return { edits: kept.map((item) => item.edit), applied: repairs.filter((repair) => kept.some((item) => item.repair === repair)) };
}

export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function replaceEdit(found: Found, after: unknown, source: string): Edit | undefined {
  const node = found.node;
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  if (yamlLibrary().isScalar(node)) {
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
    return { start, end, text: scalarText(after, node.type, source.slice(start, end)) };
  }
  return undefined;
}

/** The YAML text of a new value, in the quoting style of the one it replaces. */
function scalarText(value: unknown, type: Scalar['type'], _old: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => scalarText(item, 'PLAIN', '')).join(', ')}]`;
  if (typeof value !== 'string') return String(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (type === 'QUOTE_DOUBLE' || !plainIsSafe(value)) return JSON.stringify(value);
  return value;
}

/** Whether a string written without quotes reads back as the same string. */
function plainIsSafe(value: string): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u.test(value) || value !== value.trim()) return false;
  const back = parseYaml(`x: ${value}\n`).toJS() as { x?: unknown };
  return back.x === value;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end + 1;
}

function itemStart(parent: Node, index: number): number | undefined {
  const item = (parent as unknown as { items: unknown[] }).items[index];
  if (yamlLibrary().isPair(item)) return (item.key as Node | null)?.range?.[0];
  return (item as Node | null)?.range?.[0];
}

function itemEnd(parent: Node, index: number): number | undefined {
  const item = (parent as unknown as { items: unknown[] }).items[index];
  const node = (yamlLibrary().isPair(item) ? item.value : item) as Node | null;
  return node?.range?.[1];
}

function removeEdit(found: Found, source: string): Edit | undefined {
  const { parent, index } = found;
  const items = (parent as unknown as { items: unknown[] }).items;
  const start = itemStart(parent, index);
  const end = itemEnd(parent, index);
  if (start === undefined || end === undefined) return undefined;
  const flow = (parent as unknown as { flow?: boolean }).flow === true;
  if (flow) {
    // `, item` after the one before it; the first item takes the `, ` after it along.
    if (index > 0) {
      const previous = itemEnd(parent, index - 1);
      return previous === undefined ? undefined : { start: previous, end, text: '' };
    }
    const next = items.length > 1 ? itemStart(parent, 1) : undefined;
    return next === undefined ? undefined : { start, end: next, text: '' };
  }
  const from = lineStart(source, start);
  const prefix = source.slice(from, start);
  if (/^\s*$/.test(prefix) || (yamlLibrary().isSeq(parent) && /^\s*-\s*$/.test(prefix))) {
    // The item has its own lines: remove them whole.
    const to = lineEnd(source, Math.max(start, end - 1));
    // A comment on the lines of the removed item would go with it: only when there is none.
    if (source.slice(from, to).includes('#')) return undefined;
    return { start: from, end: to, text: '' };
  }
  // The first key of a list item (`- fieldGroup: x`): the next key takes its place.
  if (index + 1 < items.length) {
    const next = itemStart(parent, index + 1);
    return next === undefined ? undefined : { start, end: next, text: '' };
  }
  return undefined;
}

/** The data with the repairs applied, to check that the edited text means exactly that. */
export function expectedData(data: unknown, repairs: readonly ValueRepair[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  // Removals from the back, so earlier indexes stay right.
  const ordered = [...repairs].sort((a, b) => (a.action === b.action ? 0 : a.action === 'replace' ? -1 : 1));
  const removals = ordered.filter((r) => r.action === 'remove').reverse();
  for (const repair of ordered.filter((r) => r.action === 'replace')) setAt(copy, repair.path, repair.after);
  for (const repair of removals) removeAt(copy, repair.path);
  return copy;
}

function parentOf(data: unknown, path: DataPath): unknown {
  let node = data as Record<PropertyKey, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment as string] as Record<PropertyKey, unknown>;
  return node;
}

function setAt(data: unknown, path: DataPath, value: unknown): void {
  (parentOf(data, path) as Record<PropertyKey, unknown>)[path.at(-1) as string] = value;
}

function removeAt(data: unknown, path: DataPath): void {
  const parent = parentOf(data, path);
  const last = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<PropertyKey, unknown>)[last as string];
}
