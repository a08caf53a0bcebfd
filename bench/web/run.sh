#!/usr/bin/env bash
# Load test of the public portal with wrk (Debian) on loopback: the report page (served from the cache of its
# rendering) and the search page, against the SQLite store and a private PostgreSQL server.
# Usage: bench/web/run.sh [seconds=15] [connections=32]; writes bench/results/web-portal.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-15}"
conns="${2:-32}"
"$root/scripts/install-prerequisites.sh" wrk postgresql >/dev/null
"$root/juesuan" help >/dev/null 2>&1 || true # builds the CLI when needed
work="$(mktemp -d /tmp/juesuan-bench-XXXXXX)"
chmod 755 "$work"
out="$root/bench/results/web-portal.md"
port=5181
pgport=5182
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
  if [[ -d "$work/pg" ]]; then runas "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
runas() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

start() { # $1 = --db value
  "$root/juesuan" serve --demo --data "$work/data-$2" --db "$1" --urls "http://127.0.0.1:$port" >"$work/serve-$2.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/api/regions" >/dev/null 2>&1 && return 0; sleep 1; done
  cat "$work/serve-$2.log" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

measure() { # $1 = store, $2 = page, $3 = path
  curl -fs "http://127.0.0.1:$port$3" >/dev/null # warm the cache
  wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port$3" >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' "$work/wrk.txt" | tr '\n' ' ')
  echo "| $1 | $2 | \`$3\` | $rps | $p50 | $p99 | ${errors:-none} |" >>"$work/table.md"
}

report_id() { curl -fs "http://127.0.0.1:$port/api/reports?year=2024&q=%E5%87%8C%E6%BA%90%E5%B8%82" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/'; }

: >"$work/table.md"
start "$work/data-sqlite/juesuan.db" sqlite
id=$(report_id)
measure SQLite "report page" "/reports/$id"
measure SQLite "search" "/?q=%E5%B0%B1%E4%B8%9A&year=2024"
stop

mkdir -p "$work/pg" && chown postgres:postgres "$work/pg" 2>/dev/null || true
runas "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runas "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w -o "-p $pgport -k $work/pg -c listen_addresses=''" start >/dev/null
start "Host=$work/pg;Port=$pgport;Username=postgres;Database=postgres" postgresql
id=$(report_id)
measure PostgreSQL "report page" "/reports/$id"
measure PostgreSQL "search" "/?q=%E5%B0%B1%E4%B8%9A&year=2024"
stop

{
  echo "# Web portal load test — $(date -u +%Y-%m-%d)"
  echo
  echo "wrk on loopback, 2 threads, $conns connections, ${secs} s per page, after one warm-up request; the server is"
  echo "\`juesuan serve --demo\` (Release build, 8 published reports) on the same 2-core machine, so client and server share the cores."
  echo "The report page is rendered from the cache of its built report (the package is read and built once per content hash);"
  echo "the search page queries the store on every request."
  echo
  echo "| Store | Page | Path | Requests/s | p50 | p99 | Errors |"
  echo "|---|---|---|---:|---:|---:|---|"
  cat "$work/table.md"
  echo
  echo "Run: \`bench/web/run.sh [seconds] [connections]\`."
} >"$out"
cat "$out"
