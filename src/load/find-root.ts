// Finds the logbook: the nearest ef.config.yaml upwards from the working directory.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';

export const CONFIG_NAME = 'ef.config.yaml';

/**
 * The logbook root for `cwd`, or `--root DIR` when given. A repository that keeps its
 * logbook in `logbook/` (like ef's own) is found from anywhere inside it.
 */
export function findRoot(cwd: string, explicitRoot?: string): string {
  if (explicitRoot !== undefined) {
    const root = resolve(cwd, explicitRoot);
    if (!existsSync(join(root, CONFIG_NAME))) {
      throw new ConfigError(`In ${explicitRoot} staat geen ${CONFIG_NAME}.`, {
        hint: 'Geef met --root de map van een logboek op, of maak er een met `ef init`.',
      });
    }
    return root;
  }
  let dir = resolve(cwd);
  for (;;) {
    for (const candidate of [dir, join(dir, 'logbook')]) {
      if (isFile(join(candidate, CONFIG_NAME))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ConfigError(`Geen logboek gevonden: er staat geen ${CONFIG_NAME} in deze map of een map erboven.`, {
    hint: 'Ga naar de map van het logboek, geef --root DIR op, of begin een nieuw logboek met `ef init`.',
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
