#!/usr/bin/env bash
# Every rapportage, the Logboek and the project card as Markdown, HTML and PDF, in the
# internal and the public version, into the folder given as the first argument.
set -euo pipefail
out="${1:?Geef de map voor de uitvoer op, bijvoorbeeld: .github/scripts/publish.sh publicatie}"
cd "$(dirname "$0")/../.."

shopt -s nullglob
for audience in intern publiek; do
  for file in logbook/rapportages/*.md; do
    npx --no-install ef report --period "$(basename "$file" .md)" --format md,html,pdf --audience "$audience" --out "$out"
  done
  npx --no-install ef logbook --format md,html,pdf --audience "$audience" --out "$out"
done
npx --no-install ef card --format md,html,pdf --out "$out"
