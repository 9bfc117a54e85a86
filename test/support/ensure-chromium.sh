#!/usr/bin/env bash
# Ensures Debian's chromium is installed for the HTML report's browser test.
# Installs it with apt-get only when /usr/bin/chromium is missing; never downloads a
# browser build of its own (playwright-core drives the system chromium).
# Exit 0 when chromium is available afterwards, 1 (with a reason on stderr) otherwise.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium missing and not root; cannot apt-get install" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || echo "ensure-chromium: apt-get update failed" >&2
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 \
  || { echo "ensure-chromium: apt-get install chromium failed" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "ensure-chromium: chromium still missing after install" >&2; exit 1; }
