#!/usr/bin/env node
// The DuckDB peer of the benchmark (national-findings.sql defines the view `findings`). Modes:
//   node verdicts.cjs counts --modules DIR --ledger ledger.csv --period 2026Q3 --as-of "2026-10-15 00:00"
//       the verdict counts only: kind × verdict over the view (DuckDB computes no evidence sentence for it).
//   node verdicts.cjs same-work --modules DIR --ledger ledger.csv --period 2026Q3 --as-of "…" --out DIR
//       the same work as the audit for these rules: every findings row (with its evidence sentence) in case order,
//       written to DIR/findings.csv and DIR/findings.parquet, and per-unit counts to DIR/unit-counts.csv.
//   node verdicts.cjs findings --modules DIR --findings findings.csv|findings.parquet
//       counts kind × verdict (release, press-conference, response) in one of the audit's findings files.
//   node verdicts.cjs rows --modules DIR --audit findings.parquet --peer DIR/findings.parquet
//       compares the audit's rows of the three kinds with the peer's, row by row (case, unit, rule, verdict, times,
//       overrun, evidence); prints how many differ each way and a few examples.
// Each prints JSON: {counts: [{kind, verdict, n}], query_ms, ...}.
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

/** The view over the ledger, with the placeholders filled in. */
function findingsView(args, out) {
  const [start, end] = periodBounds(args.period);
  const asOf = args['as-of'];
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(asOf || '')) throw new Error('--as-of must be "yyyy-MM-dd HH:mm"');
  Object.assign(out, { ledger: args.ledger, period: args.period, period_start: start, period_end: end, as_of: asOf });
  return fs.readFileSync(path.join(__dirname, 'national-findings.sql'), 'utf8')
    .replaceAll('{{ledger}}', literal(path.resolve(args.ledger)))
    .replaceAll('{{period_start}}', `DATE ${literal(start)}`)
    .replaceAll('{{period_end}}', `DATE ${literal(end)}`)
    .replaceAll('{{as_of}}', `TIMESTAMP ${literal(asOf + ':00')}`);
}

const COUNTS = (from) => `SELECT kind, verdict, count(*) AS n FROM ${from}
  WHERE kind IN ('release', 'press-conference', 'response') AND verdict <> 'not-applicable'
  GROUP BY kind, verdict ORDER BY kind, verdict`;

/** A findings file of the audit (csv or parquet) as a relation. */
function findingsFile(file) {
  const f = literal(path.resolve(file));
  return file.endsWith('.parquet') ? `read_parquet(${f})` : `read_csv(${f}, header = true, all_varchar = true)`;
}

async function rows(connection, sql) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson();
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const mode = args._[0];
  const modules = path.resolve(args.modules || path.join(__dirname, '..', '..', 'artifacts', 'bench', 'node_modules'));
  const { DuckDBInstance, version } = require(require.resolve('@duckdb/node-api', { paths: [modules] }));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const out = { duckdb: version() };
  const started = process.hrtime.bigint();
  let counts;
  if (mode === 'counts') {
    await connection.run(findingsView(args, out));
    counts = await rows(connection, COUNTS('findings'));
  } else if (mode === 'same-work') {
    await connection.run(findingsView(args, out));
    const dir = path.resolve(args.out);
    fs.mkdirSync(dir, { recursive: true });
    const file = (name) => literal(path.join(dir, name));
    // materialised once in case order, then written three ways
    await connection.run(`CREATE TEMP TABLE f AS SELECT * EXCLUDE (rule_order) FROM findings ORDER BY case_id, rule_order`);
    await connection.run(`COPY f TO ${file('findings.csv')} (HEADER true)`);
    await connection.run(`COPY f TO ${file('findings.parquet')} (FORMAT parquet)`);
    await connection.run(`COPY (SELECT unit, kind, verdict, count(*) AS n FROM f GROUP BY ALL ORDER BY ALL) TO ${file('unit-counts.csv')} (HEADER true)`);
    counts = await rows(connection, COUNTS('f'));
    out.written = Object.fromEntries(['findings.csv', 'findings.parquet', 'unit-counts.csv']
      .map((n) => [n, fs.statSync(path.join(dir, n)).size]));
  } else if (mode === 'findings') {
    counts = await rows(connection, COUNTS(findingsFile(args.findings)));
    out.findings = args.findings;
  } else if (mode === 'rows') {
    const iso = (c) => `strftime(CAST(${c} AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S') AS ${c}`;
    const cols = `case_id, unit, rule_id, kind, verdict, ${iso('start')}, ${iso('deadline')}, ${iso('actual')},
      CAST(overrun_minutes AS BIGINT) AS overrun_minutes, evidence`;
    await connection.run(`CREATE TEMP TABLE a AS SELECT ${cols} FROM ${findingsFile(args.audit)}
      WHERE kind IN ('release', 'press-conference', 'response')`);
    await connection.run(`CREATE TEMP TABLE p AS SELECT ${cols} FROM ${findingsFile(args.peer)}`);
    const onlyAudit = await rows(connection, `SELECT * FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM p) ORDER BY case_id, rule_id`);
    const onlyPeer = await rows(connection, `SELECT * FROM (SELECT * FROM p EXCEPT ALL SELECT * FROM a) ORDER BY case_id, rule_id`);
    const [{ n: auditRows }] = await rows(connection, 'SELECT count(*) AS n FROM a');
    const [{ n: peerRows }] = await rows(connection, 'SELECT count(*) AS n FROM p');
    Object.assign(out, {
      audit: args.audit, peer: args.peer, audit_rows: Number(auditRows), peer_rows: Number(peerRows),
      only_in_audit: onlyAudit.length, only_in_peer: onlyPeer.length, agree: onlyAudit.length === 0 && onlyPeer.length === 0,
      examples: { audit: onlyAudit.slice(0, 5), peer: onlyPeer.slice(0, 5) },
    });
    counts = [];
  } else {
    throw new Error('usage: verdicts.cjs counts|same-work|findings|rows ...');
  }
  out.query_ms = Number(process.hrtime.bigint() - started) / 1e6;
  out.counts = counts.map((r) => ({ kind: r.kind, verdict: r.verdict, n: Number(r.n) }));
  connection.closeSync();
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`verdicts.cjs: ${e.message}\n`);
  process.exit(1);
});
