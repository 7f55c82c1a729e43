// `--format github`: workflow commands, so messages appear on the lines of a pull request.
import type { Summary } from './collect.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(summary: Summary): string {
  const lines = summary.messages.map(
    (m) =>
      `::${COMMAND[m.severity]} file=${escapeProperty(m.file)},line=${m.line},col=${m.column},title=${escapeProperty(`ef ${m.rule}`)}::${escapeData(m.message)}`,
  );
  lines.push(`${summary.files} bestanden gecontroleerd: ${summary.errors} fouten, ${summary.warnings} waarschuwingen.`);
  return `${lines.join('\n')}\n`;
}

// Escaping as GitHub's own toolkit does (@actions/core command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
