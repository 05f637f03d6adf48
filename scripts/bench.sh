#!/usr/bin/env bash
# make bench: generate 1,000,000 cases, then measure (median of 3 runs, wall time, CPU time and peak RSS), the stages
# of one round run one after another and the rounds repeated, so that each stage meets the same load as its peers:
#   audit            the full `auditor audit --pack national` (findings csv/parquet/xlsx, scores, history, every document)
#   parse-only       `auditor inspect --format json` over the same file (the reader alone)
#   duckdb           DuckDB reads the ledger and counts the verdicts of the national pack's 5 h / 24 h / 48 h windows
#                    (scripts/bench/national-findings.sql; counts only)
#   duckdb-same-work DuckDB doing the audit's work for those rules: every findings row with its evidence sentence
#                    written to CSV and to Parquet, and the per-unit counts
# then, measured on their own:
#   scorecards-5000  the audit of a ledger spread over 5,000 units (one scorecard each, with its pictures: the history
#                    store holds the period before, recorded once beforehand, so every scorecard also has its score
#                    trend); besides the whole run, the time of its scorecard stage alone (from the run's stage lines)
#   audit-10m        one audit of 10,000,000 cases (run once: its time and peak memory)
# CPU time (user + sys) is recorded too: on a shared machine it says more than wall time about the program itself.
# Then checks that the audit's verdict counts (findings.csv and findings.parquet, read by DuckDB) equal DuckDB's, that
# the peer's rows equal the audit's row by row, and writes reports/bench/bench.json + bench.md.
# A stage that is not available (command missing, no node) is reported as such; the script does not stop.
#
# Usage: bash scripts/bench.sh "dotnet src/Auditor.Cli/bin/Release/net10.0/auditor.dll"
# Knobs (environment): BENCH_CASES (1000000), BENCH_SEED (20260930), BENCH_RUNS (3),
#   BENCH_SCORECARD_UNITS (5000), BENCH_SCORECARD_CASES (1000000), BENCH_SCORECARD_HISTORY_CASES (200000: the
#   period before, 2026Q2), BENCH_BIG_CASES (10000000),
#   BENCH_STAGES (all: "audit parse-only duckdb duckdb-same-work scorecards-5000 audit-10m"),
#   BENCH_GENERATOR (the command that runs `fixtures generate`; default: the program under test),
#   BENCH_TIMEOUT (900: seconds per run before it is stopped and reported as timed out; the 10M run gets ten times that)
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
BIG_CASES="${BENCH_BIG_CASES:-10000000}"
STAGES="${BENCH_STAGES:-audit parse-only duckdb duckdb-same-work scorecards-5000 audit-10m}"
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
  "$BENCH/audit-selftest.json" "$BENCH/scorecards.count" "$BENCH/scorecard-stage.tsv" "$BENCH/audit-counts-parquet.json" \
  "$BENCH/parquet-check.json" "$BENCH/rows-check.json" "$BENCH/same-work.json" "$BENCH/big.json"

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
declare -A STATUS NOTE
# run_once STAGE I PREPARE_FUNCTION COMMAND...: run I of a stage, after PREPARE_FUNCTION (not timed), recorded in runs.tsv.
# A run that fails marks the stage unavailable (exit 2 on its first run: usage, e.g. an unknown command), timed-out or
# failed, and the stage is not run again.
run_once() {
  local stage="$1" i="$2" prepare="$3" timeout_s="${RUN_TIMEOUT:-$TIMEOUT}"; shift 3
  local rc note=""
  "$prepare"
  /usr/bin/time -f "%e %M %U %S" -o "$BENCH/time.txt" timeout --kill-after=15 "$timeout_s" "$@" \
    >"$LOGS/$stage.$i.out" 2>"$LOGS/$stage.$i.err"
  rc=$?
  # keep logs small: a command may print a lot
  if [[ $(stat -c %s "$LOGS/$stage.$i.out") -gt 65536 ]]; then
    head -c 65536 "$LOGS/$stage.$i.out" > "$LOGS/$stage.$i.out.head" && mv "$LOGS/$stage.$i.out.head" "$LOGS/$stage.$i.out"
  fi
  read -r wall rss usr sys < <(tail -n 1 "$BENCH/time.txt")
  cpu="$(awk "BEGIN{print $usr + $sys}")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$stage" "$i" "$rc" "$wall" "$rss" "$cpu" >> "$BENCH/runs.tsv"
  printf '  %-16s run %d: exit %d, %6.2f s wall, %6.2f s CPU, peak RSS %6.0f MB (load %s)\n' "$stage" "$i" "$rc" "$wall" "$cpu" \
    "$(awk "BEGIN{print $rss/1024}")" "$(cut -d' ' -f1 /proc/loadavg)"
  STATUS[$stage]="ok"
  if [[ $rc -ne 0 ]]; then
    # the error line (错误/内部错误/用法错误), else the last lines (progress lines come first)
    note="$(grep -E '错误|[Ee]rror' "$LOGS/$stage.$i.err" | head -n 2 | tr '\n\t' '  ' | cut -c1-200)"
    [[ -n "$note" ]] || note="$(grep -v '^\s*$' "$LOGS/$stage.$i.err" | tail -n 2 | tr '\n\t' '  ' | cut -c1-200)"
    if [[ $i -eq 1 && $rc -eq 2 ]]; then STATUS[$stage]="unavailable"
    elif [[ $rc -eq 124 || $rc -eq 137 ]]; then STATUS[$stage]="timed-out"; note="stopped after ${timeout_s} s"
    else STATUS[$stage]="failed"; fi
    NOTE[$stage]="$note"
    echo "  $stage: ${STATUS[$stage]} (exit $rc) — $note (log: $LOGS/$stage.$i.err)"
  fi
  local cmd; cmd="$(printf '%q ' "$@")"
  CMD[$stage]="${cmd% }"
  [[ "${STATUS[$stage]}" == "ok" ]]
}
declare -A CMD

# measure STAGE PREPARE_FUNCTION COMMAND...: RUNS runs in a row (for stages measured on their own).
measure() {
  local stage="$1" i; shift
  for ((i = 1; i <= RUNS; i++)); do run_once "$stage" "$i" "$@" || break; done
  stage_row "$stage" "${STATUS[$stage]}" "${CMD[$stage]}" "${NOTE[$stage]:-}"
  [[ "${STATUS[$stage]}" == "ok" ]]
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
# (a)–(d) in rounds: audit, parse-only, duckdb, duckdb-same-work, then again, RUNS times
run_stage() {
  local stage="$1" i="$2"
  case "$stage" in
    audit) run_once audit "$i" fresh_audit "${AUDITOR[@]}" audit --pack national --logs "$LEDGER" --units "$UNITS" \
             --period "$PERIOD" --as-of "$AS_OF" --out "$BENCH/out" --history "$BENCH/auditor.db" ;;
    parse-only) run_once parse-only "$i" nothing "${AUDITOR[@]}" inspect "$LEDGER" --units "$UNITS" --format json ;;
    duckdb) run_once duckdb "$i" nothing node scripts/bench/verdicts.cjs counts --modules "$MODULES" --ledger "$LEDGER" \
              --period "$PERIOD" --as-of "$AS_OF" ;;
    duckdb-same-work) run_once duckdb-same-work "$i" fresh_peer node scripts/bench/verdicts.cjs same-work --modules "$MODULES" \
              --ledger "$LEDGER" --period "$PERIOD" --as-of "$AS_OF" --out "$BENCH/peer" ;;
  esac
}
fresh_peer() { rm -rf "$BENCH/peer"; }
ROUND=()
for stage in audit parse-only duckdb duckdb-same-work; do
  want "$stage" || continue
  if [[ "$stage" == duckdb* && $HAVE_NODE -eq 0 ]]; then
    echo "  $stage: unavailable (node/npm or $DUCKDB_PKG@$DUCKDB_VERSION missing; see $LOGS/npm.log)"
    stage_row "$stage" unavailable "node scripts/bench/verdicts.cjs ..." "node/npm or the npm package missing"
    continue
  fi
  ROUND+=("$stage"); STATUS[$stage]="ok"
done
if [[ ${#ROUND[@]} -gt 0 ]]; then
  say "(a)–(d) ${ROUND[*]}: $RUNS rounds, one run of each stage per round"
  for ((i = 1; i <= RUNS; i++)); do
    for stage in "${ROUND[@]}"; do
      [[ "${STATUS[$stage]}" == "ok" ]] && run_stage "$stage" "$i"
    done
  done
  for stage in "${ROUND[@]}"; do stage_row "$stage" "${STATUS[$stage]}" "${CMD[$stage]}" "${NOTE[$stage]:-}"; done
  [[ "${STATUS[duckdb]:-}" == "ok" ]] && cp "$LOGS/duckdb.1.out" "$BENCH/duckdb-counts.json"
  [[ "${STATUS[duckdb-same-work]:-}" == "ok" ]] && cp "$LOGS/duckdb-same-work.1.out" "$BENCH/same-work.json"
fi

if want scorecards-5000 && grep -q $'^audit\tunavailable' "$BENCH/stages.tsv"; then
  say "(e) $SC_UNITS unit scorecards: unavailable (no audit command)"
  stage_row scorecards-5000 unavailable "auditor audit ... ($SC_UNITS units)" "auditor audit is not available in this build"
elif want scorecards-5000; then
  say "(e) $SC_UNITS unit scorecards: generating $SC_CASES cases over $SC_UNITS units"
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

if want audit-10m && ! grep -q $'^audit\tunavailable' "$BENCH/stages.tsv"; then
  # one run only: its time and peak memory; its inputs and outputs are removed afterwards (some 20 GB). Its ledger
  # (about 3.1 GB) is larger than the default input limit of 2 GB, hence --max-file-mb.
  say "(f) one audit of $BIG_CASES cases"
  BIG="$BENCH/big"
  rm -rf "$BIG"
  if RUNS=1 measure generate-big nothing "${GENERATOR[@]}" fixtures generate --cases "$BIG_CASES" --units 200 --period "$PERIOD" \
       --seed "$SEED" --out "$BIG"; then
    big_fresh() { rm -rf "$BIG/out" "$BIG/auditor.db"; }
    RUNS=1 RUN_TIMEOUT=$((TIMEOUT * 10)) measure audit-10m big_fresh "${AUDITOR[@]}" audit --pack national --logs "$BIG/ledger.csv" \
      --units "$BIG/units.csv" --period "$PERIOD" --as-of "$AS_OF" --out "$BIG/out" --history "$BIG/auditor.db" \
      --max-file-mb 8192
    du -sb "$BIG/out" "$BIG/auditor.db" "$BIG/ledger.csv" 2>/dev/null | awk '{printf "%s\t%s\n", $2, $1}' > "$BENCH/big-sizes.tsv"
  fi
  rm -rf "$BIG"
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

# findings.parquet, read back by DuckDB: the same counts as findings.csv; the peer's rows against the audit's, row by row
if [[ $HAVE_NODE -eq 1 && -f "$BENCH/out/findings.parquet" && -s "$BENCH/audit-counts.json" ]]; then
  say "findings.parquet read back by DuckDB"
  node scripts/bench/verdicts.cjs findings --modules "$MODULES" --findings "$BENCH/out/findings.parquet" > "$BENCH/audit-counts-parquet.json"
  node scripts/bench/report.cjs compare --audit "$BENCH/audit-counts-parquet.json" --peer "$BENCH/audit-counts.json" \
    --out "$BENCH/parquet-check.json" | tail -n 1
  if [[ -f "$BENCH/peer/findings.parquet" ]]; then
    say "the peer's findings rows against the audit's, row by row"
    node scripts/bench/verdicts.cjs rows --modules "$MODULES" --audit "$BENCH/out/findings.parquet" \
      --peer "$BENCH/peer/findings.parquet" > "$BENCH/rows-check.json"
    node -e "const r=require('./$BENCH/rows-check.json');console.log('rows: audit '+r.audit_rows+', peer '+r.peer_rows+', identical: '+(r.agree?'yes':'NO'))"
  fi
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
  "load_average_at_end": "$(cut -d' ' -f1-3 /proc/loadavg)",
  "parameters": { "cases": $CASES, "seed": $SEED, "units": 200, "period": "$PERIOD", "as_of": "$AS_OF", "runs": $RUNS,
                  "scorecard_units": $SC_UNITS, "scorecard_cases": $SC_CASES, "scorecard_history_cases": $SC_HISTORY_CASES,
                  "big_cases": $BIG_CASES }
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
if [[ -f "$BENCH/parquet-check.json" ]] && grep -q '"agree": false' "$BENCH/parquet-check.json"; then
  echo "findings.parquet 与 findings.csv 的判定数量不一致。" >&2
  exit 1
fi
if [[ -f "$BENCH/rows-check.json" ]] && grep -q '"agree": false' "$BENCH/rows-check.json"; then
  echo "DuckDB 对照的明细行与 auditor 的不一致（见 $BENCH/rows-check.json）。" >&2
  exit 1
fi
if [[ -f "$BENCH/audit-selftest.json" ]] && grep -q '"pass": false' "$BENCH/audit-selftest.json"; then
  echo "auditor 对手算样例（scripts/bench/tiny）的判定与手算结果不一致。" >&2
  exit 1
fi
