// Lists the files of every kind in a logbook, in a fixed order, and judges each entry
// before anything reads it: a symbolic link that leads out of the logbook, a FIFO, a
// socket or a device is listed with the reason ef will not read it, so that it becomes
// a located message instead of a leak or a hang.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { VFile } from 'vfile';
import { addMessage } from '../diagnostics/messages.js';
import { FOLDERS, KINDS, type Kind } from '../vocabulary/kinds.js';
import type { Limits } from './limits.js';
import { describeFsError } from './fs-errors.js';
import { describeFileType, isInside, realRootOf } from './real-path.js';

export interface Discovered {
  readonly kind: Kind;
  readonly id: string;
  /** Where the file is listed in the logbook: what messages name. */
  readonly path: string;
  /** For a symbolic link to a file inside the logbook: the real file to read. */
  readonly target?: string;
  /** Why ef does not read this entry (a Dutch sentence); it becomes a `read-failed` message. */
  readonly refused?: string;
}

/**
 * Every `.md` file in the kind folders, sorted by kind and then by id (code-unit order,
 * never locale order) so that output does not depend on the file system.
 * Dotfiles and `_`-prefixed drafts are skipped.
 */
export async function discoverFiles(root: string): Promise<Discovered[]> {
  const realRoot = realRootOf(root);
  const found: Discovered[] = [];
  for (const kind of KINDS) {
    const folder = join(root, FOLDERS[kind]);
    const outside = await folderOutside(folder, realRoot);
    if (outside) {
      // Not even listed: the folder itself is the one entry, refused.
      found.push({ kind, id: FOLDERS[kind], path: folder, refused: outside });
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      // A missing folder is an empty one; an unreadable one must not silently be.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      found.push({ kind, id: FOLDERS[kind], path: folder, refused: `De map ${FOLDERS[kind]}/ kan niet worden gelezen (${describeFsError(error)}).` });
      continue;
    }
    for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const { name } = entry;
      if (!name.endsWith('.md') || name.startsWith('.') || name.startsWith('_')) continue;
      // Not join(): its result is a chain of string pieces several times the size of
      // the flat text, and a logbook of 100,000 files keeps every path in memory.
      const path = `${folder}${sep}${name}`;
      const id = name.slice(0, -3);
      // The common case, a plain file, costs nothing more than listing it.
      found.push(entry.isFile() ? { kind, id, path } : { kind, id, path, ...(await judge(entry, path, realRoot)) });
    }
  }
  return found;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The files of a logbook, or undefined (with a message on the config) when there are too many. */
export async function discoverWithinLimit(root: string, configFile: VFile, limits: Limits): Promise<Discovered[] | undefined> {
  const discovered = await discoverFiles(root);
  if (discovered.length <= limits.maxFiles) return discovered;
  addMessage(
    configFile,
    'too-many-files',
    `Het logboek bevat ${discovered.length} bestanden; de grens is ${limits.maxFiles}. ` +
      'Verhoog `limieten.bestanden` in ef.config.yaml als dat klopt.',
    undefined,
  );
  return undefined;
}

/** A kind folder that is itself a symbolic link to a place outside the logbook: why it is refused. */
async function folderOutside(folder: string, realRoot: string): Promise<string | undefined> {
  let real: string;
  try {
    if (!(await lstat(folder)).isSymbolicLink()) return undefined;
    real = await realpath(folder);
  } catch {
    return undefined;
  }
  if (isInside(real, realRoot)) return undefined;
  return (
    `De map ${basename(folder)}/ is een symbolische koppeling (symlink) naar ${real}, buiten het logboek. ` +
    'ef leest niets buiten het logboek: zet de map zelf in het logboek.'
  );
}

/** What ef does with one directory entry: read it as it is, read the file a link points to, or refuse it. */
async function judge(entry: Dirent, path: string, realRoot: string): Promise<Pick<Discovered, 'target' | 'refused'>> {
  // Some file systems do not report the type while listing; ask for it then.
  const type = entry.isFile() || entry.isSymbolicLink() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()
    ? entry
    : await lstat(path).catch(() => undefined);
  if (!type || type.isFile()) return {};
  if (!type.isSymbolicLink()) return { refused: notAFile(describeFileType(type)) };

  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { refused: 'Dit is een symbolische koppeling (symlink) naar iets dat niet bestaat of niet te volgen is. Verwijder de koppeling, of zet het bestand zelf op deze plek.' };
  }
  if (!isInside(real, realRoot)) {
    return {
      refused:
        `Dit is een symbolische koppeling (symlink) naar ${real}, buiten het logboek. ` +
        'ef volgt geen koppelingen naar buiten het logboek: zet het bestand zelf in het logboek.',
    };
  }
  const target = await stat(real).catch(() => undefined);
  if (!target) return { refused: 'Dit is een symbolische koppeling (symlink) naar iets dat niet te lezen is.' };
  if (!target.isFile()) return { refused: notAFile(`een symbolische koppeling naar ${describeFileType(target)}`) };
  return { target: real };
}

function notAFile(what: string): string {
  return `Dit is ${what}, geen gewoon bestand. ef leest alleen gewone Markdown-bestanden; haal het weg uit deze map.`;
}
