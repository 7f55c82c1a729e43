// The page around the content: landmarks (header, nav, main, footer), the
// cover block, the table of contents and the document's metadata. Every value
// from `meta` enters as a text node, which the serializer escapes.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { formatDatum } from '../../core/dutch.js';
import { imageBytes, imageMime, type RenderDocument } from '../../compile/document.js';
import { smartQuotes } from '../typst/escape.js';
import { documentTitle, nummerLabel, partnerLine } from './content.js';
import type { TocEntry } from './enrich.js';
import { styleSheet } from './style.js';

// Defence in depth: even if markup slipped through, the browser would run no
// script and fetch nothing; only inline styles and our data: images are allowed.
export const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function page(doc: RenderDocument, content: Root, toc: readonly TocEntry[]): Root {
  const { meta } = doc;
  const shown = (text: string): string => smartQuotes(text);
  const partners = partnerLine(meta.partners);
  const nummer = nummerLabel(doc);
  const cover: ElementContent[] = [
    h('p.organisatie', shown(meta.organisatie)),
    h('p.leerroute', shown(meta.leerroute)),
    ...(meta.huisstijl?.tagline ? [h('p.tagline', shown(meta.huisstijl.tagline))] : []),
    h('h1', shown(meta.titel)),
  ];
  if (meta.ondertitel) cover.push(h('p.ondertitel', shown(meta.ondertitel)));
  if (nummer) cover.push(h('p.nummer', nummer));
  if (partners) cover.push(h('p.partners', shown(partners)));
  cover.push(h('p.datum', formatDatum(meta.datum)));
  const logo = meta.huisstijl?.logo;
  if (logo) {
    // Embedded like the charts: a data: image, allowed by the page's CSP; nothing is fetched.
    cover.push(h('p.logo', h('img', { src: `data:${imageMime(logo)};base64,${Buffer.from(imageBytes(logo)).toString('base64')}`, alt: logo.alt, height: 48 })));
  }
  if (meta.audience === 'intern') cover.push(h('p.intern', 'Interne versie: niet voor publicatie'));

  const body: ElementContent[] = [
    h('a.skiplink', { href: '#inhoud' }, 'Naar de inhoud'),
    h('header.omslag', h('div.kolom', cover)),
  ];
  // A web page keeps its contents as navigation; only the printed PDF leaves it out when short.
  const contents = tocList(toc);
  if (contents) {
    body.push(h('nav.inhoud', { ariaLabelledBy: 'inhoudsopgave' }, h('div.kolom', [h('h2#inhoudsopgave', 'Inhoud'), contents])));
  }
  body.push(
    h('main#inhoud.kolom', content.children),
    h(
      'footer.voet',
      h('div.kolom', [
        h('p', shown(`${meta.organisatie} · ${meta.leerroute}`)),
        h('p', shown(meta.ondertitel ? `${meta.titel}, ${meta.ondertitel}` : meta.titel) + ` · ${formatDatum(meta.datum)}`),
      ]),
    ),
  );

  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'nl' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', documentTitle(doc)),
          h('meta', { name: 'author', content: meta.organisatie }),
          h('meta', { name: 'dcterms.date', content: meta.datum }),
          h('meta', { name: 'generator', content: 'ef' }),
          h('style', styleSheet() + houseColour(meta.huisstijl?.kleur) + (meta.huisstijl?.logo ? LOGO_STYLE : '')),
        ]),
        h('body', body),
      ]),
    ],
  };
}

/** Nested list of the h2 and h3 headings, or undefined when there are none. */
function tocList(toc: readonly TocEntry[]): Element | undefined {
  const entries = toc.filter((entry) => entry.level <= 3);
  if (entries.length === 0) return undefined;
  const top = Math.min(...entries.map((e) => e.level));
  const root = h('ol');
  let current: Element | undefined;
  for (const entry of entries) {
    const item = h('li', h('a', { href: `#${entry.id}` }, entry.text));
    if (entry.level === top || !current) {
      root.children.push(item);
      current = item;
    } else {
      let sub = current.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
      if (!sub) {
        sub = h('ol');
        current.children.push(sub);
      }
      sub.children.push(item);
    }
  }
  return root;
}

/** A logo on the coloured cover stands on a white tile, so that its own colours stay visible. */
const LOGO_STYLE = '.logo img{display:block;background:#fff;border-radius:6px;padding:6px}';

/** The house colour replaces the accent; the schema allows only `#RRGGBB`. */
function houseColour(kleur: string | undefined): string {
  return kleur !== undefined && /^#[0-9A-Fa-f]{6}$/.test(kleur) ? `:root{--accent:${kleur}}` : '';
}
