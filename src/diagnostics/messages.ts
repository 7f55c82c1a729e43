// Located messages: the closed table of rule ids, and adding a message to a file.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import { formatGetal } from '../core/dutch.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Every rule id `ef` can report, with its severity: a closed table, so that a rule id is
 * always one of these. The documentation and examples of each rule live in
 * `./rules/<rule-id>.ts` (docs/rules.md is generated from them); `ef check` does not load
 * those, and tests/unit/rule-examples.test.ts keeps this table equal to them.
 */
export const RULE_SEVERITY = {
  'read-failed': 'error',
  'file-too-large': 'error',
  'file-binary': 'error',
  'file-encoding': 'error',
  'file-empty': 'error',
  'too-many-files': 'error',
  'frontmatter-missing': 'error',
  'frontmatter-unclosed': 'error',
  'frontmatter-not-mapping': 'error',
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'yaml-aliases': 'error',
  'yaml-too-deep': 'error',
  'schema-required': 'error',
  'schema-type': 'error',
  'schema-enum': 'error',
  'schema-format': 'error',
  'schema-range': 'error',
  'schema-unknown-key': 'error',
  'date-invalid': 'error',
  'criterium-missing': 'error',
  'toestemming-required': 'error',
  'placeholder': 'error',
  'casus-unknown': 'error',
  'begeleiding-unknown': 'error',
  'opbrengsten-missing': 'error',
  'opbrengsten-empty': 'error',
  'sessie-id-date': 'error',
  'unique-id': 'error',
  'rol-paradigma-missing': 'error',
  'paradigma-diagonal': 'warning',
  'periode-overlap': 'warning',
  'image-missing': 'error',
  'image-outside-beelden': 'error',
  'image-unsupported': 'error',
  'image-corrupt': 'error',
  'image-alt-missing': 'error',
  'image-large': 'warning',
  'concept': 'info',
  'intern-missing': 'info',
  'pdf-character-missing': 'warning',
  'vocabulary-alias': 'info',
  'logo-missing': 'error',
  'vocabulary-case': 'info',
  'ja-nee': 'info',
  'sdg-duplicate': 'info',
  'file-ignored': 'warning',
  'too-many-messages': 'error',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULE_SEVERITY;

/** True for a rule id ef knows (a value from outside, such as a Zod issue's params). */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULE_SEVERITY, value);
}

export interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * Most messages shown for one file. A hostile or broken file (100,000 unknown keys)
 * gets this many, plus one closing message that counts the rest: judging it stays
 * fast and its report stays readable.
 */
export const MAX_MESSAGES_PER_FILE = 200;

/** True when a file already shows as many messages as it will. */
export function isFull(file: VFile): boolean {
  return file.messages.length >= MAX_MESSAGES_PER_FILE;
}

/** Adds a located message to a file; severity defaults to the rule's own. */
export function addMessage(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Place | Position | undefined,
  severity: Severity = RULE_SEVERITY[ruleId],
  fix?: string,
): void {
  if (isFull(file)) {
    countHidden(file, 1, severity, place);
    return;
  }
  // A message is an Error underneath; its stack trace is never shown and costs more
  // than the rest of the message together (thousands of warnings in a large logbook).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, { place: normalisePlace(place), ruleId, source: 'ef' });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (fix !== undefined) (message as FixableMessage).fix = fix;
}

/** A message that `ef fix` repairs carries the sentence that says how. */
export type FixableMessage = ReturnType<VFile['message']> & { fix?: string };

export function fixOf(message: ReturnType<VFile['message']>): string | undefined {
  return (message as FixableMessage).fix;
}

declare module 'vfile' {
  interface DataMap {
    hiddenMessages: { count: number; message: VFileMessage };
  }
}

/** Counts messages that are not shown, in one closing message at the first of them. */
export function countHidden(file: VFile, count: number, severity: Severity, place: Place | Position | undefined): void {
  if (count <= 0) return;
  let hidden = file.data.hiddenMessages;
  if (!hidden) {
    const message = file.message('', { place: normalisePlace(place), ruleId: 'too-many-messages', source: 'ef' });
    message.fatal = undefined;
    hidden = { count: 0, message };
    file.data.hiddenMessages = hidden;
  }
  hidden.count += count;
  const { message } = hidden;
  // The closing message is as serious as the worst message it stands for.
  if (severity === 'error') message.fatal = true;
  else if (severity === 'warning' && message.fatal !== true) message.fatal = false;
  message.reason = message.message =
    `En nog ${formatGetal(hidden.count)} ${hidden.count === 1 ? 'melding in dit bestand die niet wordt getoond' : 'meldingen in dit bestand die niet worden getoond'}. ` +
    `Los eerst de ${MAX_MESSAGES_PER_FILE} meldingen hierboven op en controleer dan opnieuw.`;
}


export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

// Never report 0:0: a message without a place points at the first line.
function normalisePlace(place: Place | Position | undefined): Point | Position {
  if (!place) return { line: 1, column: 1 };
  if ('start' in place) return place;
  return { line: Math.max(1, place.line), column: Math.max(1, place.column) };
}
