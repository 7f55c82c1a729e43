// ef stats: the monitoring figures of a period, as a table or as JSON.
import { computeMonitoring, logbookPeriod } from '../../compile/monitoring.js';
import { resolvePeriod } from '../../model/resolve-period.js';
import { escapeForLog, jsonForTerminal } from '../../report/escape.js';
import { formatStatsTable } from '../../report/stats-table.js';
import type { Io } from '../io.js';
import { loadValidLogbook } from '../valid-logbook.js';

export interface StatsOptions {
  readonly root?: string;
  /** As `--period` everywhere; without it: the whole logbook, first to last session or activity. */
  readonly period?: string;
  readonly json?: boolean;
  readonly format?: 'human' | 'json';
}

export async function stats(options: StatsOptions, io: Io): Promise<number> {
  const valid = await loadValidLogbook({ root: options.root }, io);
  if (!valid.ok) return valid.exitCode;
  const period = options.period === undefined ? logbookPeriod(valid.logbook) : resolvePeriod(options.period, valid.logbook);
  const monitoring = computeMonitoring(valid.logbook, period);
  io.stdout.write(options.json === true || options.format === 'json' ? `${jsonForTerminal(monitoring, 2)}
` : escapeForLog(formatStatsTable(monitoring), io.env));
  return 0;
}
