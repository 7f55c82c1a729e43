#!/usr/bin/env bash
# The part of CHANGELOG.md for one version (the lines under "## [VERSION]" up to the next
# "## " heading), for the release notes on GitHub. Fails when that version has no part.
set -euo pipefail
version="${1:?Geef de versie op, bijvoorbeeld: release-notes.sh 1.0.0}"
cd "$(dirname "$0")/../.."

notes="$(awk -v heading="## [$version]" '
  index($0, heading) == 1 { found = 1; next }
  found && /^## / { exit }
  found && /^\[[^]]+\]: / { next }
  found { print }
' CHANGELOG.md)"
if [ -z "${notes//[[:space:]]/}" ]; then
  echo "CHANGELOG.md heeft geen stuk voor versie $version (een kop \"## [$version] - datum\")." >&2
  exit 1
fi
printf '%s\n' "$notes"
