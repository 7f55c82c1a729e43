// Real paths: where a path leads once every symbolic link is followed. ef compares real
// paths, never path strings, when it decides whether something is inside the logbook
// or inside a folder it must not write to.
import { realpathSync, type Stats, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The logbook root with every link resolved (the path itself when it cannot be resolved). */
export function realRootOf(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return resolve(root);
  }
}

/** True when `path` is `dir` or lies below it (both real, absolute paths). */
export function isInside(path: string, dir: string): boolean {
  const rest = relative(dir, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * The real path of a path that may not exist yet: the nearest existing ancestor
 * resolved, plus the rest as written. A folder `--out` asks for is created later.
 */
export function realPathOf(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync.native(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

// Pseudo file systems of the machine: files there are not files, and writing there
// asks the kernel to do things.
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** The system folder a real path lies in (`/proc`, `/sys`, `/dev`), if any. */
export function systemFolderOf(real: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  return SYSTEM_FOLDERS.find((folder) => isInside(real, folder));
}

/** What a file-system entry is, in Dutch, for a message (`een named pipe (FIFO)`). */
export function describeFileType(entry: Stats | Dirent): string {
  if (entry.isDirectory()) return 'een map';
  if (entry.isFIFO()) return 'een named pipe (FIFO)';
  if (entry.isSocket()) return 'een socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'een apparaat (device)';
  if (entry.isSymbolicLink()) return 'een symbolische koppeling (symlink)';
  return 'een bijzonder bestand';
}
