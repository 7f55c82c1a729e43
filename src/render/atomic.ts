// Atomic writes: a temporary file next to the target, then a rename, so that a reader
// sees the old file or the new one, never half; and the clean-up of temporary files a
// killed run left behind.
import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { environmentErrorOf } from '../errors.js';

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

export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
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

