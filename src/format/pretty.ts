// The human report: messages grouped per file, coloured on a terminal.
import { Chalk } from 'chalk';
import type { Summary } from '../diagnostics/collect.js';
import { formatGetal } from '../core/dutch.js';
import { escapeControls, escapeMessage } from '../core/escape.js';
import type { Severity } from '../diagnostics/messages.js';

const LABEL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'hint' };

export function formatPretty(summary: Summary, color: boolean): string {
  const chunks: string[] = [];
  writePretty(summary, color, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** Lines written out per this many: a report of 100,000 messages is never held whole. */
const CHUNK_LINES = 1000;

/** The same text as `formatPretty`, handed to `write` in pieces. */
export function writePretty(summary: Summary, color: boolean, write: (chunk: string) => void): void {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (text: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
  };
  let lines: string[] = [];
  let any = false;
  let current: string | undefined;
  for (const m of summary.messages) {
    any = true;
    if (lines.length >= CHUNK_LINES) {
      write(`${lines.join('\n')}\n`);
      lines = [];
    }
    // Paths and messages come from files: one line each, no control characters.
    const file = escapeMessage(m.file);
    if (m.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(chalk.underline(file));
      current = m.file;
    }
    lines.push(
      `  ${chalk.dim(`${file}:${m.line}:${m.column}`)}  ${paint[m.severity](LABEL[m.severity])}  ${escapeMessage(m.message)}${m.fix ? ` ${chalk.cyan(escapeMessage(m.fix))}` : ''}  ${chalk.dim(escapeControls(m.rule))}`,
    );
  }
  if (any) lines.push('');
  lines.push(summaryLine(summary, chalk));
  const fixable = summary.messages.filter((m) => m.fix !== undefined).length;
  if (fixable > 0) {
    lines.push(`${fixable === 1 ? '1 melding' : `${formatGetal(fixable)} meldingen`} kan ef fix voor je repareren: voer ef fix uit (of eerst ef fix --dry-run om te zien wat er verandert).`);
  }
  write(`${lines.join('\n')}\n`);
}

function summaryLine(summary: Summary, chalk: InstanceType<typeof Chalk>): string {
  const bestanden = `${plural(summary.files, 'bestand', 'bestanden')} gecontroleerd`;
  if (summary.errors === 0 && summary.warnings === 0) {
    const hints = summary.infos > 0 ? ` (${plural(summary.infos, 'hint', 'hints')})` : '';
    return chalk.green(`✔ ${bestanden}: geen fouten${hints}.`);
  }
  const parts = [plural(summary.errors, 'fout', 'fouten'), plural(summary.warnings, 'waarschuwing', 'waarschuwingen')];
  if (summary.infos > 0) parts.push(plural(summary.infos, 'hint', 'hints'));
  const inFiles = new Set(summary.messages.filter((m) => m.severity !== 'info').map((m) => m.file)).size;
  const text = `${parts.join(', ')} in ${plural(inFiles, 'bestand', 'bestanden')} (${bestanden}).`;
  return summary.errors > 0 ? chalk.red(`✖ ${text}`) : chalk.yellow(`⚠ ${text}`);
}

function plural(count: number, one: string, many: string): string {
  return `${formatGetal(count)} ${count === 1 ? one : many}`;
}
