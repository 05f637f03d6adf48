#!/usr/bin/env bash
# Installs, on a Debian machine, the tools some tests need besides the .NET SDK, when they are missing:
#   LibreOffice Writer/Calc, CJK fonts and poppler   rendering checks of the documents (tests/Auditor.Reports.Tests/Rendering)
#   chromium and chromium-driver                      the browser tests of the web workspace (tests/Auditor.Web.Tests/Browser)
# Run by `make test` (and so by .ci/run). Without root or sudo, or without apt-get, it says what is missing and goes on:
# the tests that need a missing tool are then reported as skipped, never as passed.
set -uo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ ${#need[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
fi
if [ "$SUDO" = "none" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "test-setup: missing ${need[*]} (install them with apt-get as root); the tests that need them will be reported as skipped." >&2
  exit 0
fi
echo "test-setup: installing ${need[*]}"
log="$(mktemp)"
if ! { $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need[@]}"; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "test-setup: installing ${need[*]} failed; the tests that need them will be reported as skipped." >&2
fi
rm -f "$log"
exit 0
