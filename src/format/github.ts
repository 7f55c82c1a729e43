// `--format github`: workflow commands, so messages appear on the lines of a pull request.
import type { Summary } from '../diagnostics/collect.js';
import { escapeWorkflowData, escapeWorkflowProperty } from '../core/escape.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(summary: Summary): string {
  const lines = summary.messages.map(
    (m) =>
      `::${COMMAND[m.severity]} file=${escapeWorkflowProperty(m.file)},line=${m.line},col=${m.column},title=${escapeWorkflowProperty(`ef ${m.rule}`)}::${escapeWorkflowData(m.fix ? `${m.message} ${m.fix}` : m.message)}`,
  );
  lines.push(`${summary.files} bestanden gecontroleerd: ${summary.errors} fouten, ${summary.warnings} waarschuwingen.`);
  return `${lines.join('\n')}\n`;
}
