// Repairs that must happen before the YAML can be parsed at all: tabs used to indent,
// and a value with an unquoted `: ` in it. Both are applied only when the result
// parses cleanly and, for tabs, means the same whatever width a tab was meant to have.
import { yamlLibrary } from '../load/yaml-library.js';

export type TextRepairKind = 'tab' | 'colon';

export interface TextRepair {
  readonly kind: TextRepairKind;
  /** 1-based line within the YAML text. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface TextRepairPlan {
  /** The repaired YAML text (LF line endings, as given). */
  readonly text: string;
  readonly repairs: readonly TextRepair[];
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true } as const;

interface Parsed {
  readonly ok: boolean;
  readonly data: unknown;
  /** 1-based lines with an error, and their yaml error codes. */
  readonly errors: ReadonlyArray<{ line: number; code: string }>;
}

function parse(text: string): Parsed {
  // Loaded only here: most files need no repair, and their check never loads yaml.
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { ...OPTIONS, lineCounter });
  } catch {
    return { ok: false, data: undefined, errors: [] };
  }
  const problems = [...doc.errors, ...doc.warnings];
  const errors = problems.map((error) => ({ line: lineCounter.linePos(error.pos[0]).line, code: error.code }));
  if (errors.length > 0) return { ok: false, data: undefined, errors };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }), errors };
  } catch {
    return { ok: false, data: undefined, errors };
  }
}

/**
 * The text repairs a YAML block needs, or undefined when it needs none or when
 * they would not leave a cleanly parsing block (then nothing is repaired: a guess
 * could change what the file says).
 */
export function planTextRepairs(yaml: string): TextRepairPlan | undefined {
  const original = parse(yaml);
  if (original.ok) return undefined;
  // Tabs first, then colons; a colon error can hide the tab repair, so also the other way round.
  return attempt(yaml, original, ['tab', 'colon']) ?? attempt(yaml, original, ['colon', 'tab']);
}

function attempt(yaml: string, original: Parsed, order: readonly TextRepairKind[]): TextRepairPlan | undefined {
  const repairs: TextRepair[] = [];
  let text = yaml;
  let parsed = original;
  for (const kind of order) {
    if (parsed.ok) break;
    const step = kind === 'tab' ? repairTabs(text) : repairColons(text, parsed);
    if (!step) continue;
    text = step.text;
    repairs.push(...step.repairs);
    parsed = parse(text);
  }
  if (repairs.length === 0 || !parsed.ok) return undefined;
  return { text, repairs: [...repairs].sort((a, b) => a.line - b.line) };
}

const LEADING = /^[ \t]*/;

/** Leading tabs as spaces, when every tab width that parses gives the same data. */
function repairTabs(yaml: string): TextRepairPlan | undefined {
  const lines = yaml.split('\n');
  if (!lines.some((line) => LEADING.exec(line)![0].includes('\t'))) return undefined;
  const expand = (width: number) =>
    lines.map((line) => {
      const lead = LEADING.exec(line)![0];
      if (!lead.includes('\t')) return line;
      let column = 0;
      for (const char of lead) column = char === '\t' ? column + width - (column % width) : column + 1;
      return ' '.repeat(column) + line.slice(lead.length);
    });
  const candidates = [2, 4, 8].map((width) => ({ width, lines: expand(width) }));
  const parsed = candidates.map((candidate) => ({ ...candidate, result: parse(candidate.lines.join('\n')) }));
  const good = parsed.filter((candidate) => candidate.result.ok);
  if (good.length === 0) return undefined;
  const meaning = JSON.stringify(good[0]!.result.data);
  if (good.some((candidate) => JSON.stringify(candidate.result.data) !== meaning)) return undefined;
  // The narrowest width that works: ef's own files indent by two spaces.
  const chosen = good[0]!;
  const repairs: TextRepair[] = [];
  lines.forEach((line, index) => {
    if (chosen.lines[index] !== line) repairs.push({ kind: 'tab', line: index + 1, before: line, after: chosen.lines[index]! });
  });
  return { text: chosen.lines.join('\n'), repairs };
}

// `key: value`, possibly as a list item, where the value is plain text (not quoted,
// not a list or block) and itself contains `: `. A ` #` would start a comment: then
// what the writer meant is not certain, and the line is left alone.
const KEY_VALUE = /^(\s*(?:-\s+)*)([\p{L}\p{N}_-]+):(\s+)(.*\S)\s*$/u;
const NOT_PLAIN_START = /^["'[{|>&*!%@`#]/;

function repairColons(yaml: string, parsed: Parsed): TextRepairPlan | undefined {
  const errorLines = new Set(
    parsed.errors
      .filter((error) => error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN')
      .map((error) => error.line),
  );
  if (errorLines.size === 0) return undefined;
  const lines = yaml.split('\n');
  const repairs: TextRepair[] = [];
  for (const number of [...errorLines].sort((a, b) => a - b)) {
    const line = lines[number - 1];
    if (line === undefined) continue;
    const match = KEY_VALUE.exec(line);
    if (!match) continue;
    const [, lead, key, space, value] = match as unknown as [string, string, string, string, string];
    if (NOT_PLAIN_START.test(value) || value.includes(' #')) continue;
    if (!/:(?:\s|$)/.test(value)) continue;
    const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const after = `${lead}${key}:${space}${quoted}`;
    lines[number - 1] = after;
    repairs.push({ kind: 'colon', line: number, before: line, after });
  }
  return repairs.length === 0 ? undefined : { text: lines.join('\n'), repairs };
}
