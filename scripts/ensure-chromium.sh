#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download does not work here).
# Installs it when missing and we are root; otherwise says what to do.
set -euo pipefail
bin=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium absent : installation du paquet Debian chromium…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium introuvable ($bin). Installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH." >&2
exit 1
