// Figures: a paragraph that holds nothing but one of the document's own images (a chart
// or a photo) is a figure. Figures are numbered in document order, photos and charts
// alike (Figuur 1, 2, …), and every renderer shows the same caption below them.
import type { Image, Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { RenderDocument } from '../compile/document.js';
import { resolveImage } from './html/content.js';

/** The image of a figure paragraph, or undefined. */
export function figureImage(doc: RenderDocument, paragraph: Nodes): Image | undefined {
  if (paragraph.type !== 'paragraph') return undefined;
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return only?.type === 'image' && resolveImage(doc, only.url) ? only : undefined;
}

/**
 * The caption of every figure in `tree`, keyed by its image node: `Figuur 2. <title>`
 * (the alt text when there is no title).
 * A title that only repeats the heading above the figure is left out (`Figuur 2.`
 * alone): the heading already says it.
 */
export function figureCaptions(doc: RenderDocument, tree: Root): Map<Image, string> {
  const captions = new Map<Image, string>();
  let heading = '';
  visit(tree, (node) => {
    if (node.type === 'heading') {
      heading = textOf(node);
      return SKIP;
    }
    const image = figureImage(doc, node);
    if (!image) return undefined;
    const number = captions.size + 1;
    // The title is the caption (and credit); without one, the alt text describes the picture.
    const title = (image.title || image.alt || '').replace(/\s+/g, ' ').trim();
    const repeats = title !== '' && comparable(title) === comparable(heading);
    captions.set(image, title === '' || repeats ? `Figuur ${number}` : `Figuur ${number}. ${title}`);
    return SKIP;
  });
  return captions;
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

function comparable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
