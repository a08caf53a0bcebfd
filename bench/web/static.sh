#!/usr/bin/env bash
# The portal at static speed (decision 0013): the same rendered report page served by Juesuan (Release build,
# Kestrel, the page from its published rendering) and by nginx (Debian's nginx-light) as a static file, each on
# its own loopback port, loaded with wrk (Debian) alternately for a few rounds with the same connections and
# duration. Writes throughput, p50 and p99 of both and their ratio to bench/results/web-static.md.
# Usage: bench/web/static.sh [seconds=10] [connections=32] [rounds=3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-10}"
conns="${2:-32}"
rounds="${3:-3}"
"$root/scripts/install-prerequisites.sh" wrk >/dev/null
command -v nginx >/dev/null 2>&1 || "$root/scripts/install-prerequisites.sh" nginx-light >/dev/null
"$root/juesuan" help >/dev/null 2>&1 || true # builds the CLI when needed
work="$(mktemp -d /tmp/juesuan-static-XXXXXX)"
chmod 755 "$work"
out="$root/bench/results/web-static.md"
jport=5185
nport=5186
server=""
nginx_pid=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
  [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Juesuan: the demo (8 published reports), SQLite, Release build.
"$root/juesuan" serve --demo --data "$work/data" --urls "http://127.0.0.1:$jport" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$jport/api/regions" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$jport/api/regions" >/dev/null || { cat "$work/serve.log" >&2; exit 1; }
id=$(curl -fs "http://127.0.0.1:$jport/api/reports?year=2024&q=%E5%87%8C%E6%BA%90%E5%B8%82" | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
path="/reports/$id"

# nginx: the very bytes Juesuan serves, as a file.
mkdir -p "$work/www/reports" "$work/nginx/logs"
curl -fs "http://127.0.0.1:$jport$path" -o "$work/www/reports/$id"
chmod -R a+rX "$work/www"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  server {
    listen 127.0.0.1:$nport;
    root $work/www;
    location / { charset utf-8; etag on; add_header Cache-Control "public, max-age=60"; }
  }
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$nport$path" >/dev/null 2>&1 && break; sleep 0.2; done
cmp <(curl -fs "http://127.0.0.1:$jport$path") <(curl -fs "http://127.0.0.1:$nport$path") || { echo "the two servers serve different bytes" >&2; exit 1; }
bytes=$(stat -c %s "$work/www/reports/$id")

: >"$work/rows.md"
: >"$work/sums.txt"
measure() { # $1 = name, $2 = port, $3 = round, $4 = connections
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  wrk -t2 -c"$4" -d"${secs}s" --latency "http://127.0.0.1:$2$path" >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' "$work/wrk.txt" | tr '\n' ' ')
  echo "| $4 | $3 | $1 | $load | $rps | $p50 | $p99 | ${errors:-none} |" >>"$work/rows.md"
  [[ $4 == "$conns" ]] && echo "$1 $rps $p50 $p99" >>"$work/sums.txt"
  return 0
}
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.2f", v }' <<<"$1"; }

# Warm both (JIT, page cache), then alternate.
wrk -t2 -c"$conns" -d10s "http://127.0.0.1:$jport$path" >/dev/null # the JIT's second tier
wrk -t2 -c"$conns" -d5s "http://127.0.0.1:$nport$path" >/dev/null
# The targets are read at $conns connections; a lighter load (8) shows the latency when the cores are not saturated.
for c in $(printf '%s\n' "$conns" 8 | awk '!seen[$0]++'); do
  for r in $(seq 1 "$rounds"); do
    measure Juesuan "$jport" "$r" "$c"
    measure nginx "$nport" "$r" "$c"
  done
done

summary() { # $1 = name → mean req/s, worst p50, worst p99 (ms)
  local rpss=() p50s=() p99s=()
  while read -r n rps p50 p99; do
    [[ "$n" == "$1" ]] || continue
    rpss+=("$rps"); p50s+=("$(ms "$p50")"); p99s+=("$(ms "$p99")")
  done <"$work/sums.txt"
  printf '%s\n' "${rpss[@]}" | awk '{ s += $1 } END { printf "%.0f ", s / NR }'
  printf '%s\n' "${p50s[@]}" | sort -g | tail -1 | tr '\n' ' '
  printf '%s\n' "${p99s[@]}" | sort -g | tail -1
}
read -r jrps jp50 jp99 <<<"$(summary Juesuan)"
read -r nrps np50 np99 <<<"$(summary nginx)"
ratio=$(awk -v a="$jrps" -v b="$nrps" 'BEGIN { printf "%.0f", 100 * a / b }')
verdict_rps=$([[ $ratio -ge 50 ]] && echo met || echo MISSED)
verdict_p99=$(awk -v p="$jp99" 'BEGIN { print (p < 20 ? "met" : "MISSED") }')

{
  echo "# The report page at static speed: Juesuan against nginx — $(date -u +%Y-%m-%d)"
  echo
  echo "One run on one 2-core machine (shared with other work: load average before the run $(cut -d' ' -f1-3 /proc/loadavg))."
  echo "The same rendered report page \`$path\` ($bytes bytes, the 凌源市 2024 report of \`juesuan serve --demo\`) served"
  echo "(a) by Juesuan, Release build on Kestrel, from its rendering at publication (decision 0013), and (b) by nginx"
  echo "$(nginx -v 2>&1 | sed 's/nginx version: //') (Debian nginx-light, \`worker_processes auto\`, sendfile, no access log) as a static file of the"
  echo "same bytes, each on its own loopback port. Load: wrk, 2 threads, $conns connections, ${secs} s, no Accept-Encoding (both send the"
  echo "uncompressed page), alternating servers for $rounds rounds after a warm-up of each (10 s Juesuan, whose JIT recompiles hot code in its first seconds; 5 s nginx). wrk runs on the same two cores."
  echo
  echo "| Connections | Round | Server | Load average at start | Requests/s | p50 | p99 | Errors |"
  echo "|---:|---:|---|---:|---:|---:|---:|---|"
  cat "$work/rows.md"
  echo
  echo "At $conns connections:"
  echo
  echo "| | Juesuan | nginx |"
  echo "|---|---:|---:|"
  echo "| mean requests/s | $jrps | $nrps |"
  echo "| worst p50 (ms) | $jp50 | $np50 |"
  echo "| worst p99 (ms) | $jp99 | $np99 |"
  echo
  echo "Juesuan's throughput is **$ratio %** of nginx's (target ≥ 50 %: $verdict_rps); Juesuan's worst p99 is **$jp99 ms**"
  echo "(target < 20 ms: $verdict_p99)."
  echo
  echo "Run: \`bench/web/static.sh [seconds] [connections] [rounds]\`."
} >"$out"
cat "$out"
