#!/usr/bin/env bash
# ef installeren voor de GitHub Action. Heeft het logboek een package.json met ef erin,
# dan precies die versie (npm ci met package-lock.json); anders de versie van ef die
# bij deze Action hoort, uit het npm-register, in een eigen map buiten het logboek.
set -euo pipefail
naam="$(node -p 'require(process.env.GITHUB_ACTION_PATH + "/package.json").name')"
versie="$(node -p 'require(process.env.GITHUB_ACTION_PATH + "/package.json").version')"

if [ -f package.json ] && grep -q "\"$naam\"" package.json; then
  if [ -f package-lock.json ]; then npm ci; else npm install; fi
  echo "$PWD/node_modules/.bin" >>"$GITHUB_PATH"
  echo "ef uit package.json van het logboek."
else
  map="$RUNNER_TEMP/ef"
  npm install --global --prefix "$map" --no-fund --no-audit "$naam@$versie"
  echo "$map/bin" >>"$GITHUB_PATH"
  echo "ef $versie uit het npm-register."
fi
