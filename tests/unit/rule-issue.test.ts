// A schema refinement names the rule of its message through addRuleIssue; issue-message
// reads it back with ruleOfIssue, which accepts only rule ids ef knows.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { addRuleIssue, ruleOfIssue } from '../../src/validate/schemas/rule-issue.js';
import { issueToMessages } from '../../src/validate/issue-message.js';

function customIssues(schema: z.ZodType, value: unknown): z.core.$ZodIssueCustom[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.filter((issue): issue is z.core.$ZodIssueCustom => issue.code === 'custom');
}

describe('rule issues', () => {
  const team = z.array(z.string()).superRefine((names, ctx) => {
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) addRuleIssue(ctx, 'unique-id', `${name} staat twee keer in het team.`, [index]);
    });
  });

  it('carry their rule id, reason and path into the message', () => {
    const [issue, ...rest] = customIssues(team, ['Anna', 'Bram', 'Anna']);
    expect(rest).toEqual([]);
    expect(ruleOfIssue(issue!)).toBe('unique-id');
    expect(issueToMessages(issue!, team, new Set())).toEqual([
      { ruleId: 'unique-id', reason: 'Anna staat twee keer in het team.', path: [2], atKey: false },
    ]);
  });

  it('from elsewhere, or with an id ef does not know, become schema-format', () => {
    const foreign = z.string().superRefine((_value, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'Dat kan niet.', params: { rule: 'geen-regel' } });
      ctx.addIssue({ code: 'custom', message: 'Dat ook niet.' });
    });
    const issues = customIssues(foreign, 'x');
    expect(issues.map(ruleOfIssue)).toEqual([undefined, undefined]);
    expect(issues.flatMap((issue) => issueToMessages(issue, foreign, new Set())).map((message) => message.ruleId)).toEqual(['schema-format', 'schema-format']);
  });
});
