#!/usr/bin/env bash
# The web workspace under load, on loopback only: 20 unit accounts each upload their own ledger (a few thousand cases)
# for a self-check at the same moment, while the office runs the period's audit over all of them. Checks that every
# request completes, that each unit sees only its own findings (and gets 403 for another unit's self-check and for the
# office's findings before sign-off) and that the server's peak RSS stays under a bound; reports p50/p95 request times,
# p50/p95 self-check completion times and the server's peak RSS.
# Bounded: every request has a time limit, every poll loop a deadline; the server is stopped at the end.
#
# Usage: bash scripts/bench/web-load.sh "dotnet src/Auditor.Cli/bin/Release/net10.0/auditor.dll"
# Knobs: LOAD_UNITS (20 self-checking units), LOAD_REGISTRY_UNITS (60 units in the registry), LOAD_CASES (90000 cases in
# the office's ledger: the 20 largest units then report ~2,000-4,000 each), LOAD_SEED (20261201), LOAD_PORT (18431),
# LOAD_DEADLINE (900 s for the whole load), LOAD_MAX_RSS_MB (2048: a higher peak RSS of the server fails the run).
# Writes artifacts/bench/web-load/summary.txt (and the raw timings beside it).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
read -r -a AUDITOR <<< "${1:-dotnet src/Auditor.Cli/bin/Release/net10.0/auditor.dll}"
UNITS="${LOAD_UNITS:-20}"
REGISTRY="${LOAD_REGISTRY_UNITS:-60}"
CASES="${LOAD_CASES:-90000}"
MAX_RSS_MB="${LOAD_MAX_RSS_MB:-2048}"
SEED="${LOAD_SEED:-20261201}"
PORT="${LOAD_PORT:-18431}"
DEADLINE=$(( $(date +%s) + ${LOAD_DEADLINE:-900} ))
BASE="http://127.0.0.1:$PORT"
PASSWORD="load-test-passw0rd"
OUT="artifacts/bench/web-load"
rm -rf "$OUT"; mkdir -p "$OUT/units" "$OUT/data" "$OUT/t"
say() { printf '== %s\n' "$*"; }
fail() { echo "web-load: $*" >&2; [[ -n "${SERVER:-}" ]] && kill "$SERVER" 2>/dev/null; exit 1; }

# --- ledgers: one registry, one ledger per unit ----------------------------------------------------------------
# The generator gives each unit a weight of 1..16, so a period's ledger has small and large units. The office audits
# every unit of the registry; the UNITS units that reported the most cases (under their name or their alias; the
# county office, 上级机关, is not ranked and is left out) each upload the rows they reported for a self-check.
say "generating $CASES cases over $REGISTRY units (seed $SEED)"
"${AUDITOR[@]}" fixtures generate --cases "$CASES" --units "$REGISTRY" --period 2026Q3 --seed "$SEED" \
  --out "$OUT/gen" >/dev/null || fail "auditor fixtures generate failed (make build first?)"
grep -q '"' "$OUT/gen/ledger.csv" && fail "the generated ledger has quoted cells: splitting it by column needs a csv reader"
# registry: 单位编码,单位名称,别名,类型,…; ledger: 舆情编号,填报单位,…
awk -F, 'NR == FNR { if (FNR > 1 && $4 != "上级机关") { unit[$2] = $2; if ($3 != "") unit[$3] = $2 } next }
         FNR > 1 && ($2 in unit) { n[unit[$2]]++ } END { for (u in n) print n[u] "\t" u }' \
  "$OUT/gen/units.csv" "$OUT/gen/ledger.csv" | sort -t$'\t' -k1,1nr -k2,2 | head -n "$UNITS" | cut -f2 > "$OUT/units.txt"
mapfile -t NAMES < "$OUT/units.txt"
[[ ${#NAMES[@]} -eq $UNITS ]] || fail "fewer than $UNITS ranked units reported cases (raise LOAD_REGISTRY_UNITS or LOAD_CASES)"
for i in "${!NAMES[@]}"; do
  alias=$(awk -F, -v u="${NAMES[$i]}" '$2 == u { print $3 }' "$OUT/gen/units.csv")
  awk -F, -v u="${NAMES[$i]}" -v a="${alias:-${NAMES[$i]}}" 'NR == 1 || $2 == u || $2 == a' "$OUT/gen/ledger.csv" > "$OUT/units/u$i.csv"
done
SIZES=$(for i in "${!NAMES[@]}"; do echo $(( $(wc -l < "$OUT/units/u$i.csv") - 1 )); done | sort -n)
say "unit ledgers: $(sed -n '1p' <<< "$SIZES")-$(sed -n '$p' <<< "$SIZES") cases each, $(awk '{ s += $1 } END { print s }' <<< "$SIZES") in all"

# --- accounts and server ----------------------------------------------------------------------------------------
printf '%s\n' "$PASSWORD" | "${AUDITOR[@]}" users add office --role office --data "$OUT/data" >/dev/null || fail "users add office"
for i in "${!NAMES[@]}"; do
  printf '%s\n' "$PASSWORD" | "${AUDITOR[@]}" users add "u$i" --role unit --unit "${NAMES[$i]}" --data "$OUT/data" >/dev/null || fail "users add u$i"
done
"${AUDITOR[@]}" serve --listen "127.0.0.1:$PORT" --data "$OUT/data" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -s -o /dev/null "$BASE/login" && break; sleep 0.5; done
curl -s -o /dev/null "$BASE/login" || fail "the server did not start (see $OUT/server.log)"
RSS_START=$(awk '/VmRSS/ { print $2 }' "/proc/$SERVER/status")

# timed request: REQ NAME CURL-ARGS... → body in $OUT/t/NAME.body, "seconds code" appended to $OUT/requests.tsv
req() {
  local name="$1"; shift
  local line
  line=$(curl -s --max-time 120 -o "$OUT/t/$name.body" -w '%{time_total} %{http_code}' -H 'X-Auditor-Client: load' "$@")
  echo "$name $line" >> "$OUT/requests.tsv"
  echo "${line#* }"
}
field() { sed -n "s/.*\"$2\": *\"\\([^\"]*\\)\".*/\\1/p" "$OUT/t/$1.body" | head -n 1; }

login() { req "login-$1" -c "$OUT/t/$1.cookies" -H 'Content-Type: application/json' -d "{\"user\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/login"; }

# poll STATUS-URL WHO: until not running or the deadline
poll() {
  local url="$1" who="$2" n=0 code
  while (( $(date +%s) < DEADLINE )); do
    code=$(req "status-$who-$n" -b "$OUT/t/$who.cookies" "$url")
    [[ "$code" == 200 ]] || { echo "status $code"; return; }
    local s; s=$(field "status-$who-$n" status)
    rm -f "$OUT/t/status-$who-$((n - 1)).body"
    if [[ "$s" != running ]]; then echo "$s"; cp "$OUT/t/status-$who-$n.body" "$OUT/t/final-$who.body"; return; fi
    n=$((n + 1)); sleep 0.5
  done
  echo "timeout"
}

unit_run() {
  local i="$1" who="u$1" t0 t1 code id status
  [[ $(login "$who") == 200 ]] || { echo "$who login-failed" > "$OUT/t/$who.result"; return; }
  t0=$(date +%s.%N)
  code=$(req "post-$who" -b "$OUT/t/$who.cookies" -F pack=national -F period=2026Q3 -F "as_of=2026-10-15 00:00" \
    -F "logs=@$OUT/units/u$i.csv;filename=本单位台账.csv" "$BASE/api/selfchecks")
  [[ "$code" == 202 ]] || { echo "$who post-$code $(cat "$OUT/t/post-$who.body")" > "$OUT/t/$who.result"; return; }
  id=$(field "post-$who" id)
  echo "$id" > "$OUT/t/$who.id"
  status=$(poll "$BASE/api/selfchecks/$id" "$who")
  t1=$(date +%s.%N)
  echo "$who $(awk "BEGIN { print $t1 - $t0 }")" >> "$OUT/selfcheck-times.tsv"
  [[ "$status" == done ]] || { echo "$who $status $(cat "$OUT/t/final-$who.body" 2>/dev/null)" > "$OUT/t/$who.result"; return; }
  code=$(req "findings-$who" -b "$OUT/t/$who.cookies" "$BASE/api/selfchecks/$id/findings")
  [[ "$code" == 200 ]] || { echo "$who findings-$code" > "$OUT/t/$who.result"; return; }
  local rows own
  rows=$(grep -o '"case_id":' "$OUT/t/findings-$who.body" | wc -l)
  own=$(grep -o "\"unit\":\"${NAMES[$i]}\"" "$OUT/t/findings-$who.body" | wc -l)
  rm -f "$OUT/t/findings-$who.body"
  if [[ "$rows" -gt 0 && "$rows" -eq "$own" ]]; then echo "$who ok $rows" > "$OUT/t/$who.result"
  else echo "$who foreign-rows rows=$rows own=$own" > "$OUT/t/$who.result"; fi
}

# --- the load ---------------------------------------------------------------------------------------------------
say "office audit of all $REGISTRY units' ledger ($CASES cases), and $UNITS self-checks at once"
[[ $(login office) == 200 ]] || fail "office login"
T0=$(date +%s.%N)
code=$(req post-office -b "$OUT/t/office.cookies" -F pack=national -F period=2026Q3 -F "as_of=2026-10-15 00:00" \
  -F "logs=@$OUT/gen/ledger.csv;filename=全部台账.csv" -F "units=@$OUT/gen/units.csv;filename=名录.csv" "$BASE/api/audits")
[[ "$code" == 202 ]] || fail "office POST /api/audits: $code $(cat "$OUT/t/post-office.body")"
UNIT_PIDS=()
for i in "${!NAMES[@]}"; do unit_run "$i" & UNIT_PIDS+=($!); done
office_status=$(poll "$BASE/api/audits/national-2026Q3" office)
T1=$(date +%s.%N)
wait "${UNIT_PIDS[@]}"  # not a bare wait: the server is a background job too
T2=$(date +%s.%N)

# isolation under load: every unit asks for the next unit's self-check
forbidden=0
for i in "${!NAMES[@]}"; do
  j=$(( (i + 1) % UNITS ))
  [[ -f "$OUT/t/u$j.id" ]] || continue
  [[ $(req "cross-u$i" -b "$OUT/t/u$i.cookies" "$BASE/api/selfchecks/$(cat "$OUT/t/u$j.id")/findings") == 403 ]] && forbidden=$((forbidden + 1))
done
# and the office's findings, not signed off yet: refused to every unit
unreleased=0
for i in "${!NAMES[@]}"; do
  [[ $(req "office-findings-u$i" -b "$OUT/t/u$i.cookies" "$BASE/api/audits/national-2026Q3/findings") == 403 ]] && unreleased=$((unreleased + 1))
done
PEAK=$(awk '/VmHWM/ { print $2 }' "/proc/$SERVER/status")
kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; trap - EXIT

# --- report -----------------------------------------------------------------------------------------------------
pct() { sort -n | awk -v p="$1" '{ a[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int((NR - 1) * p / 100 + 0.5) + 1; printf "%.3f", a[i] }'; }
ok=$(grep -c ' ok ' "$OUT"/t/u*.result 2>/dev/null | awk -F: '{ s += $2 } END { print s + 0 }')
requests=$(wc -l < "$OUT/requests.tsv")
bad=$(awk '$3 !~ /^(200|202|403)$/' "$OUT/requests.tsv" | wc -l)
{
  echo "web load test $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short=12 HEAD 2>/dev/null), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "units: $UNITS self-checks of $(sed -n '1p' <<< "$SIZES")-$(sed -n '$p' <<< "$SIZES") cases each (median $(sed -n "$(( (UNITS + 1) / 2 ))p" <<< "$SIZES")); office audit of $CASES cases over $REGISTRY units (national pack)"
  echo "office audit: $office_status in $(awk "BEGIN { printf \"%.1f\", $T1 - $T0 }") s; all done in $(awk "BEGIN { printf \"%.1f\", $T2 - $T0 }") s"
  echo "self-checks: $ok of $UNITS done with only their own unit's findings; completion p50 $(awk '{ print $2 }' "$OUT/selfcheck-times.tsv" | pct 50) s, p95 $(awk '{ print $2 }' "$OUT/selfcheck-times.tsv" | pct 95) s"
  echo "another unit's self-check refused (403): $forbidden of $UNITS; the office's findings before sign-off refused (403): $unreleased of $UNITS"
  echo "requests: $requests, unexpected status: $bad; time p50 $(awk '{ print $2 }' "$OUT/requests.tsv" | pct 50) s, p95 $(awk '{ print $2 }' "$OUT/requests.tsv" | pct 95) s"
  echo "  uploads (POST) p50 $(awk '$1 ~ /^post-/ { print $2 }' "$OUT/requests.tsv" | pct 50) s, p95 $(awk '$1 ~ /^post-/ { print $2 }' "$OUT/requests.tsv" | pct 95) s; status polls p50 $(awk '$1 ~ /^status-/ { print $2 }' "$OUT/requests.tsv" | pct 50) s, p95 $(awk '$1 ~ /^status-/ { print $2 }' "$OUT/requests.tsv" | pct 95) s"
  echo "server memory: RSS at start $((RSS_START / 1024)) MB, peak RSS $((PEAK / 1024)) MB (bound $MAX_RSS_MB MB)"
  grep -hv ' ok ' "$OUT"/t/u*.result 2>/dev/null | sed 's/^/  failed: /'
} | tee "$OUT/summary.txt"
[[ "$office_status" == done && "$ok" -eq "$UNITS" && "$forbidden" -eq "$UNITS" && "$unreleased" -eq "$UNITS" && "$bad" -eq 0 && $((PEAK / 1024)) -le "$MAX_RSS_MB" ]] || { echo "web-load: FAILED" >&2; exit 1; }
echo "web-load: passed"
