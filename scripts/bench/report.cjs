#!/usr/bin/env node
// Bench bookkeeping for scripts/bench.sh. Modes:
//   peer-selftest --modules DIR           the DuckDB SQL against tiny/ledger.csv, compared with the hand-worked counts
//   audit-selftest --modules DIR --cli "dotnet …/auditor.dll" --work DIR --out FILE
//                                         the audit itself on tiny/ledger.csv, compared with the hand-worked counts
//   compare --audit A.json --peer P.json --out CHECK.json
//                                         verdict counts of the audit vs the DuckDB peer, printed as a table
//   write --bench DIR --out-dir reports/bench
//                                         reads DIR/runs.tsv, DIR/stages.tsv, DIR/verdict-check.json, DIR/info.json;
//                                         writes bench.json and bench.md
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) args[argv[i].slice(2)] = argv[++i];
    else args._.push(argv[i]);
  }
  return args;
}

const KINDS = ['release', 'press-conference', 'response'];
const VERDICTS = ['met', 'breached', 'missing', 'pending', 'insufficient-data'];

/** [{kind, verdict, n}] → {kind: {verdict: n}} with every kind × verdict present (0 when absent). */
function grid(counts) {
  const g = {};
  for (const k of KINDS) { g[k] = {}; for (const v of VERDICTS) g[k][v] = 0; }
  for (const c of counts) {
    if (!g[c.kind]) g[c.kind] = {};
    g[c.kind][c.verdict] = (g[c.kind][c.verdict] || 0) + c.n;
  }
  return g;
}

function gridTable(rows) {
  // rows: [{kind, verdict, audit, peer}]
  const lines = ['| kind | verdict | auditor | DuckDB | agree |', '|---|---|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.kind} | ${r.verdict} | ${r.audit ?? '—'} | ${r.peer ?? '—'} | ${r.agree ? 'yes' : 'NO'} |`);
  return lines.join('\n');
}

function compareGrids(audit, peer) {
  const rows = [];
  const kinds = [...new Set([...Object.keys(audit), ...Object.keys(peer)])];
  for (const k of kinds) {
    const verdicts = [...new Set([...Object.keys(audit[k] || {}), ...Object.keys(peer[k] || {})])];
    for (const v of verdicts) {
      const a = (audit[k] || {})[v] || 0, p = (peer[k] || {})[v] || 0;
      if (a === 0 && p === 0) continue;
      rows.push({ kind: k, verdict: v, audit: a, peer: p, agree: a === p });
    }
  }
  return rows;
}

function peerSelftest(args) {
  const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'tiny', 'expected.json'), 'utf8'));
  let ok = true;
  const results = [];
  for (const run of expected.runs) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'verdicts.cjs'), 'counts', '--modules', args.modules,
      '--ledger', path.join(__dirname, 'tiny', 'ledger.csv'), '--period', '2026Q3', '--as-of', run.as_of], { encoding: 'utf8' });
    const got = grid(JSON.parse(out).counts);
    const want = grid(Object.entries(run.counts).flatMap(([kind, vs]) => Object.entries(vs).map(([verdict, n]) => ({ kind, verdict, n }))));
    const rows = compareGrids(got, want);
    const agree = rows.every((r) => r.agree);
    ok = ok && agree;
    results.push({ as_of: run.as_of, agree });
    if (!agree) {
      console.log(`DuckDB 对照 SQL 自检（as-of ${run.as_of}）与手算结果不符：`);
      console.log(gridTable(rows).replace('| auditor |', '| DuckDB SQL |').replace('| DuckDB |', '| hand-worked |'));
    }
  }
  console.log(`DuckDB peer self-test on tiny/ledger.csv (hand-worked verdicts): ${ok ? 'pass' : 'FAIL'}`);
  if (args.out) fs.writeFileSync(args.out, JSON.stringify({ pass: ok, runs: results }, null, 2) + '\n');
  process.exit(ok ? 0 : 1);
}

function auditSelftest(args) {
  const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'tiny', 'expected.json'), 'utf8'));
  const cli = args.cli.split(/\s+/).filter((x) => x.length > 0);
  let ok = true;
  const results = [];
  expected.runs.forEach((run, i) => {
    const out = path.join(args.work, `as-of-${i + 1}`);
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(out + '.db', { force: true });
    const audit = spawnSync(cli[0], [...cli.slice(1), 'audit', '--pack', 'national', '--logs', path.join(__dirname, 'tiny', 'ledger.csv'),
      '--units', path.join(__dirname, 'tiny', 'units.csv'), '--period', '2026Q3', '--as-of', run.as_of, '--out', out, '--history', out + '.db'],
      { encoding: 'utf8' });
    if (audit.status !== 0) {
      ok = false;
      results.push({ as_of: run.as_of, agree: false, error: `exit ${audit.status}: ${(audit.stderr || '').trim().split('\n').slice(-2).join(' ')}` });
      console.log(`auditor audit on tiny/ledger.csv (as-of ${run.as_of}) failed: exit ${audit.status}`);
      return;
    }
    const counted = execFileSync(process.execPath, [path.join(__dirname, 'verdicts.cjs'), 'findings', '--modules', args.modules,
      '--findings', path.join(out, 'findings.csv')], { encoding: 'utf8' });
    const got = grid(JSON.parse(counted).counts);
    const want = grid(Object.entries(run.counts).flatMap(([kind, vs]) => Object.entries(vs).map(([verdict, n]) => ({ kind, verdict, n }))));
    const rows = compareGrids(got, want);
    const agree = rows.every((r) => r.agree);
    ok = ok && agree;
    results.push({ as_of: run.as_of, agree });
    if (!agree) {
      console.log(`auditor audit on tiny/ledger.csv (as-of ${run.as_of}) differs from the hand-worked verdicts:`);
      console.log(gridTable(rows).replace('| DuckDB |', '| hand-worked |'));
    }
  });
  console.log(`auditor audit on tiny/ledger.csv vs hand-worked verdicts: ${ok ? 'agree' : 'DIFFER'}`);
  fs.writeFileSync(args.out, JSON.stringify({ pass: ok, runs: results }, null, 2) + '\n');
}

function compare(args) {
  const peer = JSON.parse(fs.readFileSync(args.peer, 'utf8'));
  const audit = JSON.parse(fs.readFileSync(args.audit, 'utf8'));
  let rows, basis;
  if (audit.counts) {
    basis = `kind × verdict from ${audit.findings ?? 'the audit'}`;
    rows = compareGrids(grid(audit.counts), grid(peer.counts));
  } else {
    // Fallback: manifest.json counts are per verdict over all rules of the pack.
    basis = `verdict totals from ${audit.manifest} (all rules of the pack)`;
    const totals = {};
    for (const c of peer.counts) totals[c.verdict] = (totals[c.verdict] || 0) + c.n;
    rows = VERDICTS.map((v) => ({ kind: '(all)', verdict: v, audit: audit.manifest_counts[v] ?? 0, peer: totals[v] || 0 }))
      .filter((r) => r.audit !== 0 || r.peer !== 0)
      .map((r) => ({ ...r, agree: r.audit === r.peer }));
  }
  const agree = rows.length > 0 && rows.every((r) => r.agree);
  console.log(gridTable(rows));
  console.log(`(${basis})`);
  console.log(`verdict counts agree: ${agree ? 'yes' : 'no'}`);
  fs.writeFileSync(args.out, JSON.stringify({ agree, basis, rows }, null, 2) + '\n');
}

function readTsv(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => l.split('\t'));
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** Sizes of what the last audit run wrote: each top-level file of out/ and the history store; documents summed. */
function auditOutputSizes(dir) {
  const out = path.join(dir, 'out');
  if (!fs.existsSync(out)) return null;
  const files = {};
  let documents = 0, total = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      const size = fs.statSync(p).size;
      total += size;
      if (e.name.endsWith('.docx')) documents += size; else files[path.relative(out, p)] = size;
    }
  };
  walk(out);
  const db = path.join(dir, 'auditor.db');
  if (fs.existsSync(db)) { files['history store'] = fs.statSync(db).size; total += files['history store']; }
  return { files, documents, total };
}

function readJson(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/** The stages of one audit run, from its progress lines ("… [  12.3s] 读取台账并逐案复盘"): when each began, how long until the next. */
function auditStages(errFile, wallS) {
  if (!fs.existsSync(errFile)) return null;
  const marks = [];
  for (const line of fs.readFileSync(errFile, 'utf8').split('\n')) {
    const m = /^\S*\s*\[\s*([0-9.]+)s\]\s*(.+)$/.exec(line);
    if (m) marks.push({ at: +m[1], text: m[2].trim() });
  }
  if (marks.length === 0) return null;
  return marks.map((m, i) => ({ stage: m.text, began_s: m.at, took_s: round((i + 1 < marks.length ? marks[i + 1].at : wallS ?? m.at) - m.at, 1) }));
}

function write(args) {
  const dir = args.bench;
  const info = JSON.parse(fs.readFileSync(path.join(dir, 'info.json'), 'utf8'));
  const stageRows = readTsv(path.join(dir, 'stages.tsv')); // stage, status, command, note
  const runRows = readTsv(path.join(dir, 'runs.tsv'));     // stage, run, exit, wall_s, rss_kb, cpu_s
  const check = fs.existsSync(path.join(dir, 'verdict-check.json'))
    ? JSON.parse(fs.readFileSync(path.join(dir, 'verdict-check.json'), 'utf8')) : null;
  const selftest = fs.existsSync(path.join(dir, 'peer-selftest.json'))
    ? JSON.parse(fs.readFileSync(path.join(dir, 'peer-selftest.json'), 'utf8')) : null;
  const auditTiny = fs.existsSync(path.join(dir, 'audit-selftest.json'))
    ? JSON.parse(fs.readFileSync(path.join(dir, 'audit-selftest.json'), 'utf8')) : null;
  const peer = fs.existsSync(path.join(dir, 'duckdb-counts.json'))
    ? JSON.parse(fs.readFileSync(path.join(dir, 'duckdb-counts.json'), 'utf8')) : null;
  const written = auditOutputSizes(dir);
  const lastAudit = readTsv(path.join(dir, 'runs.tsv')).filter((r) => r[0] === 'audit' && r[2] === '0').map((r) => ({ run: +r[1], wall_s: +r[3] })).pop();

  const stages = {};
  for (const [stage, status, command, note] of stageRows) {
    const runs = runRows.filter((r) => r[0] === stage).map((r) => ({ run: +r[1], exit: +r[2], wall_s: +r[3], cpu_s: +r[5], peak_rss_mb: round(+r[4] / 1024, 1) }));
    const ok = runs.filter((r) => r.exit === 0);
    stages[stage] = {
      status, command, note: note || undefined, runs,
      median_wall_s: status === 'ok' ? round(median(ok.map((r) => r.wall_s))) : null,
      median_cpu_s: status === 'ok' ? round(median(ok.map((r) => r.cpu_s))) : null,
      median_peak_rss_mb: status === 'ok' ? round(median(ok.map((r) => r.peak_rss_mb)), 1) : null,
      max_peak_rss_mb: status === 'ok' ? round(Math.max(...ok.map((r) => r.peak_rss_mb)), 1) : null,
    };
  }
  const wall = (s) => stages[s]?.median_wall_s ?? null;
  const ratio = (a, b) => (a != null && b != null && b > 0 ? round(a / b) : null);
  const cpu = (s) => stages[s]?.median_cpu_s ?? null;
  // runs of one round were taken one after another: the ratio of each round's runs, then their median, meets less of
  // the machine's changing load than the ratio of medians
  const perRound = (a, b, field) => {
    const ra = stages[a]?.runs ?? [], rb = stages[b]?.runs ?? [];
    const xs = ra.filter((r) => r.exit === 0).map((r) => [r, rb.find((q) => q.run === r.run && q.exit === 0)])
      .filter(([, q]) => q && q[field] > 0).map(([r, q]) => r[field] / q[field]);
    return xs.length ? round(median(xs)) : null;
  };
  const ratios = {
    audit_vs_duckdb_same_work: ratio(wall('audit'), wall('duckdb-same-work')),
    audit_vs_duckdb_same_work_per_round: perRound('audit', 'duckdb-same-work', 'wall_s'),
    audit_vs_duckdb_same_work_cpu: ratio(cpu('audit'), cpu('duckdb-same-work')),
    audit_vs_duckdb_counts: ratio(wall('audit'), wall('duckdb')),
    audit_vs_duckdb_counts_per_round: perRound('audit', 'duckdb', 'wall_s'),
    audit_vs_duckdb_counts_cpu: ratio(cpu('audit'), cpu('duckdb')),
    parse_only_vs_duckdb_counts: ratio(wall('parse-only'), wall('duckdb')),
    parse_only_vs_duckdb_counts_per_round: perRound('parse-only', 'duckdb', 'wall_s'),
    parse_only_vs_duckdb_counts_cpu: ratio(cpu('parse-only'), cpu('duckdb')),
  };
  const target = (id, text, value, limit, unit, comparable = true, why = undefined) => ({
    id, text, value, limit, unit,
    met: value == null || !comparable ? null : value <= limit,
    note: comparable ? why : `not judged: ${why}`,
  });
  const p = info.parameters;
  const fullSize = p.cases === 1000000;
  const sizeNote = fullSize ? undefined : `this run used ${p.cases} cases, the target is about 1,000,000`;
  const scFile = path.join(dir, 'scorecards.count');
  const scorecards = fs.existsSync(scFile) ? +fs.readFileSync(scFile, 'utf8').trim() : null;
  const scComparable = p.scorecard_units === 5000 && (scorecards == null || scorecards >= p.scorecard_units);
  const scNote = p.scorecard_units !== 5000 ? `this run used ${p.scorecard_units} units`
    : scorecards != null && scorecards < p.scorecard_units ? `only ${scorecards} scorecards were written for ${p.scorecard_units} units`
    : scorecards != null ? `${scorecards} scorecards written` : undefined;
  const parquetCheck = readJson(path.join(dir, 'parquet-check.json'));
  const rowsCheck = readJson(path.join(dir, 'rows-check.json'));
  const sameWork = readJson(path.join(dir, 'same-work.json'));
  const big = stages['audit-10m'];
  const bigOk = big?.status === 'ok';
  // the scorecard stage of each scorecards-5000 run (bench.sh reads it from the run's stage lines)
  const stageFile = path.join(dir, 'scorecard-stage.tsv');
  const scorecardStage = fs.existsSync(stageFile) ? readTsv(stageFile).map((r) => ({ run: +r[0], wall_s: +r[1] })) : [];
  const scorecardWriting = scorecardStage.length ? round(median(scorecardStage.map((r) => r.wall_s))) : null;
  const targets = [
    target('vs_same_work', 'full audit ≤ 1.0× DuckDB doing the same work (wall)', ratios.audit_vs_duckdb_same_work, 1, '×', fullSize, sizeNote),
    target('parse_vs_counts', 'parse-only ≤ 1.0× DuckDB reading and counting (wall)', ratios.parse_only_vs_duckdb_counts, 1, '×', fullSize, sizeNote),
    target('rss_1m', 'peak RSS ≤ 1 GB (1M-case audit, worst run)', stages.audit?.max_peak_rss_mb ?? null, 1024, 'MB', fullSize, sizeNote),
    target('scorecards_5000', '5,000 unit scorecards with their pictures ≤ 60 s (writing them: the audit\'s scorecard stage)',
      scorecardWriting, 60, 's', scComparable, scNote),
    target('scorecards_5000_audit', 'the whole audit behind them (1,000,000 cases over 5,000 units, every document) ≤ 60 s',
      wall('scorecards-5000'), 60, 's', scComparable, scNote),
    {
      id: 'big', text: `${(p.big_cases ?? 0).toLocaleString('en')} cases complete, peak RSS ≤ 1 GB`,
      value: big ? (bigOk ? `${big.runs[0].wall_s} s, ${big.runs[0].peak_rss_mb} MB` : big.status) : null, unit: '',
      met: big ? bigOk && big.runs[0].peak_rss_mb <= 1024 : null,
    },
    { id: 'verdicts_agree', text: 'verdict counts of auditor and DuckDB agree exactly', value: check ? check.agree : null, met: check ? check.agree : null },
    { id: 'parquet_agree', text: 'findings.parquet (read by DuckDB) has the counts of findings.csv', value: parquetCheck ? parquetCheck.agree : null, met: parquetCheck ? parquetCheck.agree : null },
    { id: 'rows_agree', text: "DuckDB's same-work rows equal the audit's, row by row", value: rowsCheck ? rowsCheck.agree : null, met: rowsCheck ? rowsCheck.agree : null },
  ];
  const result = {
    date_utc: info.date_utc,
    commit: info.commit,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memory_gib: round(os.totalmem() / 2 ** 30, 1),
      kernel: `${os.type()} ${os.release()}`, load_average_at_start: info.load_average, dotnet: info.dotnet, node: process.version,
      duckdb: peer?.duckdb ?? null,
    },
    parameters: info.parameters,
    stages, scorecard_stage_runs: scorecardStage, ratios, targets,
    duckdb_query_ms_last_run: peer ? round(peer.query_ms, 0) : null,
    duckdb_peer_selftest: selftest,
    audit_on_hand_worked_ledger: auditTiny,
    verdict_check: check,
    parquet_check: parquetCheck,
    rows_check: rowsCheck ? { audit_rows: rowsCheck.audit_rows, peer_rows: rowsCheck.peer_rows, agree: rowsCheck.agree } : null,
    duckdb_same_work_written_bytes: sameWork?.written ?? null,
    audit_output_bytes_last_run: written,
    audit_stages_last_run: lastAudit ? auditStages(path.join(dir, 'logs', `audit.${lastAudit.run}.err`), lastAudit.wall_s) : null,
    audit_10m_stages: bigOk ? auditStages(path.join(dir, 'logs', 'audit-10m.1.err'), big.runs[0].wall_s) : null,
    audit_10m_written_bytes: readTsv(path.join(dir, 'big-sizes.tsv')).map(([f, b]) => ({ file: path.basename(f), bytes: +b })),
  };
  fs.mkdirSync(args['out-dir'], { recursive: true });
  fs.writeFileSync(path.join(args['out-dir'], 'bench.json'), JSON.stringify(result, null, 2) + '\n');

  const yn = (m) => (m == null ? 'n/a' : m ? 'yes' : '**no**');
  const md = [];
  md.push('# Benchmark', '');
  md.push(`${info.date_utc} · commit \`${info.commit}\` · ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memory_gib} GiB, ` +
    `${result.machine.kernel} · .NET ${info.dotnet} · Node ${process.version} · DuckDB ${result.machine.duckdb ?? 'n/a'} · load average at start ${info.load_average}`, '');
  md.push(`Input: ${info.parameters.cases.toLocaleString('en')} generated cases (seed ${info.parameters.seed}, ${info.parameters.units} units), period ${info.parameters.period}, as-of ${info.parameters.as_of}; ` +
    `scorecards: ${info.parameters.scorecard_cases.toLocaleString('en')} cases over ${info.parameters.scorecard_units} units` +
    (info.parameters.scorecard_history_cases ? ` (the period before, ${info.parameters.scorecard_history_cases.toLocaleString('en')} cases, in the history store)` : '') + '. ' +
    `Median of ${info.parameters.runs} runs; wall time, CPU time (user + sys) and peak RSS by \`/usr/bin/time -f "%e %M %U %S"\`. ` +
    `The machine is shared (${result.machine.cores} cores): load average ${info.load_average} at the start, ${info.load_average_at_end ?? 'n/a'} at the end — ` +
    (parseFloat(info.load_average) > result.machine.cores ? '**measured under load**: wall times are longer than on a quiet machine; the ratios compare runs taken in the same rounds, one after another. ' : '') +
    'CPU time is less sensitive to load than wall time.', '');
  md.push('| stage | status | runs (wall s) | median wall s | median CPU s | median peak RSS MB |', '|---|---|---|---:|---:|---:|');
  for (const [name, s] of Object.entries(stages)) {
    const runs = s.runs.map((r) => (r.exit === 0 ? r.wall_s.toFixed(2) : `exit ${r.exit}`)).join(', ');
    md.push(`| ${name} | ${s.status}${s.note ? ` (${s.note.replace(/\|/g, '/')})` : ''} | ${runs || '—'} | ${s.median_wall_s ?? '—'} | ${s.median_cpu_s ?? '—'} | ${s.median_peak_rss_mb ?? '—'} |`);
  }
  md.push('', 'Commands:', '');
  for (const [name, s] of Object.entries(stages)) md.push(`- ${name}: \`${s.command}\``);
  const r = ratios;
  md.push('', 'Ratios (auditor ÷ DuckDB; median of the per-round ratios, then ratio of the medians, then of CPU times):', '');
  md.push('| | per round | of medians | CPU |', '|---|---:|---:|---:|');
  md.push(`| full audit ÷ DuckDB doing the same work | ${r.audit_vs_duckdb_same_work_per_round ?? 'n/a'} | ${r.audit_vs_duckdb_same_work ?? 'n/a'} | ${r.audit_vs_duckdb_same_work_cpu ?? 'n/a'} |`);
  md.push(`| full audit ÷ DuckDB verdict counts | ${r.audit_vs_duckdb_counts_per_round ?? 'n/a'} | ${r.audit_vs_duckdb_counts ?? 'n/a'} | ${r.audit_vs_duckdb_counts_cpu ?? 'n/a'} |`);
  md.push(`| parse-only ÷ DuckDB verdict counts | ${r.parse_only_vs_duckdb_counts_per_round ?? 'n/a'} | ${r.parse_only_vs_duckdb_counts ?? 'n/a'} | ${r.parse_only_vs_duckdb_counts_cpu ?? 'n/a'} |`);
  md.push('', 'The audit replays every rule of the national pack and writes findings.csv, findings.parquet, findings.xlsx, the history ' +
    'store and every document; the same-work peer computes the three window rules (release, press conference, response) and writes ' +
    'their findings rows to CSV and Parquet and the per-unit counts — the rows the audit writes for those rules, identical row by row ' +
    '(check below).', '');
  md.push('| target | value | met |', '|---|---:|---|');
  for (const t of targets) {
    const value = t.value == null ? 'n/a' : typeof t.value === 'boolean' ? (t.value ? 'yes' : 'no') : `${t.value}${t.unit ? ' ' + t.unit : ''}`;
    md.push(`| ${t.text} | ${value} | ${yn(t.met)}${t.note ? ` (${t.note})` : ''} |`);
  }
  md.push('');
  if (scorecardStage.length) {
    md.push(`Writing the scorecards (the scorecards-5000 audit's stage from “单位成绩单（N 份）” to the next stage line, per run): ` +
      `${scorecardStage.map((r) => `${r.wall_s.toFixed(1)} s`).join(', ')}; every scorecard carries its pictures (PNG at 300 dpi).`, '');
  }
  if (written) {
    const mb = (b) => `${round(b / 1e6, 0).toLocaleString('en')} MB`;
    const big = Object.entries(written.files).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([f, b]) => `${f} ${mb(b)}`).join(', ');
    md.push(`What the audit writes (last run): ${round(written.total / 1e9, 2)} GB in all — ${big}, the documents ${mb(written.documents)}. ` +
      'Parse-only and the DuckDB verdict counts write nothing.', '');
  }
  if (sameWork?.written) md.push(`DuckDB same work wrote: ${Object.entries(sameWork.written).map(([f, b]) => `${f} ${round(b / 1e6, 0).toLocaleString('en')} MB`).join(', ')}.`, '');
  const stageTable = (title, rows) => {
    if (!rows) return;
    md.push(title, '', '| stage (progress line) | began at s | until the next s |', '|---|---:|---:|');
    for (const x of rows) md.push(`| ${x.stage} | ${x.began_s} | ${x.took_s} |`);
    md.push('');
  };
  stageTable('Where the time of the last 1M-case audit run went (its progress lines; findings are written on their own threads while the ledger is replayed):', result.audit_stages_last_run);
  stageTable(`The ${(p.big_cases ?? 0).toLocaleString('en')}-case audit, by stage:`, result.audit_10m_stages);
  if (result.audit_10m_written_bytes.length) md.push(`The ${(p.big_cases ?? 0).toLocaleString('en')}-case run read and wrote: ${result.audit_10m_written_bytes.map((x) => `${x.file} ${round(x.bytes / 1e9, 2)} GB`).join(', ')}.`, '');
  if (parquetCheck) md.push(`findings.parquet read back by DuckDB: ${parquetCheck.agree ? 'the same kind × verdict counts as findings.csv' : '**counts differ from findings.csv**'}.`, '');
  if (rowsCheck) md.push(`DuckDB's same-work rows against the audit's rows of the same rules: ${rowsCheck.audit_rows} and ${rowsCheck.peer_rows} rows, ${rowsCheck.agree ? 'identical' : `**${rowsCheck.only_in_audit} only in the audit, ${rowsCheck.only_in_peer} only in the peer**`}.`, '');
  const profile = path.join(args['out-dir'], 'profile.md');
  if (fs.existsSync(profile)) md.push(fs.readFileSync(profile, 'utf8').trim(), '');
  if (peer) md.push(`DuckDB's own query time inside the Node process (last run): ${round(peer.query_ms, 0)} ms; the table above times the whole process (Node start, DuckDB load, query).`, '');
  if (auditTiny) md.push(`\`auditor audit\` on the same hand-worked ledger: ${auditTiny.pass ? 'agrees' : '**differs**'}` +
    ` (${auditTiny.runs.map((r) => `as-of ${r.as_of}: ${r.agree ? 'yes' : r.error ?? 'no'}`).join('; ')}).`, '');
  if (selftest) md.push(`DuckDB peer self-test on the hand-worked \`scripts/bench/tiny/ledger.csv\`: ${selftest.pass ? 'pass' : '**FAIL**'}.`, '');
  if (check) {
    md.push(`Verdict counts (${check.basis}): agree: ${check.agree ? 'yes' : '**no**'}`, '', gridTable(check.rows), '');
  } else if (peer) {
    md.push('Verdict counts agree: n/a (no audit findings to compare). DuckDB counts:', '');
    md.push('| kind | verdict | DuckDB |', '|---|---|---:|');
    for (const c of peer.counts) md.push(`| ${c.kind} | ${c.verdict} | ${c.n} |`);
    md.push('');
  }
  fs.writeFileSync(path.join(args['out-dir'], 'bench.md'), md.join('\n'));
  console.log(md.join('\n'));
}

const args = parseArgs(process.argv.slice(2));
const mode = args._[0];
if (mode === 'peer-selftest') peerSelftest(args);
else if (mode === 'audit-selftest') auditSelftest(args);
else if (mode === 'compare') compare(args);
else if (mode === 'write') write(args);
else { console.error('usage: report.cjs peer-selftest|compare|write ...'); process.exit(2); }
