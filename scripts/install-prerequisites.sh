#!/usr/bin/env bash
# Installs, from Debian's packages and only when missing, what Juesuan needs beyond the .NET SDK:
# LibreOffice (DOCX→PDF; rendering XLSX/DOCX for visual checks), CJK fonts, and poppler-utils
# (pdftotext/pdftoppm used by the tests). Idempotent and non-interactive.
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer libreoffice-calc)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
for extra in "$@"; do
  case "$extra" in
    chromium) command -v chromium >/dev/null 2>&1 || need+=(chromium) ;;
    *) need+=("$extra") ;;
  esac
done

if [[ ${#need[@]} -eq 0 ]]; then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "juesuan: please install as root: apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

echo "juesuan: installing ${need[*]} (Debian packages)…" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
