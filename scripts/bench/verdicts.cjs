#!/usr/bin/env node
// The DuckDB peer of the benchmark. Two jobs:
//   node verdicts.cjs national --modules DIR --ledger ledger.csv --period 2026Q3 --as-of "2026-10-15 00:00"
//       runs national-verdicts.sql over the ledger; prints JSON {counts: [{kind, verdict, n}], query_ms, ...}.
//   node verdicts.cjs findings --modules DIR --findings findings.csv
//       counts kind × verdict (release, press-conference, response) in the audit's findings.csv; same JSON shape.
// --modules is the node_modules folder the bench script installed @duckdb/node-api 1.5.6-r.1 into.
'use strict';
const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) args[argv[i].slice(2)] = argv[++i];
    else args._.push(argv[i]);
  }
  return args;
}

function literal(text) {
  return `'${String(text).replace(/'/g, "''")}'`;
}

/** 2026Q3 → [2026-07-01, 2026-10-01); 2026-07 → a month; 2026 → a year (as AuditPeriod). */
function periodBounds(id) {
  const pad = (n) => String(n).padStart(2, '0');
  let m = /^(\d{4})Q([1-4])$/i.exec(id);
  if (m) {
    const y = +m[1], q = +m[2];
    const end = q === 4 ? `${y + 1}-01-01` : `${y}-${pad(3 * q + 1)}-01`;
    return [`${y}-${pad(3 * q - 2)}-01`, end];
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(id);
  if (m) {
    const y = +m[1], mo = +m[2];
    if (mo < 1 || mo > 12) throw new Error(`bad period ${id}`);
    return [`${y}-${pad(mo)}-01`, mo === 12 ? `${y + 1}-01-01` : `${y}-${pad(mo + 1)}-01`];
  }
  m = /^(\d{4})$/.exec(id);
  if (m) return [`${m[1]}-01-01`, `${+m[1] + 1}-01-01`];
  throw new Error(`bad period ${id}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const mode = args._[0];
  const modules = path.resolve(args.modules || path.join(__dirname, '..', '..', 'artifacts', 'bench', 'node_modules'));
  const { DuckDBInstance, version } = require(require.resolve('@duckdb/node-api', { paths: [modules] }));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let sql;
  const out = { duckdb: version() };
  if (mode === 'national') {
    const [start, end] = periodBounds(args.period);
    const asOf = args['as-of'];
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(asOf || '')) throw new Error('--as-of must be "yyyy-MM-dd HH:mm"');
    sql = fs.readFileSync(path.join(__dirname, 'national-verdicts.sql'), 'utf8')
      .replaceAll('{{ledger}}', literal(path.resolve(args.ledger)))
      .replaceAll('{{period_start}}', `DATE ${literal(start)}`)
      .replaceAll('{{period_end}}', `DATE ${literal(end)}`)
      .replaceAll('{{as_of}}', `TIMESTAMP ${literal(asOf + ':00')}`);
    Object.assign(out, { ledger: args.ledger, period: args.period, period_start: start, period_end: end, as_of: asOf });
  } else if (mode === 'findings') {
    sql = `SELECT kind, verdict, count(*) AS n
           FROM read_csv(${literal(path.resolve(args.findings))}, header = true, all_varchar = true)
           WHERE kind IN ('release', 'press-conference', 'response') AND verdict <> 'not-applicable'
           GROUP BY kind, verdict ORDER BY kind, verdict`;
    out.findings = args.findings;
  } else {
    throw new Error('usage: verdicts.cjs national|findings ...');
  }
  const started = process.hrtime.bigint();
  const reader = await connection.runAndReadAll(sql);
  out.query_ms = Number(process.hrtime.bigint() - started) / 1e6;
  out.counts = reader.getRowObjectsJson().map((r) => ({ kind: r.kind, verdict: r.verdict, n: Number(r.n) }));
  connection.closeSync();
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`verdicts.cjs: ${e.message}\n`);
  process.exit(1);
});
