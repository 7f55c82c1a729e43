// The files of a fresh logbook, as text. The config is built with the `yaml` library
// from typed values, like every other frontmatter ef writes.
import { Document, isMap, isScalar } from 'yaml';
import { FOLDERS, KINDS } from '../validate/schemas/kinds.js';
import { slugify } from './slug.js';
import { EF_ACTION, workflowText, type WorkflowKind } from './init-workflow.js';

export interface InitAnswers {
  readonly organisatie: string;
  readonly leerroute: string;
  readonly titel: string;
  readonly team: readonly string[];
}

export interface InitFile {
  /** Relative to the logbook folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
  /** A script (the Git hook): written with the executable bit. */
  readonly executable?: boolean;
}

export function configText(answers: InitAnswers): string {
  const doc = new Document({
    organisatie: answers.organisatie,
    leerroute: answers.leerroute,
    titel: answers.titel,
    team: answers.team.map((naam) => ({ naam })),
    partners: [] as string[],
  });
  doc.commentBefore =
    ` ${answers.titel} van ${answers.organisatie}.\n` +
    ' Wat hier staat, gebruikt ef in elke controle en rapportage; zie README.md.';
  const comments: Record<string, string> = {
    team:
      ' Het team dat de sessies begeleidt. Alleen wie hier staat, kan bij `begeleiding`\n' +
      ' van een sessie staan. Voeg gerust per persoon een `functie` toe.',
    partners: ' Partners van de leerroute, bijvoorbeeld: [A&O fonds Gemeenten]',
  };
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = comments[key];
      if (comment && isScalar(pair.key)) {
        pair.key.commentBefore = comment;
        pair.key.spaceBefore = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function readmeText(answers: InitAnswers, workflow: WorkflowKind = 'npm'): string {
  return `# ${answers.titel}

Dit is het logboek van de leerroute ${answers.leerroute} van ${answers.organisatie}.
Elke bijeenkomst (sessie) sluit af met haar *opbrengsten*; samen vormen die het logboek.
Elk bestand is gewone tekst (Markdown) met bovenaan een blok gegevens tussen twee
regels \`---\`. Het programma \`ef\` maakt nieuwe bestanden aan, controleert ze en
stelt de rapportages op.

## Wat waar staat

| map of bestand | wat erin staat |
| --- | --- |
| \`ef.config.yaml\` | organisatie, leerroute en het team |
| \`casussen/\` | de casussen, met hun criteria en Global Goals (SDG's) |
| \`sessies/\` | de bijeenkomsten; de bestandsnaam begint met de datum |
| \`activiteiten/\` | presentaties, publicaties, video's en artikelen |
| \`portretten/\` | persoonlijke portretten (alleen met toestemming) |
| \`rapportages/\` | de eigen tekst van elke rapportage: nummer, periode, inleiding |
| \`reports/\` | rapportages die je zelf maakt (niet in git, behalve als je dat aanzet) |

## Eenmalig: installeren

Je hebt Node.js 20.19 of nieuwer nodig. Typ in deze map:

\`\`\`sh
npm install
\`\`\`

Dat installeert \`ef\` (het pakket \`@excellent-faciliteren/ef\`, de versie in
\`package.json\`) en maakt \`package-lock.json\`; zet dat bestand ook in git. Daarna
werkt \`npx --no-install ef\` in deze map. Het \`--no-install\` zorgt dat npx nooit iets
anders ophaalt: is ef nog niet geïnstalleerd, dan zegt npx dat gewoon.

## Na een bijeenkomst

1. Typ \`npx --no-install ef new-session\`. \`ef\` vraagt naar de titel, de datum, de
   soort bijeenkomst, de casus, wie begeleidde en de functies van de deelnemers.
2. Open het nieuwe bestand in \`sessies/\`. Overal waar **INVULLEN** staat, schrijf
   je wat alleen jij weet. Sluit af met de opbrengsten onder \`## Opbrengsten\`,
   elk op een eigen regel die begint met \`- \`.
3. Typ \`npx --no-install ef check\`. Elke melding noemt bestand, regel en kolom, en
   wat je moet doen.
4. Maak een pull request. GitHub controleert het logboek opnieuw en zet de meldingen
   bij de regels in de pull request.

Een casus, activiteit, portret of rapportage maak je net zo:
\`npx --no-install ef new-case\`, \`npx --no-install ef new activiteit\`,
\`npx --no-install ef new portret\` of \`npx --no-install ef new rapportage\`. Elke
opdracht heeft \`--help\` met voorbeelden.

## In VS Code

Open deze map in VS Code en installeer de extensies die VS Code aanraadt (Front Matter
CMS en YAML). Dan vul je de gegevens bovenaan een bestand in met een formulier, met
keuzelijsten en een datumkiezer. Onder *Terminal → Taak uitvoeren…* staan taken als
**ef: nieuwe sessie** en **ef: logboek controleren** (de meldingen komen bij
*Problemen*). Na een nieuwe casus of teamlid: taak **ef: editor bijwerken**.

Eenmalig: \`git config core.hooksPath .githooks\` laat Git vóór elke commit controleren
wat je veranderde.

## Namen en toestemming

Schrijf bij deelnemers hun functie, niet hun naam. Een naam mag er alleen bij staan
met \`toestemming\`: \`geen\`, \`intern\` of \`publiek\`. Een portret zonder \`publiek\`
komt nooit in een openbare rapportage; een portret met \`geen\` nergens.

## Op GitHub

De workflow \`.github/workflows/ef.yml\` doet twee dingen:

- **Bij elke pull request** controleert hij het logboek; de meldingen staan bij de
  regels van de pull request.
- **Na elke wijziging op \`main\`** maakt hij alle rapportages en het Logboek opnieuw.
  De openbare versies (zonder namen zonder toestemming) komen als webpagina's op
  GitHub Pages, met een overzichtspagina die elke rapportage en het Logboek noemt.
  Alle PDF's, ook de interne, staan als download (*Artifacts*) bij de workflow-run.

Eenmalig voor GitHub Pages: *Settings → Pages → Build and deployment → Source:*
**GitHub Actions**. Kan of wil je geen GitHub Pages (bijvoorbeeld in een besloten
repository zonder Pages)? Zet dan onder *Settings → Secrets and variables → Actions →
Variables* de variabele \`EF_PAGES\` op \`nee\`: dan blijven alleen de downloads.

Wil je de Markdown-versies van de rapportages in git, zodat je in elke pull request
ziet wat er in een rapportage verandert? Zet dan de variabele \`EF_MARKDOWN_IN_GIT\` op
\`ja\`. De workflow zet ze dan na elke wijziging in \`reports/\` op \`main\`. Dat werkt
alleen als GitHub Actions naar \`main\` mag pushen (niet op een beschermde branch);
daarom staat het standaard uit.

${workflow === 'npm' ? WORKFLOW_NPM_TEXT : WORKFLOW_ACTION_TEXT}

## Rapportages zelf maken

\`npx --no-install ef logbook\` of \`npx --no-install ef report --period 2021-Q1\` zet
een rapportage in \`reports/\`; met \`--format md,html,pdf\` ook als webpagina en PDF,
met \`--audience publiek\` de openbare versie.

## Eigen sjablonen

Nieuwe bestanden komen uit de sjablonen van \`ef\`. Wil je ze anders, zet dan je eigen
versie in een map \`templates/\` naast \`ef.config.yaml\` (\`sessie.md\`, \`casus.md\`,
\`activiteit.md\`, \`portret.md\`, \`rapportage.md\`). \`ef init --sjablonen\` zet er
een kopie van de standaardsjablonen neer om mee te beginnen.

## Een nieuwe versie van ef

De versie van ef staat in \`package.json\`. Een nieuwe versie haal je met
\`npm install @excellent-faciliteren/ef@latest\`; commit daarna \`package.json\` en
\`package-lock.json\`. GitHub gebruikt dan dezelfde versie als jij.
`;
}

const WORKFLOW_NPM_TEXT = `De workflow installeert ef uit \`package.json\` en \`package-lock.json\`, net als jij
met \`npm install\`. Zo draait GitHub precies dezelfde versie van ef als jouw computer,
en zie je een nieuwe versie als wijziging in een pull request. Liever een kortere
workflow die de GitHub Action van ef gebruikt? Maak dan een nieuw logboek met
\`ef init --workflow actie\` en kopieer \`.github/workflows/ef.yml\` daaruit.`;

const WORKFLOW_ACTION_TEXT = `De workflow gebruikt de GitHub Action van ef (\`uses: ${EF_ACTION}\`). Die installeert
ef uit \`package.json\` en \`package-lock.json\` als die er zijn, en anders de versie
van ef die bij de Action hoort. Liever dat de workflow zelf Node.js en ef installeert,
net als jij? Maak dan een nieuw logboek met \`ef init --workflow npm\` en kopieer
\`.github/workflows/ef.yml\` daaruit.`;

export const GITIGNORE = `# Geïnstalleerde pakketten (npm install haalt ze opnieuw op).
node_modules/

# PDF en HTML van de rapportages maakt GitHub (GitHub Pages en downloads); alleen
# Markdown kan in git (zie README.md, "Op GitHub").
reports/**/*.pdf
reports/**/*.html
publicatie/

# De cache van ef check (wordt vanzelf opnieuw gemaakt).
.ef-cache/

# Rommel van besturingssystemen en editors.
.DS_Store
Thumbs.db
*.swp
`;

export const EDITORCONFIG = `# Dezelfde tekstinstellingen in elke editor: UTF-8, regeleinden zoals op Linux en macOS.
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true
indent_style = space
indent_size = 2

[*.md]
# In Markdown betekenen twee spaties aan het eind van een regel iets.
trim_trailing_whitespace = false
`;

export const VSCODE_SETTINGS = `${JSON.stringify(
  {
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'files.insertFinalNewline': true,
    '[markdown]': { 'editor.wordWrap': 'on' },
    'files.exclude': { node_modules: true },
  },
  null,
  2,
)}\n`;

/** Where the new logbook gets ef from: the package's own name and an npm spec for it. */
export interface EfDependency {
  readonly name: string;
  readonly spec: string;
}

export function packageJsonText(answers: InitAnswers, ef: EfDependency): string {
  const pkg = {
    name: `logboek-${slugify(answers.organisatie, 'logboek')}`,
    version: '1.0.0',
    private: true,
    description: `${answers.titel} van ${answers.organisatie}`,
    scripts: { check: 'ef check', logbook: 'ef logbook' },
    devDependencies: { [ef.name]: ef.spec },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export interface InitChoices {
  readonly ef: EfDependency;
  readonly workflow: WorkflowKind;
}

export function initFiles(answers: InitAnswers, choices: InitChoices): InitFile[] {
  return [
    { path: 'ef.config.yaml', text: configText(answers) },
    ...KINDS.map((kind) => ({ path: `${FOLDERS[kind]}/.gitkeep`, text: '' })),
    { path: 'README.md', text: readmeText(answers, choices.workflow) },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.github/workflows/ef.yml', text: workflowText(choices.workflow) },
    { path: '.editorconfig', text: EDITORCONFIG },
    { path: '.vscode/settings.json', text: VSCODE_SETTINGS },
    { path: 'package.json', text: packageJsonText(answers, choices.ef) },
  ];
}
