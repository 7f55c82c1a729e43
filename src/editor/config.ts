// The config of the logbook, or the same refusal `ef check` gives for a broken one.
import { findRoot } from '../load/find-root.js';
import { loadConfig } from '../validate/load-logbook.js';
import { collectMessages, fileMessagesOf } from '../diagnostics/collect.js';
import { formatPretty } from '../format/pretty.js';
import type { Config } from '../validate/schemas/config.js';
import type { Io } from '../core/io.js';
import { useColor } from '../format/color.js';

export type LoadedConfig =
  | { readonly ok: true; readonly root: string; readonly config: Config }
  | { readonly ok: false; readonly exitCode: number };

export async function loadConfigOrReport(root: string | undefined, io: Io): Promise<LoadedConfig> {
  const found = findRoot(io.cwd, root);
  const { configFile, config } = await loadConfig(found, io.cwd);
  if (!config) {
    io.stderr.write(formatPretty(collectMessages([fileMessagesOf(configFile)], io.cwd, 1), useColor({}, io)));
    return { ok: false, exitCode: 2 };
  }
  return { ok: true, root: found, config };
}
