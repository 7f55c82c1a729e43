// The mdast the HTML renderer converts: a copy of the document's tree with raw
// HTML turned into visible text (comments dropped), foreign images replaced by
// their alt text, unsafe links unwrapped and heading levels normalised below
// the document title (h1).
import type { Heading, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { RenderDocument } from '../../compile/document.js';
import { figureCaptions } from '../figures.js';
import { smartQuotes } from '../typst/escape.js';
import { fragmentOf, headingId, headingLevels, isHtmlComment, resolveImage, safeHref } from './content.js';

export function prepareTree(doc: RenderDocument): Root {
  const tree: Root = structuredClone(doc.tree);
  const levels = headingLevels(tree, 2);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node.url);
  });
  rewrite(tree, doc, levels, definitions);
  // A figure's caption (its number and title) becomes the title the figcaption shows.
  for (const [image, caption] of figureCaptions(doc, tree)) image.title = caption;
  quotes(tree, { last: '' });
  return tree;
}

// Parents whose children are blocks: raw HTML there becomes a paragraph of text.
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function rewrite(parent: Parents, doc: RenderDocument, levels: Map<Heading, number>, definitions: Map<string, string>): void {
  const out: Nodes[] = [];
  for (const node of parent.children as Nodes[]) {
    for (const replaced of replace(node, doc, levels, definitions)) {
      const loose = BLOCK_PARENTS.has(parent.type) && node.type === 'html' && replaced.type === 'text';
      out.push(loose ? { type: 'paragraph', children: [replaced] } : replaced);
    }
  }
  (parent as { children: Nodes[] }).children = out;
}

/** Typographic quotes in running text, as in the PDF (code and urls keep theirs). */
function quotes(node: Nodes, state: { last: string }): void {
  if (node.type === 'text') {
    const literal = (node.data as { efLiteral?: boolean } | undefined)?.efLiteral === true;
    if (!literal) node.value = smartQuotes(node.value, state.last);
    state.last = node.value.at(-1) ?? state.last;
    return;
  }
  if (node.type === 'inlineCode' || node.type === 'code') {
    state.last = node.value.at(-1) ?? state.last;
    return;
  }
  if (!('children' in node)) return;
  // Each block starts afresh; inline children continue the running text.
  const block = node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete' && node.type !== 'link';
  for (const child of node.children) {
    if (block) state.last = '';
    quotes(child, state);
  }
}

function replace(node: Nodes, doc: RenderDocument, levels: Map<Heading, number>, definitions: Map<string, string>): Nodes[] {
  switch (node.type) {
    case 'html':
      // Raw HTML is shown as the text it is, never as markup.
      // (marked literal: typographic quotes leave it alone, as in the PDF)
      return isHtmlComment(node.value) ? [] : [{ type: 'text', value: node.value, data: { efLiteral: true } as never }];
    case 'image':
      return imageOrAlt(node.url, node.alt ?? '', node, doc);
    case 'imageReference':
      return imageOrAlt(definitions.get(node.identifier.toLowerCase()) ?? '', node.alt ?? '', undefined, doc);
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase());
      rewrite(node, doc, levels, definitions);
      const href = url === undefined ? undefined : fragmentOf(url) !== undefined ? url : safeHref(url);
      if (!href) return node.children;
      return [{ type: 'link', url: href, title: node.type === 'link' ? node.title : null, children: node.children }];
    }
    case 'definition':
      return [];
    case 'heading': {
      const id = headingId(node);
      node.depth = (levels.get(node) ?? 2) as Heading['depth'];
      rewrite(node, doc, levels, definitions);
      // Only the heading's id survives of its hast hints (the sanitizer prefixes it).
      node.data = id === undefined ? undefined : ({ hProperties: { id } });
      return [node];
    }
    default:
      // No hast hints from the tree: what an element becomes is decided here.
      delete (node as { data?: unknown }).data;
      if ('children' in node) rewrite(node, doc, levels, definitions);
      return [node];
  }
}

function imageOrAlt(url: string, alt: string, node: Nodes | undefined, doc: RenderDocument): Nodes[] {
  const image = resolveImage(doc, url);
  if (!image) return alt === '' ? [] : [{ type: 'text', value: alt } satisfies PhrasingContent];
  const title = node?.type === 'image' ? node.title : null;
  return [{ type: 'image', url: `${doc.assetDir}/${image.name}`, alt: alt || image.alt, title }];
}

