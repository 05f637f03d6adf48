using System.Security.Cryptography;
using Auditor.Cli.Tests.TimeCommands;

namespace Auditor.Cli.Tests.Audit;

/// <summary>
/// `auditor audit` end to end on the 潢川 fixtures (their spec in fixtures/README.md gives the expectations:
/// Q3 has 80 cases, an unknown unit 县城建监察大队 on row 36; 伞陂镇 answers late in Q2 (4 cases) and again in Q3).
/// </summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-audit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(CliRun.Root, "fixtures", "huangchuan", name);

    private (int Code, string Out, string Err) Audit(string period, string asOf, string ledger, string outDir, params string[] extra) =>
        CliRun.WithRules([
            "audit", "--pack", "huangchuan", "--period", period, "--as-of", asOf,
            "--logs", Fixture(ledger), "--units", Fixture("units.csv"),
            "--out", outDir, "--history", Path.Combine(_dir, "auditor.db"), .. extra]);

    private (int Code, string Out, string Err) Q2(string outDir) => Audit("2026Q2", "2026-07-15 00:00", "潢川县2026年第二季度政务舆情处置台账.xlsx", outDir);
    private (int Code, string Out, string Err) Q3(string outDir, params string[] extra) =>
        Audit("2026Q3", "2026-10-15 00:00", "潢川县2026年第三季度政务舆情处置台账.xlsx", outDir, extra);

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => SplitCsv(l).Select((v, i) => (header[i], v)).ToDictionary(x => x.Item1, x => x.v)).ToList();
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cur = new System.Text.StringBuilder();
        bool q = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (q) { if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cur.Append('"'); i++; } else if (c == '"') q = false; else cur.Append(c); }
            else if (c == '"') q = true;
            else if (c == ',') { cells.Add(cur.ToString()); cur.Clear(); }
            else cur.Append(c);
        }
        cells.Add(cur.ToString());
        return cells;
    }

    [Fact]
    public void Writes_every_output_and_counts_the_cases_of_the_period()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        var (code, stdout, stderr) = Q3(outDir);
        Assert.True(code == 0, stderr);
        foreach (var f in new[] { "findings.csv", "findings.parquet", "findings.xlsx", "data-issues.csv", "scores.csv", "sanctions.csv",
                     "manifest.json", "汇总评分报告.docx", "通报批评.docx", "约谈名单.docx" })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        Assert.False(File.Exists(Path.Combine(outDir, "findings.json"))); // the largest file: only when asked (--findings)
        // 潢川's document has no commendation and the office's policy does not switch one on: no list, not an empty one
        Assert.False(File.Exists(Path.Combine(outDir, "表彰名单.docx")));
        Assert.Contains("案件：80 件", stdout);
        Assert.Equal("case_id,unit,rule_id,kind,verdict,start,deadline,actual,overrun_minutes,clause,evidence",
            string.Join(',', File.ReadLines(Path.Combine(outDir, "findings.csv")).First().Split(',').Take(11)));
        Assert.Empty(Directory.GetDirectories(_dir, ".*staging*"));
    }

    [Fact]
    public void A_unit_missing_from_the_registry_is_flagged_not_ranked()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        Assert.Equal(0, Q3(outDir).Code);
        var scores = Csv(Path.Combine(outDir, "scores.csv"));
        Assert.DoesNotContain(scores, s => s["unit"] == "县城建监察大队");
        var issues = Csv(Path.Combine(outDir, "data-issues.csv"));
        Assert.Contains(issues, i => i["kind"] == "unknown-unit" && i["row"] == "36");
        Assert.Contains(issues, i => i["kind"] == "unknown-unit" && i["message"].Contains("县城建监察大队") && i["message"].Contains("未计入排名"));
        // the findings themselves are kept
        Assert.Contains(Csv(Path.Combine(outDir, "findings.csv")), f => f["unit"] == "县城建监察大队");
    }

    [Fact]
    public void Ranks_are_ordered_by_score_and_ties_share_a_rank()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        Assert.Equal(0, Q3(outDir).Code);
        var scores = Csv(Path.Combine(outDir, "scores.csv"));
        for (int i = 1; i < scores.Count; i++)
        {
            double prev = double.Parse(scores[i - 1]["score"]), cur = double.Parse(scores[i]["score"]);
            Assert.True(prev >= cur);
            Assert.Equal(prev == cur ? scores[i - 1]["rank"] : (i + 1).ToString(), scores[i]["rank"]);
        }
    }

    [Fact]
    public void The_same_breach_in_two_consecutive_quarters_puts_伞陂镇_on_the_interview_list()
    {
        Assert.Equal(0, Q2(Path.Combine(_dir, "2026Q2")).Code);
        var outDir = Path.Combine(_dir, "2026Q3");
        Assert.Equal(0, Q3(outDir).Code);
        var sanctions = Csv(Path.Combine(outDir, "sanctions.csv"));
        Assert.Contains(sanctions, s => s["sanction"] == "约谈" && s["unit"] == "潢川县伞陂镇人民政府");
        // 003 4.6 only 建立…约谈制度: the interview rests on the office's own policy (rules/offices/huangchuan.yaml), never on a clause
        Assert.All(sanctions, s => Assert.Equal("本单位考核办法", s["clauses"]));
    }

    private string Office(string policy)
    {
        var path = Path.Combine(_dir, "office.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(CliRun.Root, "rules", "offices", "huangchuan.yaml")).Split("\npolicy:")[0] + policy);
        return path;
    }

    [Fact]
    public void Without_a_policy_the_office_gets_no_list_the_standard_does_not_prescribe()
    {
        Assert.Equal(0, Audit("2026Q2", "2026-07-15 00:00", "潢川县2026年第二季度政务舆情处置台账.xlsx", Path.Combine(_dir, "Q2"), "--office", Office("")).Code);
        var outDir = Path.Combine(_dir, "Q3");
        var (code, stdout, stderr) = Audit("2026Q3", "2026-10-15 00:00", "潢川县2026年第三季度政务舆情处置台账.xlsx", outDir, "--office", Office(""));
        Assert.True(code == 0, stderr);
        Assert.Single(File.ReadAllLines(Path.Combine(outDir, "sanctions.csv"))); // the header only
        Assert.Contains("计分方案：逐项扣分", stdout);
    }

    [Fact]
    public void An_offices_policy_chooses_the_rate_scheme_and_a_policy_the_pack_cannot_take_is_refused()
    {
        var outDir = Path.Combine(_dir, "rate");
        var (code, stdout, stderr) = Audit("2026Q3", "2026-10-15 00:00", "潢川县2026年第三季度政务舆情处置台账.xlsx", outDir,
            "--office", Office("\npolicy:\n  scheme: rate\n"));
        Assert.True(code == 0, stderr);
        Assert.Contains("计分方案：按时率计分", stdout);
        var manifest = File.ReadAllText(Path.Combine(outDir, "manifest.json"));
        Assert.Contains("\"office\"", manifest);
        var bad = Audit("2026Q3", "2026-10-15 00:00", "潢川县2026年第三季度政务舆情处置台账.xlsx", Path.Combine(_dir, "bad"),
            "--office", Office("\npolicy:\n  criticism: {grades: [差]}\n"));
        Assert.Equal(4, bad.Code);
        Assert.Contains("office.yaml", bad.Err);
        Assert.Contains("“差”", bad.Err);
        Assert.False(Directory.Exists(Path.Combine(_dir, "bad")));
    }

    [Fact]
    public void A_second_run_gives_the_same_bytes()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        Assert.Equal(0, Q3(a).Code);
        Assert.Equal(0, Q3(b).Code);
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order().ToList());
        foreach (var f in files)
            Assert.True(Sha(Path.Combine(a, f)) == Sha(Path.Combine(b, f)), f);
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_reports_byte_for_byte()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        Assert.Equal(0, Q3(outDir).Code);
        var before = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, Sha);
        var (code, _, stderr) = CliRun.WithRules([
            "audit", "--pack", "huangchuan", "--period", "2026Q3", "--as-of", "2026-10-15 00:00",
            "--logs", Path.Combine(_dir, "no-such-ledger.xlsx"), "--units", Fixture("units.csv"), "--out", outDir]);
        Assert.Equal(3, code);
        Assert.Contains("no-such-ledger.xlsx", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, Sha));
    }

    [Fact]
    public void A_run_that_fails_after_findings_were_streamed_leaves_the_reports_and_the_history_as_they_were()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        var db = Path.Combine(_dir, "auditor.db");
        Assert.Equal(0, Q3(outDir).Code);
        var before = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, Sha);
        var historyBefore = CliRun.Run(["history", "--history", db, "--format", "csv", "--pack", "huangchuan"]);
        Assert.Equal(0, historyBefore.Code);

        // the first ledger is read and its findings written to the staged files and the open history transaction;
        // the second one then fails (no case-id column)
        var broken = Path.Combine(_dir, "broken.csv");
        File.WriteAllText(broken, "标题,备注\n某事,无编号\n");
        var (code, _, stderr) = CliRun.WithRules([
            "audit", "--pack", "huangchuan", "--period", "2026Q3", "--as-of", "2026-10-20 00:00",
            "--logs", Fixture("潢川县2026年第三季度政务舆情处置台账.xlsx"), "--logs", broken, "--units", Fixture("units.csv"),
            "--out", outDir, "--history", db]);
        Assert.Equal(3, code);
        Assert.Contains("broken.csv", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, Sha));
        Assert.Equal(historyBefore.Out, CliRun.Run(["history", "--history", db, "--format", "csv", "--pack", "huangchuan"]).Out);
        Assert.Empty(Directory.GetDirectories(_dir, ".*staging*"));
    }

    [Fact]
    public void Manifest_digests_match_the_files_including_those_hashed_while_streaming()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        Assert.Equal(0, Q3(outDir, "--findings", "csv,parquet,xlsx,json").Code);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray()
            .ToDictionary(o => o.GetProperty("path").GetString()!, o => o.GetProperty("sha256").GetString()!);
        foreach (var f in new[] { "findings.csv", "findings.parquet", "findings.xlsx", "findings.json" }) Assert.Contains(f, outputs.Keys);
        foreach (var (rel, sha) in outputs)
            Assert.True(Sha(Path.Combine(outDir, rel)).Equals(sha, StringComparison.OrdinalIgnoreCase), rel);
        // every finding reaches the streamed files, and the counts in the manifest are of all of them
        var counts = manifest.RootElement.GetProperty("counts");
        int findings = counts.GetProperty("findings").GetInt32();
        Assert.Equal(findings, File.ReadLines(Path.Combine(outDir, "findings.csv")).Count() - 1);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        Assert.Equal(findings, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(counts.GetProperty("met").GetInt32(), Csv(Path.Combine(outDir, "findings.csv")).Count(f => f["verdict"] == "met"));
    }

    [Fact]
    public void Findings_option_chooses_the_findings_files_and_an_unknown_format_is_a_usage_error()
    {
        var outDir = Path.Combine(_dir, "2026Q3");
        var (code, _, stderr) = Q3(outDir, "--findings", "Parquet, JSON");
        Assert.True(code == 0, stderr);
        Assert.Equal(["findings.json", "findings.parquet"], Directory.GetFiles(outDir, "findings.*").Select(Path.GetFileName).Order());

        var bad = Q3(Path.Combine(_dir, "bad"), "--findings", "csv,pdf");
        Assert.Equal(2, bad.Code);
        Assert.Contains("“pdf”", bad.Err);
        Assert.Contains("csv、parquet、xlsx、json", bad.Err);
        Assert.False(Directory.Exists(Path.Combine(_dir, "bad")));
    }

    private static string Sha(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
