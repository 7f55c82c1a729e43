// ef stats: the monitoring figures of a period, as a table or as JSON. Free text in the
// figures (functions, custom role labels) is filtered for the audience like a report,
// and the output is searched for names without consent before it is printed.
import { computeMonitoring, logbookPeriod } from '../../compile/monitoring.js';
import { namePolicy } from '../../compile/privacy.js';
import { forAudience } from '../../compile/select.js';
import { resolvePeriod } from '../../model/resolve-period.js';
import { assertTextClean, withSourceLines } from '../../publish/guard.js';
import type { Audience } from '../../compile/document.js';
import { escapeForLog, jsonForTerminal } from '../../core/escape.js';
import { formatStatsTable } from '../../format/stats-table.js';
import type { Io } from '../../core/io.js';
import { loadValidLogbook } from '../valid-logbook.js';

export interface StatsOptions {
  readonly root?: string;
  /** As `--period` everywhere; without it: the whole logbook, first to last session or activity. */
  readonly period?: string;
  readonly json?: boolean;
  readonly format?: 'human' | 'json';
  /** As for `ef report`: intern (default) or publiek. */
  readonly audience?: Audience;
}

export async function stats(options: StatsOptions, io: Io): Promise<number> {
  const valid = await loadValidLogbook({ root: options.root }, io);
  if (!valid.ok) return valid.exitCode;
  const period = options.period === undefined ? logbookPeriod(valid.logbook) : resolvePeriod(options.period, valid.logbook);
  const audience = options.audience ?? 'intern';
  const policy = namePolicy(valid.logbook, audience);
  const monitoring = computeMonitoring(forAudience(valid.logbook, audience, policy), period);
  const json = options.json === true || options.format === 'json';
  const output = json ? `${jsonForTerminal(monitoring, 2)}\n` : escapeForLog(formatStatsTable(monitoring), io.env);
  await withSourceLines(valid.logbook, valid.validated.root, io.cwd, policy.matcher, () =>
    assertTextClean(json ? 'de JSON van ef stats' : 'de uitvoer van ef stats', output, policy.matcher),
  );
  io.stdout.write(output);
  return 0;
}
