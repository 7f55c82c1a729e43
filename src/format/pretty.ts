// The human report: messages grouped per file, coloured on a terminal.
import { Chalk } from 'chalk';
import type { Summary } from '../diagnostics/collect.js';
import { escapeControls, escapeMessage } from '../core/escape.js';
import type { Severity } from '../diagnostics/messages.js';

const LABEL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'hint' };

export function formatPretty(summary: Summary, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (text: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
  };
  const lines: string[] = [];
  let current: string | undefined;
  for (const m of summary.messages) {
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
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summary, chalk));
  const fixable = summary.messages.filter((m) => m.fix !== undefined).length;
  if (fixable > 0) {
    lines.push(`${fixable === 1 ? '1 melding' : `${fixable} meldingen`} kan ef fix voor je repareren: voer ef fix uit (of eerst ef fix --dry-run om te zien wat er verandert).`);
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(summary: Summary, chalk: InstanceType<typeof Chalk>): string {
  const bestanden = `${summary.files} ${summary.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd`;
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
  return `${count} ${count === 1 ? one : many}`;
}
