// Trusted additions to the sanitized content: ef's own markup, added after the
// sanitizer so that it needs no loophole in the schema. Charts become data URIs,
// headings get ids (for the contents), tables get header scopes and a
// scrollable wrapper, SDG list items and cells get their badge.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { imageBytes, imageMime, type RenderDocument } from '../../compile/document.js';
import { resolveImage, sdgBadge } from './content.js';

export interface TocEntry {
  readonly id: string;
  readonly text: string;
  readonly level: number;
}

// The sanitizer prefixes every id from the content (so none can clash with the
// page's own ids); links within the document get the same prefix here.
const PREFIX = 'user-content-';

export function enrich(tree: Root, doc: RenderDocument): TocEntry[] {
  const toc: TocEntry[] = [];
  const ids = new Set<string>();
  collectIds(tree, ids);
  let tables = 0;
  const walk = (parent: Root | Element): void => {
    const children: (RootContent | ElementContent)[] = [];
    for (const node of parent.children) {
      if (node.type !== 'element') {
        children.push(node);
        continue;
      }
      if (node.tagName === 'img') {
        const img = image(node, doc);
        if (img) children.push(img);
        continue;
      }
      if (node.tagName === 'p' && isFigure(node)) {
        const fig = figure(node, doc);
        if (fig) children.push(fig);
        continue;
      }
      walk(node);
      // The footnotes' own (visually hidden) heading keeps the id its references point to.
      const footnoteLabel = Array.isArray(node.properties.className) && node.properties.className.includes('sr-only');
      if (/^h[2-6]$/.test(node.tagName) && !footnoteLabel) {
        const text = textOf(node);
        const given = node.properties.id;
        const id = typeof given === 'string' && given !== '' ? given : uniqueId(`${PREFIX}${slug(text)}`, ids);
        node.properties = { ...node.properties, id };
        toc.push({ id, text, level: Number(node.tagName.slice(1)) });
      } else if (node.tagName === 'a') {
        const href = node.properties.href;
        if (typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${PREFIX}`)) {
          node.properties.href = `#${PREFIX}${href.slice(1)}`;
        }
      } else if (node.tagName === 'th' || node.tagName === 'td') {
        tableCell(node);
      } else if (node.tagName === 'li') {
        badgeInto(node);
      }
      if (node.tagName === 'table') {
        tables += 1;
        // A wide table scrolls sideways on a phone; the region is focusable so
        // keyboard users can scroll it too.
        children.push({
          type: 'element',
          tagName: 'div',
          properties: { className: ['tabel'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${tables}` },
          children: [node],
        });
        continue;
      }
      children.push(node);
    }
    parent.children = children;
  };
  walk(tree);
  return toc;
}

/** Our chart or photo as a data URI (an SVG in `<img>` runs no script and loads nothing); anything else is dropped. */
function image(node: Element, doc: RenderDocument): Element | undefined {
  const src = typeof node.properties.src === 'string' ? node.properties.src : '';
  const found = resolveImage(doc, src);
  if (!found) return undefined;
  const alt = typeof node.properties.alt === 'string' && node.properties.alt !== '' ? node.properties.alt : found.alt;
  const properties: Element['properties'] = {
    src: `data:${imageMime(found)};base64,${Buffer.from(imageBytes(found)).toString('base64')}`,
    alt,
  };
  const size = found.beeld ? { width: found.beeld.width, height: found.beeld.height } : svgSize(found.svg ?? '');
  if (size) Object.assign(properties, size);
  return { type: 'element', tagName: 'img', properties, children: [] };
}

/** Width and height from the SVG root, so the page does not jump while it loads. */
function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = /\swidth="(\d+(?:\.\d+)?)(?:px)?"/.exec(root)?.[1];
  const height = /\sheight="(\d+(?:\.\d+)?)(?:px)?"/.exec(root)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : undefined;
}

function isFigure(p: Element): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]?.type === 'element' && meaningful[0].tagName === 'img';
}

function figure(p: Element, doc: RenderDocument): Element | undefined {
  const source = p.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img')!;
  const img = image(source, doc);
  if (!img) return undefined;
  const title = typeof source.properties.title === 'string' ? source.properties.title : undefined;
  const children: ElementContent[] = [img];
  if (title) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] });
  return { type: 'element', tagName: 'figure', properties: {}, children };
}

function tableCell(cell: Element): void {
  const align = cell.properties.align;
  delete cell.properties.align;
  const className: string[] = [];
  if (align === 'right' || align === 'center') className.push(`uitlijning-${align === 'right' ? 'rechts' : 'midden'}`);
  if (cell.tagName === 'th') cell.properties.scope = 'col';
  if (className.length > 0) cell.properties.className = className;
  badgeInto(cell);
}

/** Put the SDG badge at the start of a list item or cell (inside its first paragraph, if any). */
function badgeInto(node: Element): void {
  const badge = sdgBadge(textOf(node));
  if (!badge) return;
  const span: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sdg', `sdg-${badge.nummer}`], ariaHidden: 'true' },
    children: [{ type: 'text', value: String(badge.nummer) }],
  };
  const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  const target = first?.type === 'element' && first.tagName === 'p' ? first : node;
  target.children.unshift(span);
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function collectIds(tree: Root, ids: Set<string>): void {
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
}

/** `Eerste evaluatie: Cornelis Musius` → `eerste-evaluatie-cornelis-musius`. */
function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'kop';
}

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
