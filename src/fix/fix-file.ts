// Repairs one file's text: only its frontmatter, keeping the BOM, the line endings and
// the body byte for byte.
import { isMap } from 'yaml';
import type { Kind } from '../vocabulary/kinds.js';
import { applyEdits, editsFor, expectedData, parseYaml, type Edit } from './apply.js';
import { planRepairs, type FixVocabulary } from './repairs.js';
import { planTextRepairs } from './text.js';

export interface Change {
  /** 1-based line in the file. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface FileFix {
  /** The repaired text, or undefined when nothing changes. */
  readonly text: string | undefined;
  readonly changes: readonly Change[];
}

interface Parts {
  readonly bom: string;
  readonly opening: string;
  /** The YAML lines between the fences, with their own line endings. */
  readonly yaml: string;
  readonly rest: string;
  readonly crlf: boolean;
}

const FENCE = /^---[ \t]*\r?\n?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?\n?$/;

function splitParts(raw: string): Parts | undefined {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = raw.slice(bom.length).split(/(?<=\n)/);
  if (lines.length < 2 || !FENCE.test(lines[0]!)) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close === -1) return undefined;
  const yaml = lines.slice(1, close).join('');
  return {
    bom,
    opening: lines[0]!,
    yaml,
    rest: lines.slice(close).join(''),
    // The block's own line endings: CRLF when any of its lines uses them.
    crlf: yaml.includes('\r\n') || (yaml === '' && lines[0]!.endsWith('\r\n')),
  };
}

/** What `ef fix` does to a file of `kind`: the new text and each change, or nothing. */
export function fixText(raw: string, kind: Kind, vocabulary: FixVocabulary): FileFix {
  const parts = splitParts(raw);
  if (!parts) return { text: undefined, changes: [] };
  const original = parts.yaml.replace(/\r\n/g, '\n');
  const changes: Change[] = [];
  let yaml = original;

  const textPlan = planTextRepairs(yaml);
  if (textPlan) {
    yaml = textPlan.text;
    for (const repair of textPlan.repairs) {
      changes.push({ line: repair.line + 1, before: repair.before, after: repair.after });
    }
  }

  const doc = parseYaml(yaml);
  if (doc.errors.length === 0 && doc.warnings.length === 0 && isMap(doc.contents)) {
    const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    const repairs = planRepairs(data, kind, vocabulary);
    const { edits, applied } = editsFor(doc, yaml, repairs);
    if (edits.length > 0) {
      const edited = applyEdits(yaml, edits);
      const check = parseYaml(edited);
      // The edited text must mean exactly the planned data; otherwise leave the file alone.
      if (check.errors.length === 0 && JSON.stringify(check.toJS()) === JSON.stringify(expectedData(data, applied))) {
        changes.push(...lineChanges(yaml, edits));
        yaml = edited;
      }
    }
  }

  if (yaml === original) return { text: undefined, changes: [] };
  const body = parts.crlf ? yaml.replace(/\n/g, '\r\n') : yaml;
  changes.sort((a, b) => a.line - b.line);
  return { text: parts.bom + parts.opening + body + parts.rest, changes };
}

/** The lines each group of edits touches, before and after (file line numbers). */
function lineChanges(source: string, edits: readonly Edit[]): Change[] {
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const groups: Array<{ from: number; to: number; edits: Edit[] }> = [];
  for (const edit of edits) {
    const from = source.lastIndexOf('\n', edit.start - 1) + 1;
    const endAt = source.indexOf('\n', Math.max(edit.start, edit.end - 1));
    const to = endAt === -1 ? source.length : endAt;
    const last = groups.at(-1);
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.edits.push(edit);
    } else {
      groups.push({ from, to, edits: [edit] });
    }
  }
  return groups.map((group) => {
    const before = source.slice(group.from, group.to);
    const shifted = group.edits.map((edit) => ({ ...edit, start: edit.start - group.from, end: edit.end - group.from }));
    const after = applyEdits(before, shifted).replace(/\n$/, '');
    return { line: lineOf(group.from) + 1, before: before.replace(/\n$/, ''), after };
  });
}
