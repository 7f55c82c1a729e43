// `--format json`: one object, the shape documented in the README.
import type { Summary } from '../diagnostics/collect.js';
import { jsonForTerminal } from '../core/escape.js';

export function formatJson(summary: Summary): string {
  return `${jsonForTerminal({
    files: summary.files,
    errors: summary.errors,
    warnings: summary.warnings,
    messages: summary.messages.map(({ file, line, column, severity, rule, message, fix }) => ({
      file,
      line,
      column,
      severity,
      rule,
      message,
      // Only on messages that `ef fix` repairs.
      ...(fix === undefined ? {} : { fix }),
    })),
  })}\n`;
}
