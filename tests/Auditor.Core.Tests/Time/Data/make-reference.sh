#!/usr/bin/env bash
# Produces the independent reference calendars this folder holds, from two npm packages that are NOT part of
# the product (nothing npm is committed to the repo; the packages are installed in a throw-away temp dir):
#   reference-chinese-days.csv     from chinese-days@1.5.7     (dist/chinese-days.json: holidays / workdays)
#   reference-chinese-workday.csv  from chinese-workday@1.16.1 (isAddtionalWorkday / isWorkday / getFestival)
# Each: header "date,kind", one line per date 2020-01-01..2026-12-31, kind one of
# workday, weekend, holiday, adjusted-workday (adjusted-workday = a Saturday/Sunday worked, 调休上班).
# Run from this folder:  bash make-reference.sh   (needs node + npm and the npm registry)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund chinese-days@1.5.7 chinese-workday@1.16.1 >/dev/null
cat > gen.mjs <<'JS'
// ES module: chinese-workday 1.16.1 is "type": "module" and its CommonJS build fails to load under require().
import fs from "fs";
import { createRequire } from "module";
import * as cw from "chinese-workday";
const require = createRequire(import.meta.url);
const days = require("chinese-days/dist/chinese-days.json");
const pad = n => String(n).padStart(2, "0");
const a = ["date,kind"], b = ["date,kind"];
for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
  const d = new Date(t);
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  // chinese-days: "holidays" = every day off of a holiday period; "workdays" = make-up working days.
  a.push(`${iso},${iso in days.holidays ? "holiday" : iso in days.workdays ? "adjusted-workday" : weekend ? "weekend" : "workday"}`);
  // chinese-workday: isHoliday is true for weekends too, so a festival is "not a workday and not a plain weekend".
  let k;
  if (cw.isAddtionalWorkday(iso)) k = "adjusted-workday";
  else if (cw.isWorkday(iso)) k = "workday";
  else if (cw.getFestival(iso) !== "周末") k = "holiday";
  else k = "weekend";
  b.push(`${iso},${k}`);
}
fs.writeFileSync(process.argv[2], a.join("\n") + "\n");
fs.writeFileSync(process.argv[3], b.join("\n") + "\n");
JS
node gen.mjs "$here/reference-chinese-days.csv" "$here/reference-chinese-workday.csv"
echo "chinese-days $(node -p 'require("chinese-days/package.json").version'), chinese-workday $(node -p "JSON.parse(require(\"fs\").readFileSync(\"node_modules/chinese-workday/package.json\")).version")"
wc -l "$here"/reference-*.csv
