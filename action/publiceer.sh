#!/usr/bin/env bash
# ef publiceren: alle rapportages en het Logboek, klaar voor GitHub Pages en als download.
#
#   bash publiceer.sh MAP
#
# Draai dit in de map van het logboek (waar ef.config.yaml staat). Het maakt:
#   MAP/site/    de openbare versie (--audience publiek) als HTML en PDF, met index.html
#                die elke rapportage en het Logboek noemt: dit komt op GitHub Pages;
#   MAP/intern/  de interne versie als PDF: alleen als download bij de workflow.
# ef komt uit node_modules (npx --no-install) of, in de GitHub Action, van het PATH.
set -euo pipefail
uit="${1:?Geef de map voor de uitvoer op, bijvoorbeeld: bash publiceer.sh publicatie}"

# `type -P` looks only on the PATH (`command -v` would find this function itself).
ef() {
  if type -P ef >/dev/null 2>&1; then
    command ef "$@"
  else
    npx --no-install ef "$@"
  fi
}

site="$uit/site"
intern="$uit/intern"
mkdir -p "$site" "$intern"

# Elke rapportage in rapportages/, in de volgorde van hun naam (rapportage-2 vóór -10).
mapfile -t rapportages < <(find rapportages -maxdepth 1 -name '*.md' -printf '%f\n' 2>/dev/null | sed 's/\.md$//' | LC_ALL=C sort -V)
for periode in "${rapportages[@]}"; do
  ef report --period "$periode" --format html,pdf --audience publiek --out "$site"
  ef report --period "$periode" --format pdf --audience intern --out "$intern"
done
ef logbook --format html,pdf --audience publiek --out "$site"
ef logbook --format pdf --audience intern --out "$intern"

# De titel van een pagina staat al als veilige HTML in haar <title>.
titel() {
  sed -n 's:.*<title>\(.*\)</title>.*:\1:p;T;q' "$1"
}

mapfile -t paginas < <(find "$site" -maxdepth 1 -name '*.html' ! -name 'index.html' ! -name 'logboek-publiek.html' | LC_ALL=C sort -V)
{
  printf '%s\n' '<!doctype html>' '<html lang="nl">' '<head>' '<meta charset="utf-8">' \
    '<meta name="viewport" content="width=device-width, initial-scale=1">' \
    "<title>$(titel "$site/logboek-publiek.html")</title>" \
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5cad}li{margin:.4rem 0}</style>' \
    '</head>' '<body>' '<main>' \
    "<h1>$(titel "$site/logboek-publiek.html")</h1>" \
    '<p>De openbare rapportages en het Logboek, opnieuw gemaakt na elke wijziging.</p>' \
    '<h2>Rapportages</h2>'
  if [ "${#paginas[@]}" -eq 0 ]; then
    printf '%s\n' '<p>Er is nog geen rapportage.</p>'
  else
    printf '%s\n' '<ul>'
    for pagina in "${paginas[@]}"; do
      naam="$(basename "$pagina" .html)"
      printf '<li><a href="%s.html">%s</a> (<a href="%s.pdf">PDF</a>)</li>\n' "$naam" "$(titel "$pagina")" "$naam"
    done
    printf '%s\n' '</ul>'
  fi
  printf '%s\n' '<h2>Logboek</h2>' '<ul>' \
    '<li><a href="logboek-publiek.html">Het Logboek: alle opbrengsten</a> (<a href="logboek-publiek.pdf">PDF</a>)</li>' \
    '</ul>' '</main>' '</body>' '</html>'
} >"$site/index.html"

echo "$site/index.html"
