using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Auditor.Cli.Tests.TimeCommands;
using Auditor.Tests;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>
/// Runs every entry of fixtures/bad/expected.yaml through the real CLI entry (AuditorCli.Run) and checks the exit code,
/// the Chinese message (naming the file), the data issues (kind, row, column) and that no stack trace is shown.
/// </summary>
public class BadInputCorpusTests
{
    public static TheoryData<string> Entries()
    {
        var d = new TheoryData<string>();
        foreach (var c in BadInputCorpus.All) d.Add(c.File);
        return d;
    }

    [Fact]
    public void Corpus_covers_the_required_kinds_of_bad_input()
    {
        var files = BadInputCorpus.All.Select(c => c.File).ToHashSet();
        string[] required =
        [
            "missing.csv", "empty.csv", "header-only.csv", "text-as-xlsx.xlsx", "truncated-zip.xlsx", "encrypted-ole.xlsx",
            "utf16le-bom.csv", "nul-bytes.csv", "no-header.csv", "ledger-missing-discovered.csv", "eventlog-missing-stage.csv",
            "eventlog-missing-time.csv", "bad-times.csv", "duplicate-ids.csv", "events-before-discovery.csv", "unknown-unit.csv",
            "overlong-cell.csv", "formula-titles.csv", "personal-data.csv", "control-chars.csv", "units-missing-name.csv",
            "broken-pack.yaml", "bad-calendar.yaml",
        ];
        Assert.All(required, r => Assert.Contains(r, files));
        // Every committed file of the corpus has an entry (README, expected.yaml and the shared units file aside).
        var committed = Directory.GetFiles(BadInputCorpus.Dir).Select(Path.GetFileName)
            .Where(f => f is not ("README.md" or "expected.yaml" or "units.csv"));
        Assert.All(committed, f => Assert.Contains(f!, files));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_ends_as_expected(string file)
    {
        var c = BadInputCorpus.Get(file);
        var scratch = Directory.CreateTempSubdirectory("auditor-bad-").FullName;
        try
        {
            var (code, stdout, stderr, outDir) = Execute(c, scratch);
            Assert.True(c.Exit == code, $"{c.File}: exit {code}, expected {c.Exit}\nstderr:\n{stderr}\nstdout:\n{stdout}");
            AssertNoTrace(stderr);
            foreach (var m in c.Message) Assert.True(stderr.Contains(m), $"{c.File}: stderr lacks “{m}”:\n{stderr}");
            if (c.Exit != 0)
            {
                Assert.Contains("错误：", stderr);
                if (c.IsFile)
                {
                    var named = c.Run == "audit-calendar" ? "2026.yaml" : c.File;
                    Assert.True(stderr.Contains(named), $"{c.File}: the message does not name the file:\n{stderr}");
                }
                if (c.Run.StartsWith("audit"))
                {
                    // Nothing written: no output folder, no staging folder beside it, no history entry.
                    Assert.Empty(Directory.GetFileSystemEntries(scratch, "*out*"));
                    Assert.False(File.Exists(Path.Combine(scratch, "h.db")), "a failed audit created the history store");
                }
                return;
            }
            if (c.Run == "inspect") CheckInspect(c, stdout);
            else CheckAudit(c, outDir);
        }
        finally
        {
            try { Directory.Delete(scratch, true); } catch (IOException) { }
        }
    }

    internal static (int Code, string Out, string Err, string OutDir) Execute(BadInputCase c, string scratch)
    {
        var path = BadInputCorpus.PathOf(c, scratch);
        var units = Path.Combine(BadInputCorpus.Dir, "units.csv");
        var outDir = Path.Combine(scratch, "out");
        if (c.Run == "inspect")
        {
            var r = CliRun.Run("inspect", path, "--units", units, "--as-of", "2026-10-15 00:00", "--format", "json");
            return (r.Code, r.Out, r.Err, outDir);
        }
        var rules = CliRun.Rules;
        var log = c.Log is null ? path : Path.Combine(BadInputCorpus.Dir, c.Log);
        var pack = c.Pack ?? "national";
        switch (c.Run)
        {
            case "audit-log":
                break;
            case "audit-units":
                units = path;
                log = Path.Combine(BadInputCorpus.Dir, "duplicate-ids.csv");
                break;
            case "audit-pack":
                pack = path;
                log = Path.Combine(BadInputCorpus.Dir, "duplicate-ids.csv");
                break;
            case "audit-calendar":
                rules = CopyRules(scratch);
                File.Copy(path, Path.Combine(rules, "calendars", "2026.yaml"), overwrite: true);
                log = Path.Combine(BadInputCorpus.Dir, "duplicate-ids.csv");
                break;
            default:
                throw new InvalidOperationException($"unknown run {c.Run}");
        }
        var (code, o, e) = CliRun.Run("audit", "--pack", pack, "--rules", rules, "--units", units, "--logs", log,
            "--period", c.Period ?? "2026Q3", "--as-of", c.AsOf ?? "2026-10-15 00:00",
            "--out", outDir, "--history", Path.Combine(scratch, "h.db"));
        return (code, o, e, outDir);
    }

    private static string CopyRules(string scratch)
    {
        var to = Path.Combine(scratch, "rules");
        foreach (var f in Directory.GetFiles(CliRun.Rules, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(CliRun.Rules, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }
        return to;
    }

    /// <summary>No stack trace and no .NET exception type name in what a user sees.</summary>
    internal static void AssertNoTrace(string stderr)
    {
        Assert.DoesNotMatch(new Regex(@"^\s+at ", RegexOptions.Multiline), stderr);
        Assert.DoesNotMatch(new Regex(@"\w+Exception\b"), stderr);
        Assert.DoesNotContain("System.", stderr);
        Assert.DoesNotContain("内部错误", stderr);
    }

    private static void CheckInspect(BadInputCase c, string stdout)
    {
        var j = JsonDocument.Parse(stdout).RootElement;
        if (c.Cases is int n) Assert.Equal(n, j.GetProperty("cases").GetInt32());
        if (c.Encoding is { } enc) Assert.Equal(enc, j.GetProperty("files")[0].GetProperty("encoding").GetString());
        if (c.Issues is { } expected)
        {
            var actual = j.GetProperty("issues").EnumerateArray()
                .Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("row").GetInt32(), i.GetProperty("column").GetString()))
                .Order().ToList();
            Assert.Equal(expected.Select(e => ((string?)e.Kind, e.Row, (string?)e.Column)).Order().ToList(), actual);
        }
    }

    private static void CheckAudit(BadInputCase c, string outDir)
    {
        var rows = CsvRecords.Read(Path.Combine(outDir, "data-issues.csv"));
        Assert.Equal(["file", "sheet", "row", "column", "case_id", "kind", "message"], rows[0]);
        var located = rows.Skip(1).Where(r => r[2].Length > 0).ToList();
        Assert.All(located, r => Assert.EndsWith(c.File, r[0]));
        if (c.Issues is { } expected)
        {
            Assert.Equal(
                expected.Select(e => (e.Kind, e.Row, e.Column)).Order().ToList(),
                located.Select(r => (r[5], int.Parse(r[2]), r[3])).Order().ToList());
            foreach (var e in expected.Where(e => e.Message is not null))
                Assert.Contains(located, r => r[5] == e.Kind && int.Parse(r[2]) == e.Row && r[6].Contains(e.Message!));
        }
        if (c.DocxContains.Count > 0)
        {
            var docs = OutputSafety.DocxTexts(outDir);
            foreach (var t in c.DocxContains)
                Assert.True(docs.Any(d => d.Text.Contains(t)), $"{c.File}: no .docx holds “{t}”");
        }
        foreach (var check in c.Checks)
        {
            switch (check)
            {
                case "no-formula": OutputSafety.AssertNoFormula(outDir); break;
                case "no-personal-data": OutputSafety.AssertNoPersonalData(outDir, ["360702198801011234", "13812345678"]); break;
                case "valid-docx": OutputSafety.AssertDocxValid(outDir); break;
                default: throw new InvalidOperationException($"unknown check {check}");
            }
        }
    }
}
