// Lists the files of every kind in a logbook, in a fixed order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FOLDERS, KINDS, type Kind } from '../vocabulary/kinds.js';

export interface Discovered {
  readonly kind: Kind;
  readonly id: string;
  readonly path: string;
}

/**
 * Every `.md` file in the kind folders, sorted by kind and then by id (code-unit order,
 * never locale order) so that output does not depend on the file system.
 * Dotfiles and `_`-prefixed drafts are skipped.
 */
export async function discoverFiles(root: string): Promise<Discovered[]> {
  const found: Discovered[] = [];
  for (const kind of KINDS) {
    const folder = join(root, FOLDERS[kind]);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.sort(compareCodeUnits)) {
      if (!name.endsWith('.md') || name.startsWith('.') || name.startsWith('_')) continue;
      found.push({ kind, id: name.slice(0, -3), path: join(folder, name) });
    }
  }
  return found;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
