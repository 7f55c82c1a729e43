// The house style of a document: colour, tagline and logo from `huisstijl` in ef.config.yaml.
import type { Logbook } from '../model/types.js';
import { deOrganisatie } from './labels.js';
import type { Huisstijl, RenderImage } from './document.js';

export const LOGO_NAME = 'logo.svg';

/** The document's house style, or undefined for ef's own; the logo also joins the document's images. */
export function huisstijlVan(logbook: Logbook): Huisstijl | undefined {
  const stijl = logbook.config.huisstijl;
  if (!stijl) return undefined;
  const logo: RenderImage | undefined = logbook.logo
    ? { name: LOGO_NAME, svg: logbook.logo.svg, alt: logoAlt(logbook.logo.svg, logbook.config.organisatie) }
    : undefined;
  return { kleur: stijl.kleur, tagline: stijl.tagline, logo };
}

/** The document's images with the logo first, when there is one. */
export function metLogo(images: readonly RenderImage[], huisstijl: Huisstijl | undefined): RenderImage[] {
  return huisstijl?.logo ? [huisstijl.logo, ...images] : [...images];
}

/** The logo's own `<title>` says whose it is; otherwise the organisation's. */
function logoAlt(svg: string, organisatie: string): string {
  const title = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(svg)?.[1]?.trim();
  return title ? `Logo: ${title}` : `Logo van ${deOrganisatie(organisatie)}`;
}
