// mdast → Typst markup. This converter is the only writer of Typst syntax: every
// piece of user text leaves it as a string literal (`typstText`, or for code
// `typstShownString`), every url and alt text as a `typstString`, and image paths
// are built from the safe alphabet only. Unknown node types fall back to their
// text, never to raw output.
import type {
  Blockquote,
  Code,
  Definition,
  FootnoteDefinition,
  Heading,
  Image,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { RenderDocument } from '../../compile/document.js';
import { figureCaptions } from '../figures.js';
import { fragmentOf, headingId, headingLevels, isHtmlComment, resolveImage, safeHref, sdgBadge } from '../html/content.js';
import { labelsToTypst, liftChartLabels } from './chart-labels.js';
import { smartQuotes, typstShownString, typstString, typstText } from './escape.js';

/** Virtual folder (inside the compiler's empty root) where the images are mapped. */
export const IMAGE_DIR = '/beelden';
/** Virtual folder for ef's charts without their labels (see chart-labels.ts); the whole chart stays in IMAGE_DIR. */
export const CHART_DIR = '/grafieken';

interface Context {
  readonly doc: RenderDocument;
  readonly levels: Map<Heading, number>;
  readonly definitions: Map<string, Definition>;
  readonly footnotes: Map<string, FootnoteDefinition>;
  /** Heading id (from the compiler) → our own Typst label, for links within the document. */
  readonly labels: Map<string, string>;
  /** Last character of running text, for quote direction across nodes. */
  last: string;
  /** Footnotes being expanded, to stop a footnote that refers to itself. */
  readonly expanding: Set<string>;
  /** The caption of each figure (`Figuur 2. …`), numbered across photos and charts. */
  readonly captions: Map<Image, string>;
  /** Paragraphs directly in the document's flow: only there may a figure float. */
  readonly topLevel: ReadonlySet<RootContent>;
}

/** The body of the document (below cover and contents) as Typst markup. */
export function treeToTypst(doc: RenderDocument): string {
  const definitions = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  collect(doc.tree, definitions, footnotes);
  const levels = headingLevels(doc.tree, 1);
  // Labels are ef's own names (`ef-kop-1`, …), never the heading's text or id.
  const labels = new Map<string, string>();
  for (const heading of levels.keys()) {
    const id = headingId(heading);
    if (id !== undefined && !labels.has(id)) labels.set(id, `ef-kop-${labels.size + 1}`);
  }
  const ctx: Context = {
    doc,
    levels,
    definitions,
    footnotes,
    labels,
    last: '',
    expanding: new Set(),
    captions: figureCaptions(doc, doc.tree),
    topLevel: new Set(doc.tree.children),
  };
  return blocks(doc.tree.children, ctx);
}

function collect(node: Nodes, definitions: Map<string, Definition>, footnotes: Map<string, FootnoteDefinition>): void {
  visit(node, ['definition', 'footnoteDefinition'] as const, (found) => {
    if (found.type === 'definition') definitions.set(found.identifier.toLowerCase(), found);
    else footnotes.set(found.identifier.toLowerCase(), found);
  });
}

function blocks(nodes: readonly RootContent[], ctx: Context): string {
  return nodes
    .map((node) => block(node, ctx))
    .filter((out) => out !== '')
    .join('\n\n');
}

function block(node: RootContent, ctx: Context): string {
  ctx.last = '';
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, ctx);
    case 'heading': {
      // PDF/UA-1 forbids a heading without text (`##` alone is valid Markdown): it is left out.
      if (toString(node).replace(/[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/gu, '') === '') return '';
      const id = headingId(node);
      const label = id === undefined ? undefined : ctx.labels.get(id);
      return `#heading(level: ${ctx.levels.get(node) ?? 1})[${inlines(node.children, ctx)}]${label ? ` <${label}>` : ''}`;
    }
    case 'thematicBreak':
      return '#ef-scheiding()';
    case 'blockquote':
      return blockquote(node, ctx);
    case 'list':
      return list(node, ctx);
    case 'table':
      return table(node, ctx);
    case 'code':
      return code(node);
    case 'html':
      return isHtmlComment(node.value) ? '' : typstText(node.value);
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    default:
      // Phrasing content at block level, or a node type this converter does not know.
      return inline(node, ctx);
  }
}

function paragraph(node: Paragraph, ctx: Context): string {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  if (only?.type === 'image') {
    const figure = imageFigure(only, ctx, ctx.topLevel.has(node));
    if (figure) return figure;
  }
  return inlines(node.children, ctx);
}

/**
 * A paragraph holding one of our images: a figure with its caption. A chart is scaled
 * down to the text width when wider; a photo takes the text width, or less when it is
 * so tall that it would fill most of the page.
 */
function imageFigure(node: Image, ctx: Context, float: boolean): string | undefined {
  const image = resolveImage(ctx.doc, node.url);
  if (!image) return undefined;
  const alt = node.alt || image.alt;
  const text = ctx.captions.get(node) ?? node.title;
  const caption = text ? `, caption: [${typstText(smartQuotes(text))}]` : '';
  const path = typstString(`${IMAGE_DIR}/${image.name}`);
  // A photo that does not fit on the rest of the page may float to the next one
  // (only in the main flow: Typst places floats there, not inside a list or quote).
  const placement = float ? ', float: true' : '';
  if (image.beeld) return `#ef-foto(${path}, ${typstString(alt)}, width: ${photoWidth(image.beeld.width, image.beeld.height)}${placement}${caption})`;
  // ef's own chart: its labels are set by Typst over its shapes (see chart-labels.ts).
  const lifted = image.svg === undefined ? undefined : liftChartLabels(image.svg);
  const grafiek = lifted && lifted.labels.length > 0 ? `, grafiek: (${lifted.width}, ${lifted.height}, ${labelsToTypst(lifted.labels)})` : '';
  return `#ef-figuur(${path}, ${typstString(alt)}${grafiek}${caption})`;
}

/** Text width of the page (A4 less the margins of the template), and the tallest a photo may be. */
const TEXT_WIDTH_MM = 158;
const MAX_PHOTO_HEIGHT_MM = 90;

function photoWidth(width: number, height: number): string {
  const mm = Math.min(TEXT_WIDTH_MM, (MAX_PHOTO_HEIGHT_MM * width) / height);
  return mm >= TEXT_WIDTH_MM ? '100%' : `${mm.toFixed(1)}mm`;
}

function blockquote(node: Blockquote, ctx: Context): string {
  return `#quote(block: true)[${blocks(node.children, ctx)}]`;
}

function list(node: List, ctx: Context): string {
  const tight = node.spread !== true && node.children.every((item) => item.spread !== true);
  const items = node.children.map((item) => `[${listItem(item, ctx)}]`);
  if (node.ordered) {
    const start = Number.isInteger(node.start) && (node.start ?? 1) >= 0 ? (node.start ?? 1) : 1;
    return `#enum(tight: ${tight}, start: ${start}, ${items.join(', ')})`;
  }
  return `#list(tight: ${tight}, ${items.join(', ')})`;
}

function listItem(item: ListItem, ctx: Context): string {
  const badge = sdgBadge(toString(item));
  const task = item.checked === true ? typstText('[x] ') : item.checked === false ? typstText('[ ] ') : '';
  const prefix = (badge ? sdgBadgeCall(badge.nummer) : '') + task;
  const [first, ...rest] = item.children;
  if (first?.type === 'paragraph' && rest.length === 0) return prefix + block(first, ctx);
  const body = blocks(item.children, ctx);
  return prefix + body;
}

function sdgBadgeCall(nummer: number): string {
  return `#ef-sdg(${nummer})`;
}

function table(node: Table, ctx: Context): string {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const align = Array.from({ length: columns }, (_, i) => {
    const a = node.align?.[i];
    return a === 'center' ? 'center' : a === 'right' ? 'right' : 'left';
  });
  const cells = (row: Table['children'][number]): string[] => {
    const out = row.children.map((cell) => {
      ctx.last = '';
      const text = toString(cell);
      const badge = sdgBadge(text);
      return `[${badge ? sdgBadgeCall(badge.nummer) : ''}${inlines(cell.children, ctx)}]`;
    });
    while (out.length < columns) out.push('[]');
    return out;
  };
  const [head, ...body] = node.children;
  const parts: string[] = [];
  if (head) parts.push(`table.header(${cells(head).join(', ')})`);
  for (const row of body) parts.push(cells(row).join(', '));
  return `#ef-tabel(columns: ${columns}, align: (${align.join(', ')},), ${parts.join(',\n  ')})`;
}

function code(node: Code): string {
  return `#raw(block: true, ${typstShownString(node.value)})`;
}

function inlines(nodes: readonly PhrasingContent[], ctx: Context): string {
  return nodes.map((node) => inline(node, ctx)).join('');
}

function inline(node: PhrasingContent | Nodes, ctx: Context): string {
  switch (node.type) {
    case 'text':
      return text(node.value, ctx);
    case 'emphasis':
      return `#emph[${inlines(node.children, ctx)}]`;
    case 'strong':
      return `#strong[${inlines(node.children, ctx)}]`;
    case 'delete':
      return `#strike[${inlines(node.children, ctx)}]`;
    case 'inlineCode':
      ctx.last = node.value.at(-1) ?? ctx.last;
      return `#raw(${typstShownString(node.value)})`;
    case 'break':
      ctx.last = ' ';
      return '#linebreak()';
    case 'html':
      return isHtmlComment(node.value) ? '' : text(node.value, ctx, false);
    case 'link':
      return link(node.url, node.children, ctx);
    case 'linkReference': {
      const definition = ctx.definitions.get(node.identifier.toLowerCase());
      return definition ? link(definition.url, node.children, ctx) : inlines(node.children, ctx);
    }
    case 'image':
      return inlineImage(node.url, node.alt ?? '', ctx);
    case 'imageReference': {
      const definition = ctx.definitions.get(node.identifier.toLowerCase());
      return inlineImage(definition?.url ?? '', node.alt ?? '', ctx);
    }
    case 'footnoteReference':
      return footnote(node.identifier, ctx);
    default:
      // Anything else: its children, or else its text, never its raw form.
      if ('children' in node) return node.children.map((child) => inline(child as Nodes, ctx)).join('');
      if ('value' in node && typeof node.value === 'string') return text(node.value, ctx);
      return '';
  }
}

function text(value: string, ctx: Context, quotes = true): string {
  // A soft line break in Markdown is a space.
  const flat = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  const shown = quotes ? smartQuotes(flat, ctx.last) : flat;
  ctx.last = shown.at(-1) ?? ctx.last;
  return typstText(shown);
}

function link(url: string, children: readonly PhrasingContent[], ctx: Context): string {
  const label = inlines(children, ctx);
  const fragment = fragmentOf(url);
  if (fragment !== undefined) {
    const target = ctx.labels.get(fragment);
    return target && label !== '' ? `#link(label(${typstString(target)}))[${label}]` : label;
  }
  const href = safeHref(url);
  if (!href) return label;
  return `#link(${typstString(href)})[${label === '' ? typstText(href) : label}]`;
}

function inlineImage(url: string, alt: string, ctx: Context): string {
  const image = resolveImage(ctx.doc, url);
  if (!image) return alt === '' ? '' : text(alt, ctx);
  return `#ef-beeld(${typstString(`${IMAGE_DIR}/${image.name}`)}, ${typstString(alt || image.alt)})`;
}

function footnote(identifier: string, ctx: Context): string {
  const key = identifier.toLowerCase();
  const definition = ctx.footnotes.get(key);
  if (!definition || ctx.expanding.has(key)) return text(`[${identifier}]`, ctx, false);
  ctx.expanding.add(key);
  const last = ctx.last;
  const children = definition.children;
  const body =
    children.length === 1 && children[0]?.type === 'paragraph'
      ? inlines(children[0].children, ctx)
      : blocks(children, ctx);
  ctx.expanding.delete(key);
  ctx.last = last;
  return `#footnote[${body}]`;
}
