// Checks one file's frontmatter against its schema; every issue becomes a located message.
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { Frontmatter } from '../load/frontmatter.js';
import { report } from '../report/messages.js';
import { issueToMessages } from './issue-message.js';
import { locateKey, locateValue } from './locate.js';
import { ALIAS_SPELLINGS } from './aliases.js';

/** The parsed, typed data, or undefined when the schema rejected the file. */
export function validateFrontmatter<S extends z.ZodType>(
  file: VFile,
  frontmatter: Frontmatter,
  schema: S,
  /** Which issues to report; all by default (a draft reports only unknown keys). */
  keep: (issue: z.core.$ZodIssue) => boolean = () => true,
): z.output<S> | undefined {
  const result = schema.safeParse(frontmatter.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues.filter(keep)) {
    for (const message of issueToMessages(issue, schema, ALIAS_SPELLINGS)) {
      const place = message.atKey ? locateKey(frontmatter, message.path) : locateValue(frontmatter, message.path);
      report(file, message.ruleId, message.reason, place);
    }
  }
  return undefined;
}
