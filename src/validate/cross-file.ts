// The cross-file stage: rules that compare files, run on their facts only.
import type { CrossFileContext, CrossFileRule } from './cross-file-context.js';
import { checkReferences } from './rules/references.js';
import { checkUnique } from './rules/unique.js';
import { checkPeriodOverlap } from './rules/periods.js';
import { checkHuisstijl } from './rules/huisstijl.js';


export const CROSS_FILE_RULES: readonly CrossFileRule[] = [checkReferences, checkUnique, checkPeriodOverlap, checkHuisstijl];

export function runCrossFileRules(context: CrossFileContext): void {
  for (const rule of CROSS_FILE_RULES) rule(context);
}
