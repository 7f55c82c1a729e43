// What `ef check` says about a block that only a text repair (tabs, an unquoted `: `)
// keeps from being valid YAML: the cause, once, and that `ef fix` repairs it.
import type { VFile } from 'vfile';
import { addMessage } from '../diagnostics/messages.js';
import { planTextRepairs } from './text.js';

/** Reports the repairable causes; false when the block has another problem (or none). */
export function reportTextRepairs(file: VFile, yaml: string, lineOffset: number): boolean {
  const plan = planTextRepairs(yaml);
  if (!plan) return false;
  const tabs = plan.repairs.filter((repair) => repair.kind === 'tab');
  if (tabs.length > 0) {
    const first = tabs[0]!;
    const others = tabs.length - 1;
    addMessage(
      file,
      'yaml-syntax',
      'De gegevens zijn geen geldige YAML: deze regel springt in met een tab' +
        (others > 0 ? ` (net als ${others === 1 ? 'nog 1 regel' : `nog ${others} regels`} hieronder)` : '') +
        '. YAML kent alleen spaties om in te springen.',
      { line: first.line + lineOffset, column: 1 },
      undefined,
      `\`ef fix\` vervangt de ${tabs.length === 1 ? 'tab' : 'tabs'} door spaties.`,
    );
  }
  for (const repair of plan.repairs.filter((r) => r.kind === 'colon')) {
    const key = /^\s*(?:-\s+)*([^:]+):/.exec(repair.before)?.[1] ?? '';
    addMessage(
      file,
      'yaml-syntax',
      `De tekst bij \`${key}\` bevat zelf een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel. ` +
        'Zet de tekst tussen aanhalingstekens ("…").',
      { line: repair.line + lineOffset, column: 1 + repair.before.indexOf(key) },
      undefined,
      '`ef fix` zet de tekst tussen aanhalingstekens.',
    );
  }
  return true;
}
