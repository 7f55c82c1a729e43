// Where a `## …` section of a Markdown body starts and whether it holds a list item.
//
// `ef check` asks this of every session, and a full Markdown parse of every body would
// cost most of the check's time. So a line scanner answers for bodies made of plain
// lines (ATX headings, lists, paragraphs, fences): there it agrees with the Markdown
// tree, which tests/unit/sections.test.ts proves against remark on random bodies. A body
// with constructs whose meaning depends on their neighbours (setext underlines, HTML
// blocks and comments, block quotes, tabs, headings with markup or indentation) is
// parsed for real, so the check and the report can never disagree about it.
import type { List, Root, RootContent } from 'mdast';
import { parseBody } from './body.js';

export interface SectionFinding {
  /** 1-based file line of the heading. */
  readonly headingLine: number;
  /** Whether the section holds a list with at least one item that has text. */
  readonly hasListItem: boolean;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * Lines whose meaning depends on context: setext underlines and thematic breaks, HTML,
 * block quotes, tabs, indented headings, headings with inline markup or entities, and
 * ordered items not starting at 1 (after a paragraph they are plain text).
 */
export const NEEDS_TREE =
  /^ {0,3}(?:[<>]|=+[ \t]*$|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$|-+[ \t]*$|(?!1[.)])\d{1,9}[.)])|\t|^ +#|^ {0,3}#{1,6}[ \t].*[*_`[\]<&\\!]|<!--/m;

/** The level-2 section titled `title` (any letter case) of a body, as Markdown reads it. */
export function findBodySection(body: string, bodyLine: number, title: string): SectionFinding | undefined {
  return NEEDS_TREE.test(body) ? sectionFromTree(body, bodyLine, title) : scanLines(body, bodyLine, title);
}

/** The line scanner, exact for bodies without the constructs in NEEDS_TREE. Exported for the differential test. */
export function scanLines(body: string, bodyLine: number, title: string): SectionFinding | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  let found: { headingLine: number; hasListItem: boolean } | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) {
        fence = undefined;
      }
      continue;
    }
    if (fenceMatch && !(fenceMatch[1]![0] === '`' && line.slice(line.indexOf('`') + fenceMatch[1]!.length).includes('`'))) {
      fence = fenceMatch[1]!;
      continue;
    }
    const heading = ATX.exec(line);
    if (heading && heading[1]!.length <= 2) {
      if (found) return found;
      if (heading[1]!.length === 2 && (heading[2] ?? '').trim().toLowerCase() === title) {
        found = { headingLine: bodyLine + index, hasListItem: false };
      }
      continue;
    }
    if (found && !found.hasListItem && LIST_ITEM.test(line)) found.hasListItem = true;
  }
  return found;
}

/** The same question answered on the Markdown tree, with the compiler's own parser. */
function sectionFromTree(body: string, bodyLine: number, title: string): SectionFinding | undefined {
  const children = parseBody(body, bodyLine).children;
  const section = findSection(children, title);
  if (!section) return undefined;
  return { headingLine: section.heading.position?.start.line ?? bodyLine, hasListItem: listItemsIn(section.content) > 0 };
}

export interface Section {
  readonly heading: Extract<RootContent, { type: 'heading' }>;
  readonly content: readonly RootContent[];
}

/** The level-2 section whose heading reads `title` (any letter case), up to the next heading of level ≤ 2. */
export function findSection(children: readonly RootContent[], title: string): Section | undefined {
  const start = children.findIndex((node) => node.type === 'heading' && node.depth === 2 && plainText(node).trim().toLowerCase() === title);
  if (start === -1) return undefined;
  const rest = children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return { heading: children[start] as Section['heading'], content: end === -1 ? rest : rest.slice(0, end) };
}

/** The number of items with text in the section's own lists: what the reports show as opbrengsten. */
export function listItemsIn(content: readonly RootContent[]): number {
  return content
    .filter((node): node is List => node.type === 'list')
    .reduce((sum, list) => sum + list.children.filter(itemHasText).length, 0);
}

/** Whether a list item says something: an item holding only an HTML comment does not. */
export function itemHasText(item: RootContent): boolean {
  return plainText(item).trim() !== '';
}

/**
 * The text of a node as a reader sees it: HTML comments are not text, other raw HTML
 * is (the reports show it literally).
 */
function plainText(node: RootContent | Root): string {
  if (node.type === 'html') return /^\s*<!--[\s\S]*?-->\s*$/.test(node.value) ? '' : node.value;
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}
