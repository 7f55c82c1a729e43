// The last step before rendering: the logbook's photos and drawings that a compiled
// document shows are read, checked, stripped of their metadata and added to the
// document's images, and their image nodes point at the copy (`<assetDir>/<name>`),
// exactly like ef's own charts. What the audience may not see is left out here:
// a photo in `beelden/intern/` in the public version, and the photo of a portrait
// whose consent does not cover the audience, in any version. Their caption stays,
// with a note, so that the text around it still reads.
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { UsageError } from '../core/errors.js';
import { portraitVisible } from './select.js';
import { namePolicy } from './privacy.js';
import type { Logbook } from '../model/types.js';
import type { Audience, RenderDocument, RenderImage } from './document.js';
import { EXTENSION } from '../images/format.js';
import { isIntern, leesBeeld, type GelezenBeeld } from '../images/beeld.js';
import { beeldPadOf } from '../images/mark.js';

export const ALLEEN_INTERN = '(foto alleen intern)';
export const WEGGELATEN = '(foto weggelaten)';

export interface EmbedOptions {
  /** The logbook's root folder: images are read from `<root>/beelden/`. */
  readonly root: string;
  /** The logbook as loaded (before the audience filter), to know each portrait's consent. */
  readonly logbook?: Logbook;
}

/**
 * The document with every logbook image it shows embedded. Reads only files inside
 * `beelden/` (real path checked). @throws UsageError when an image cannot be used
 * (`ef check` reports the same problem with its place).
 */
export function embedBeelden(doc: RenderDocument, options: EmbedOptions): RenderDocument {
  if (!containsBeeld(doc.tree)) return doc;
  const audience = doc.meta.audience;
  const hidden = options.logbook ? portraitPads(options.logbook, audience) : new Map<string, string>();
  const policy = options.logbook ? namePolicy(options.logbook, audience) : undefined;
  const tree = structuredClone<Root>(doc.tree);
  const images: RenderImage[] = [...doc.images];
  const names = new Set(images.map((image) => image.name));
  const byPad = new Map<string, RenderImage>();

  const include = (pad: string, alt: string): string | undefined => {
    let image = byPad.get(pad);
    if (!image) {
      const read = leesBeeld(options.root, pad);
      if ('probleem' in read) throw new UsageError(`Afbeelding ${pad}: ${read.probleem.reden} Zie \`ef check\` voor de plek in het logboek.`);
      // A drawing whose text names someone the audience may not see is left out, like that name.
      if (read.beeld.soort === 'svg' && policy?.leaks(Buffer.from(read.beeld.bytes).toString('utf8'))) return undefined;
      image = renderImage(read.beeld, uniqueName(read.beeld, names), alt);
      byPad.set(pad, image);
      images.push(image);
    }
    return `${doc.assetDir}/${image.name}`;
  };

  const leftOut = (pad: string): string | undefined =>
    hidden.get(pad) ?? (audience === 'publiek' && isIntern(pad) ? ALLEEN_INTERN : undefined);

  const walk = (parent: { children: Nodes[] }): void => {
    const out: Nodes[] = [];
    for (const node of parent.children) {
      const only = node.type === 'paragraph' ? soleImage(node) : undefined;
      const pad = only ? beeldPadOf(only) : node.type === 'image' ? beeldPadOf(node) : undefined;
      if (pad !== undefined) {
        const image = (only ?? node) as { url: string; alt?: string | null; title?: string | null };
        let note = leftOut(pad);
        if (note === undefined) {
          const url = include(pad, image.alt ?? '');
          if (url !== undefined) image.url = url;
          else note = WEGGELATEN;
        }
        if (note === undefined) {
          out.push(node);
        } else if (only) {
          // The figure goes; its caption stays, with the reason.
          const caption = (image.title || image.alt || '').trim();
          out.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: caption ? `${caption} ${note}` : note }] }] });
        } else {
          out.push({ type: 'text', value: note });
        }
        continue;
      }
      if ('children' in node) walk(node);
      out.push(node);
    }
    parent.children = out;
  };
  walk(tree);
  return { ...doc, tree, images };
}

/** Photos of portraits whose consent does not cover the audience, with the note that replaces them. */
function portraitPads(logbook: Logbook, audience: Audience): Map<string, string> {
  const policy = namePolicy(logbook, audience);
  const pads = new Map<string, string>();
  for (const portret of logbook.portretten) {
    if (portraitVisible(portret, audience) && policy.allows(portret.data.persoon)) continue;
    const note = audience === 'publiek' && portret.data.toestemming === 'intern' ? ALLEEN_INTERN : WEGGELATEN;
    for (const pad of padsIn(portret.body)) if (!pads.has(pad) || note === WEGGELATEN) pads.set(pad, note);
  }
  return pads;
}

function padsIn(node: Nodes): string[] {
  const pads: string[] = [];
  visit(node, ['image', 'imageReference'] as const, (image) => {
    const pad = beeldPadOf(image);
    if (pad !== undefined) pads.push(pad);
  });
  return pads;
}

function containsBeeld(node: Nodes): boolean {
  if (node.type === 'image' && beeldPadOf(node) !== undefined) return true;
  return 'children' in node && (node.children as Nodes[]).some(containsBeeld);
}

function soleImage(paragraph: Paragraph): (PhrasingContent & { type: 'image' }) | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return only?.type === 'image' && beeldPadOf(only) !== undefined ? only : undefined;
}

function renderImage(beeld: GelezenBeeld, name: string, alt: string): RenderImage {
  return {
    name,
    alt,
    beeld: { soort: beeld.soort, bytes: beeld.bytes, width: beeld.afmeting.width, height: beeld.afmeting.height },
  };
}

/** `beelden/Team bij de start.JPG` → `team-bij-de-start.jpg`; `-2`, `-3` when taken. */
function uniqueName(beeld: GelezenBeeld, names: Set<string>): string {
  const file = beeld.pad.slice(beeld.pad.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const base =
    file
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'beeld';
  const extension = EXTENSION[beeld.soort];
  let name = `${base}.${extension}`;
  for (let n = 2; names.has(name); n++) name = `${base}-${n}.${extension}`;
  names.add(name);
  return name;
}
