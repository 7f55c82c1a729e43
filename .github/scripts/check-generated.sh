#!/usr/bin/env bash
# The generated files that are committed (the reports in reports/, the project card,
# the editor support, docs/rules.md) must be exactly what ef makes from the logbook and
# its own sources now. Run on a clean checkout after a build: it regenerates them in
# place and fails when Git sees any difference.
set -euo pipefail
cd "$(dirname "$0")/../.."

npx --no-install ef report --period rapportage-1 --format md,html,pdf
npx --no-install ef report --period rapportage-2 --format md,html,pdf
npx --no-install ef logbook
npx --no-install ef card
npx --no-install ef editor
node scripts/docs.mjs

paths=(reports .vscode frontmatter.json .githooks docs/rules.md)
if [ -n "$(git status --porcelain -- "${paths[@]}")" ]; then
  echo "" >&2
  echo "De bestanden hierboven zijn niet bijgewerkt na een wijziging aan het logboek of aan ef." >&2
  echo "Maak ze opnieuw met .github/scripts/check-generated.sh (of de opdrachten daarin) en commit ze." >&2
  git status --short -- "${paths[@]}" >&2
  git --no-pager diff --stat -- "${paths[@]}" >&2
  exit 1
fi
echo "De gemaakte bestanden in git zijn bij."
