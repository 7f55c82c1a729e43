// The one place that makes text from a logbook safe to show: on a terminal, in a CI log,
// in a GitHub workflow command and in the Markdown and HTML that ef writes. A file may
// hold any character; a control character in it must never steer a terminal (ESC, OSC 8
// links, BEL, `\r` overwriting a line) nor reach a report as an invisible byte (NUL).

// C0 controls, DEL and C1 controls. Tab and newline are decided per call.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const CONTROLS_AND_NEWLINES = /[\u0000-\u0008\n\u000B-\u001F\u007F-\u009F]/g;

/**
 * Every control character made visible: C0 controls and DEL become their Unicode
 * control picture (ESC → ␛, NUL → ␀, `\r` → ␍), C1 controls the replacement
 * character �. Tabs stay. Newlines stay only with `{ newlines: true }`, for text that
 * is several lines on purpose; a one-line field (a message, a path) keeps one line.
 */
export function escapeControls(text: string, options: { newlines?: boolean } = {}): string {
  return text.replace(options.newlines ? CONTROLS : CONTROLS_AND_NEWLINES, picture);
}

/**
 * One message line (the human `ef check` output): controls made visible, and the old
 * `##[command]` form of GitHub workflow commands, which GitHub reads anywhere in a
 * line, broken up (＃).
 */
export function escapeMessage(text: string): string {
  return escapeControls(text).replace(/##\[/g, '#\uFF03[');
}

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but prints C1 controls raw;
 * `\u009b` is the same value in JSON and cannot start a terminal sequence.
 */
export function jsonForTerminal(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// GitHub Actions reads workflow commands from every line a step prints: `::name …::`
// at the start of a line (leading spaces allowed) and the older `##[name]` anywhere.

/** The message part of a workflow command, escaped as GitHub's own toolkit does (@actions/core). */
export function escapeWorkflowData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property of a workflow command (`file=…`, `title=…`): also `:` and `,`. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Plain text printed in a GitHub Actions log (an error, a table): controls made
 * visible, and no line can be read as a workflow command: a `:` that starts a line
 * and the `#` of `##[` become their full-width forms (：, ＃). Outside GitHub Actions
 * only the controls are escaped.
 */
export function escapeForLog(text: string, env: Readonly<Record<string, string | undefined>>): string {
  const safe = escapeControls(text, { newlines: true });
  if (env['GITHUB_ACTIONS'] !== 'true') return safe;
  return safe
    .split('\n')
    .map((line) => line.replace(/^(\s*):/, '$1\uFF1A').replace(/##\[/g, '#\uFF03['))
    .join('\n');
}
