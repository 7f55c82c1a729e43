// ef new <soort>, ef new-session, ef new-case
import { Option, type CommandUnknownOpts, type OptionValues } from '@commander-js/extra-typings';
import { FLAGS, KIND_SPECS, SCAFFOLD_KINDS, type Flag } from '../../scaffold/kinds.js';
import type { FlagValues } from '../../scaffold/draft.js';
import type { NewOptions } from '../commands/new.js';
import type { DefineContext } from './context.js';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** One flag of `ef new`; its spelling on the command line is its key, which the type checks. */
interface FlagSpec<F extends Flag> {
  readonly flags: `--${F} <${string}>`;
  readonly description: string;
  readonly repeat?: boolean;
}

const OPTIONS: { readonly [F in Flag]: FlagSpec<F> } = {
  titel: { flags: '--titel <tekst>', description: 'de titel (ook de basis van de bestandsnaam)' },
  datum: { flags: '--datum <JJJJ-MM-DD>', description: 'de datum (standaard: vandaag)' },
  soort: { flags: '--soort <soort>', description: 'sessie: interactief, evaluatie, intervisie, coaching of anders; activiteit: presentatie, publicatie, video, artikel of anders' },
  casus: { flags: '--casus <naam>', description: 'de casus van de sessie (bestandsnaam of titel van een bestaande casus)' },
  begeleiding: { flags: '--begeleiding <naam>', description: 'wie begeleidde (iemand uit het team; herhaal voor meer namen)', repeat: true },
  deelnemer: { flags: '--deelnemer <functie>', description: 'de functie van een deelnemer van de eigen organisatie (herhaal per deelnemer)', repeat: true },
  extern: { flags: '--extern <functie>', description: 'de functie van een deelnemer van buiten de organisatie, zoals een initiatiefnemer (herhaal per deelnemer)', repeat: true },
  status: { flags: '--status <status>', description: 'lopend (standaard), afgerond of gepauzeerd' },
  initiatiefnemer: { flags: '--initiatiefnemer <tekst>', description: 'wie in de stad de vraag stelde' },
  sdg: { flags: '--sdg <nummer>', description: "een Global Goal (1-17); herhaal, of geef er meer met komma's: --sdg 4,7,11", repeat: true },
  publiek: { flags: '--publiek <tekst>', description: 'voor wie de activiteit was, bijvoorbeeld Directieteam' },
  link: { flags: '--link <adres>', description: 'een webadres (https://…)' },
  persoon: { flags: '--persoon <naam>', description: 'over wie het portret gaat' },
  functie: { flags: '--functie <tekst>', description: 'de functie van die persoon' },
  toestemming: { flags: '--toestemming <keuze>', description: 'geen, intern of publiek: waar het portret mag verschijnen' },
  nummer: { flags: '--nummer <getal>', description: 'het nummer van de rapportage (standaard: het volgende)' },
  periode: { flags: '--periode <periode>', description: 'de periode, zoals 2021-Q1, 2021-H1 of 2021-01-01..2021-03-15' },
  code: { flags: '--code <code>', description: 'een eigen code voor de rapportage, zoals B2' },
};

const COMMON_HELP = `
Zonder terminal (scripts, CI, of met --no-input) komt alles uit de opties; ontbreekt
een verplichte optie, dan noemt ef ze allemaal en maakt niets aan. Op een terminal
vraagt ef alleen naar wat ontbreekt; Ctrl-C breekt af zonder iets achter te laten.
Wat ef niet kan weten, krijgt in het bestand de tekst INVULLEN; \`ef check\` wijst die
plekken aan tot ze zijn ingevuld. Een bestaand bestand wordt nooit overschreven
(exitcode 1), tenzij met --force.

Een eigen sjabloon: zet templates/<soort>.md naast ef.config.yaml.

Exitcodes:
  0    het bestand is gemaakt
  1    er bestaat al een bestand met die naam
  2    een optie ontbreekt of klopt niet
  130  afgebroken met Ctrl-C
`;

// In a command for one kind, `--soort` lists only that kind's choices.
const SOORT_FOR: Readonly<Record<string, string>> = {
  sessie: 'interactief, evaluatie, intervisie, coaching of anders',
};

function addOptions<C extends CommandUnknownOpts>(command: C, flags: readonly Flag[], kind?: string): C {
  for (const flag of flags) {
    if (flag === 'periode') {
      // --period as in ef report and ef stats; --periode keeps working.
      command.addOption(new Option('--period <periode>', OPTIONS.periode.description));
      command.addOption(new Option('--periode <periode>', OPTIONS.periode.description).hideHelp());
      continue;
    }
    const { flags: spec, repeat } = OPTIONS[flag];
    const description = flag === 'soort' && kind && SOORT_FOR[kind] ? SOORT_FOR[kind] : OPTIONS[flag].description;
    const option = new Option(spec, description);
    if (repeat) option.argParser(collect);
    command.addOption(option);
  }
  command
    .option('--force', 'vervang een bestaand bestand met dezelfde naam')
    .option('--open', 'open het nieuwe bestand in je editor ($VISUAL of $EDITOR)')
    .option('--no-input', 'stel geen vragen, ook niet op een terminal');
  return command;
}

/** The name of a flag on the command line (`periode` is `--period`, as in ef report). */
export function flagName(flag: Flag): string {
  return flag === 'periode' ? 'period' : flag;
}

/**
 * The options commander parsed for `ef new`, read into the handler's type. These flags
 * are added in a loop from OPTIONS, so extra-typings cannot infer them as it does for the
 * other commands; each value is checked here instead (a string, or the list a repeatable
 * flag collects). `--period` is the spelling of `periode`; `--periode` keeps working.
 */
export function newOptions(given: OptionValues): NewOptions {
  const flags: FlagValues = {};
  for (const flag of FLAGS) {
    const value = flag === 'periode' ? (given['periode'] ?? given['period']) : given[flag];
    if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) flags[flag] = value;
  }
  return {
    ...flags,
    root: typeof given['root'] === 'string' ? given['root'] : undefined,
    force: given['force'] === true,
    open: given['open'] === true,
    input: given['input'] !== false,
  };
}

async function runNew(context: DefineContext, soort: string, command: CommandUnknownOpts): Promise<void> {
  const { newFile } = await import('../commands/new.js');
  context.state.exitCode = await newFile(soort, newOptions(command.optsWithGlobals()), context.io);
}

export function defineNew(context: DefineContext): void {
  const allFlags = [...new Set(SCAFFOLD_KINDS.flatMap((kind) => KIND_SPECS[kind].flags))];
  const perKind = SCAFFOLD_KINDS.map(
    (kind) =>
      `  ${kind.padEnd(11)} ${KIND_SPECS[kind].flags.map((flag) => (KIND_SPECS[kind].required.includes(flag) ? `--${flagName(flag)}*` : `--${flagName(flag)}`)).join(' ')}`,
  ).join('\n');
  addOptions(
    context.configure(context.program.command('new')),
    allFlags,
  )
    .usage('<soort> [opties]')
    .description('maak een nieuw bestand uit zijn sjabloon: sessie, casus, activiteit, portret of rapportage')
    .argument('<soort>', 'sessie, casus, activiteit, portret of rapportage')
    .addHelpText(
      'after',
      `
Opties per soort (* verplicht zonder terminal):
${perKind}
${COMMON_HELP}
Voorbeelden:
  $ ef new sessie                    vraagt wat nodig is
  $ ef new casus --titel "Cornelis Musius" --sdg 4,7,11 --initiatiefnemer "de school"
  $ ef new activiteit --titel "Presentatie voor het Directieteam" --soort presentatie --publiek Directieteam
  $ ef new portret --titel "Portret van een beleidsadviseur" --toestemming intern
  $ ef new rapportage --period 2021-Q2
`,
    )
    .action((soort, _options, command) => runNew(context, soort, command));
}

export function defineNewSession(context: DefineContext): void {
  addOptions(context.configure(context.program.command('new-session')), KIND_SPECS.sessie.flags, 'sessie')
    .usage('[opties]')
    .description('maak een nieuwe sessie (bijeenkomst) aan: sessies/<datum>-<titel>.md')
    .addHelpText(
      'after',
      `
Verplicht zonder terminal: --titel, --soort en --begeleiding. Zonder --datum wordt het
vandaag (in Nederland). Zonder --deelnemer (eigen organisatie), --extern (van buiten) of --casus blijven
die plekken open.
${COMMON_HELP}
Voorbeelden:
  $ ef new-session
  $ ef new-session --titel "Evaluatie Cornelis Musius" --soort evaluatie \\
      --casus cornelis-musius --begeleiding "Agnes van der Linden" \\
      --deelnemer "projectleider Onderwijshuisvesting" --deelnemer subsidieadviseur --extern "initiatiefnemer (bewonersvereniging)"
  $ ef new-session --titel "Intervisie" --soort intervisie --begeleiding Agnes --datum 2021-03-11 --open
`,
    )
    .action((_options, command) => runNew(context, 'sessie', command));
}

export function defineNewCase(context: DefineContext): void {
  addOptions(context.configure(context.program.command('new-case')), KIND_SPECS.casus.flags)
    .usage('[opties]')
    .description('maak een nieuwe casus aan: casussen/<titel>.md')
    .addHelpText(
      'after',
      `
Verplicht zonder terminal: --titel en --sdg (ten minste één Global Goal). De status is
standaard lopend. De drie criteria van de casus vul je daarna zelf in het bestand in.
${COMMON_HELP}
Voorbeelden:
  $ ef new-case
  $ ef new-case --titel "Cornelis Musius" --sdg 4 --sdg 7 --sdg 11 --initiatiefnemer "de school"
`,
    )
    .action((_options, command) => runNew(context, 'casus', command));
}
