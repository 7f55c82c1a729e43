// The Typst compiler, held once per process. Its root is an empty temporary
// folder: generated code can reach nothing on disk, the images exist only in
// memory (mapped as shadow files) and no Typst package is ever imported.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler, type NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import { InternalError } from '../../core/errors.js';
import { imageBytes, type RenderImage } from '../../compile/document.js';
import { loadFontBlobs } from '../../fonts/fonts.js';
import { pinSvgFonts } from './svg-fonts.js';
import { liftChartLabels } from './chart-labels.js';
import { CHART_DIR, IMAGE_DIR } from './to-typst.js';

export interface TypstEngine {
  compile(slug: string, source: string, images: readonly RenderImage[]): Uint8Array;
}

export async function createEngine(): Promise<TypstEngine> {
  const fonts = await loadFontBlobs();
  const root = mkdtempSync(join(tmpdir(), 'ef-typst-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  // Our fonts are registered first, so they win over any font of the same name
  // on the machine; the template names its families and switches fallback off.
  const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontBlobs: fonts }] });

  const diagnostics = (error: NodeError): string => {
    const list = compiler.fetchDiagnostics(error) as { message?: string; range?: string | null; hints?: string[] }[];
    return list
      .map((d) => [d.message ?? JSON.stringify(d), d.range ? `(at ${d.range})` : '', ...(d.hints ?? []).map((h) => `hint: ${h}`)].filter(Boolean).join(' '))
      .join('\n');
  };

  return {
    compile(slug, source, images) {
      compiler.resetShadow();
      try {
        for (const image of images) {
          compiler.mapShadow(join(root, IMAGE_DIR, image.name), shadowBytes(image));
          // ef's charts also without their labels, which the source sets itself.
          const lifted = image.svg === undefined ? undefined : liftChartLabels(image.svg);
          if (lifted && lifted.labels.length > 0) compiler.mapShadow(join(root, CHART_DIR, image.name), Buffer.from(pinSvgFonts(lifted.svg), 'utf8'));
        }
        // Each source gets its own file, named by its hash. Handed over as
        // `mainFileContent`, a new source replaces the previous one in place, and
        // Typst reparses only what changed: after some hundred documents with
        // mixed scripts that produced syntax errors in correct code.
        const main = join(root, `ef-${createHash('sha256').update(source).digest('hex').slice(0, 32)}.typ`);
        compiler.mapShadow(main, Buffer.from(source, 'utf8'));
        const result = compiler.compile({ mainFilePath: main });
        const error = result.takeError();
        const document = result.result;
        if (error || !document) {
          throw new InternalError(
            `Typst weigerde de PDF-broncode die ef maakte voor ${slug}. Dit is een fout in ef (bug), niet in het logboek: meld het met deze tekst.\n${error ? diagnostics(error) : 'geen document'}`,
          );
        }
        // The laid-out document holds everything the PDF needs; the memoised layout work
        // behind it (the larger part of the memory) can go before the PDF is written.
        compiler.evictCache(0);
        let pdf: Buffer;
        try {
          pdf = compiler.pdf(document, { pdfStandard: 'ua-1' });
        } catch (cause) {
          throw new InternalError(
            `Typst kon de PDF voor ${slug} niet schrijven (PDF/UA-1). Dit is een fout in ef (bug), niet in het logboek: meld het met deze tekst.\n${describe(cause)}`,
            { cause },
          );
        }
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        compiler.resetShadow();
        compiler.evictCache(0);
      }
    },
  };
}

/** What the compiler reads for an image: SVGs with their fonts pinned, photos as they are (already stripped). */
function shadowBytes(image: RenderImage): Buffer {
  const svg = image.svg ?? (image.beeld?.soort === 'svg' ? Buffer.from(image.beeld.bytes).toString('utf8') : undefined);
  if (svg !== undefined) return Buffer.from(pinSvgFonts(svg), 'utf8');
  return Buffer.from(imageBytes(image));
}

function describe(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  // The engine reports Rust debug output; keep the human part of each diagnostic.
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  return messages.length > 0 ? messages.join('\n') : text;
}
