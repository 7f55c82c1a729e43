// Atomic writes, the one implementation: a temporary file next to the target, then a
// rename (replace) or a hard link (never replace), so that a reader sees the old file or
// the new one, never half; and the clean-up of temporary files a killed run left behind.
import { constants, type Dirent } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { environmentErrorOf } from './errors.js';

/** Writes `content` to `path` atomically; the error of a full or read-only disk names `path`, not the temporary file. */
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

/** The target exists; nothing was written. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} bestaat al`);
    this.name = 'FileExistsError';
  }
}

export interface WriteOptions {
  /** Replace an existing file (still atomically). */
  readonly force?: boolean;
}

/**
 * Writes `text` to `path`: first to a temporary file in the same folder, then published
 * under its real name in one step. Without `force` the publishing step is a hard link,
 * which fails when the name is taken, so an existing file is never clobbered, not even
 * by a race with another writer. The temporary name starts with a dot, so `ef check`
 * never reads it, and a killed run's leftover is recognised by `removeAbandoned`.
 */
export async function writeNewFile(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = tempNameFor(path);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force === true) {
      await rename(temp, path);
      return;
    }
    await publishExclusive(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

async function publishExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    // Some file systems (FAT, some network shares) have no hard links: copy exclusively
    // instead. Not atomic for readers, but it still never replaces an existing file.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
      try {
        await copyFile(temp, path, constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw copyError;
      }
      return;
    }
    throw error;
  }
}

export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}.tmp`);
}

const TEMP = /^\.[^/]+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Temporary files left by a run that was killed while writing (its process is gone). */
export async function removeAbandoned(dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = TEMP.exec(entry.name)?.[1];
    // Only files and links: rm without `recursive` removes a link itself, never what it points to.
    if (pid !== undefined && !entry.isDirectory() && !isRunning(Number(pid))) await rm(join(dir, entry.name), { force: true });
  }
}

export function isRunning(pid: number): boolean {
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

