// docs/rules.md is generated from the rule table, so the two cannot drift apart.
import { RULES, type Severity } from './messages.js';

const SEVERITY: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'hint' };

export function rulesMarkdown(): string {
  const rows = Object.entries(RULES).map(
    ([id, rule]) => `| \`${id}\` | ${SEVERITY[rule.severity]} | ${rule.beschrijving} |`,
  );
  return [
    '# Regels van `ef check`',
    '',
    'Elke melding van `ef check` noemt bestand, regel, kolom en een van deze regels.',
    'Fouten laten `ef check` eindigen met exitcode 1; waarschuwingen alleen met `--strict`;',
    'hints nooit. Dit bestand wordt gemaakt met `npm run docs`; pas het niet met de hand aan.',
    '',
    '| regel | soort | wanneer |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
