// Registers every command. Handlers are imported lazily so that `ef --help` loads
// commander and a few small modules (the definitions, their help texts), no handler.
import { readFileSync } from 'node:fs';
import { Command, Option, type CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Io } from '../core/io.js';
import { escapeControls } from '../core/escape.js';
import { argumentDescription, optionDescription, subcommandTerm, translateTitle } from './translate.js';
import { didYouMean } from '../validate/suggest.js';
import { defineCheck } from './define/check.js';
import { defineFix } from './define/fix.js';
import { defineLogbook } from './define/logbook.js';
import { defineReport } from './define/report.js';
import { defineStats } from './define/stats.js';
import { defineSchema } from './define/schema.js';
import { defineCard } from './define/card.js';
import { defineEditor } from './define/editor.js';
import { defineInit } from './define/init.js';
import { defineNew, defineNewCase, defineNewSession } from './define/new.js';
import { definePreview } from './define/preview.js';
import type { DefineContext, ProgramCommand, ProgramState } from './define/context.js';


// One file per command in ./define; each imports its handler lazily inside the action.
const COMMANDS: ReadonlyArray<(context: DefineContext) => void> = [
  defineInit,
  defineNewSession,
  defineNewCase,
  defineNew,
  defineCheck,
  defineFix,
  defineLogbook,
  defineReport,
  defineStats,
  defineSchema,
  defineCard,
  defineEditor,
  definePreview,
];

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(io: Io, state: ProgramState): ProgramCommand {
  const configure = <C extends CommandUnknownOpts>(command: C): C =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        // Errors are printed in Dutch by run.ts, from the CommanderError this throws (by its code).
        outputError: () => {},
      })
      .configureHelp({
        styleTitle: translateTitle,
        sortSubcommands: false,
        // `--root <map>` works with every command: show it in every command's help.
        showGlobalOptions: true,
        subcommandTerm: subcommandTerm,
        optionDescription: optionDescription,
        argumentDescription: argumentDescription,
      })
      .helpOption('-h, --help', 'toon deze hulp')
      .showSuggestionAfterError(true);

  const program = configure(new Command('ef'))
    .usage('[opties] [opdracht]')
    .description(
      'ef: het gereedschap voor het Logboek Excellent Faciliteren.\n' +
        'Controleer de bestanden van het logboek, maak nieuwe aan en stel de rapportages op.',
    )
    .version(readVersion(), '-V, --version', 'toon het versienummer van ef')
    .addOption(new Option('--root <map>', 'de map van het logboek (standaard: de dichtstbijzijnde map met ef.config.yaml)'))
    .helpCommand('help [opdracht]', 'toon de hulp bij een opdracht')
    .addHelpText(
      'after',
      `
Voorbeelden:
  $ ef check                          controleer het hele logboek
  $ ef check sessies/2021-01-28-x.md  controleer één bestand
  $ ef check --format json            uitvoer voor andere programma's
  $ ef help check                     alles over één opdracht

ef zoekt het logboek vanaf de huidige map naar boven: de eerste map met
ef.config.yaml (of een map logbook/ met dat bestand) is het logboek.
`,
    );

  for (const define of COMMANDS) define({ program, configure, io, state });

  return program;
}


/**
 * `ef chek --help` and `ef help chek` name a command that does not exist: commander
 * would print the general help (and exit 0). Say so instead; undefined when fine.
 */
export function unknownCommandAsked(program: CommandUnknownOpts, argv: readonly string[]): string | undefined {
  const names = program.commands.map((command) => command.name());
  const words: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '--root') index += 1;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  const asksHelp = argv.includes('--help') || argv.includes('-h');
  const [first, second] = words;
  const wanted = first === 'help' ? second : asksHelp ? first : undefined;
  if (wanted === undefined || names.includes(wanted)) return undefined;
  return `ef: onbekende opdracht '${escapeControls(wanted, { newlines: true })}'.${didYouMean(wanted, names)}\nZie ef --help voor alle opdrachten.\n`;
}
