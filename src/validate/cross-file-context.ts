// What a cross-file rule gets: the config, every file's facts and a way to add a message.
// Its own module, so that the rules and the stage that runs them do not import each other.
import type { VFile } from 'vfile';
import type { Place, RuleId } from '../diagnostics/messages.js';
import type { Facts } from './facts.js';
import type { DataPath } from './locate.js';
import type { Config } from './schemas/config.js';

export interface CrossFileContext {
  readonly config: Config;
  readonly configFile: VFile;
  readonly facts: readonly Facts[];
  /** Adds a message to a file, located at a data path (found lazily) or a fixed place. */
  readonly addMessage: (facts: Facts, ruleId: RuleId, reason: string, at: DataPath | Place) => void;
}

export type CrossFileRule = (context: CrossFileContext) => void;
