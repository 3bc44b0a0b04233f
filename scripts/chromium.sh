#!/usr/bin/env bash
# Debian's chromium for scrapy-playwright: the launch options point Playwright at
# /usr/bin/chromium, so no `playwright install` download (no reachable host for it) is needed.
#
#   scripts/chromium.sh          install the chromium package if it is missing; print the version
set -euo pipefail

BIN=/usr/bin/chromium
if [[ ! -x "$BIN" ]]; then
  [[ $(id -u) == 0 ]] || { echo "chromium.sh: need root to apt-get install chromium" >&2; exit 1; }
  apt-get update -q  # a fresh machine's package lists may be missing or stale
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
# --version proves the binary and its shared libraries load.
"$BIN" --version
