// ef logbook
import type { OutputOptions } from '../commands/report.js';
import { optionsFor, type DefineContext } from './context.js';
import { OUTPUT_HELP, addOutputOptions } from './report.js';

export function defineLogbook({ program, configure, io, state }: DefineContext): void {
  addOutputOptions(
    configure(program.command('logbook'))
      .usage('[opties]')
      .description('stel het hele Logboek Excellent Faciliteren op: alle opbrengsten per casus en per datum, met de bijeenkomst waar ze vandaan komen'),
  )
    .addHelpText(
      'after',
      `
De bestandsnaam is logboek.md (logboek-publiek.md voor --audience publiek).
${OUTPUT_HELP}
Voorbeelden:
  $ ef logbook                          naar reports/logboek.md
  $ ef logbook --format md,html,pdf
  $ ef logbook --audience publiek --out publicatie
`,
    )
    .action(async (_options, command) => {
      const { logbook } = await import('../commands/logbook.js');
      state.exitCode = await logbook(optionsFor<OutputOptions>()(command.optsWithGlobals()), io);
    });
}
