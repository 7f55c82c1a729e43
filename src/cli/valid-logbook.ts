// For commands that publish: load, validate and model the logbook, or refuse with the
// same messages `ef check` gives, so that CI never publishes from a broken logbook.
import type { Io } from '../core/io.js';
import { loadLogbook } from '../validate/load-logbook.js';
import { buildModel } from '../model/build-model.js';
import type { Logbook } from '../model/types.js';
import { collectMessages, fileMessagesOf, type Summary } from '../diagnostics/collect.js';
import { formatGithub } from '../format/github.js';
import { formatPretty } from '../format/pretty.js';
import { validateLogbook, type ValidatedLogbook } from '../validate/validate-logbook.js';
import { useColor } from '../format/color.js';

export type ValidLogbook =
  | { readonly ok: true; readonly logbook: Logbook; readonly validated: ValidatedLogbook }
  | { readonly ok: false; readonly exitCode: number };

export async function loadValidLogbook(options: { root?: string | undefined }, io: Io): Promise<ValidLogbook> {
  const loaded = await loadLogbook({ cwd: io.cwd, root: options.root });
  if (!loaded.config) {
    io.stderr.write(formatRefusal(collectMessages([fileMessagesOf(loaded.configFile)], io.cwd, 1), io));
    return { ok: false, exitCode: 2 };
  }
  const validated = validateLogbook({ ...loaded, config: loaded.config });
  const summary = collectMessages(validated.messages, io.cwd, validated.checked);
  if (summary.errors > 0) {
    io.stderr.write(formatRefusal(summary, io));
    io.stderr.write('Er is niets gemaakt: los eerst de fouten hierboven op (zie ook `ef check`).\n');
    return { ok: false, exitCode: 1 };
  }
  return { ok: true, logbook: buildModel(validated), validated };
}

/**
 * The messages, as `ef check` would print them. On GitHub Actions that is the github
 * format, as for `ef check`: a value in a file cannot forge a workflow command there.
 */
function formatRefusal(summary: Summary, io: Io): string {
  return io.env['GITHUB_ACTIONS'] === 'true' ? formatGithub(summary) : formatPretty(summary, useColor({}, io));
}
