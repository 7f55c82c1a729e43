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
    'Een melding die `ef fix` voor je repareert, zegt dat erbij (met `--format json` in het',
    'veld `fix`). Dat zijn: woorden met hoofdletters of een andere naam (`vocabulary-case`,',
    '`vocabulary-alias`), `ja`/`nee` (`ja-nee`), dubbele SDG\'s (`sdg-duplicate`), SDG\'s als',
    'tekst (`schema-type`), datums op zijn Nederlands (`schema-format`), de regels',
    '`fieldGroup` van Front Matter CMS (`schema-unknown-key`), en tabs en een tekst met een',
    'dubbele punt die aanhalingstekens nodig heeft (`yaml-syntax`).',
    '',
    '| regel | soort | wanneer |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
