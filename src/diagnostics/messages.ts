// Every rule id `ef` can report, in one closed table. docs/rules.md is generated from it.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  'read-failed': { severity: 'error', beschrijving: 'Het bestand kan niet worden gelezen, of ef leest het niet: een koppeling (symlink) naar buiten het logboek, een FIFO, socket, apparaat of map.' },
  'file-too-large': { severity: 'error', beschrijving: 'Het bestand is groter dan de ingestelde grens.' },
  'file-binary': { severity: 'error', beschrijving: 'Het bestand is geen tekst (het bevat NUL-tekens).' },
  'file-encoding': { severity: 'error', beschrijving: 'Het bestand is niet in UTF-8 opgeslagen.' },
  'file-empty': { severity: 'error', beschrijving: 'Het bestand is leeg.' },
  'too-many-files': { severity: 'error', beschrijving: 'Het logboek bevat meer bestanden dan de ingestelde grens.' },
  'frontmatter-missing': { severity: 'error', beschrijving: 'Het bestand begint niet met een `---`-blok met gegevens.' },
  'frontmatter-unclosed': { severity: 'error', beschrijving: 'Het `---`-blok met gegevens wordt niet afgesloten.' },
  'frontmatter-not-mapping': { severity: 'error', beschrijving: 'Het `---`-blok bevat geen lijst van `sleutel: waarde`-regels.' },
  'yaml-syntax': { severity: 'error', beschrijving: 'De gegevens in het `---`-blok zijn geen geldige YAML.' },
  'yaml-duplicate-key': { severity: 'error', beschrijving: 'Een sleutel staat twee keer in hetzelfde blok.' },
  'yaml-aliases': { severity: 'error', beschrijving: 'Te veel YAML-verwijzingen (aliassen): mogelijk een aanval.' },
  'yaml-too-deep': { severity: 'error', beschrijving: 'De gegevens zijn dieper genest dan de ingestelde grens.' },
  'schema-required': { severity: 'error', beschrijving: 'Een verplicht veld ontbreekt.' },
  'schema-type': { severity: 'error', beschrijving: 'Een veld heeft het verkeerde soort waarde.' },
  'schema-enum': { severity: 'error', beschrijving: 'Een waarde staat niet in de woordenlijst.' },
  'schema-format': { severity: 'error', beschrijving: 'Een waarde heeft niet de juiste vorm (bijvoorbeeld een datum).' },
  'schema-range': { severity: 'error', beschrijving: 'Een getal, tekst of lijst is te klein of te groot.' },
  'schema-unknown-key': { severity: 'error', beschrijving: 'Een onbekende sleutel; meestal een tikfout.' },
  'date-invalid': { severity: 'error', beschrijving: 'Een datum die niet bestaat, zoals 30 februari.' },
  'criterium-missing': { severity: 'error', beschrijving: 'Een casuscriterium is niet onderbouwd.' },
  'toestemming-required': { severity: 'error', beschrijving: 'Bij een naam hoort `toestemming`.' },
  'placeholder': { severity: 'error', beschrijving: 'Een plek uit het sjabloon is nog niet ingevuld.' },
  'casus-unknown': { severity: 'error', beschrijving: 'Een sessie verwijst naar een casus die niet bestaat.' },
  'begeleiding-unknown': { severity: 'error', beschrijving: 'Een begeleider staat niet in het team in `ef.config.yaml`.' },
  'opbrengsten-missing': { severity: 'error', beschrijving: 'Een sessie heeft geen sectie `## Opbrengsten`.' },
  'opbrengsten-empty': { severity: 'error', beschrijving: 'De sectie `## Opbrengsten` bevat geen enkel lijstpunt.' },
  'sessie-id-date': { severity: 'error', beschrijving: 'De bestandsnaam van een sessie begint niet met haar datum.' },
  'unique-id': { severity: 'error', beschrijving: 'Twee bestanden of items hebben dezelfde naam of hetzelfde nummer.' },
  'rol-paradigma-missing': { severity: 'error', beschrijving: 'Een rol in de casus heeft geen `paradigma` of `gericht`.' },
  'paradigma-diagonal': { severity: 'warning', beschrijving: 'Twee paradigma’s die in het kwadrant niet aan elkaar grenzen.' },
  'periode-overlap': { severity: 'warning', beschrijving: 'De periodes van twee rapportages overlappen.' },
  'image-missing': { severity: 'error', beschrijving: 'Een afbeelding verwijst naar een bestand dat er niet is.' },
  'image-outside-beelden': { severity: 'error', beschrijving: 'Een afbeelding staat niet in de map `beelden/` van het logboek (of op internet).' },
  'image-unsupported': { severity: 'error', beschrijving: 'Een afbeelding is geen JPEG, PNG, WebP of SVG, of is te groot om te lezen.' },
  'image-corrupt': { severity: 'error', beschrijving: 'Een afbeelding is beschadigd, afgebroken of heeft de verkeerde bestandsnaam.' },
  'image-alt-missing': { severity: 'error', beschrijving: 'Een afbeelding heeft geen beschrijving (alt-tekst) tussen de haken.' },
  'image-large': { severity: 'warning', beschrijving: 'Een afbeelding is erg groot (meer dan 2 MB).' },
  'concept': { severity: 'info', beschrijving: 'Het bestand is een concept (`concept: true`) en blijft uit alle uitvoer.' },
  'intern-missing': { severity: 'info', beschrijving: 'Bij een deelnemer staat niet of die van de eigen organisatie is (`intern`).' },
  'pdf-character-missing': { severity: 'warning', beschrijving: 'Een teken dat geen lettertype van ef kan tonen; in de PDF staat op die plek □.' },
  'vocabulary-alias': { severity: 'info', beschrijving: 'Een toegestane andere naam voor een woord uit de woordenlijst.' },
  'logo-missing': { severity: 'error', beschrijving: 'Het logo uit `huisstijl` in `ef.config.yaml` ontbreekt, staat buiten `beelden/` of is te groot.' },
  'vocabulary-case': { severity: 'info', beschrijving: 'Een woord uit de woordenlijst met hoofdletters; ef leest het goed, `ef fix` schrijft het zoals de woordenlijst.' },
  'ja-nee': { severity: 'info', beschrijving: '`ja` of `nee` waar `true` of `false` hoort; ef leest het goed, `ef fix` schrijft `true` of `false`.' },
  'sdg-duplicate': { severity: 'info', beschrijving: 'Dezelfde SDG staat twee keer in de lijst.' },
  'file-ignored': { severity: 'warning', beschrijving: 'Een Markdown-bestand in het logboek dat ef niet leest, omdat het niet in een van de mappen van het logboek staat.' },
  'config-invalid': { severity: 'error', beschrijving: 'Er is iets mis met `ef.config.yaml`.' },
  'too-many-messages': { severity: 'error', beschrijving: 'Een bestand heeft zoveel meldingen dat alleen de eerste worden getoond.' },
} as const satisfies Record<string, { severity: Severity; beschrijving: string }>;

export type RuleId = keyof typeof RULES;

export interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * Most messages shown for one file. A hostile or broken file (100,000 unknown keys)
 * gets this many, plus one closing message that counts the rest: judging it stays
 * fast and its report stays readable.
 */
export const MAX_MESSAGES_PER_FILE = 200;

/** True when a file already shows as many messages as it will. */
export function isFull(file: VFile): boolean {
  return file.messages.length >= MAX_MESSAGES_PER_FILE;
}

/** Adds a located message to a file; severity defaults to the rule's own. */
export function addMessage(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Place | Position | undefined,
  severity: Severity = RULES[ruleId].severity,
  fix?: string,
): void {
  if (isFull(file)) {
    countHidden(file, 1, severity, place);
    return;
  }
  // A message is an Error underneath; its stack trace is never shown and costs more
  // than the rest of the message together (thousands of warnings in a large logbook).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, { place: normalisePlace(place), ruleId, source: 'ef' });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (fix !== undefined) (message as FixableMessage).fix = fix;
}

/** A message that `ef fix` repairs carries the sentence that says how. */
export type FixableMessage = ReturnType<VFile['message']> & { fix?: string };

export function fixOf(message: ReturnType<VFile['message']>): string | undefined {
  return (message as FixableMessage).fix;
}

declare module 'vfile' {
  interface DataMap {
    hiddenMessages: { count: number; message: VFileMessage };
  }
}

/** Counts messages that are not shown, in one closing message at the first of them. */
export function countHidden(file: VFile, count: number, severity: Severity, place: Place | Position | undefined): void {
  if (count <= 0) return;
  let hidden = file.data.hiddenMessages;
  if (!hidden) {
    const message = file.message('', { place: normalisePlace(place), ruleId: 'too-many-messages', source: 'ef' });
    message.fatal = undefined;
    hidden = { count: 0, message };
    file.data.hiddenMessages = hidden;
  }
  hidden.count += count;
  const { message } = hidden;
  // The closing message is as serious as the worst message it stands for.
  if (severity === 'error') message.fatal = true;
  else if (severity === 'warning' && message.fatal !== true) message.fatal = false;
  message.reason = message.message =
    `En nog ${thousands(hidden.count)} ${hidden.count === 1 ? 'melding' : 'meldingen'} in dit bestand die niet worden getoond. ` +
    `Los eerst de ${MAX_MESSAGES_PER_FILE} meldingen hierboven op en controleer dan opnieuw.`;
}

/** 99802 → "99.802", the Dutch way, the same in every locale. */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, '.');
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

// Never report 0:0: a message without a place points at the first line.
function normalisePlace(place: Place | Position | undefined): Point | Position {
  if (!place) return { line: 1, column: 1 };
  if ('start' in place) return place;
  return { line: Math.max(1, place.line), column: Math.max(1, place.column) };
}
