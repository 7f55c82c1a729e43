// docs/rules.md is generated from the rule registry (one module per rule id, with its
// examples), so the documentation, the examples and the rule table cannot drift apart.
import type { Severity } from './messages.js';
import { BASIS_LOGBOEK } from './rules/basis.js';
import { RULE_DOCS } from './rules/index.js';
import type { ExampleFile, ExampleMessage, RuleDoc, RuleExample, Stage } from './rules/rule-doc.js';

const SEVERITY: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'hint' };

const STAGE: Record<Stage, string> = {
  load: 'bij het lezen van het bestand',
  schema: 'bij het controleren van de gegevens',
  file: 'bij het controleren van het bestand',
  logbook: 'bij het controleren van het hele logboek',
  'repair-hint': 'bij het controleren van de gegevens; `ef fix` repareert het',
};

export function rulesMarkdown(rules: readonly RuleDoc[] = RULE_DOCS): string {
  const severityOf = new Map(rules.map((rule) => [rule.id, rule.severity]));
  return [
    '# Regels van `ef check`',
    '',
    'Elke melding van `ef check` noemt bestand, regel, kolom en een van deze regels.',
    'Fouten laten `ef check` eindigen met exitcode 1; waarschuwingen alleen met `--strict`;',
    'hints nooit. Een fout in `ef.config.yaml` krijgt dezelfde regels als elk ander bestand',
    '(bijvoorbeeld `schema-required`); ef controleert dan verder niets en eindigt met exitcode 2.',
    'Dit bestand wordt gemaakt met `npm run docs`; pas het niet met de hand aan.',
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
    ...rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${SEVERITY[rule.severity]} | ${rule.beschrijving} |`),
    '',
    '## Het logboek van de voorbeelden',
    '',
    'Bij elke regel staat een voorbeeld dat de melding geeft, en vaak een dat goed is. Elk',
    'voorbeeld staat in een klein logboek met deze twee bestanden; het voorbeeld zet er zijn',
    'eigen bestanden bij (een bestand met dezelfde naam vervangt het bestand hier). Onder',
    'het voorbeeld staat wat `ef check` dan meldt. Een test voert alle voorbeelden uit.',
    '',
    ...BASIS_LOGBOEK.flatMap(fileMarkdown),
    ...rules.flatMap((rule) => ruleMarkdown(rule, severityOf)),
  ].join('\n');
}

function ruleMarkdown(rule: RuleDoc, severityOf: ReadonlyMap<string, Severity>): string[] {
  return [
    `## \`${rule.id}\``,
    '',
    `**${SEVERITY[rule.severity]}**, gevonden ${STAGE[rule.stage]}.`,
    '',
    `${rule.beschrijving} ${rule.uitleg}`,
    '',
    ...rule.examples.flatMap((example) => exampleMarkdown(example, severityOf)),
  ];
}

function exampleMarkdown(example: RuleExample, severityOf: ReadonlyMap<string, Severity>): string[] {
  const lines = [`### ${example.titel}`, '', ...example.files.flatMap(fileMarkdown)];
  if (example.messages.length === 0 && !example.others) return [...lines, '`ef check` meldt hier niets.', ''];
  const output = example.messages.map((message) => messageLine(message, severityOf));
  if (example.others) {
    // The left-out messages sit between the first and the last shown message.
    output.splice(1, 0, `… en nog ${example.others.count} meldingen ${example.others.rule}`);
  }
  return [...lines, '`ef check` meldt:', '', ...fence('text', output.join('\n') + '\n')];
}

function messageLine(message: ExampleMessage, severityOf: ReadonlyMap<string, Severity>): string {
  const severity = message.severity ?? severityOf.get(message.rule) ?? 'error';
  // As `ef check` prints it: the repair of `ef fix` follows the reason.
  const reason = message.fix === undefined ? message.reason : `${message.reason} ${message.fix}`;
  return `${message.at}  ${SEVERITY[severity]}  ${reason}  ${message.rule}`;
}

function fileMarkdown(file: ExampleFile): string[] {
  const outside = file.path.startsWith('../') ? ' (buiten het logboek)' : '';
  if ('link' in file) {
    return [`\`${file.path}\` is een symbolische koppeling (symlink) naar \`${file.link}\`.`, ''];
  }
  if ('folder' in file) return [`\`${file.path}\` is een (lege) map.`, ''];
  if (file.text === '') return [`\`${file.path}\`${outside} is leeg (0 bytes).`, ''];
  const encoding = file.encoding === 'latin1' ? ', opgeslagen als Latin-1 in plaats van UTF-8' : '';
  return [`\`${file.path}\`${outside}${encoding}:`, '', ...fence(languageOf(file.path), file.shown ?? file.text)];
}

function fence(language: string, text: string): string[] {
  if (text.includes('```')) throw new Error('An example text may not contain ```: docs/rules.md fences it.');
  return ['```' + language, text.endsWith('\n') ? text.slice(0, -1) : text, '```', ''];
}

function languageOf(path: string): string {
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.yaml')) return 'yaml';
  if (path.endsWith('.svg')) return 'xml';
  return 'text';
}
