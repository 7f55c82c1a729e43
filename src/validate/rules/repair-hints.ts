// Hints about values ef reads correctly but that are not written as the vocabulary
// writes them: another letter case, another name, `ja`/`nee`, an SDG named twice.
// Each says that `ef fix` writes it the usual way.
import type { VFile } from 'vfile';
import type { Frontmatter } from '../../load/frontmatter.js';
import { addMessage, type RuleId } from '../../diagnostics/messages.js';
import { describeRepair, shown, type RepairKind, type ValueRepair } from '../../fix/repairs.js';
import { locateValue } from '../locate.js';
import { describePath } from '../describe-path.js';

const HINTS: Partial<Record<RepairKind, { rule: RuleId; reason: (repair: ValueRepair) => string }>> = {
  case: {
    rule: 'vocabulary-case',
    reason: (r) => `"${String(r.before)}" leest ef als \`${String(r.after)}\`; de woordenlijst schrijft het met kleine letters.`,
  },
  alias: {
    rule: 'vocabulary-alias',
    reason: (r) => `"${String(r.before)}" is een andere naam voor \`${String(r.after)}\`; dat wordt het in de rapportages.`,
  },
  'ja-nee': {
    rule: 'ja-nee',
    reason: (r) => `"${String(r.before)}" leest ef als \`${String(r.after)}\`. Bij ${describePath(r.path)} hoort \`true\` (ja) of \`false\` (nee).`,
  },
  'sdg-duplicate': {
    rule: 'sdg-duplicate',
    reason: (r) => `SDG ${shown(r.before)} staat twee keer in \`sdgs\`; één keer is genoeg.`,
  },
};

export function reportRepairHints(file: VFile, frontmatter: Frontmatter, repairs: readonly ValueRepair[]): void {
  for (const repair of repairs) {
    const hint = HINTS[repair.kind];
    if (!hint) continue;
    addMessage(file, hint.rule, hint.reason(repair), locateValue(frontmatter, repair.path), undefined, describeRepair(repair));
  }
}
