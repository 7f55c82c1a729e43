// PDF through Typst, in-process. Importing this module costs nothing: the
// compiler (a native module) and the fonts load on the first renderPdf call.
import { InternalError } from '../core/errors.js';
import type { RenderDocument } from '../compile/document.js';
import { SAFE_IMAGE_NAME } from './html/content.js';

type Engine = import('./typst/engine.js').TypstEngine;

let engine: Promise<Engine> | undefined;

// One compiler per process: loading the fonts and the native module takes a
// moment. Its layout caches are emptied after every document (engine.ts), so a
// second document costs what the first did, less the start, and memory stays flat.
function getEngine(): Promise<Engine> {
  engine ??= import('./typst/engine.js').then((m) => m.createEngine());
  return engine;
}

/**
 * Renders a document to a tagged PDF/UA-1 file. Byte-identical for the same
 * document on any machine, in any time zone or locale.
 *
 * @throws InternalError with the document's slug and Typst's diagnostics when
 *   Typst rejects the generated code (a bug in ef, never in the logbook).
 */
export async function renderPdf(doc: RenderDocument): Promise<Uint8Array> {
  for (const image of doc.images) {
    if (!SAFE_IMAGE_NAME.test(image.name)) {
      throw new InternalError(`Document ${doc.slug}: afbeeldingsnaam ${JSON.stringify(image.name)} is niet van de vorm [a-z0-9-]+.(svg|jpg|png|webp).`);
    }
  }
  const { documentToTypst } = await import('./typst/template.js');
  const source = documentToTypst(doc);
  return (await getEngine()).compile(doc.slug, source, doc.images);
}
