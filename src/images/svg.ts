// SVG from a logbook is untrusted: a drawing can carry scripts, event handlers, links
// to other files or sites, embedded HTML (foreignObject) and editor metadata (author,
// the path on the maker's disk). ef parses it as strict XML and rebuilds it from an
// allow-list of drawing elements and attributes; anything else is left out. What
// remains draws the same picture and can neither run nor fetch anything, wherever
// the copy is opened (a browser that opens the .svg from the Markdown folder too).
import type { Element, ElementContent, Root, RootContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import { BeeldFout } from './format.js';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology',
  'feOffset', 'feTile', 'feTurbulence',
]);

/** Attributes that may point somewhere: only to an element in the same drawing (`#id`). */
const REFERENCES = new Set(['href', 'xlink:href']);

/** The namespaced attributes that are kept; every other prefix (inkscape:, sodipodi:, …) goes. */
const NAMESPACED = new Set(['xlink:href', 'xml:space', 'xmlns:xlink']);

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A safe copy of an SVG drawing. @throws BeeldFout when it is not well-formed SVG. */
export function sanitizeSvg(source: string): string {
  return `${toXml({ type: 'root', children: [cleanSvg(source)] })}\n`;
}

/**
 * The start tag of the safe copy (`<svg …>`, its attributes as `sanitizeSvg` writes
 * them), without writing the drawing itself: enough for its size (`svgSize`), which is
 * all `ef check` needs. @throws BeeldFout when it is not well-formed SVG.
 */
export function sanitizedSvgStartTag(source: string): string {
  return toXml({ ...cleanSvg(source), children: [] });
}

/** The drawing's root element, made safe. @throws BeeldFout when it is not well-formed SVG. */
function cleanSvg(source: string): Element {
  let tree: Root;
  try {
    tree = fromXml(source.replace(/^\uFEFF/, ''));
  } catch {
    throw new BeeldFout('het SVG-bestand is geen geldige XML (beschadigd?)');
  }
  const root = tree.children.find((node): node is Element => node.type === 'element');
  if (!root || root.name !== 'svg') throw new BeeldFout('het bestand is geen SVG-tekening (het begint niet met <svg>)');
  const namespace = root.attributes.xmlns;
  if (namespace !== undefined && namespace !== SVG_NAMESPACE) throw new BeeldFout('het SVG-bestand gebruikt een onbekende XML-naamruimte');
  const clean = element(root)!;
  const xlink = Object.keys(clean.attributes).some((name) => name.startsWith('xlink:')) || usesXlink(clean);
  clean.attributes = { xmlns: SVG_NAMESPACE, ...(xlink ? { 'xmlns:xlink': 'http://www.w3.org/1999/xlink' } : {}), ...clean.attributes };
  return clean;
}

function element(node: Element): Element | undefined {
  if (!ELEMENTS.has(node.name)) return undefined;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === null || value === undefined) continue;
    if (safeAttribute(name, String(value))) attributes[name] = String(value);
  }
  return { type: 'element', name: node.name, attributes, children: contents(node) };
}

/** The children of an element, made safe; a link (`<a>`) gives up its target but keeps what it shows. */
function contents(node: Element): ElementContent[] {
  const children: ElementContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'element' && child.name === 'a') {
      children.push(...contents(child));
    } else if (child.type === 'element') {
      const kept = element(child);
      if (kept) children.push(kept);
    } else if (child.type === 'text') {
      children.push({ type: 'text', value: child.value });
    } else if (child.type === 'cdata') {
      children.push({ type: 'text', value: child.value });
    }
    // Comments, processing instructions, doctype: left out.
  }
  return children;
}

function safeAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return false; // event handlers
  if (name.includes(':') && !NAMESPACED.has(name)) return false;
  if (lower === 'xmlns' || lower === 'xmlns:xlink') return false; // set again on the root
  if (REFERENCES.has(name)) return /^#[A-Za-z_][\w.:-]*$/.test(value.trim());
  if (!/^[A-Za-z_][\w.:-]*$/.test(name)) return false;
  // CSS in attributes: only references within the drawing, nothing that loads or runs.
  for (const match of value.matchAll(/url\s*\(\s*['"]?([^'")]*)/gi)) if (!match[1]!.trim().startsWith('#')) return false;
  // CSS escapes (`u\\72l(`) could hide any of this: not in a drawing ef accepts.
  if (value.includes('\\') && (lower === 'style' || /url|import/i.test(value))) return false;
  if (/@import|expression\s*\(|javascript:|vbscript:|data:|behavior\s*:|-moz-binding/i.test(value)) return false;
  return true;
}

function usesXlink(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && ('xlink:href' in child.attributes || usesXlink(child)));
}
