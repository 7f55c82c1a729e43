// Output: render compiled documents in the requested formats, then publish them: the one
// path by which `ef report`, `ef logbook` and `ef card` write. It checks the output
// folder by its real path (never a folder of the logbook's own files, never /proc, /sys
// or /dev), locks it against a second run, writes every file atomically (a temporary
// file in the same folder, then a rename), the charts into the document's image folder,
// and removes charts of that document that are no longer made. It never writes or
// deletes through a symbolic link. Everything is rendered in memory first, so a failure
// writes nothing.
import { lstatSync, type Dirent, type Stats } from 'node:fs';
import { lstat, mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EfError, environmentErrorOf, InternalError, UsageError } from '../core/errors.js';
import { isInside, realPathOf, realRootOf, systemFolderOf } from '../load/real-path.js';
import { escapeControls } from '../core/escape.js';
import { FOLDERS } from '../vocabulary/kinds.js';
import { removeAbandoned, writeAtomic } from '../core/atomic.js';
import { imageBytes, type RenderDocument } from '../compile/document.js';
import { lockFolder, type LockOptions } from './folder-lock.js';
import { SAFE_IMAGE_NAME } from '../render/html/content.js';
import { opsomming } from '../core/dutch.js';

export { LOCK_NAME } from './folder-lock.js';

export const FORMATS = ['md', 'html', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** `md,html` → ['md', 'html']; the order of FORMATS, duplicates ignored. */
export function parseFormats(value: string | undefined): Format[] {
  const asked = (value ?? 'md').split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  const unknown = asked.filter((part) => !(FORMATS as readonly string[]).includes(part));
  if (unknown.length > 0 || asked.length === 0) {
    throw new UsageError(
      `Onbekende uitvoervorm ${unknown.map((part) => `"${part}"`).join(', ') || '(leeg)'}. Kies een of meer van md, html en pdf, gescheiden door komma's (bijvoorbeeld --format md,pdf).`,
    );
  }
  return FORMATS.filter((format) => asked.includes(format));
}

export interface RenderedDocument {
  readonly doc: RenderDocument;
  /** File name (in the output folder) → content. */
  readonly files: ReadonlyArray<{ readonly name: string; readonly content: string | Uint8Array }>;
  /** A format that could not be made (the PDF); the other files are still written. */
  readonly failed?: { readonly name: string; readonly error: unknown };
}

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;

export interface RenderProgress {
  start(name: string): void;
  done(name: string): void;
}

export async function renderDocument(
  doc: RenderDocument,
  formats: readonly Format[],
  progress: RenderProgress = { start() {}, done() {} },
): Promise<RenderedDocument> {
  if (!SAFE_SLUG.test(doc.slug) || !SAFE_SLUG.test(doc.assetDir)) throw new InternalError(`Onveilige bestandsnaam voor een document: ${JSON.stringify(doc.slug)}.`);
  const names = new Set<string>();
  for (const image of doc.images) {
    if (!SAFE_IMAGE_NAME.test(image.name) || names.has(image.name)) throw new InternalError(`Onveilige of dubbele naam voor een afbeelding: ${JSON.stringify(image.name)}.`);
    names.add(image.name);
  }
  const files: Array<{ name: string; content: string | Uint8Array }> = [];
  let failed: RenderedDocument['failed'];
  for (const format of formats) {
    progress.start(`${doc.slug}.${format}`);
    if (format === 'md') {
      const { renderMarkdown } = await import('../render/markdown.js');
      files.push({ name: `${doc.slug}.md`, content: renderMarkdown(doc) });
    } else if (format === 'html') {
      const { renderHtml } = await import('../render/html.js');
      files.push({ name: `${doc.slug}.html`, content: renderHtml(doc) });
    } else {
      // The PDF goes through a whole typesetting engine; when it fails, the md
      // and html are still written and the error names the PDF (see outputFailure).
      try {
        const { renderPdf } = await import('../render/pdf.js');
        files.push({ name: `${doc.slug}.pdf`, content: await renderPdf(doc) });
      } catch (error) {
        failed = { name: `${doc.slug}.pdf`, error };
      }
    }
    progress.done(`${doc.slug}.${format}`);
  }
  for (const image of doc.images) files.push({ name: `${doc.assetDir}/${image.name}`, content: imageBytes(image) });
  return failed ? { doc, files, failed } : { doc, files };
}

/** The documents (not the charts) among the rendered files. */
export function documentFiles(rendered: RenderedDocument): string[] {
  return rendered.files.filter((file) => !file.name.includes('/')).map((file) => file.name);
}

/**
 * The error to raise once the other files are written: what was not made, what
 * was, and why, as the same kind of error the renderer raised (a bug in ef stays
 * one; a missing font package is an installation problem).
 */
export function outputFailure(rendered: RenderedDocument): EfError | undefined {
  if (!rendered.failed) return undefined;
  const { name, error } = rendered.failed;
  const made = documentFiles(rendered);
  const lead = `${name} is niet gemaakt${made.length > 0 ? `; ${opsomming(made)} ${made.length === 1 ? 'is' : 'zijn'} wel geschreven` : ''}.`;
  if (error instanceof EfError) {
    const Kind = error.constructor as new (message: string, options: { hint?: string; cause?: unknown }) => EfError;
    return new Kind(`${lead}\n${error.message}`, { hint: error.hint, cause: error });
  }
  return new InternalError(`${lead}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/** Where documents are published. */
export interface OutTarget {
  /** The folder to write into (absolute; created when missing). */
  readonly dir: string;
  /** The logbook's root: its folders of logbook files are never written to. */
  readonly root: string;
  /**
   * True when the user named the folder (`--out`): then ef goes where that path leads.
   * The default `reports/` is part of the repository and may not be a symbolic link.
   */
  readonly chosen: boolean;
}

export type WriteOptions = LockOptions;

/**
 * Writes the rendered documents into the target folder and returns the absolute paths
 * written: images first, so that a document never points at a missing one. Text is
 * written without control characters (see escapeControls).
 */
export async function writeOutputs(target: OutTarget, rendered: readonly RenderedDocument[], options: WriteOptions = {}): Promise<string[]> {
  guardOutDir(target);
  const outDir = target.dir;
  try {
    await ensureDirectory(outDir);
    const release = await lockFolder(outDir, options);
    try {
      await refuseLinks(outDir, rendered);
      await removeAbandoned(outDir);
      for (const { doc } of rendered) await removeAbandoned(join(outDir, doc.assetDir));
      const written: string[] = [];
      for (const { doc, files } of rendered) {
        const assets = join(outDir, doc.assetDir);
        const images = files.filter((file) => file.name.includes('/'));
        if (images.length > 0) await ensureDirectory(assets);
        for (const file of images) written.push(await writeAtomic(join(outDir, file.name), clean(file.content)));
        await removeStale(assets, new Set(images.map((file) => basename(file.name))));
        for (const file of files.filter((f) => !f.name.includes('/'))) written.push(await writeAtomic(join(outDir, file.name), clean(file.content)));
      }
      return written;
    } finally {
      await release();
    }
  } catch (error) {
    throw environmentErrorOf(error, 'schrijven') ?? error;
  }
}

/** Text from a logbook may hold control characters (a YAML `"\0"` or `"\e"`); a report never does. */
function clean(content: string | Uint8Array): string | Uint8Array {
  return typeof content === 'string' ? escapeControls(content, { newlines: true }) : content;
}

/**
 * Refuses an output folder that lies, by its real path, in a folder of the logbook's
 * own files (the reports would become logbook files) or in /proc, /sys or /dev; and a
 * default `reports/` that is a symbolic link.
 */
function guardOutDir(target: OutTarget): void {
  const shown = escapeControls(target.dir);
  const real = realPathOf(target.dir);
  const system = systemFolderOf(real);
  if (system !== undefined) {
    throw new UsageError(`--out wijst naar ${shown}, in ${system}: dat is geen gewone map maar een deel van het systeem. Kies een gewone map voor de uitvoer.`);
  }
  const realRoot = realRootOf(target.root);
  for (const folder of Object.values(FOLDERS)) {
    const own = [join(realRoot, folder), realPathOf(join(target.root, folder))];
    if (own.some((candidate) => isInside(real, candidate))) {
      throw new UsageError(`--out wijst naar ${folder}/ van het logboek; daar horen alleen bestanden van het logboek. Kies een andere map (standaard: reports/).`);
    }
  }
  if (!target.chosen && lstatOrUndefined(target.dir)?.isSymbolicLink()) {
    throw new UsageError(
      `${shown} is een symbolische koppeling (symlink) naar ${escapeControls(real)}. ef schrijft niet via een koppeling die in het logboek staat. ` +
        'Geef met --out zelf de map voor de uitvoer op, of vervang de koppeling door een gewone map.',
    );
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Every place about to be written must be a real file or folder, not a link to somewhere else. */
async function refuseLinks(outDir: string, rendered: readonly RenderedDocument[]): Promise<void> {
  const folders = new Set<string>();
  const withImages = new Set<string>();
  const files = new Set<string>();
  for (const document of rendered) {
    // The image folder is always looked at: charts no longer made are removed from it.
    folders.add(document.doc.assetDir);
    if (document.files.some((file) => file.name.includes('/'))) withImages.add(document.doc.assetDir);
    for (const file of document.files) if (!file.name.includes('/')) files.add(file.name);
  }
  for (const name of [...folders, ...files]) {
    const path = join(outDir, name);
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) continue;
    const shown = escapeControls(path);
    if (stats.isSymbolicLink()) {
      throw new UsageError(
        `${shown} is een symbolische koppeling (symlink). ef schrijft en verwijdert niet via een koppeling: ` +
          'verwijder de koppeling, of kies met --out een andere map.',
      );
    }
    if (withImages.has(name) && !stats.isDirectory()) {
      throw new UsageError(`${shown} is geen map; ef zet daar de afbeeldingen neer. Haal het weg, of kies met --out een andere map.`);
    }
    if (files.has(name) && stats.isDirectory()) {
      throw new UsageError(`${shown} is een map; ef zet daar een bestand neer. Haal de map weg, of kies met --out een andere map.`);
    }
  }
}

async function ensureDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST' || (error as { code?: string }).code === 'ENOTDIR') {
      throw new UsageError(`${escapeControls(path)} is geen map: kies met --out een map voor de uitvoer.`);
    }
    throw error;
  }
  if (!(await stat(path)).isDirectory()) throw new UsageError(`${escapeControls(path)} is geen map: kies met --out een map voor de uitvoer.`);
}

/** Charts and photos this document no longer has; the folder itself goes when it ends up empty. */
async function removeStale(assets: string, keep: ReadonlySet<string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(assets, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    // Only files and links themselves: a folder that happens to end in .svg is not ef's.
    if (/\.(?:svg|jpg|png|webp)$/.test(entry.name) && !keep.has(entry.name) && !entry.isDirectory()) await rm(join(assets, entry.name), { force: true });
  }
  if (keep.size === 0) {
    try {
      await rmdir(assets);
    } catch {
      // Not empty (something else lives there): leave it.
    }
  }
}

