// The GitHub workflow that `ef init` writes. Two kinds: `npm` (the default) installs ef
// from the logbook's own package.json, so CI runs exactly the version the team runs on
// its own computers; `actie` uses ef's GitHub Action. Both check every pull request and,
// on main, publish the public reports to GitHub Pages and keep every PDF as a download.
// Every action is pinned to a full commit (a moved tag cannot change what runs).

/** The actions ef's workflows use, each pinned to the commit of a release tag. */
export const ACTIONS = {
  checkout: { uses: 'actions/checkout', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  setupNode: { uses: 'actions/setup-node', sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  uploadArtifact: { uses: 'actions/upload-artifact', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  uploadPagesArtifact: { uses: 'actions/upload-pages-artifact', sha: 'fc324d3547104276b827a68afc52ff2a11cc49c9', version: 'v5.0.0' },
  deployPages: { uses: 'actions/deploy-pages', sha: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', version: 'v5.0.0' },
} as const;

/** The Node.js major version the generated workflows run on. */
export const WORKFLOW_NODE = 24;

/** ef's own GitHub Action (action.yml in ef's repository), by its major version tag. */
export const EF_ACTION = 'excellent-faciliteren/ef@v1';

export type WorkflowKind = 'npm' | 'actie';
export const WORKFLOW_KINDS: readonly WorkflowKind[] = ['npm', 'actie'];

function pin(action: keyof typeof ACTIONS): string {
  const { uses, sha, version } = ACTIONS[action];
  return `${uses}@${sha} # ${version}`;
}

const HEADER = `# Controleert het logboek bij elke pull request. Na elke wijziging op main komen de
# openbare rapportages en het Logboek op GitHub Pages (met een overzichtspagina) en staan
# alle PDF's, ook de interne, als download bij de workflow. Gemaakt door \`ef init\`;
# uitleg in README.md onder "Op GitHub".
#
# Instellen (Settings → Secrets and variables → Actions → Variables):
#   EF_PAGES = nee            niet op GitHub Pages zetten (alleen de downloads)
#   EF_MARKDOWN_IN_GIT = ja   ook de Markdown-versies in reports/ committen op main
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

jobs:`;

const CHECKOUT = `      - uses: ${pin('checkout')}
        with:
          persist-credentials: false`;

const SETUP_NODE = `      - uses: ${pin('setupNode')}
        with:
          node-version: ${WORKFLOW_NODE}
          cache: npm
          cache-dependency-path: |
            package.json
            package-lock.json`;

const INSTALL = `      - name: ef installeren
        run: if [ -f package-lock.json ]; then npm ci; else npm install; fi`;

const ON_MAIN = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'";

function checkJob(kind: WorkflowKind): string {
  const run =
    kind === 'npm'
      ? `${SETUP_NODE}
${INSTALL}
      # In GitHub Actions zet ef check zijn meldingen bij de regels van de pull request.
      - name: ef check
        run: npx --no-install ef check`
      : `      # In GitHub Actions zet ef check zijn meldingen bij de regels van de pull request.
      - name: ef check
        uses: ${EF_ACTION}
        with:
          command: check`;
  return `
  check:
    name: Logboek controleren
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
${CHECKOUT}
${run}`;
}

function reportsJob(kind: WorkflowKind): string {
  const make =
    kind === 'npm'
      ? `${SETUP_NODE}
${INSTALL}
      - name: Rapportages en Logboek maken (HTML en PDF, openbaar en intern)
        run: bash node_modules/@excellent-faciliteren/ef/action/publiceer.sh publicatie`
      : `      - name: Rapportages en Logboek maken (HTML en PDF, openbaar en intern)
        uses: ${EF_ACTION}
        with:
          command: publiceer
          out: publicatie`;
  return `
  rapportages:
    name: Rapportages maken
    needs: check
    if: ${ON_MAIN}
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
${CHECKOUT}
${make}
      - name: PDF's als download bewaren
        uses: ${pin('uploadArtifact')}
        with:
          name: rapportages-pdf
          path: publicatie/**/*.pdf
          if-no-files-found: error
          retention-days: 90
      # Alleen de openbare versie (site/) komt op GitHub Pages.
      - name: Openbare rapportages klaarzetten voor GitHub Pages
        if: vars.EF_PAGES != 'nee'
        uses: ${pin('uploadPagesArtifact')}
        with:
          path: publicatie/site

  pages:
    name: Op GitHub Pages zetten
    needs: rapportages
    if: ${ON_MAIN} && vars.EF_PAGES != 'nee'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deploy.outputs.page_url }}
    steps:
      - id: deploy
        uses: ${pin('deployPages')}`;
}

// Opt-in: some teams want the Markdown reports in git to see them change in pull
// requests. It pushes to main, so it fails on a protected branch; hence not the default.
function markdownJob(kind: WorkflowKind): string {
  const setup = kind === 'npm' ? SETUP_NODE : `      - uses: ${pin('setupNode')}
        with:
          node-version: ${WORKFLOW_NODE}`;
  return `
  markdown:
    name: Markdown-versies in git zetten
    needs: check
    if: ${ON_MAIN} && vars.EF_MARKDOWN_IN_GIT == 'ja'
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: write
    steps:
      # Deze stap pusht naar main, dus hier blijven de inloggegevens bewaard.
      - uses: ${pin('checkout')}
${setup}
${INSTALL}
      - name: Markdown-versies maken
        run: |
          shopt -s nullglob
          for bestand in rapportages/*.md; do
            npx --no-install ef report --period "$(basename "$bestand" .md)" --out reports
          done
          npx --no-install ef logbook --out reports
      - name: In git zetten
        run: |
          git add reports
          if git diff --cached --quiet; then
            echo "De rapportages zijn niet veranderd."
            exit 0
          fi
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          git commit -m "Rapportages bijgewerkt [skip ci]"
          git push`;
}

export function workflowText(kind: WorkflowKind): string {
  return `${HEADER}${checkJob(kind)}\n${reportsJob(kind)}\n${markdownJob(kind)}\n`;
}
