// Output: render compiled documents in the requested formats, then write every file
// atomically (a temporary file in the same folder, then a rename), the charts into the
// document's image folder, and remove charts of that document that are no longer made.
// Everything is rendered in memory first, so a failure writes nothing.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InternalError, UsageError } from '../errors.js';
import type { RenderDocument } from './document.js';

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
}

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SAFE_IMAGE = /^[a-z0-9][a-z0-9-]*\.svg$/;

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
    if (!SAFE_IMAGE.test(image.name) || names.has(image.name)) throw new InternalError(`Onveilige of dubbele naam voor een afbeelding: ${JSON.stringify(image.name)}.`);
    names.add(image.name);
  }
  const files: Array<{ name: string; content: string | Uint8Array }> = [];
  for (const format of formats) {
    progress.start(`${doc.slug}.${format}`);
    if (format === 'md') {
      const { renderMarkdown } = await import('./markdown.js');
      files.push({ name: `${doc.slug}.md`, content: renderMarkdown(doc) });
    } else if (format === 'html') {
      const { renderHtml } = await import('./html.js');
      files.push({ name: `${doc.slug}.html`, content: renderHtml(doc) });
    } else {
      const { renderPdf } = await import('./pdf.js');
      files.push({ name: `${doc.slug}.pdf`, content: await renderPdf(doc) });
    }
    progress.done(`${doc.slug}.${format}`);
  }
  for (const image of doc.images) files.push({ name: `${doc.assetDir}/${image.name}`, content: image.svg });
  return { doc, files };
}

/**
 * Writes the rendered documents into `outDir` (created when missing) and returns the
 * absolute paths written: images first, so that a document never points at a missing one.
 */
export async function writeOutputs(outDir: string, rendered: readonly RenderedDocument[]): Promise<string[]> {
  await ensureDirectory(outDir);
  await removeAbandoned(outDir);
  for (const { doc } of rendered) await removeAbandoned(join(outDir, doc.assetDir));
  const written: string[] = [];
  for (const { doc, files } of rendered) {
    const assets = join(outDir, doc.assetDir);
    const images = files.filter((file) => file.name.includes('/'));
    if (images.length > 0) await ensureDirectory(assets);
    for (const file of images) written.push(await writeAtomic(join(outDir, file.name), file.content));
    await removeStale(assets, new Set(images.map((file) => basename(file.name))));
    for (const file of files.filter((f) => !f.name.includes('/'))) written.push(await writeAtomic(join(outDir, file.name), file.content));
  }
  return written;
}

async function ensureDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST' || (error as { code?: string }).code === 'ENOTDIR') {
      throw new UsageError(`${path} is geen map: kies met --out een map voor de uitvoer.`);
    }
    throw error;
  }
  if (!(await stat(path)).isDirectory()) throw new UsageError(`${path} is geen map: kies met --out een map voor de uitvoer.`);
}

/** Write to a temporary file next to the target, then rename: a reader sees the old file or the new one, never half. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return path;
}

const TEMP = /^\.[^/]+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Temporary files left by a run that was killed while writing (its process is gone). */
async function removeAbandoned(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = TEMP.exec(entry)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Charts this document no longer has; the folder itself goes when it ends up empty. */
async function removeStale(assets: string, keep: ReadonlySet<string>): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(assets);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.endsWith('.svg') && !keep.has(entry)) await rm(join(assets, entry), { force: true });
  }
  if (keep.size === 0) {
    try {
      await rmdir(assets);
    } catch {
      // Not empty (something else lives there): leave it.
    }
  }
}
