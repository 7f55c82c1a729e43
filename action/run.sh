#!/usr/bin/env bash
# Draait de gekozen ef-opdracht van de GitHub Action met de invoer uit de omgeving
# (EF_COMMAND, EF_PERIOD, EF_AUDIENCE, EF_FORMAT, EF_OUT). In GitHub Actions zet
# ef check zijn meldingen vanzelf bij de regels van de pull request.
set -euo pipefail
command="${EF_COMMAND:-check}"
args=()
case "$command" in
  check)
    ;;
  report | logbook)
    if [ "$command" = report ] && [ -n "${EF_PERIOD:-}" ]; then args+=(--period "$EF_PERIOD"); fi
    args+=(--format "${EF_FORMAT:-md}" --audience "${EF_AUDIENCE:-intern}")
    if [ -n "${EF_OUT:-}" ]; then args+=(--out "$EF_OUT"); fi
    ;;
  card)
    args+=(--format "${EF_FORMAT:-md}")
    if [ -n "${EF_OUT:-}" ]; then args+=(--out "$EF_OUT"); fi
    ;;
  stats)
    if [ -n "${EF_PERIOD:-}" ]; then args+=(--period "$EF_PERIOD"); fi
    ;;
  publiceer)
    exec bash "$GITHUB_ACTION_PATH/action/publiceer.sh" "${EF_OUT:-publicatie}"
    ;;
  *)
    echo "::error title=ef::Onbekende opdracht \"$command\". Kies check, report, logbook, card, stats of publiceer."
    exit 2
    ;;
esac
exec ef "$command" "${args[@]}"
