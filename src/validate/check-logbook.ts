// `ef check` as a stream: each file is read, checked and reduced to its messages and
// facts before the next, so memory stays flat however large the logbook. Cross-file
// rules then run on the facts; a message they add is located by reading that one
// file again.
import { loadFile, loadLogbook, type LoadOptions } from '../load/load-logbook.js';
import { fileMessagesOf, recordsOf, type FileMessages, type MessageRecord } from '../report/collect.js';
import { checkDiscovered, type FileResult } from './check-file.js';
import { runCrossFileRules } from './cross-file.js';
import { makeSchemas } from './schemas/kinds.js';
import { placeIn } from './validate-logbook.js';
import { VFile } from 'vfile';
import { report } from '../report/messages.js';

export interface CheckResult {
  /** False when ef.config.yaml itself has errors: nothing else was checked. */
  readonly configOk: boolean;
  /** Files with their messages (files without messages may be left out). */
  readonly files: readonly FileMessages[];
  /** Files read, the config included. */
  readonly checked: number;
}

export async function checkLogbook(options: LoadOptions): Promise<CheckResult> {
  const loaded = await loadLogbook(options);
  if (!loaded.config) return { configOk: false, files: [fileMessagesOf(loaded.configFile)], checked: 1 };
  const { config, cwd, limits } = loaded;

  const schemas = makeSchemas(config);
  const results: FileResult[] = loaded.discovered.map((discovered) => checkDiscovered(discovered, cwd, limits, schemas));

  const extra = new Map<string, MessageRecord[]>();
  runCrossFileRules({
    config,
    configFile: loaded.configFile,
    facts: results.map((result) => result.facts),
    report(target, ruleId, reason, at) {
      // Rare: only files with a cross-file problem are read a second time.
      const again = loadFile(target, cwd, limits);
      const scratch = new VFile({ path: target.path, cwd });
      report(scratch, ruleId, reason, placeIn(again.frontmatter, at));
      const list = extra.get(target.path) ?? [];
      list.push(...recordsOf(scratch));
      extra.set(target.path, list);
    },
  });

  const files: FileMessages[] = [fileMessagesOf(loaded.configFile)];
  for (const result of results) {
    const added = extra.get(result.facts.path) ?? [];
    if (result.messages.length > 0 || added.length > 0) {
      files.push({ path: result.facts.path, messages: [...result.messages, ...added] });
    }
  }
  return { configOk: true, files, checked: results.length + 1 };
}
