#!/usr/bin/env bash
# Regenerates src/Juesuan.Readers/Published/Text/traditional-simplified.txt, the reader's 繁体→简体 character table:
# every CJK Unified Ideograph (U+4E00..U+9FFF) through ICU's Hant-Hans transliterator (uconv, from the icu-devtools
# package), keeping the characters it changes into one other character. Pairs whose source is a character simplified
# text also uses as itself, in another meaning, are left out (EXCLUDED below): converting them would damage a report.
# Run once when ICU changes; the table is committed as data. Usage: scripts/traditional-simplified.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/src/Juesuan.Readers/Published/Text/traditional-simplified.txt"
command -v uconv >/dev/null 2>&1 || { echo "uconv not found (apt-get install icu-devtools)" >&2; exit 1; }
export LC_ALL=C.UTF-8

# Source characters kept as they are, each a standard simplified character in its own right:
# 乾 乾坤、乾县 (ICU: 干)   俱 俱乐部、与时俱进 (具)   吒 哪吒 (咤)   姊 姊妹 (姐)   苎 苎麻, already simplified (苧)
# 著 显著、著作 (着)   藉 慰藉、狼藉 (借)   跤 摔跤 (交)   阪 大阪 (坂)   瞭 瞭望塔 (了)   昇 in names (升)
EXCLUDED="乾俱吒姊苎著藉跤阪瞭昇"

chars="$(mktemp)"
trap 'rm -f "$chars"' EXIT
for ((c = 0x4E00; c <= 0x9FFF; c++)); do
  printf -v hex '%04X' "$c"
  printf "\\u$hex\n"
done >"$chars"

version="$(uconv --version | sed -n 's/.*ICU \([0-9.]*\).*/\1/p')"
{
  echo "# 繁体→简体单字对照（每行：繁体字<TAB>简体字）。由 scripts/traditional-simplified.sh 生成，勿手改：ICU ${version} 的 Hant-Hans 转写（uconv -x Hant-Hans）逐字转换 U+4E00..U+9FFF，保留变为另一单字者，除去 ${EXCLUDED}；简体字若仍可转换则再转一次。数据来自 ICU/CLDR，Unicode License v3（https://www.unicode.org/license.txt）。"
  # A target that is itself a source is followed once (薴→苧→苎), so that converting twice changes nothing more.
  paste "$chars" <(uconv -x Hant-Hans <"$chars") | awk -F'\t' -v ex="$EXCLUDED" '
    $1 != $2 && index(ex, $1) == 0 { from[++n] = $1; to[$1] = $2 }
    END { for (i = 1; i <= n; i++) { t = to[from[i]]; if (t in to) t = to[t]; print from[i] "\t" t } }'
} >"$out"
echo "$(grep -vc '^#' "$out") pairs written to ${out#"$root"/}"
