// What every renderer (Markdown, HTML, PDF) receives: one compiled document.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export type Audience = 'intern' | 'publiek';

export interface RenderImage {
  /**
   * File name relative to the document, from a safe alphabet only
   * (`[a-z0-9-]+\.(svg|jpg|png|webp)`), e.g. `sdg-dekking.svg`. Image nodes in `tree`
   * use `<assetDir>/<name>` as their url, so the Markdown works when opened from disk.
   */
  readonly name: string;
  /** A chart ef drew itself. */
  readonly svg?: string;
  /** A photo or drawing from the logbook's beelden/: metadata stripped, SVG made safe. */
  readonly beeld?: RenderBeeld;
  /** Alternative text for screen readers (also set on the image node). */
  readonly alt: string;
}

export interface RenderBeeld {
  readonly soort: 'jpeg' | 'png' | 'webp' | 'svg';
  readonly bytes: Uint8Array;
  /** Size as shown, in pixels. */
  readonly width: number;
  readonly height: number;
}

/** The bytes of an image as written next to a document and embedded in it. */
export function imageBytes(image: RenderImage): Uint8Array {
  if (image.beeld) return image.beeld.bytes;
  return Buffer.from(image.svg ?? '', 'utf8');
}

/** The media type of an image (for a data: URI). */
export function imageMime(image: RenderImage): string {
  const soort = image.beeld?.soort ?? 'svg';
  return soort === 'svg' ? 'image/svg+xml' : `image/${soort}`;
}

export interface DocumentMeta {
  /** e.g. `2e rapportage` or `Logboek Excellent Faciliteren`. */
  readonly titel: string;
  /** e.g. `eerste kwartaal 2021`; absent for the Logboek. */
  readonly ondertitel: string | undefined;
  readonly organisatie: string;
  readonly leerroute: string;
  /** Partners named on the cover, e.g. `A&O fonds Gemeenten`. */
  readonly partners: readonly string[];
  readonly nummer: number | undefined;
  /** Fixed document date (YYYY-MM-DD) derived from the content, never the clock. */
  readonly datum: string;
  readonly audience: Audience;
  /** House style from `huisstijl` in ef.config.yaml; absent: ef's own. */
  readonly huisstijl?: Huisstijl | undefined;
  /** `kaart`: one page, no cover, no contents (the A&O fonds project card). */
  readonly vorm?: 'document' | 'kaart' | undefined;
}

export interface Huisstijl {
  /** `#RRGGBB`. */
  readonly kleur?: string | undefined;
  readonly tagline?: string | undefined;
  /** The logo as SVG text, read from `beelden/` (name in `images`). */
  readonly logo?: RenderImage | undefined;
}

export interface RenderDocument {
  /** Base file name without extension, e.g. `rapportage-2` or `logboek`. */
  readonly slug: string;
  /** Folder (relative to the document) that holds its images, e.g. `rapportage-2-beelden`. */
  readonly assetDir: string;
  readonly meta: DocumentMeta;
  /** The content, starting below the title (the renderer draws the title block/cover). */
  readonly tree: Root;
  readonly images: readonly RenderImage[];
}

/** Characters of text from which a document gets a table of contents (about eight pages). */
export const CONTENTS_FROM_CHARACTERS = 24_000;

/** A table of contents helps in a long document only; a report of a few pages reads without one. */
export function wantsContents(doc: RenderDocument): boolean {
  if (doc.meta.vorm === 'kaart') return false;
  const headings = doc.tree.children.filter((node) => node.type === 'heading' && node.depth === 2).length;
  return headings >= 4 && toString(doc.tree).length >= CONTENTS_FROM_CHARACTERS;
}
