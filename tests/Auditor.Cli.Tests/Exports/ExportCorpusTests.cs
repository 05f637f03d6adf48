using System.Text.Json;
using Auditor.Cli.Tests.BadInput;
using Auditor.Cli.Tests.TimeCommands;
using YamlDotNet.RepresentationModel;
using Auditor.Tests;

namespace Auditor.Cli.Tests.Exports;

/// <summary>
/// Runs every entry of fixtures/exports/expected.yaml through the CLI entry point (inspect and audit) and checks the
/// cases read, the data issues, the scores; that every merged export scores exactly as its twin with the cells typed out;
/// and that a run over several files gives the same findings whatever the order of --logs.
/// </summary>
public sealed class ExportCorpusTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("auditor-export-runs-").FullName;
    private int _runs;

    public void Dispose()
    {
        try { Directory.Delete(_scratch, true); } catch (IOException) { }
    }

    private static readonly string Dir = Path.Combine(CliRun.Root, "fixtures", "exports");
    private static readonly string Units = Path.Combine(Dir, "units.csv");
    private const string Period = "2026Q3", AsOf = "2026-10-15 00:00";

    private sealed record Located(string Kind, int Row, string? Column);

    private sealed record Run(
        string[] Logs, string[][] Twins, bool BothOrders, int Cases, Dictionary<string, int>? Units, int? Header,
        Dictionary<string, int> Issues, Located[] Located, Dictionary<string, (string Score, string Grade)> Scores,
        string Period, string AsOf)
    {
        public override string ToString() => string.Join("+", Logs);
    }

    private static readonly (Dictionary<string, (string, string)> Quarter, List<Run> Runs) Expected = Load();

    public static TheoryData<string> Entries()
    {
        var d = new TheoryData<string>();
        foreach (var r in Expected.Runs) d.Add(r.ToString());
        return d;
    }

    private static (Dictionary<string, (string, string)>, List<Run>) Load()
    {
        var yaml = new YamlStream();
        using (var r = new StreamReader(Path.Combine(Dir, "expected.yaml"))) yaml.Load(r);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Dictionary<string, (string, string)> Scores(YamlMappingNode m) => m.Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => (((YamlScalarNode)((YamlSequenceNode)kv.Value)[0]).Value!, ((YamlScalarNode)((YamlSequenceNode)kv.Value)[1]).Value!));
        var quarter = Scores((YamlMappingNode)root["quarter"]);
        var runs = new List<Run>();
        foreach (YamlMappingNode n in (YamlSequenceNode)root["runs"])
        {
            string? S(string key) => n.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
            string[] L(YamlNode v) => [.. ((YamlSequenceNode)v).Children.Select(x => ((YamlScalarNode)x).Value!)];
            Dictionary<string, int> Counts(string key) => n.Children.TryGetValue(key, out var v)
                ? ((YamlMappingNode)v).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => int.Parse(((YamlScalarNode)kv.Value).Value!))
                : [];
            var scores = n["scores"] is YamlScalarNode { Value: "quarter" }
                ? quarter
                : new Dictionary<string, (string, string)>(quarter.Concat(Scores((YamlMappingNode)n["scores"])).GroupBy(kv => kv.Key).Select(g => g.Last()));
            runs.Add(new Run(
                L(n["logs"]),
                n.Children.TryGetValue("twins", out var tw) ? [.. ((YamlSequenceNode)tw).Children.Select(L)] : [],
                S("orders") == "both",
                int.Parse(S("cases")!),
                n.Children.ContainsKey("units") ? Counts("units") : null,
                S("header") is { } h ? int.Parse(h) : null,
                Counts("issues"),
                n.Children.TryGetValue("located", out var lv)
                    ? [.. ((YamlSequenceNode)lv).Children.Cast<YamlMappingNode>().Select(m => new Located(
                        ((YamlScalarNode)m["kind"]).Value!, int.Parse(((YamlScalarNode)m["row"]).Value!),
                        m.Children.TryGetValue("column", out var c) ? ((YamlScalarNode)c).Value : null))]
                    : [],
                scores,
                S("period") ?? Period,
                S("as_of") ?? AsOf));
        }
        return (quarter, runs);
    }

    [Fact]
    public void The_committed_corpus_is_what_the_generator_writes()
    {
        var scratch = Directory.CreateTempSubdirectory("auditor-exports-").FullName;
        try
        {
            var (code, _, err) = CliRun.Run("fixtures", "exports", "--out", scratch);
            Assert.True(code == 0, err);
            var generated = Directory.GetFiles(scratch, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(scratch, f)).Order().ToList();
            var committed = Directory.GetFiles(Dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Dir, f))
                .Where(f => f is not ("expected.yaml" or "README.md")).Order().ToList();
            Assert.Equal(committed, generated);
            foreach (var f in generated)
                Assert.True(File.ReadAllBytes(Path.Combine(Dir, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(scratch, f))), $"{f} differs from the generator's output");
            // Every export of the corpus is used by some run.
            var used = Expected.Runs.SelectMany(r => r.Logs.Concat(r.Twins.SelectMany(t => t))).ToHashSet();
            Assert.All(committed.Where(f => f != "units.csv"), f => Assert.Contains(f.Replace('\\', '/'), used));
        }
        finally { Directory.Delete(scratch, true); }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_reads_and_scores_as_expected(string entry)
    {
        var run = Expected.Runs.Single(r => r.ToString() == entry);
        var logs = run.Logs.Select(l => Path.Combine(Dir, l)).ToArray();

        var (code, stdout, stderr) = CliRun.Run(["inspect", .. logs, "--units", Units, "--as-of", run.AsOf, "--period", run.Period, "--format", "json"]);
        Assert.True(code == 0, $"{entry}: inspect exit {code}\n{stderr}");
        var j = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(run.Cases, j.GetProperty("cases").GetInt32());
        var issues = j.GetProperty("issues").EnumerateArray().ToList();
        var byKind = issues.GroupBy(i => i.GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(run.Issues.OrderBy(kv => kv.Key), byKind.OrderBy(kv => kv.Key));
        foreach (var l in run.Located)
            Assert.Contains(issues, i => i.GetProperty("kind").GetString() == l.Kind
                && i.GetProperty("row").ValueKind == JsonValueKind.Number && i.GetProperty("row").GetInt32() == l.Row
                && (l.Column is null || i.GetProperty("column").GetString() == l.Column));
        if (run.Header is int header)
            Assert.All(j.GetProperty("files").EnumerateArray(), f => Assert.Equal(header, f.GetProperty("header_row").GetInt32()));
        if (run.Units is { } units)
        {
            var (_, text, _) = CliRun.Run(["inspect", .. logs, "--units", Units, "--as-of", run.AsOf, "--period", run.Period]);
            foreach (var (unit, n) in units) Assert.Contains($"  {unit}：{n} 件", text);
        }

        var outcome = Audit(logs, run);
        var scores = CsvRecords.Read(Path.Combine(outcome, "scores.csv")).Skip(1)
            .ToDictionary(r => r[1], r => (r[3], r[4]));
        Assert.Equal(run.Scores.OrderBy(kv => kv.Key, StringComparer.Ordinal), scores.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Merged_cells_and_file_order_change_no_finding_and_no_score(string entry)
    {
        var run = Expected.Runs.Single(r => r.ToString() == entry);
        if (run.Twins.Length == 0 && !run.BothOrders) return;
        var logs = run.Logs.Select(l => Path.Combine(Dir, l)).ToArray();
        var first = Audit(logs, run);
        var reference = Outputs(first);
        foreach (var twin in run.Twins)
            Assert.True(Same(reference, Outputs(Audit([.. twin.Select(l => Path.Combine(Dir, l))], run))),
                $"{string.Join("+", twin)} does not score exactly as {entry}");
        if (run.BothOrders)
        {
            var reversed = Audit([.. logs.Reverse()], run);
            foreach (var file in new[] { "findings.csv", "scores.csv", "sanctions.csv", "data-issues.csv", "manifest.json" })
                Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(reversed, file))),
                    $"{entry}: the order of --logs changed {file}");
        }
    }

    private static byte[][] Outputs(string outDir) =>
        [File.ReadAllBytes(Path.Combine(outDir, "findings.csv")), File.ReadAllBytes(Path.Combine(outDir, "scores.csv"))];

    private static bool Same(byte[][] a, byte[][] b) => a.Length == b.Length && a.Zip(b).All(p => p.First.AsSpan().SequenceEqual(p.Second));

    private string Audit(string[] logs, Run run)
    {
        var outDir = Path.Combine(_scratch, $"out{++_runs}");
        var (code, _, err) = CliRun.Run(["audit", "--pack", "national", "--rules", CliRun.Rules, "--units", Units, "--logs", .. logs,
            "--period", run.Period, "--as-of", run.AsOf, "--out", outDir, "--history", outDir + ".db"]);
        Assert.True(code == 0, $"audit {string.Join(" ", logs)}: exit {code}\n{err}");
        return outDir;
    }
}
