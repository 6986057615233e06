#!/usr/bin/env bash
# Installs what the end-to-end tests and the PDF checks need from Debian/Ubuntu packages:
# Chromium (Playwright drives it; its own browser download does not work offline) and poppler-utils.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages present: chromium, poppler-utils."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install ${need[*]} with your system's package manager (or set CHROMIUM_PATH to a Chromium or Chrome binary)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]}…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
echo "Installed ${need[*]}."
