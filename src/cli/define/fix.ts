// ef fix [paden...]
import type { FixOptions } from '../commands/fix.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineFix({ program, configure, io, state }: DefineContext): void {
  configure(program.command('fix'))
    .usage('[opties] [paden...]')
    .description('repareer in de gegevens bovenaan de bestanden wat maar één goed antwoord heeft, en toon elke wijziging')
    .argument('[paden...]', 'repareer alleen deze bestanden of mappen (standaard: het hele logboek)')
    .option('--dry-run', 'toon wat ef zou veranderen, maar schrijf niets (exitcode 1 als er iets te repareren is)')
    .addHelpText(
      'after',
      `
Wat ef fix repareert:
  - woorden uit de woordenlijst met hoofdletters of een andere naam
    (soort: Evaluatie → evaluatie, netwerkend → samenwerkend)
  - SDG's als tekst ("4", "SDG 11", "Global Goal 7" → 4, 11, 7) en dubbele SDG's
  - ja/nee bij intern (ja → true, nee → false)
  - datums op zijn Nederlands (28-1-2021, 28 januari 2021 → 2021-01-28)
  - een tekst met een dubbele punt erin, die tussen aanhalingstekens moet
  - tabs waarmee is ingesprongen (worden spaties)
  - de regels fieldGroup: … die het formulier van Front Matter CMS toevoegt

ef fix verandert alleen de gegevens tussen de twee regels ---, nooit de tekst
eronder. Commentaar, volgorde, aanhalingstekens, regeleinden en een BOM blijven
zoals ze waren. Elk bestand wordt in één keer vervangen (nooit half geschreven).

Exitcodes:
  0  klaar (of er was niets te repareren)
  1  met --dry-run: er is iets te repareren
  2  verkeerd gebruik, of ef.config.yaml klopt niet

Voorbeelden:
  $ ef fix                        repareer het hele logboek
  $ ef fix --dry-run              laat alleen zien wat er zou veranderen
  $ ef fix sessies/2021-01-28-x.md
`,
    )
    .action(async (paths, _options, command) => {
      const { fix } = await import('../commands/fix.js');
      state.exitCode = await fix(paths, optionsFor<FixOptions>()(command.optsWithGlobals()), io);
    });
}
