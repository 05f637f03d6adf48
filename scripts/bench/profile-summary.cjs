#!/usr/bin/env node
// Where the CPU time of one profiled run went: reads `perf script` output (stdin) of a run recorded with call graphs
// (`perf record -g`, DOTNET_PerfMapEnabled=1 so that JIT-compiled methods have names) and prints, per part of the
// audit, the share of all samples whose stack passes through it (a sample counts once, for the first part in the list
// that its stack matches, from the leaf up), then the same by thread.
//   perf script -i perf.data | node profile-summary.cjs [--cpu-seconds 37.2]
'use strict';
const readline = require('readline');

// checked in this order against each frame, leaf first: the innermost known part of the stack wins
const PARTS = [
  ['GC', /^(\.NET Server GC|\.NET BGC|\.NET Background GC)/, 'thread'],
  ['JIT', /libclrjit\.so|\.NET Tiered Com/, 'frame'],
  ['hashing (manifest digests)', /libcrypto|DigestingStream|ManifestWriter|SHA256/, 'frame'],
  ['deflate (xlsx zip)', /libSystem\.IO\.Compression\.Native|DeflateStream|ZipArchive/, 'frame'],
  ['findings.parquet', /FindingsParquet|Parquet\./, 'frame'],
  ['findings.xlsx', /FindingsWorkbook|XlsxWriter|Utf8XmlWriter|XlsxText/, 'frame'],
  ['findings.json', /FindingsJsonWriter|Utf8JsonWriter/, 'frame'],
  ['findings.csv', /FindingsCsvWriter|CsvField/, 'frame'],
  ['history store', /HistoryRecording|FindingRowWriter|HistoryStore|sqlite|SQLitePCL|Microsoft\.Data\.Sqlite/, 'frame'],
  ['documents (scorecards, notice, summary)', /ReportSet|Scorecard|NoticeWriter|SummaryReport|WordDocument|DocxPackage|ScottPlot|SkiaSharp/, 'frame'],
  ['scoring and lists', /AuditDecisions|ScoreCalculator|SanctionEngine|OfficePolicy|AuditDataIssues/, 'frame'],
  ['replay (rules, evidence)', /ReplayEngine|CaseFacts|EvidenceText|TimeText|DeadlineCalculator|OverrideApplier|FindingTotals/, 'frame'],
  ['ingest: cases from cells', /CaseBuilder|SheetContext|LedgerSheetReader|TimeValueParser|TimeTextParser|UnitRegistry|CaseCensus|ContestedCaseFilter/, 'frame'],
  ['ingest: csv/xlsx parsing', /CsvTableFile|CsvRowReader|XlsxTableFile|Sep|nietras|OpenXmlReader|StreamReader|Utf8Utility::TranscodeToUtf16|ReadLedger/, 'frame'],
  ['fan-out, batching', /FindingFanOut|ReplayPipeline|BlockingCollection/, 'frame'],
  ['replay loop (LedgerReplay)', /LedgerReplay/, 'frame'],
];

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) if (argv[i].startsWith('--')) args[argv[i].slice(2)] = argv[++i];
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const byPart = new Map(), byThread = new Map();
  let total = 0, thread = null, frames = [];
  const finish = () => {
    if (thread === null) return;
    total++;
    byThread.set(thread, (byThread.get(thread) || 0) + 1);
    let part = PARTS.find(([, re, where]) => where === 'thread' && re.test(thread))?.[0];
    for (const f of frames) {
      if (part) break;
      part = PARTS.find(([, re, where]) => where === 'frame' && re.test(f))?.[0];
    }
    part ??= 'other (runtime, kernel, libc)';
    byPart.set(part, (byPart.get(part) || 0) + 1);
    thread = null; frames = [];
  };
  for await (const line of rl) {
    if (line.length === 0) { finish(); continue; }
    if (!/^\s/.test(line)) {
      finish();
      const m = /^(.+?)\s+\d+(\/\d+)?\s+(\[\d+\]\s+)?[\d.]+:/.exec(line);
      thread = m ? m[1].trim() : line.split(/\s+/)[0];
      continue;
    }
    frames.push(line.trim());
  }
  finish();
  const cpu = args['cpu-seconds'] ? +args['cpu-seconds'] : null;
  const show = (map, title) => {
    console.log(`\n| ${title} | share of samples |${cpu ? ' ≈ CPU s |' : ''}`);
    console.log(`|---|---:|${cpu ? '---:|' : ''}`);
    for (const [k, n] of [...map.entries()].sort((a, b) => b[1] - a[1])) {
      const share = n / total;
      if (share < 0.005) continue;
      console.log(`| ${k} | ${(100 * share).toFixed(1)} % |${cpu ? ` ${(share * cpu).toFixed(1)} |` : ''}`);
    }
  };
  console.log(`${total} samples`);
  show(byPart, 'part of the run');
  // thread names with a number (".NET TP Worker #3") count together
  const threads = new Map();
  for (const [t, n] of byThread) threads.set(t.replace(/\s*#?\d+$/, ''), (threads.get(t.replace(/\s*#?\d+$/, '')) || 0) + n);
  show(threads, 'thread');
}

main();
