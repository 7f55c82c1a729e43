// Decisions about the content that the HTML and the PDF renderer share, so that
// both show the same thing: which images are ours, which links may be followed,
// how heading levels are normalised and where an SDG badge goes.
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { SDGS } from '../../vocabulary/sdgs-data.js';
import type { RenderDocument, RenderImage } from '../../compile/document.js';
import { opsomming } from '../../core/dutch.js';

/** The only image names a renderer accepts (`RenderImage.name`). */
export const SAFE_IMAGE_NAME = /^[a-z0-9][a-z0-9-]*\.(?:svg|jpg|png|webp)$/;

/**
 * The document's own image for an image node's url (`<assetDir>/<name>`), or
 * undefined: any other url (remote, `file:`, a name outside the safe alphabet,
 * an asset that was not delivered) is never loaded; renderers show its alt text.
 */
export function resolveImage(doc: RenderDocument, url: string): RenderImage | undefined {
  const prefix = `${doc.assetDir}/`;
  if (!url.startsWith(prefix)) return undefined;
  const name = url.slice(prefix.length);
  if (!SAFE_IMAGE_NAME.test(name)) return undefined;
  return imagesByName(doc.images).get(name);
}

const byName = new WeakMap<readonly RenderImage[], Map<string, RenderImage>>();

/** The document's images by name (the first of a name, as a search would find): a report has a chart per session. */
function imagesByName(images: readonly RenderImage[]): Map<string, RenderImage> {
  let map = byName.get(images);
  if (!map) {
    map = new Map();
    for (const image of images) if (!map.has(image.name)) map.set(image.name, image);
    byName.set(images, map);
  }
  return map;
}

/** A link target that may become a real link: http(s) and mailto only; anything else stays text. */
export function safeHref(url: string): string | undefined {
  // Browsers ignore tabs and newlines inside a scheme (`java\tscript:`), so reject them outright.
  if (/[\u0000-\u0020\u007F-\u009F]/.test(url)) return undefined;
  return /^(?:https?:\/\/|mailto:)/i.test(url) ? url : undefined;
}

/** The target of an in-document link (`#id`, as the compiler writes them), or undefined. */
export function fragmentOf(url: string): string | undefined {
  if (!url.startsWith('#') || url.length < 2) return undefined;
  try {
    return decodeURIComponent(url.slice(1));
  } catch {
    return url.slice(1);
  }
}

/** The id the compiler gave a heading (`data.hProperties.id`), if any. */
export function headingId(heading: Heading): string | undefined {
  const properties = (heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties;
  return typeof properties?.id === 'string' && properties.id !== '' ? properties.id : undefined;
}

/** `<!-- … -->`: an editor's note in a Markdown file, never shown. */
export function isHtmlComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

/**
 * Heading levels for a tree: its shallowest heading becomes `top` and no heading
 * is more than one level below the one before it (screen readers and PDF/UA
 * need an unbroken outline). Keyed by node, in document order.
 */
export function headingLevels(tree: Root, top: number): Map<Heading, number> {
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    headings.push(heading);
  });
  const levels = new Map<Heading, number>();
  if (headings.length === 0) return levels;
  const min = Math.min(...headings.map((h) => h.depth));
  let previous = top - 1;
  for (const heading of headings) {
    const level = Math.min(heading.depth - min + top, previous + 1, 6);
    levels.set(heading, level);
    previous = level;
  }
  return levels;
}

/** Text colour on each SDG colour for small labels (DOMAIN.md §4.2, WCAG contrast computed there). */
const WHITE_INK = new Set([4, 8, 10, 13, 16, 17]);

export interface SdgBadge {
  readonly nummer: number;
  /** Official colour, `#RRGGBB`. */
  readonly kleur: string;
  readonly inkt: '#FFFFFF' | '#000000';
}

/**
 * The badge convention: a list item or table cell whose text starts with
 * `SDG <n>` (1–17) and names no other SDG, e.g. `SDG 4 Kwaliteitsonderwijs`,
 * gets a small badge in the goal's official colour before its text. The text
 * itself is left as it is.
 */
export function sdgBadge(text: string): SdgBadge | undefined {
  const match = /^\s*SDG\s?(\d{1,2})(?!\d)/.exec(text);
  // "SDG 4, SDG 7 en SDG 11" names several goals: one badge would mislead.
  if (!match || (text.match(/SDG/g) ?? []).length > 1) return undefined;
  const nummer = Number(match[1]);
  const goal = SDGS.find((g) => g.nummer === nummer);
  if (!goal) return undefined;
  return { nummer, kleur: goal.kleur.toUpperCase(), inkt: WHITE_INK.has(nummer) ? '#FFFFFF' : '#000000' };
}

/** All SDG badges, for style sheets. */
export function allSdgBadges(): SdgBadge[] {
  return SDGS.map((goal) => sdgBadge(`SDG ${goal.nummer}`)).filter((b): b is SdgBadge => b !== undefined);
}

/** The document's descriptive title, for `<title>` and the PDF's metadata. */
export function documentTitle(doc: RenderDocument): string {
  const { titel, leerroute, ondertitel } = doc.meta;
  const base = titel.toLowerCase().includes(leerroute.toLowerCase()) ? titel : `${leerroute}: ${titel}`;
  return ondertitel ? `${base} (${ondertitel})` : base;
}

/** `in samenwerking met A en B` for the cover, or undefined without partners. */
export function partnerLine(partners: readonly string[]): string | undefined {
  if (partners.length === 0) return undefined;
  const names = opsomming(partners);
  return `in samenwerking met ${names}`;
}

/** The rapportage number, when the title does not already say it. */
export function nummerLabel(doc: RenderDocument): string | undefined {
  const { nummer, titel } = doc.meta;
  if (nummer === undefined || new RegExp(`(^|\\D)${nummer}(\\D|$)`).test(titel)) return undefined;
  return `nummer ${nummer}`;
}
