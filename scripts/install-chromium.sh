#!/usr/bin/env bash
# Installs Debian's Chromium (and CJK fonts, so Chinese budget names render in screenshots) for the
# browser tests (tests/explorer-browser.test.ts, tests/visual-browser.test.ts). Playwright's own
# browser download does not work on these machines, so the tests drive /usr/bin/chromium. Needs root (apt-get); does nothing when
# Chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: /usr/bin/chromium is present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium is missing; run this script as root (it uses apt-get)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-noto-cjk
echo "install-chromium: installed $(/usr/bin/chromium --version)"
