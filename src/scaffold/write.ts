// Writing a new file so that it appears whole or not at all, and never replaces one.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
 * never reads it.
 */
export async function writeNewFile(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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

/**
 * A file in `folder` whose name equals `name` apart from letter case. Windows and macOS
 * treat those as the same file, and `ef check` refuses such pairs.
 */
export async function findExisting(folder: string, name: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return undefined;
  }
  const wanted = name.toLowerCase();
  const exact = names.find((candidate) => candidate === name);
  return exact ?? names.find((candidate) => candidate.toLowerCase() === wanted);
}
