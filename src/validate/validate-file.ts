// Checks one file's frontmatter against its schema; every issue becomes a located message.
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { Frontmatter } from '../load/frontmatter.js';
import { countHidden, MAX_MESSAGES_PER_FILE, addMessage } from '../diagnostics/messages.js';
import { issueToMessages } from './issue-message.js';
import { locateKey, locateValue, type DataPath } from './locate.js';
import { ALIAS_SPELLINGS } from './aliases.js';
import { describeRepair, samePath, type ValueRepair } from '../fix/repairs.js';
import { reportRepairHints } from './rules/repair-hints.js';
import { editsFor } from '../fix/apply.js';

/**
 * Zod compiles a parser for each object shape on its first parse (`new Function`): worth
 * it over thousands of files, not over a few dozen, where the compiling costs more than
 * it saves (about 4 % of a cold check of Delft's eleven files). So the first files of a
 * process are parsed without it; the result is the same either way.
 */
const COMPILE_AFTER = 200;
let parsed = 0;

/**
 * The parsed, typed data, or undefined when the schema rejected the file. A message
 * that one of `repairs` (what `ef fix` would do) takes away says so; the repairs of
 * values the schema accepts become hints.
 */
export function validateFrontmatter<S extends z.ZodType>(
  file: VFile,
  frontmatter: Frontmatter,
  schema: S,
  planned: readonly ValueRepair[] = [],
  /** Which issues to report; all by default (a draft reports only unknown keys). */
  keep: (issue: z.core.$ZodIssue) => boolean = () => true,
): z.output<S> | undefined {
  let repairs = planned;
  if (repairs.length > 0) repairs = feasible(file, frontmatter, repairs);
  const result = schema.safeParse(frontmatter.data, { reportInput: true, jitless: parsed++ < COMPILE_AFTER });
  if (result.success) {
    if (repairs.length > 0) reportRepairHints(file, frontmatter, repairs);
    return result.data;
  }
  const used = new Set<ValueRepair>();
  for (const whole of result.error.issues.filter(keep)) {
    // Past the per-file limit only count: turning 100,000 unknown keys into sentences
    // would cost seconds for messages nobody sees.
    const room = MAX_MESSAGES_PER_FILE - file.messages.length;
    const keys = whole.code === 'unrecognized_keys' ? whole.keys.length : 1;
    if (room <= 0) {
      countHidden(file, keys, 'error', locateValue(frontmatter, whole.path));
      continue;
    }
    const issue = whole.code === 'unrecognized_keys' && keys > room ? { ...whole, keys: whole.keys.slice(0, room) } : whole;
    for (const message of issueToMessages(asWritten(issue, frontmatter.data), schema, ALIAS_SPELLINGS)) {
      const place = message.atKey ? locateKey(frontmatter, message.path) : locateValue(frontmatter, message.path);
      const repair = repairs.find((candidate) => samePath(candidate.path, message.path));
      if (repair) used.add(repair);
      addMessage(file, message.ruleId, message.reason, place, undefined, repair ? describeRepair(repair) : undefined);
    }
    if (whole.code === 'unrecognized_keys' && keys > room) {
      countHidden(file, keys - room, 'error', locateKey(frontmatter, [...whole.path, whole.keys[room]!] as DataPath));
    }
  }
  const rest = repairs.filter((repair) => !used.has(repair));
  if (rest.length > 0) reportRepairHints(file, frontmatter, rest);
  return undefined;
}

/** Only the repairs `ef fix` can carry out in this file's text (the same test it uses). */
function feasible(file: VFile, frontmatter: Frontmatter, repairs: readonly ValueRepair[]): readonly ValueRepair[] {
  const text = String(file.value ?? '');
  // The YAML block starts on the line after the opening `---`; offsets are counted from there.
  const yaml = text.slice(text.indexOf('\n') + 1);
  return editsFor(frontmatter.source().doc, yaml, repairs).applied;
}

/**
 * A vocabulary word is compared in lower case; a message about it quotes it as the
 * file has it (`"Evaluatei"`, not `"evaluatei"`).
 */
function asWritten(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue {
  if (issue.code !== 'invalid_value') return issue;
  let value: unknown = data;
  for (const segment of issue.path) {
    if (typeof value !== 'object' || value === null) return issue;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return typeof value === 'string' ? ({ ...issue, input: value }) : issue;
}
