// The parts of a file's body that reports pick up: its sections by heading, and the
// opbrengsten of a session grouped by case and date.
import type { Definition, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compareCodeUnits } from '../load/discover.js';
import { itemHasText } from '../load/sections.js';
import type { CasusModel, SessieModel } from '../model/types.js';
import { collectDefinitions, sanitizeBlocks } from './sanitize.js';

export interface BodySection {
  /** Lower-case heading text, e.g. `opbrengsten`; empty for the text before the first heading. */
  readonly naam: string;
  /** The heading and its content (the text before the first heading has no heading). */
  readonly nodes: readonly RootContent[];
  readonly content: readonly RootContent[];
}

/** Splits a body at its headings of level 1 and 2 (as `ef check` reads `## Opbrengsten`). */
export function splitSections(body: Root): BodySection[] {
  const sections: BodySection[] = [];
  let current: { naam: string; nodes: RootContent[]; content: RootContent[] } = { naam: '', nodes: [], content: [] };
  for (const node of body.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (current.nodes.length > 0) sections.push(current);
      current = { naam: toString(node).trim().toLowerCase(), nodes: [node], content: [] };
    } else {
      current.nodes.push(node);
      current.content.push(node);
    }
  }
  if (current.nodes.length > 0) sections.push(current);
  return sections.filter((section) => section.naam !== '' || section.content.some((node) => node.type !== 'definition'));
}

/** A body, or part of it, made safe and with its headings starting at `base`. */
export function bodyBlocks(nodes: readonly RootContent[], body: Root, base: number): RootContent[] {
  return sanitizeBlocks(nodes, { definitions: definitionsOf(body), headingBase: base });
}

const definitionCache = new WeakMap<Root, Map<string, Definition>>();

function definitionsOf(body: Root): Map<string, Definition> {
  let definitions = definitionCache.get(body);
  if (!definitions) {
    definitions = collectDefinitions(body);
    definitionCache.set(body, definitions);
  }
  return definitions;
}

/** The opbrengsten of a session: the items of the lists in its `## Opbrengsten` section, made safe. */
export function opbrengstItems(sessie: SessieModel): ListItem[] {
  const section = sessie.opbrengsten;
  // Items are judged before sanitising, which turns HTML (a comment) into visible text.
  const lists = section.children
    .filter((node): node is List => node.type === 'list')
    .map((list) => ({ ...list, children: list.children.filter(itemHasText) }));
  return bodyBlocks(lists, section, 5).flatMap((list) => (list.type === 'list' ? list.children : []));
}

export interface OpbrengstGroep {
  /** Undefined for the sessions without a case ("Zonder casus"). */
  readonly casus: CasusModel | undefined;
  readonly datums: ReadonlyArray<{
    readonly datum: string;
    readonly sessies: ReadonlyArray<{ readonly sessie: SessieModel; readonly items: readonly ListItem[] }>;
  }>;
}

/** Every opbrengst of these sessions, by case (by title, "Zonder casus" last) and then by date. */
export function groupOpbrengsten(sessies: readonly SessieModel[]): OpbrengstGroep[] {
  const groups = new Map<string, { casus: CasusModel | undefined; sessies: SessieModel[] }>();
  for (const sessie of sessies) {
    const key = sessie.casus?.id ?? '';
    const group = groups.get(key) ?? { casus: sessie.casus, sessies: [] };
    group.sessies.push(sessie);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareCasus(a.casus, b.casus))
    .map((group) => {
      const datums = new Map<string, Array<{ sessie: SessieModel; items: ListItem[] }>>();
      for (const sessie of [...group.sessies].sort(byDateThenId)) {
        const items = opbrengstItems(sessie);
        if (items.length === 0) continue;
        const list = datums.get(sessie.data.datum) ?? [];
        list.push({ sessie, items });
        datums.set(sessie.data.datum, list);
      }
      return { casus: group.casus, datums: [...datums].map(([datum, list]) => ({ datum, sessies: list })) };
    })
    .filter((group) => group.datums.length > 0);
}

/** Cases by title: case, accents and spacing do not count; ties by title, then id. */
export function compareCasus(a: CasusModel | undefined, b: CasusModel | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return (
    compareCodeUnits(sortKey(a.data.titel), sortKey(b.data.titel)) ||
    compareCodeUnits(a.data.titel, b.data.titel) ||
    compareCodeUnits(a.id, b.id)
  );
}

function sortKey(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function byDateThenId(a: SessieModel, b: SessieModel): number {
  return compareCodeUnits(a.data.datum, b.data.datum) || compareCodeUnits(a.id, b.id);
}
