// Lists the files of every kind in a logbook, in a fixed order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { report } from '../report/messages.js';
import { FOLDERS, KINDS, type Kind } from '../vocabulary/kinds.js';
import type { Limits } from './limits.js';

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

/** The files of a logbook, or undefined (with a message on the config) when there are too many. */
export async function discoverWithinLimit(root: string, configFile: VFile, limits: Limits): Promise<Discovered[] | undefined> {
  const discovered = await discoverFiles(root);
  if (discovered.length <= limits.maxFiles) return discovered;
  report(
    configFile,
    'too-many-files',
    `Het logboek bevat ${discovered.length} bestanden; de grens is ${limits.maxFiles}. ` +
      'Verhoog `limieten.bestanden` in ef.config.yaml als dat klopt.',
    undefined,
  );
  return undefined;
}
