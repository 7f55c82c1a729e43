// Time to render PDFs (and HTML) of a rapportage-sized document and of long
// synthetic logbooks. Run: npx vite-node bench/pdf-timing.ts [sessions…]
// Results and the machine they were measured on: bench/pdf-timing.md.
import { renderHtml } from '../src/render/html.js';
import { renderPdf } from '../src/render/pdf.js';
import type { RenderDocument } from '../src/compile/document.js';
import { largeDocument, sampleDocument } from '../tests/fixtures/render-sample/document.js';
import { readPdf } from '../tests/fixtures/render-sample/pdf-text.js';

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function measure(label: string, doc: RenderDocument): Promise<void> {
  const [pdf, first] = await time(() => renderPdf(doc));
  const [, second] = await time(() => renderPdf(doc));
  const [html, htmlMs] = await time(() => renderHtml(doc));
  const { pages } = await readPdf(pdf);
  console.log(
    `| ${label} | ${pages} | ${(pdf.byteLength / 1024).toFixed(0)} KiB | ${first.toFixed(0)} ms | ${second.toFixed(0)} ms | ${htmlMs.toFixed(0)} ms (${(html.length / 1024).toFixed(0)} KiB) |`,
  );
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('| document | pages | PDF size | PDF, first in process | PDF, again | HTML |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
await measure('rapportage (tests/fixtures/render-sample)', sampleDocument());
for (const sessions of sizes.length > 0 ? sizes : [200, 1000]) {
  await measure(`synthetic logbook, ${sessions} sessions, ${Math.floor(sessions / 10)} charts`, largeDocument(sessions));
}
