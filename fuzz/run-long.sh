#!/usr/bin/env bash
# The long fuzzing run (issue 13 item 6; docs/decisions/0011-fuzzing.md): every harness of fuzz/Juesuan.Fuzz under
# afl-fuzz (Debian's afl++) with SharpFuzz's instrumentation of the project's readers, one target after another,
# at nice 19. Then each crash and hang AFL kept is replayed uninstrumented to name what it threw, and a summary
# (executions, crashes, hangs, corpus size, duration per target) is written to $OUT/summary.md.
#
#   fuzz/run-long.sh [MINUTES (default 20)] [TARGET …]        OUT=/tmp/juesuan-fuzz-long by default
#   JUESUAN_FUZZ_PDFS=1 also seeds published-pdf with the real reports in ../shared/reports (large; not copied into the repo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes="${1:-20}"
shift || true
out="${OUT:-/tmp/juesuan-fuzz-long}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PATH="$PATH:$HOME/.dotnet/tools"

if ! command -v afl-fuzz >/dev/null; then
  echo "run-long: installing afl++ (Debian)" >&2
  apt-get install -y --no-install-recommends afl++ >/dev/null
fi
if ! command -v sharpfuzz >/dev/null; then
  echo "run-long: installing the sharpfuzz instrumenter (SharpFuzz.CommandLine 2.3.0)" >&2
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

rm -rf "$out" && mkdir -p "$out"
echo "run-long: publishing and instrumenting" >&2
dotnet publish "$root/fuzz/Juesuan.Fuzz/Juesuan.Fuzz.csproj" -c Release -o "$out/plain" -nologo -v q >"$out/publish.log"
cp -r "$out/plain" "$out/bin" # instrumented code runs only under the fuzzer: crashes are replayed with the plain copy
# Only the project's own readers are instrumented: the coverage AFL steers by is theirs (OpenXml and PdfPig are not).
for dll in Juesuan.Readers Juesuan.Core Juesuan.Web; do
  sharpfuzz "$out/bin/$dll.dll" >"$out/instrument-$dll.log"
done

if [[ $# -gt 0 ]]; then targets=("$@"); else mapfile -t targets < <(ls "$root/fuzz/corpus"); fi
seconds=$(( minutes * 60 / ${#targets[@]} ))

summary="$out/summary.md"
{
  echo "| target | executions | execs/s | crashes | hangs | corpus (seeds → kept) | duration |"
  echo "| --- | ---: | ---: | ---: | ---: | --- | ---: |"
} >"$summary"
for t in "${targets[@]}"; do
  seeds="$root/fuzz/corpus/$t"
  if [[ $t == published-pdf && "${JUESUAN_FUZZ_PDFS:-}" == 1 ]]; then
    seeds="$out/seeds-pdf"; mkdir -p "$seeds"; cp "$root"/fuzz/corpus/published-pdf/* "$seeds"/
    cp "$root"/../shared/reports/*.pdf "$seeds"/ 2>/dev/null || true
  fi
  echo "run-long: $t for ${seconds}s" >&2
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
    AFL_IGNORE_SEED_PROBLEMS=1 AFL_SKIP_CRASHES=1 \
    nice -n 19 afl-fuzz -i "$seeds" -o "$out/$t" -t 10000 -m none -V "$seconds" -- "$(command -v dotnet)" "$out/bin/juesuan-fuzz.dll" afl "$t" \
    >"$out/$t.log" 2>&1 || echo "run-long: afl-fuzz on $t ended with $? (see $out/$t.log)" >&2
  stats="$out/$t/default/fuzzer_stats"
  if [[ -f $stats ]]; then
    get() { awk -F': *' -v k="$1" '$1 ~ "^"k" *$" {print $2}' "$stats"; }
    crashes=$(get saved_crashes); hangs=$(get saved_hangs)
    echo "| $t | $(get execs_done) | $(get execs_per_sec) | ${crashes:-0} | ${hangs:-0} | $(ls "$seeds" | wc -l) → $(get corpus_count) | $(get run_time) s |" >>"$summary"
    for kind in crashes hangs; do
      if compgen -G "$out/$t/default/$kind/id:*" >/dev/null; then
        dotnet "$out/plain/juesuan-fuzz.dll" replay "$t" "$out/$t/default/$kind" --per-input 30 >>"$out/$t-$kind-replay.txt" 2>&1 || true
      fi
    done
  else
    echo "| $t | (afl-fuzz did not start: see $t.log) | | | | | |" >>"$summary"
  fi
done
cat "$summary"
