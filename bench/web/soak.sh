#!/usr/bin/env bash
# Soak of the public portal: `juesuan serve --demo` (Release, SQLite) under a modest steady load on loopback for
# an hour — every second two curls fetch the eight report pages (plain, then gzip), the search API, the tables and
# charts of each report and a DOCX, revalidating with If-None-Match now and then — while the server's resident
# memory (RSS, from /proc) is sampled every 30 s. Writes the samples to bench/results/soak.md.
# Usage: bench/web/soak.sh [minutes=60]   (run it at nice 10 on a shared machine: nice -n 10 bench/web/soak.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
minutes="${1:-60}"
"$root/juesuan" help >/dev/null 2>&1 || true
work="$(mktemp -d /tmp/juesuan-soak-XXXXXX)"
out="$root/bench/results/soak.md"
port=5187
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$root/juesuan" serve --demo --data "$work/data" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
launcher=$!
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/api/regions" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/api/regions" >/dev/null || { cat "$work/serve.log" >&2; exit 1; }
# The launcher runs the server as `dotnet …/juesuan-web.dll`: its RSS is the server's.
pid=$(pgrep -P "$launcher" -f juesuan-web.dll || echo "$launcher")
grep -q juesuan-web.dll "/proc/$pid/cmdline" || { echo "cannot find the server's process" >&2; exit 1; }
server=$launcher
base="http://127.0.0.1:$port"
ids=$(curl -fs "$base/api/reports?pageSize=100" | grep -o '"id":[0-9]*' | cut -d: -f2 | sort -un)
[[ -n "$ids" ]] || { echo "no published reports" >&2; exit 1; }

args=()
gzip=()
for id in $ids; do
  args+=(-o /dev/null "$base/reports/$id" -o /dev/null "$base/api/reports/$id/tables" -o /dev/null "$base/api/reports/$id/charts")
  gzip+=(-o /dev/null "$base/reports/$id")
done
first=$(head -1 <<<"$ids")
args+=(-o /dev/null "$base/api/reports?q=%E4%B8%89%E5%85%AC" -o /dev/null "$base/reports/$first/download/docx")
per_second=$(( (${#args[@]} + ${#gzip[@]}) / 3 + 1 ))
etag=$(curl -fsI "$base/reports/$first" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')

rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }
start=$(date +%s)
end=$((start + minutes * 60))
next_sample=$start
requests=0
failures=0
: >"$work/samples.txt"
while (( $(date +%s) < end )); do
  now=$(date +%s)
  if (( now >= next_sample )); then
    echo "$(( (now - start) / 60 )):$(printf '%02d' $(( (now - start) % 60 ))) $(rss) $requests $failures" >>"$work/samples.txt"
    next_sample=$((next_sample + 30))
  fi
  if curl -fs --max-time 5 "${args[@]}" && curl -fs --max-time 5 -H "Accept-Encoding: gzip" "${gzip[@]}" && [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/reports/$first")" =~ ^(200|304)$ ]]; then
    requests=$((requests + per_second))
  else
    failures=$((failures + 1))
  fi
  sleep "$(awk -v t="$(date +%s.%N)" 'BEGIN { d = 1 - (t - int(t)); printf "%.3f", d }')"
done
now=$(date +%s)
echo "$(( (now - start) / 60 )):$(printf '%02d' $(( (now - start) % 60 ))) $(rss) $requests $failures" >>"$work/samples.txt"

first_rss=$(awk 'NR == 3 { print $2 }' "$work/samples.txt") # after a minute: the pages and files are rendered
last_rss=$(awk 'END { print $2 }' "$work/samples.txt")
max_rss=$(awk '{ if ($2 > m) m = $2 } END { print m }' "$work/samples.txt")
{
  echo "# Soak of the public portal — $(date -u +%Y-%m-%d)"
  echo
  echo "\`juesuan serve --demo\` (Release, SQLite, 8 published reports) for $minutes minutes on loopback, at nice $(nice) on a"
  echo "2-core machine shared with other work. Every second (when the machine keeps up) two curls fetch $per_second addresses, each over one connection: each"
  echo "report page (plain and gzip), each report's tables and charts from the API, a search and a DOCX; then one"
  echo "revalidation of a page with If-None-Match ($(( requests / (minutes * 60) )) requests/s on average in this run). The server's RSS"
  echo "(VmRSS of the dotnet process) is sampled every 30 s."
  echo
  echo "RSS after the first minute $((first_rss / 1024)) MiB, at the end $((last_rss / 1024)) MiB, highest $((max_rss / 1024)) MiB;"
  echo "$(awk 'END { print $3 }' "$work/samples.txt") requests answered, $(awk 'END { print $4 }' "$work/samples.txt") failed rounds."
  echo
  echo "| Elapsed (min:s) | RSS (MiB) | Requests so far | Failed rounds |"
  echo "|---:|---:|---:|---:|"
  awk '{ printf "| %s | %.1f | %d | %d |\n", $1, $2 / 1024, $3, $4 }' "$work/samples.txt"
  echo
  echo "Run: \`nice -n 10 bench/web/soak.sh [minutes]\`."
} >"$out"
cat "$out"
