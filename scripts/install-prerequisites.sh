#!/usr/bin/env bash
# Installs, from Debian's packages and only when missing, what Juesuan needs beyond the .NET SDK:
# LibreOffice (DOCX→PDF; rendering XLSX/DOCX for visual checks), CJK fonts (Noto CJK, AR PL UKai/UMing), poppler-utils
# (pdftotext/pdftoppm used by the tests), Node.js/npm for the web assets (ECharts, installed with `npm ci`
# from src/Juesuan.Web/package-lock.json; not with the argument no-web-assets, which the CLI passes), and on
# request chromium (browser tests), postgresql and wrk.
# Idempotent and non-interactive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need=()
web=1
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer libreoffice-calc)
# The report's faces (src/Juesuan.Renderers/Pdf/fonts.conf binds 宋体/黑体/楷体/仿宋 to them):
# Noto Serif/Sans CJK SC, AR PL UKai CN (楷体), AR PL UMing CN (明体, for 仿宋).
fonts="$(fc-list 2>/dev/null || true)"
grep -i "Noto Serif CJK SC" <<<"$fonts" >/dev/null && grep -i "Noto Sans CJK SC" <<<"$fonts" >/dev/null || need+=(fonts-noto-cjk)
grep -i "AR PL UKai CN" <<<"$fonts" >/dev/null || need+=(fonts-arphic-ukai)
grep -i "AR PL UMing CN" <<<"$fonts" >/dev/null || need+=(fonts-arphic-uming)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
for extra in "$@"; do
  case "$extra" in
    chromium) command -v chromium >/dev/null 2>&1 || need+=(chromium) ;;
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql) ;;
    wrk) command -v wrk >/dev/null 2>&1 || need+=(wrk) ;;
    no-web-assets) web=0 ;;
    *) need+=("$extra") ;;
  esac
done
if [[ $web == 1 ]]; then
  command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
fi

web_assets() {
  if [[ $web == 1 && ! -f "$root/src/Juesuan.Web/node_modules/echarts/dist/echarts.min.js" ]]; then
    echo "juesuan: installing web assets (npm ci in src/Juesuan.Web)…" >&2
    (cd "$root/src/Juesuan.Web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

if [[ ${#need[@]} -eq 0 ]]; then
  web_assets
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
web_assets
