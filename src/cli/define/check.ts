// ef check [paden...]
import { Option } from '@commander-js/extra-typings';
import type { CheckCommandOptions } from '../commands/check.js';
import { optionsFor, type DefineContext } from './context.js';

export function defineCheck({ program, configure, io, state }: DefineContext): void {
  configure(program.command('check'))
    .usage('[opties] [paden...]')
    .description('controleer alle bestanden van het logboek en meld elk probleem met bestand, regel en kolom')
    .argument('[paden...]', 'meld alleen problemen in deze bestanden of mappen (alles wordt wel gelezen)')
    .addOption(
      new Option('--format <vorm>', 'uitvoer: human (leesbaar), json of github (meldingen in een pull request)').choices([
        'human',
        'json',
        'github',
      ] as const),
    )
    .option('--strict', 'waarschuwingen tellen ook als fouten (exitcode 1)')
    .option('--max-warnings <aantal>', 'meer dan zoveel waarschuwingen is ook een mislukking (exitcode 1), zoals bij eslint')
    .option('--no-color', 'geen kleuren in de uitvoer')
    .option('--no-cache', 'controleer alles opnieuw, zonder de cache in .ef-cache/ te gebruiken of bij te werken')
    .option(
      '--changed [ref]',
      'meld alleen bestanden die sinds REF veranderd zijn (standaard HEAD: wat nog niet gecommit is, ook nieuwe bestanden), plus de bestanden die ernaar verwijzen',
    )
    .addHelpText(
      'after',
      `
Exitcodes:
  0  geen fouten
  1  ten minste één fout (of waarschuwing met --strict, of meer waarschuwingen
     dan --max-warnings toestaat)
  2  verkeerd gebruik, of ef.config.yaml klopt niet

Met --changed leest ef nog steeds het hele logboek (zo kloppen verwijzingen tussen
bestanden), maar meldt het alleen wat sinds REF veranderde: gewijzigde en nieuwe
bestanden, de sessies bij een gewijzigde casus en alle rapportages bij een gewijzigde
rapportage. Een gewijzigde ef.config.yaml raakt alles. Voor een pre-commit-hook is de
standaard (HEAD) goed; in CI op een pull request: --changed=origin/main.

Voorbeelden:
  $ ef check
  $ ef check sessies/ casussen/cornelis-musius.md
  $ ef check --changed                  alleen wat je nog niet gecommit hebt
  $ ef check --changed=origin/main      alles wat deze branch verandert
  $ ef check --format github            (vanzelf in GitHub Actions)
  $ ef check --max-warnings 0           ook geen enkele waarschuwing toestaan

In GitHub Actions (GITHUB_ACTIONS=true) zet ef check bovendien alle meldingen als
tabel in de samenvatting van de job ($GITHUB_STEP_SUMMARY): GitHub toont per stap
maar tien meldingen bij de regels.

Meldingen die ef fix kan repareren, zeggen dat erbij (met --format json in het veld
fix). Zie: ef fix --help.
`,
    )
    .action(async (paths, _options, command) => {
      const { check } = await import('../commands/check.js');
      state.exitCode = await check(paths, optionsFor<CheckCommandOptions>()(command.optsWithGlobals()), io);
    });

}
