// A schema refinement that reports under one of ef's own rule ids: the rule travels in
// the issue's `params`, typed on the way in and checked on the way out.
import type { z } from 'zod';
import { isRuleId, type RuleId } from '../../diagnostics/messages.js';

/** The params of a custom issue from one of ef's refinements. */
export interface RuleParams {
  readonly rule: RuleId;
}

/** Adds an issue that issue-message.ts turns into a message with this rule id and reason. */
export function addRuleIssue(ctx: z.RefinementCtx, rule: RuleId, message: string, path?: PropertyKey[]): void {
  const params: RuleParams = { rule };
  ctx.addIssue({ code: 'custom', message, params, ...(path ? { path } : {}) });
}

/** The rule id a custom issue carries, or undefined when it came from elsewhere. */
export function ruleOfIssue(issue: z.core.$ZodIssueCustom): RuleId | undefined {
  const rule: unknown = issue.params?.['rule'];
  return isRuleId(rule) ? rule : undefined;
}
