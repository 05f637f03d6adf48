#!/usr/bin/env bash
# Runs the whole test suite and prints one closing line "N passed, N failed, N skipped"; every skipped test is
# listed with its reason (a tool the test needs is missing: see scripts/test-setup.sh).
set -euo pipefail
config="${1:-Release}"
cd "$(dirname "$0")/.."
results=$(mktemp -d)
set +e
dotnet test Auditor.sln -c "$config" --no-restore -nologo \
  --logger "trx;LogFilePrefix=t" --results-directory "$results" -- RunConfiguration.DisableParallelization=false
rc=$?
set -e
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -e "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
  # skipped tests are results with outcome NotExecuted (the Counters' notExecuted stays 0 for them)
  names=$(grep -o '<UnitTestResult [^>]*outcome="NotExecuted"[^>]*>' "$f" | sed -n 's/.*testName="\([^"]*\)".*/\1/p' || true)
  if [ -z "$names" ]; then continue; fi
  skipped=$((skipped + $(wc -l <<<"$names")))
  # each skipped test with the reason it gave
  while read -r name; do
    reason=$(awk -v n="testName=\"$name\"" 'index($0, n) { on = 1 } on && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print; exit }' "$f")
    echo "SKIPPED: $name — ${reason:-no reason given}"
  done <<<"$names"
done
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$rc" -ne 0 ]; then exit "$rc"; fi
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
