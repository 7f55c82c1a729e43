// HTML: one self-contained file per document (inline CSS, charts as data URIs,
// no scripts, no external requests), built with unified. The content passes
// rehype-sanitize with a strict schema; only then does ef add its own markup.
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RenderDocument } from '../compile/document.js';
import { enrich } from './html/enrich.js';
import { page } from './html/page.js';
import { prepareTree } from './html/prepare.js';
import { SCHEMA } from './html/schema.js';

/** Renders a document to one self-contained HTML file; the same bytes on every run. */
export function renderHtml(doc: RenderDocument): string {
  const mdast = prepareTree(doc);
  const toHast = unified()
    .use(remarkRehype, {
      allowDangerousHtml: false,
      // Ids are prefixed once, by the sanitizer; enrich() prefixes the links to them.
      clobberPrefix: '',
      footnoteLabel: 'Voetnoten',
      footnoteBackLabel: (referenceIndex: number) => `Terug naar verwijzing ${referenceIndex + 1}`,
    })
    .use(rehypeSanitize, SCHEMA);
  const hast = toHast.runSync(mdast);
  const toc = enrich(hast, doc);
  const html = unified().use(rehypeStringify, { allowDangerousHtml: false }).stringify(page(doc, hast, toc));
  return `${html}\n`;
}
