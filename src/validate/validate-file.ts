// Checks one file's frontmatter against its schema; every issue becomes a located message.
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { Frontmatter } from '../load/frontmatter.js';
import { countHidden, MAX_MESSAGES_PER_FILE, report } from '../report/messages.js';
import { issueToMessages } from './issue-message.js';
import { locateKey, locateValue, type DataPath } from './locate.js';
import { ALIAS_SPELLINGS } from './aliases.js';

/** The parsed, typed data, or undefined when the schema rejected the file. */
export function validateFrontmatter<S extends z.ZodType>(
  file: VFile,
  frontmatter: Frontmatter,
  schema: S,
): z.output<S> | undefined {
  const result = schema.safeParse(frontmatter.data, { reportInput: true });
  if (result.success) return result.data;
  for (const whole of result.error.issues) {
    // Past the per-file limit only count: turning 100,000 unknown keys into sentences
    // would cost seconds for messages nobody sees.
    const room = MAX_MESSAGES_PER_FILE - file.messages.length;
    const keys = whole.code === 'unrecognized_keys' ? whole.keys.length : 1;
    if (room <= 0) {
      countHidden(file, keys, 'error', locateValue(frontmatter, whole.path as DataPath));
      continue;
    }
    const issue = whole.code === 'unrecognized_keys' && keys > room ? { ...whole, keys: whole.keys.slice(0, room) } : whole;
    for (const message of issueToMessages(issue, schema, ALIAS_SPELLINGS)) {
      const place = message.atKey ? locateKey(frontmatter, message.path) : locateValue(frontmatter, message.path);
      report(file, message.ruleId, message.reason, place);
    }
    if (whole.code === 'unrecognized_keys' && keys > room) {
      countHidden(file, keys - room, 'error', locateKey(frontmatter, [...whole.path, whole.keys[room]!] as DataPath));
    }
  }
  return undefined;
}
