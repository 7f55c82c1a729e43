// The cross-file stage: rules that compare files, run on their facts only.
import type { VFile } from 'vfile';
import type { Place, RuleId } from '../report/messages.js';
import type { Facts } from './facts.js';
import type { DataPath } from './locate.js';
import type { Config } from './schemas/config.js';
import { checkReferences } from './rules/references.js';
import { checkUnique } from './rules/unique.js';
import { checkPeriodOverlap } from './rules/periods.js';
import { checkHuisstijl } from './rules/huisstijl.js';

export interface CrossFileContext {
  readonly config: Config;
  readonly configFile: VFile;
  readonly facts: readonly Facts[];
  /** Adds a message to a file, located at a data path (found lazily) or a fixed place. */
  report(facts: Facts, ruleId: RuleId, reason: string, at: DataPath | Place): void;
}

export type CrossFileRule = (context: CrossFileContext) => void;

export const CROSS_FILE_RULES: readonly CrossFileRule[] = [checkReferences, checkUnique, checkPeriodOverlap, checkHuisstijl];

export function runCrossFileRules(context: CrossFileContext): void {
  for (const rule of CROSS_FILE_RULES) rule(context);
}
