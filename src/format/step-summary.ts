// The job summary of a GitHub Actions run ($GITHUB_STEP_SUMMARY): one Markdown table
// with every message, since GitHub shows only ten annotations per step.
import type { Summary } from '../diagnostics/collect.js';
import type { Severity } from '../diagnostics/messages.js';

const LABEL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'hint' };

/** Text that stays text inside a Markdown table cell: no column breaks, no HTML. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

export function formatStepSummary(summary: Summary): string {
  const lines = [
    '## ef check',
    '',
    `${summary.files} ${summary.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ` +
      `${summary.errors} ${summary.errors === 1 ? 'fout' : 'fouten'}, ` +
      `${summary.warnings} ${summary.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}, ` +
      `${summary.infos} ${summary.infos === 1 ? 'hint' : 'hints'}.`,
    '',
  ];
  if (summary.messages.length === 0) return `${lines.join('\n')}\n`;
  lines.push('| bestand | regel | kolom | soort | regel-id | melding |', '| --- | ---: | ---: | --- | --- | --- |');
  for (const m of summary.messages) {
    const message = m.fix ? `${m.message} ${m.fix}` : m.message;
    lines.push(`| ${cell(m.file)} | ${m.line} | ${m.column} | ${LABEL[m.severity]} | ${cell(m.rule)} | ${cell(message)} |`);
  }
  const fixable = summary.messages.filter((m) => m.fix !== undefined).length;
  if (fixable > 0) lines.push('', `${fixable} van deze meldingen kan \`ef fix\` repareren.`);
  return `${lines.join('\n')}\n`;
}
