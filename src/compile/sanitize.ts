// Copies body Markdown (mdast) from a logbook file into a report, made safe: raw HTML
// becomes visible text, links keep only http(s) and mailto targets, images from the
// logbook's beelden/ stay images (each as a figure of its own; the report embeds the
// file later) and any other image becomes its alt text, references are
// resolved, definitions and footnotes dropped, and headings shifted to fit the report.
import type { Definition, Image, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { beeldPadOf, type BeeldData } from '../images/mark.js';
import { clampDepth } from './mdast.js';

export interface SanitizeOptions {
  /** The definitions of the whole body, so that a reference in one of its sections resolves. */
  readonly definitions?: ReadonlyMap<string, Definition> | undefined;
  /** Shift headings so that the shallowest one gets this depth. */
  readonly headingBase?: number | undefined;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/** Whether a link target may appear in a report: web and mail addresses only. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim()) && !/[\s<>"'`]/.test(url.trim());
}

export function collectDefinitions(root: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(root, 'definition', (node) => {
    const key = normalizeIdentifier(node.identifier);
    if (!definitions.has(key)) definitions.set(key, node);
  });
  return definitions;
}

export function sanitizeBlocks(nodes: readonly RootContent[], options: SanitizeOptions = {}): RootContent[] {
  const shift = options.headingBase === undefined ? 0 : headingShift(nodes, options.headingBase);
  const context: Context = { definitions: options.definitions ?? new Map(), shift };
  return nodes.flatMap((node) => clean(node, context, true));
}

interface Context {
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly shift: number;
}

function clean(node: RootContent, context: Context, flow: boolean): RootContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'html':
      // Raw HTML is shown as the text it is, never passed through.
      return flow ? [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }] : [{ type: 'text', value: node.value }];
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'code':
      return [{ type: 'code', lang: safeLang(node.lang), meta: null, value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
    case 'heading':
      return [{ type: 'heading', depth: clampDepth(node.depth + context.shift), children: inline(node.children, context) }];
    case 'paragraph':
      return figures(inline(node.children, context));
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ type: node.type, children: inline(node.children, context) }];
    case 'link':
      return isSafeUrl(node.url)
        ? [{ type: 'link', url: node.url.trim(), children: inline(node.children, context) }]
        : inline(node.children, context);
    case 'linkReference': {
      const definition = context.definitions.get(normalizeIdentifier(node.identifier));
      const children = inline(node.children, context);
      return definition && isSafeUrl(definition.url) ? [{ type: 'link', url: definition.url.trim(), children }] : children;
    }
    case 'image':
    case 'imageReference': {
      // An image from the logbook's beelden/ stays an image (the report embeds the file);
      // any other (a web address, a file elsewhere) is never loaded: its alt text stays.
      const pad = beeldPadOf(node);
      if (pad === undefined) return node.alt ? [{ type: 'text', value: `[afbeelding: ${node.alt}]` }] : [];
      const title = node.type === 'image' ? node.title : (node.data as BeeldData | undefined)?.efTitel;
      const image: Image = { type: 'image', url: pad, alt: node.alt ?? '', ...(title ? { title } : {}) };
      (image as { data?: BeeldData }).data = { efBeeld: pad };
      return [image];
    }
    case 'blockquote':
      return [{ type: 'blockquote', children: blocks(node.children, context) as never }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered && typeof node.start === 'number' ? { start: node.start } : {}),
          spread: node.spread === true,
          children: node.children.map((item) => ({
            type: 'listItem' as const,
            spread: item.spread === true,
            ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
            children: blocks(item.children, context) as never,
          })),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          align: (node.align ?? []).map((a) => a ?? null),
          children: node.children.map((row) => ({
            type: 'tableRow' as const,
            children: row.children.map((cell) => ({ type: 'tableCell' as const, children: inline(cell.children, context) })),
          })),
        },
      ];
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      return [];
    default: {
      // Anything else (from a future extension): keep what it says, as text.
      const unknown = node as { children?: RootContent[]; value?: unknown };
      if (Array.isArray(unknown.children)) return flow ? blocks(unknown.children, context) : inline(unknown.children as PhrasingContent[], context);
      if (typeof unknown.value === 'string') return clean({ type: 'html', value: unknown.value }, context, flow);
      return [];
    }
  }
}

function blocks(nodes: readonly RootContent[], context: Context): RootContent[] {
  return nodes.flatMap((node) => clean(node, context, true));
}

function inline(nodes: readonly PhrasingContent[], context: Context): PhrasingContent[] {
  return nodes.flatMap((node) => clean(node, context, false)) as PhrasingContent[];
}

/**
 * A paragraph's content, with each logbook image taken out into a paragraph of its own:
 * a photo is shown as a figure (full width, caption below), never inside a line of text.
 */
function figures(children: PhrasingContent[]): RootContent[] {
  if (!children.some((child) => child.type === 'image' && beeldPadOf(child) !== undefined)) return nonEmpty({ type: 'paragraph', children });
  const result: RootContent[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    while (pending.length > 0 && isBlank(pending.at(-1)!)) pending.pop();
    while (pending.length > 0 && isBlank(pending[0]!)) pending.shift();
    const last = pending.at(-1);
    if (last?.type === 'text') pending[pending.length - 1] = { type: 'text', value: last.value.trimEnd() };
    const first = pending[0];
    if (first?.type === 'text') pending[0] = { type: 'text', value: first.value.trimStart() };
    if (pending.length > 0) result.push({ type: 'paragraph', children: pending });
    pending = [];
  };
  for (const child of children) {
    if (child.type === 'image' && beeldPadOf(child) !== undefined) {
      flush();
      result.push({ type: 'paragraph', children: [child] });
    } else pending.push(child);
  }
  flush();
  return result;
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
}

function nonEmpty(paragraph: { type: 'paragraph'; children: PhrasingContent[] }): RootContent[] {
  return paragraph.children.length === 0 ? [] : [paragraph];
}

function headingShift(nodes: readonly RootContent[], base: number): number {
  let min = Infinity;
  const walk = (list: readonly RootContent[]) => {
    for (const node of list) {
      if (node.type === 'heading') min = Math.min(min, node.depth);
      else if (node.type === 'blockquote') walk(node.children);
    }
  };
  walk(nodes);
  return min === Infinity ? 0 : base - min;
}

function safeLang(lang: string | null | undefined): string | null {
  return lang && /^[A-Za-z0-9_+-]{1,32}$/.test(lang) ? lang : null;
}

function normalizeIdentifier(value: string): string {
  return value.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase();
}
