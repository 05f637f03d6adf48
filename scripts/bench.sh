#!/usr/bin/env bash
# make bench: generate 1,000,000 cases, then measure (median of 3 runs, wall time and peak RSS)
#   audit            the full `auditor audit --pack national` (findings, scores, history, every document)
#   parse-only       `auditor inspect` over the same file (the floor for the reader)
#   duckdb           the national pack's 5 h / 24 h / 48 h windows as DuckDB SQL (scripts/bench/national-verdicts.sql)
#   scorecards-5000  the audit of a ledger spread over 5,000 units (one scorecard each, with its pictures: the history
#                    store holds the period before, recorded once beforehand, so every scorecard also has its score
#                    trend); besides the whole run, the time of its scorecard stage alone (from the run's stage lines)
# CPU time (user + sys) is recorded too: on a shared machine it says more than wall time about the program itself.
# then checks that the audit's verdict counts equal DuckDB's, and writes reports/bench/bench.json + bench.md.
# A stage that is not available (command missing, no node) is reported as such; the script does not stop.
#
# Usage: bash scripts/bench.sh "dotnet src/Auditor.Cli/bin/Release/net10.0/auditor.dll"
# Knobs (environment): BENCH_CASES (1000000), BENCH_SEED (20260930), BENCH_RUNS (3),
#   BENCH_SCORECARD_UNITS (5000), BENCH_SCORECARD_CASES (1000000), BENCH_SCORECARD_HISTORY_CASES (200000: the
#   period before, 2026Q2), BENCH_STAGES (all: "audit parse-only duckdb scorecards-5000"),
#   BENCH_GENERATOR (the command that runs `fixtures generate`; default: the program under test),
#   BENCH_TIMEOUT (900: seconds per run before it is stopped and reported as timed out)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CLI_TEXT="${1:-dotnet src/Auditor.Cli/bin/Release/net10.0/auditor.dll}"
read -r -a AUDITOR <<< "$CLI_TEXT"
# the fixture generator: the same program unless BENCH_GENERATOR names another (e.g. to measure a build without it)
read -r -a GENERATOR <<< "${BENCH_GENERATOR:-$CLI_TEXT}"

CASES="${BENCH_CASES:-1000000}"
SEED="${BENCH_SEED:-20260930}"
RUNS="${BENCH_RUNS:-3}"
TIMEOUT="${BENCH_TIMEOUT:-900}"   # seconds per run; a run that takes longer is stopped and reported
SC_UNITS="${BENCH_SCORECARD_UNITS:-5000}"
SC_CASES="${BENCH_SCORECARD_CASES:-1000000}"
SC_HISTORY_CASES="${BENCH_SCORECARD_HISTORY_CASES:-200000}"
STAGES="${BENCH_STAGES:-audit parse-only duckdb scorecards-5000}"
PERIOD="2026Q3"
AS_OF="2026-10-15 00:00"
DUCKDB_PKG="@duckdb/node-api"
DUCKDB_VERSION="1.5.6-r.1"

BENCH="artifacts/bench"
LOGS="$BENCH/logs"
MODULES="$BENCH/node_modules"
mkdir -p "$LOGS"
: > "$BENCH/runs.tsv"
: > "$BENCH/stages.tsv"
rm -f "$BENCH/verdict-check.json" "$BENCH/duckdb-counts.json" "$BENCH/peer-selftest.json" "$BENCH/audit-counts.json" \
  "$BENCH/audit-selftest.json" \
  "$BENCH/scorecards.count" "$BENCH/scorecard-stage.tsv"

STARTED_UTC="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"

say() { printf '\n== %s\n' "$*"; }
want() { [[ " $STAGES " == *" $1 "* ]]; }
stage_row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >> "$BENCH/stages.tsv"; }

# --- tools --------------------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  say "installing GNU time (Debian package 'time')"
  SUDO=""; [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null && SUDO="sudo"
  { $SUDO apt-get install -y time || { $SUDO apt-get update && $SUDO apt-get install -y time; }; } >"$LOGS/apt.log" 2>&1
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "基准测试需要 /usr/bin/time（Debian 软件包 time），安装失败，见 $LOGS/apt.log。" >&2
  exit 1
fi

HAVE_NODE=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  installed="$(node -e "try{console.log(require('./$MODULES/$DUCKDB_PKG/package.json').version)}catch(e){}" 2>/dev/null)"
  if [[ "$installed" != "$DUCKDB_VERSION" ]]; then
    say "installing $DUCKDB_PKG@$DUCKDB_VERSION into $MODULES (used only by the benchmark)"
    [[ -f "$BENCH/package.json" ]] || echo '{ "name": "auditor-bench-peer", "private": true }' > "$BENCH/package.json"
    npm install --prefix "$BENCH" --no-audit --no-fund --loglevel=error "$DUCKDB_PKG@$DUCKDB_VERSION" >"$LOGS/npm.log" 2>&1
  fi
  [[ -f "$MODULES/$DUCKDB_PKG/package.json" ]] && HAVE_NODE=1
fi

# --- measuring ----------------------------------------------------------------------------------------------
# measure STAGE PREPARE_FUNCTION COMMAND...: RUNS runs, each after PREPARE_FUNCTION (not timed). Records every run
# in runs.tsv; a first run that fails marks the stage unavailable (exit 2: usage, e.g. an unknown command) or failed.
measure() {
  local stage="$1" prepare="$2"; shift 2
  local i rc status="ok" note=""
  for ((i = 1; i <= RUNS; i++)); do
    "$prepare"
    /usr/bin/time -f "%e %M %U %S" -o "$BENCH/time.txt" timeout --kill-after=15 "$TIMEOUT" "$@" \
      >"$LOGS/$stage.$i.out" 2>"$LOGS/$stage.$i.err"
    rc=$?
    # keep logs small: a command may print a lot
    if [[ $(stat -c %s "$LOGS/$stage.$i.out") -gt 65536 ]]; then
      head -c 65536 "$LOGS/$stage.$i.out" > "$LOGS/$stage.$i.out.head" && mv "$LOGS/$stage.$i.out.head" "$LOGS/$stage.$i.out"
    fi
    read -r wall rss usr sys < <(tail -n 1 "$BENCH/time.txt")
    cpu="$(awk "BEGIN{print $usr + $sys}")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$stage" "$i" "$rc" "$wall" "$rss" "$cpu" >> "$BENCH/runs.tsv"
    printf '  %-16s run %d: exit %d, %6.2f s wall, %6.2f s CPU, peak RSS %6.0f MB\n' "$stage" "$i" "$rc" "$wall" "$cpu" "$(awk "BEGIN{print $rss/1024}")"
    if [[ $rc -ne 0 ]]; then
      # the error line (错误/内部错误/用法错误), else the last lines (progress lines come first)
      note="$(grep -E '错误|[Ee]rror' "$LOGS/$stage.$i.err" | head -n 2 | tr '\n\t' '  ' | cut -c1-200)"
      [[ -n "$note" ]] || note="$(grep -v '^\s*$' "$LOGS/$stage.$i.err" | tail -n 2 | tr '\n\t' '  ' | cut -c1-200)"
      if [[ $i -eq 1 && $rc -eq 2 ]]; then status="unavailable"
      elif [[ $rc -eq 124 || $rc -eq 137 ]]; then status="timed-out"; note="stopped after ${TIMEOUT} s (BENCH_TIMEOUT)"
      else status="failed"; fi
      echo "  $stage: $status (exit $rc) — $note (log: $LOGS/$stage.$i.err)"
      break
    fi
  done
  local cmd; cmd="$(printf '%q ' "$@")"
  stage_row "$stage" "$status" "${cmd% }" "$note"
  [[ "$status" == "ok" ]]
}

nothing() { :; }
fresh_audit() { rm -rf "$BENCH/out" "$BENCH/auditor.db"; }
fresh_scorecards() { rm -rf "$BENCH/out5000"; }   # the history store keeps the period before; 2026Q3 is replaced

# --- generate -----------------------------------------------------------------------------------------------
say "generating $CASES cases (seed $SEED, 200 units, $PERIOD) into $BENCH/"
if ! RUNS=1 measure generate nothing "${GENERATOR[@]}" fixtures generate --cases "$CASES" --units 200 --period "$PERIOD" \
     --seed "$SEED" --out "$BENCH"; then
  echo "生成测试台账失败：auditor fixtures generate 不可用（是否已 make build？），见 $LOGS/generate.1.err。" >&2
  exit 1
fi
LEDGER="$BENCH/ledger.csv"
UNITS="$BENCH/units.csv"

# --- DuckDB peer self-check (hand-worked verdicts) ----------------------------------------------------------
if [[ $HAVE_NODE -eq 1 ]]; then
  say "DuckDB peer self-test"
  node scripts/bench/report.cjs peer-selftest --modules "$MODULES" --out "$BENCH/peer-selftest.json"
fi

# --- stages -------------------------------------------------------------------------------------------------
if want audit; then
  say "(a) auditor audit — $CASES cases, national pack"
  measure audit fresh_audit "${AUDITOR[@]}" audit --pack national --logs "$LEDGER" --units "$UNITS" --period "$PERIOD" \
    --as-of "$AS_OF" --out "$BENCH/out" --history "$BENCH/auditor.db"
fi

if want parse-only; then
  say "(b) parse-only: auditor inspect"
  measure parse-only nothing "${AUDITOR[@]}" inspect "$LEDGER" --units "$UNITS" --format json
fi

if want duckdb; then
  say "(c) DuckDB SQL (the same windows)"
  if [[ $HAVE_NODE -eq 1 ]]; then
    if measure duckdb nothing node scripts/bench/verdicts.cjs national --modules "$MODULES" --ledger "$LEDGER" \
         --period "$PERIOD" --as-of "$AS_OF"; then
      cp "$LOGS/duckdb.1.out" "$BENCH/duckdb-counts.json"
    fi
  else
    echo "  duckdb: unavailable (node/npm or $DUCKDB_PKG@$DUCKDB_VERSION missing; see $LOGS/npm.log)"
    stage_row duckdb unavailable "node scripts/bench/verdicts.cjs national ..." "node/npm or the npm package missing"
  fi
fi

if want scorecards-5000 && grep -q $'^audit\tunavailable' "$BENCH/stages.tsv"; then
  say "(d) $SC_UNITS unit scorecards: unavailable (no audit command)"
  stage_row scorecards-5000 unavailable "auditor audit ... ($SC_UNITS units)" "auditor audit is not available in this build"
elif want scorecards-5000; then
  say "(d) $SC_UNITS unit scorecards: generating $SC_CASES cases over $SC_UNITS units"
  RUNS=1 measure generate-$SC_UNITS-units nothing "${GENERATOR[@]}" fixtures generate --cases "$SC_CASES" --units "$SC_UNITS" \
    --period "$PERIOD" --seed "$SEED" --out "$BENCH/units$SC_UNITS"
  # the period before in the history store (same seed and unit count: the same registry), recorded once, not timed
  # as part of the scorecards: with it every scorecard draws the unit's score trend besides its deadline picture
  RUNS=1 measure generate-$SC_UNITS-units-2026Q2 nothing "${GENERATOR[@]}" fixtures generate --cases "$SC_HISTORY_CASES" \
    --units "$SC_UNITS" --period 2026Q2 --seed "$SEED" --out "$BENCH/units$SC_UNITS-2026Q2"
  rm -rf "$BENCH/out5000" "$BENCH/out5000-2026Q2" "$BENCH/auditor5000.db" "$LOGS"/scorecards-5000.*
  RUNS=1 measure history-2026Q2-$SC_UNITS-units nothing "${AUDITOR[@]}" audit --pack national \
    --logs "$BENCH/units$SC_UNITS-2026Q2/ledger.csv" --units "$BENCH/units$SC_UNITS-2026Q2/units.csv" --period 2026Q2 \
    --as-of "2026-07-15 00:00" --out "$BENCH/out5000-2026Q2" --history "$BENCH/auditor5000.db"
  if measure scorecards-5000 fresh_scorecards "${AUDITOR[@]}" audit --pack national --logs "$BENCH/units$SC_UNITS/ledger.csv" \
       --units "$BENCH/units$SC_UNITS/units.csv" --period "$PERIOD" --as-of "$AS_OF" --out "$BENCH/out5000" \
       --history "$BENCH/auditor5000.db"; then
    n="$(find "$BENCH/out5000" -name '*.docx' -path '*成绩单*' | wc -l)"
    echo "  scorecards written: $n"
    echo "$n" > "$BENCH/scorecards.count"
    sed -i "\$s/\$/scorecards written: $n/" "$BENCH/stages.tsv"
  fi
  # the scorecards alone: each run prints "… [  t s] 单位成绩单（N 份）" as it starts them and the next stage's line
  # when they are all written; the difference is the time to write every scorecard with its pictures
  for f in "$LOGS"/scorecards-5000.*.err; do
    [[ -f "$f" ]] || continue
    run="${f%.err}"; run="${run##*.}"
    awk -v run="$run" '
      { if (match($0, /\[ *[0-9.]+s\]/)) t = substr($0, RSTART + 1, RLENGTH - 3) + 0; else next }
      started && !done { printf "%s\t%.1f\n", run, t - start; done = 1 }
      /单位成绩单（/ { start = t; started = 1 }
    ' "$f" >> "$BENCH/scorecard-stage.tsv"
  done
  if [[ -s "$BENCH/scorecard-stage.tsv" ]]; then
    echo "  writing the scorecards (s, per run): $(cut -f2 "$BENCH/scorecard-stage.tsv" | paste -sd' ')"
  fi
fi

# --- verdict-count check ------------------------------------------------------------------------------------
say "verdict counts: auditor vs DuckDB"
if [[ -f "$BENCH/duckdb-counts.json" && -d "$BENCH/out" ]]; then
  findings="$(find "$BENCH/out" -maxdepth 3 -name findings.csv | sort | head -n 1)"
  manifest="$(find "$BENCH/out" -maxdepth 3 -name manifest.json | sort | head -n 1)"
  if [[ -n "$findings" ]]; then
    node scripts/bench/verdicts.cjs findings --modules "$MODULES" --findings "$findings" > "$BENCH/audit-counts.json"
  elif [[ -n "$manifest" ]]; then
    node -e "const m=require('./$manifest');console.log(JSON.stringify({manifest:'$manifest',manifest_counts:m.counts}))" > "$BENCH/audit-counts.json"
  fi
  if [[ -s "$BENCH/audit-counts.json" ]]; then
    node scripts/bench/report.cjs compare --audit "$BENCH/audit-counts.json" --peer "$BENCH/duckdb-counts.json" --out "$BENCH/verdict-check.json"
  else
    echo "verdict counts agree: n/a (the audit wrote neither findings.csv nor manifest.json under $BENCH/out)"
  fi
else
  echo "verdict counts agree: n/a (needs both the audit's findings and DuckDB's counts)"
fi

# the audit on the hand-worked ledger (scripts/bench/tiny), against the hand-worked verdicts
if [[ $HAVE_NODE -eq 1 ]] && grep -q $'^audit\tok' "$BENCH/stages.tsv"; then
  say "auditor audit on the hand-worked ledger"
  node scripts/bench/report.cjs audit-selftest --modules "$MODULES" --cli "$CLI_TEXT" --work "$BENCH/tiny-audit" \
    --out "$BENCH/audit-selftest.json"
fi

# --- report -------------------------------------------------------------------------------------------------
say "writing reports/bench/bench.json and bench.md"
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || commit="$commit+dirty"
cat > "$BENCH/info.json" <<EOF
{
  "date_utc": "$STARTED_UTC",
  "commit": "$commit",
  "dotnet": "$(dotnet --version 2>/dev/null || echo unknown)",
  "load_average": "$LOAD_AT_START",
  "parameters": { "cases": $CASES, "seed": $SEED, "units": 200, "period": "$PERIOD", "as_of": "$AS_OF", "runs": $RUNS,
                  "scorecard_units": $SC_UNITS, "scorecard_cases": $SC_CASES, "scorecard_history_cases": $SC_HISTORY_CASES }
}
EOF
if command -v node >/dev/null; then
  node scripts/bench/report.cjs write --bench "$BENCH" --out-dir reports/bench
else
  echo "node 不可用，无法写 reports/bench/bench.json；原始数据在 $BENCH/runs.tsv。" >&2
fi

# Unavailable stages are reported, not failed; verdict counts that disagree are a wrong result and fail the run.
if [[ -f "$BENCH/verdict-check.json" ]] && grep -q '"agree": false' "$BENCH/verdict-check.json"; then
  echo "auditor 与 DuckDB 的判定数量不一致（见上表）。" >&2
  exit 1
fi
if [[ -f "$BENCH/audit-selftest.json" ]] && grep -q '"pass": false' "$BENCH/audit-selftest.json"; then
  echo "auditor 对手算样例（scripts/bench/tiny）的判定与手算结果不一致。" >&2
  exit 1
fi
