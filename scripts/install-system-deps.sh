#!/usr/bin/env bash
# Installs what the end-to-end tests and the PDF checks need from Debian/Ubuntu packages:
# Chromium (Playwright drives it; its own browser download does not work offline), poppler-utils,
# qpdf (the plan PDF's tests read it back with readers other than the one that wrote it),
# and the engines of real phones for test/phones: WebKit (WebKitWebDriver under Xvfb, a bare
# WebKitGTK window through PyGObject) and Firefox ESR.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth)
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || [ -n "${FIREFOX_PATH:-}" ] || need+=(firefox-esr)
/usr/bin/python3 -c "import gi; gi.require_version('WebKit2', '4.1'); from gi.repository import WebKit2" >/dev/null 2>&1 ||
  need+=(python3 python3-gi gir1.2-webkit2-4.1)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages present: chromium, poppler-utils, qpdf, WebKitWebDriver, Xvfb, Firefox, WebKitGTK for Python."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install ${need[*]} with your system's package manager (or set CHROMIUM_PATH to a Chromium or Chrome binary, FIREFOX_PATH to Firefox)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]}…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
echo "Installed ${need[*]}."
