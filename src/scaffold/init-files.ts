// The files of a fresh logbook, as text. The config is built with the `yaml` library
// from typed values, like every other frontmatter ef writes.
import { Document, isMap, isScalar } from 'yaml';
import { FOLDERS, KINDS } from '../validate/schemas/kinds.js';
import { slugify } from './slug.js';

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

export function readmeText(answers: InitAnswers): string {
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
| \`reports/\` | de gemaakte rapportages (dit doet GitHub; niet zelf bewerken) |

## Eenmalig: installeren

Je hebt Node.js 20 of nieuwer nodig. Typ in deze map:

\`\`\`sh
npm install
\`\`\`

Dat installeert \`ef\` en maakt \`package-lock.json\`; zet dat bestand ook in git.

## Na een bijeenkomst

1. Typ \`npx ef new-session\`. \`ef\` vraagt naar de titel, de datum, de soort
   bijeenkomst, de casus, wie begeleidde en de functies van de deelnemers.
2. Open het nieuwe bestand in \`sessies/\`. Overal waar **INVULLEN** staat, schrijf
   je wat alleen jij weet. Sluit af met de opbrengsten onder \`## Opbrengsten\`,
   elk op een eigen regel die begint met \`- \`.
3. Typ \`npx ef check\`. Elke melding noemt bestand, regel en kolom, en wat je moet doen.
4. Maak een pull request. GitHub controleert het logboek opnieuw en zet de meldingen
   bij de regels in de pull request.

Een casus, activiteit, portret of rapportage maak je net zo:
\`npx ef new-case\`, \`npx ef new activiteit\`, \`npx ef new portret\` of
\`npx ef new rapportage\`. Elke opdracht heeft \`--help\` met voorbeelden.

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

## Rapportages

Na elke wijziging op \`main\` maakt GitHub het logboek en alle rapportages opnieuw
(map \`reports/\`). De Markdown-versies komen in git, zodat je in elke pull request ziet
wat er veranderde; PDF en HTML staan als download bij de workflow in GitHub. Zelf
maken kan ook: \`npx ef logbook\` of \`npx ef report --period 2021-Q1\`.

## Eigen sjablonen

Nieuwe bestanden komen uit de sjablonen van \`ef\`. Wil je ze anders, zet dan je eigen
versie in een map \`templates/\` naast \`ef.config.yaml\` (\`sessie.md\`, \`casus.md\`,
\`activiteit.md\`, \`portret.md\`, \`rapportage.md\`). \`ef init --sjablonen\` zet er
een kopie van de standaardsjablonen neer om mee te beginnen.
`;
}

export const GITIGNORE = `# Geïnstalleerde pakketten (npm install haalt ze opnieuw op).
node_modules/

# PDF en HTML van de rapportages maakt GitHub als download; alleen Markdown staat in git.
reports/**/*.pdf
reports/**/*.html

# De cache van ef check (wordt vanzelf opnieuw gemaakt).
.ef-cache/

# Rommel van besturingssystemen en editors.
.DS_Store
Thumbs.db
*.swp
`;

// Runs on GitHub Actions: the check on every pull request (GITHUB_ACTIONS makes
// `ef check` print annotations at the lines), the reports on every push to main.
export const WORKFLOW = `# Controleert het logboek bij elke pull request en maakt de rapportages opnieuw op main.
# Gemaakt door \`ef init\`.
name: ef

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: ef-\${{ github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  check:
    name: Logboek controleren
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: |
            package.json
            package-lock.json
      - name: ef installeren
        run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      # In GitHub Actions zet ef check zijn meldingen bij de regels van de pull request.
      - name: ef check
        run: npx ef check

  reports:
    name: Rapportages maken
    needs: check
    if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: |
            package.json
            package-lock.json
      - name: ef installeren
        run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      - name: Logboek en rapportages maken
        # Intern voor de eigen organisatie; publiek (zonder namen en portretten zonder
        # toestemming) voor lezers daarbuiten.
        run: |
          shopt -s nullglob
          for publiek in intern publiek; do
            npx ef logbook --format md,html,pdf --out reports --audience "$publiek"
            for bestand in rapportages/*.md; do
              npx ef report --period "$(basename "$bestand" .md)" --format md,html,pdf --out reports --audience "$publiek"
            done
          done
      - name: PDF en HTML bewaren
        uses: actions/upload-artifact@v4
        with:
          name: rapportages
          path: |
            reports/**/*.pdf
            reports/**/*.html
          if-no-files-found: ignore
      - name: Markdown-versies in git zetten
        run: |
          git add reports
          if git diff --cached --quiet; then
            echo "De rapportages zijn niet veranderd."
            exit 0
          fi
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          git commit -m "Rapportages bijgewerkt [skip ci]"
          git push
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

export function packageJsonText(answers: InitAnswers, efSpec: string): string {
  const pkg = {
    name: `logboek-${slugify(answers.organisatie, 'logboek')}`,
    version: '1.0.0',
    private: true,
    description: `${answers.titel} van ${answers.organisatie}`,
    scripts: { check: 'ef check', logbook: 'ef logbook' },
    devDependencies: { ef: efSpec },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function initFiles(answers: InitAnswers, efSpec: string): InitFile[] {
  return [
    { path: 'ef.config.yaml', text: configText(answers) },
    ...KINDS.map((kind) => ({ path: `${FOLDERS[kind]}/.gitkeep`, text: '' })),
    { path: 'README.md', text: readmeText(answers) },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.github/workflows/ef.yml', text: WORKFLOW },
    { path: '.editorconfig', text: EDITORCONFIG },
    { path: '.vscode/settings.json', text: VSCODE_SETTINGS },
    { path: 'package.json', text: packageJsonText(answers, efSpec) },
  ];
}
