// Output: render compiled documents in the requested formats, then publish them: the one
// path by which `ef report`, `ef logbook` and `ef card` write. It checks the output
// folder by its real path (never a folder of the logbook's own files, never /proc, /sys
// or /dev), locks it against a second run, writes every file atomically (a temporary
// file in the same folder, then a rename), the charts into the document's image folder,
// and removes charts of that document that are no longer made. It never writes or
// deletes through a symbolic link. Everything is rendered in memory first, so a failure
// writes nothing.
import { randomBytes } from 'node:crypto';
import { lstatSync, type Dirent, type Stats } from 'node:fs';
import { link, lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError, environmentErrorOf, InternalError, UsageError } from '../errors.js';
import { isInside, realPathOf, realRootOf, systemFolderOf } from '../load/real-path.js';
import { escapeControls } from '../report/escape.js';
import { FOLDERS } from '../vocabulary/kinds.js';
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

export interface WriteOptions {
  /** How long to wait for another run that is writing into the same folder (ms). */
  readonly lockWaitMs?: number;
  /** Told once, with the other run's process id, when ef starts waiting for it. */
  readonly onWait?: (pid: number | undefined) => void;
}

/** Long enough for another run to finish a PDF, short enough for CI to fail clearly. */
const LOCK_WAIT_MS = 60_000;

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
  const files = new Set<string>();
  for (const document of rendered) {
    // The image folder is always looked at: charts no longer made are removed from it.
    folders.add(document.doc.assetDir);
    for (const file of document.files) files.add(file.name);
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
    if (folders.has(name) && !stats.isDirectory()) {
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

/** Write to a temporary file next to the target, then rename: a reader sees the old file or the new one, never half. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<string> {
  const temp = tempNameFor(path);
  try {
    // `wx`: a new file, never through a link or over something that is already there.
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    // Name the file the user knows, not the temporary one.
    throw environmentErrorOf(Object.assign(error as object, { path, dest: undefined }), 'schrijven') ?? error;
  }
  return path;
}

function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
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
    // rm without `recursive` removes a file or a link itself, never what a link points to.
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
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
  let entries: Dirent[];
  try {
    entries = await readdir(assets, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    // Only files and links themselves: a folder that happens to end in .svg is not ef's.
    if (entry.name.endsWith('.svg') && !keep.has(entry.name) && !entry.isDirectory()) await rm(join(assets, entry.name), { force: true });
  }
  if (keep.size === 0) {
    try {
      await rmdir(assets);
    } catch {
      // Not empty (something else lives there): leave it.
    }
  }
}

// The lock: one run at a time writes into a folder, so that a report never points at a
// chart another run has just removed. The lock is a file holding the owner's process
// id, made with O_EXCL; a lock whose process is gone is taken over.

export const LOCK_NAME = '.ef-lock';

/** Takes the folder's lock, waiting for another run that holds it; returns the release. */
async function lockFolder(dir: string, options: WriteOptions): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_NAME);
  const mine = `${process.pid}\n`;
  const waitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      return () => releaseLock(path, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(path);
    if (holder === undefined) continue; // released just now: try again
    if (holder.stale) {
      await breakLock(path, holder.text);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      throw new EnvironmentError(
        `Een andere run van ef${holder.pid === undefined ? '' : ` (proces ${holder.pid})`} schrijft nu in ${escapeControls(dir)}.`,
        {
          hint:
            'Wacht tot die klaar is en probeer het dan opnieuw. Draait er geen ef meer, ' +
            `verwijder dan ${escapeControls(path)}.`,
        },
      );
    }
    if (!told) options.onWait?.(holder.pid);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface LockHolder {
  readonly text: string;
  readonly pid: number | undefined;
  readonly stale: boolean;
}

// A lock file without a process id is being written at this very moment; only when it
// stays that way this long did its writer die in between.
const UNREADABLE_LOCK_MS = 10_000;

async function readLock(path: string): Promise<LockHolder | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) {
    throw new UsageError(`${escapeControls(path)} is een map; ef gebruikt die naam om de map te vergrendelen. Haal de map weg.`);
  }
  // A link or something else in the lock's place is no lock of ef: take it over (removing it removes only the link).
  if (!stats.isFile()) return { text: '', pid: undefined, stale: true };
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pid = /^\d+\n$/.test(text) ? Number(text.trim()) : undefined;
  const stale = pid !== undefined ? !isRunning(pid) : Date.now() - stats.mtimeMs > UNREADABLE_LOCK_MS;
  return { text, pid, stale };
}

/**
 * Removes a stale lock without removing a fresh one that another run made in the
 * meantime: move it aside (only one run can), then look at what was moved.
 */
async function breakLock(path: string, staleText: string): Promise<void> {
  const aside = tempNameFor(path);
  try {
    await rename(path, aside);
  } catch {
    return; // someone else took it over first
  }
  const movedStats = await lstat(aside).catch(() => undefined);
  if (!movedStats?.isFile()) {
    await rm(aside, { force: true });
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  // A fresh lock was moved by mistake: put it back, unless yet another run holds one now.
  if (moved !== staleText) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

async function releaseLock(path: string, mine: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === mine) await rm(path, { force: true });
}
