// Writing generated files: the folder is made when missing, each file atomically.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeAtomic } from '../core/atomic.js';
import { displayPath } from '../core/paths.js';

export interface GeneratedFile {
  /** Relative to the target folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** Writes every file under `dir` (replacing what was there) and returns the paths as shown from `cwd`. */
export async function writeGenerated(dir: string, files: readonly GeneratedFile[], cwd: string): Promise<string[]> {
  const shown: string[] = [];
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    await ensureDirectory(dirname(target));
    await writeAtomic(target, file.text);
    shown.push(displayPath(target, cwd));
  }
  return shown;
}

async function ensureDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError(`${path} is geen map: kies met --out een map.`);
    throw error;
  }
  if (!(await stat(path)).isDirectory()) throw new UsageError(`${path} is geen map: kies met --out een map.`);
}
