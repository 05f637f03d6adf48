using Auditor.Core.Audit;
using Auditor.Core.Scoring;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using DocumentFormat.OpenXml.Packaging;
using Xunit.Abstractions;

namespace Auditor.Reports.Tests;

public class DocumentSetTests(ITestOutputHelper output)
{
    private static OfficeProfile Office => OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));

    private static string WriteSample(string name)
    {
        var dir = TestFiles.TempDir(name);
        ReportFiles.WriteSet(SampleOutcome.Build(), Office, dir);
        return dir;
    }

    [Fact]
    public void Every_document_is_written_and_every_unit_has_a_scorecard()
    {
        var dir = WriteSample("set");
        foreach (var f in new[] { "汇总评分报告.docx", "通报批评.docx", "约谈名单.docx", "表彰名单.docx", "findings.xlsx" })
            Assert.True(File.Exists(Path.Combine(dir, f)), f);
        var cards = Directory.GetFiles(Path.Combine(dir, "单位成绩单")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(new[] { "东城街道.docx", "光明镇.docx", "城关镇.docx", "县卫生健康委员会.docx", "县市场监督管理局.docx", "县应急管理局.docx" }.Order(), cards);
        var summary = TestFiles.BodyText(Path.Combine(dir, "汇总评分报告.docx"));
        foreach (var u in SampleOutcome.Units) Assert.Contains(u.Name, summary);
    }

    [Fact]
    public void Every_docx_passes_the_Office2016_validator()
    {
        var dir = WriteSample("valid");
        var self = Path.Combine(dir, "自查报告.docx");
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "光明镇", self);
        var errors = Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories).SelectMany(TestFiles.ValidationErrors).ToList();
        foreach (var e in errors.Take(30)) output.WriteLine(e);
        Assert.Empty(errors);
        Assert.Equal(6 + 4 + 1, Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_second_run_writes_the_same_bytes()
    {
        var a = WriteSample("det-a");
        var b = WriteSample("det-b");
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        Assert.True(files.Count >= 11);
        foreach (var f in files)
            Assert.True(TestFiles.Sha256(Path.Combine(a, f)) == TestFiles.Sha256(Path.Combine(b, f)), $"{f} differs between two runs");
        foreach (var f in files.Where(f => f.EndsWith(".docx") || f.EndsWith(".xlsx")))
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(a, f));
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        }
    }

    [Fact]
    public void Core_properties_carry_the_as_of_time()
    {
        var dir = WriteSample("core");
        using var doc = WordprocessingDocument.Open(Path.Combine(dir, "通报批评.docx"), false);
        // As-of 2026-10-15 09:00 Asia/Shanghai = 01:00 UTC.
        Assert.Equal(new DateTime(2026, 10, 15, 1, 0, 0), doc.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void Summary_has_four_native_charts_with_Chinese_labels_and_embedded_data()
    {
        var dir = WriteSample("charts");
        using var doc = WordprocessingDocument.Open(Path.Combine(dir, "汇总评分报告.docx"), false);
        var charts = doc.MainDocumentPart!.ChartParts.ToList();
        Assert.Equal(4, charts.Count); // scores, kind rates, lateness, trend (history has 2026Q1 and 2026Q2)
        var xml = string.Join("\n", charts.Select(c => c.ChartSpace.OuterXml));
        Assert.Contains("<c:v>光明镇</c:v>", xml);
        Assert.Contains("<c:v>发布权威信息</c:v>", xml);
        Assert.Contains("<c:v>特别重大</c:v>", xml);
        Assert.Contains("<c:v>2026年第一季度</c:v>", xml);
        Assert.Contains("lineChart", xml);
        Assert.All(charts, c => Assert.NotNull(c.EmbeddedPackagePart));
    }

    [Fact]
    public void Lateness_chart_puts_each_failure_in_its_bucket()
    {
        var dir = WriteSample("buckets");
        using var doc = WordprocessingDocument.Open(Path.Combine(dir, "汇总评分报告.docx"), false);
        var lateness = doc.MainDocumentPart!.ChartParts.Select(c => c.ChartSpace).Single(c => c.InnerText.Contains("超时程度"));
        var xml = lateness.OuterXml;
        // Severities present among failures, in official order, unknown last: 特别重大, 重大, 较大, 一般, 未分级.
        Assert.Matches("特别重大.*重大.*较大.*一般.*未分级", xml);
        // By hand from SampleOutcome: 特别重大 has 720 min (6–24 h) and 3120 min (1–3 days).
        var series = lateness.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().ToList();
        Assert.Equal(6, series.Count);
        double ValueAt(int s, int cat) => double.Parse(series[s].Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericPoint>()
            .Single(p => p.Index!.Value == (uint)cat).NumericValue!.Text);
        Assert.Equal(1, ValueAt(2, 0)); // 6至24小时 × 特别重大
        Assert.Equal(1, ValueAt(3, 0)); // 1至3天 × 特别重大
        Assert.Equal(1, ValueAt(0, 1)); // ≤1 h × 重大 (30 min)
        Assert.Equal(1, ValueAt(5, 2)); // 未履行 × 较大
    }

    [Fact]
    public void Scorecard_has_the_unit_vs_average_chart_deductions_and_fix_hints()
    {
        var dir = WriteSample("card");
        var path = Path.Combine(dir, "单位成绩单", "县卫生健康委员会.docx");
        using (var doc = WordprocessingDocument.Open(path, false))
        {
            var chart = Assert.Single(doc.MainDocumentPart!.ChartParts);
            var xml = chart.ChartSpace.OuterXml;
            Assert.Contains("<c:v>全部单位</c:v>", xml);
            Assert.Contains("<c:v>县卫生健康委员会</c:v>", xml);
        }
        var text = TestFiles.BodyText(path);
        Assert.Contains("100 − 5 − 2 = 93", text);
        Assert.Contains("第4名（共6个单位）", text);
        Assert.Contains("重大突发事件须在5小时内发布权威信息，夜间实行值班发布。", text);
        Assert.Contains("HC-2026-005", text);
    }

    [Fact]
    public void A_clause_number_containing_a_dunhao_stays_on_one_line_in_the_lists()
    {
        // 002 四、3 / 001 四、3 are printed clause numbers: the 依据 column must not split them at 、
        var dir = TestFiles.TempDir("dunhao");
        var outcome = SampleOutcome.Build() with
        {
            Sanctions = [new Sanction("城关镇", SanctionKind.Commendation, [new(null, [], "001 四、3", "得分100分")]),
                         new Sanction("光明镇", SanctionKind.Interview, [new("R", ["HC-2026-011"], "003 4.6", "整改不到位"), new("R2", ["HC-2026-012"], "002 四、3", "反馈不及时")])],
        };
        ReportFiles.WriteSet(outcome, Office, dir);
        var commend = TestFiles.BodyText(Path.Combine(dir, "表彰名单.docx")).Split('\n');
        Assert.Contains("001 四、3", commend);
        var interview = TestFiles.BodyText(Path.Combine(dir, "约谈名单.docx")).Split('\n');
        Assert.Contains("003 4.6", interview);
        Assert.Contains("002 四、3", interview);
        Assert.DoesNotContain("001 四", commend);
    }

    [Fact]
    public void Lists_have_the_official_columns_and_the_head_from_the_registry()
    {
        var dir = WriteSample("lists");
        var interview = TestFiles.BodyText(Path.Combine(dir, "约谈名单.docx"));
        foreach (var h in new[] { "序号", "单位", "主要负责人", "事由", "依据", "涉及案件" }) Assert.Contains(h, interview);
        Assert.Contains("光明镇", interview);
        Assert.Contains("刘海燕", interview);
        Assert.Contains("HC-2026-011", interview);
        Assert.Contains("002 四.3", interview);
        var commend = TestFiles.BodyText(Path.Combine(dir, "表彰名单.docx"));
        Assert.Contains("城关镇", commend);
        Assert.Contains("张建国", commend);
        Assert.Contains("东城街道", commend);
        Assert.DoesNotContain("光明镇", commend);
    }

    [Fact]
    public void Notice_names_every_sanctioned_unit_with_reasons_and_clauses()
    {
        var dir = WriteSample("notice-content");
        var text = TestFiles.BodyText(Path.Combine(dir, "通报批评.docx"));
        Assert.Contains("潢川县人民政府办公室文件", text);
        Assert.Contains("潢政办〔2026〕12号", text);
        Assert.Contains("关于2026年第三季度政务舆情回应处置工作考核情况的通报", text);
        Assert.Contains("各乡镇人民政府、街道办事处，县政府各部门：", text);
        Assert.Contains("一、总体情况", text);
        Assert.Contains("（一）通报批评的单位", text);
        Assert.Contains("县应急管理局：特别重大突发事件超过5小时才发布权威信息（依据：003 4.4", text);
        Assert.Contains("光明镇", text);
        Assert.Contains("县市场监督管理局", text); // 追责
        Assert.Contains("城关镇", text);           // 表扬
        Assert.Contains("2026年10月15日", text);
        Assert.Contains("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", text);
        Assert.Contains("2026年10月15日印发", text);
        Assert.DoesNotContain("{{", text);
    }

    [Fact]
    public void Personal_data_never_reaches_a_docx_and_internal_fields_never_reach_public_documents()
    {
        var dir = WriteSample("pii");
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "县卫生健康委员会", Path.Combine(dir, "自查报告.docx"));
        foreach (var docx in Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories))
        {
            var xml = TestFiles.AllXml(docx);
            Assert.DoesNotContain(SampleOutcome.IdNumber, xml);
            Assert.DoesNotContain(SampleOutcome.IdNumber15, xml);
            Assert.DoesNotContain(SampleOutcome.Mobile, xml);
            Assert.DoesNotContain(SampleOutcome.Email, xml);
            Assert.False(xml.Contains('\u0001'), "XML-illegal character in " + docx);
        }
        var card = TestFiles.BodyText(Path.Combine(dir, "单位成绩单", "县卫生健康委员会.docx"));
        Assert.Contains("3607**********1234", card);
        Assert.Contains("3607*******5123", card);
        Assert.Contains("z***@example.com", card);
        Assert.Contains("138****5678", TestFiles.BodyText(Path.Combine(dir, "单位成绩单", "东城街道.docx")));
        foreach (var pub in new[] { "通报批评.docx", "约谈名单.docx", "表彰名单.docx", "汇总评分报告.docx" })
        {
            var xml = TestFiles.AllXml(Path.Combine(dir, pub));
            Assert.DoesNotContain("内部简报", xml);
            Assert.DoesNotContain("待宣传部统一口径", xml);
        }
        Assert.Contains("内部信息略", TestFiles.BodyText(Path.Combine(dir, "通报批评.docx")));
    }

    [Fact]
    public void Self_check_report_covers_one_unit_and_names_no_sanctions()
    {
        var dir = TestFiles.TempDir("self");
        var path = Path.Combine(dir, "自查报告.docx");
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "光明镇", path);
        var text = TestFiles.BodyText(path);
        Assert.Contains("光明镇政务舆情回应处置工作自查报告", text);
        Assert.Contains("HC-2026-009", text);
        Assert.Contains("对网民关切须在48小时内公开回应。", text);
        Assert.DoesNotContain("HC-2026-005", text);            // another unit's case
        Assert.DoesNotContain("本期超时或未履行4项", text);     // the interview reason
        Assert.DoesNotContain("交办事项虚假反馈", text);         // the criticism reason
        Assert.DoesNotContain("名单", text);
    }

    [Fact]
    public void A_self_check_shows_rank_and_the_all_unit_rate_only_when_it_has_other_units_to_compare_with()
    {
        var dir = TestFiles.TempDir("self-compare");
        string compared = Path.Combine(dir, "compared.docx"), alone = Path.Combine(dir, "alone.docx");
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "光明镇", compared);
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "光明镇", alone, alone: true);
        // 光明镇 scored lowest of the six units and met none of its 4 judged obligations; all six together met 6 of 16
        // (met: HC-001 ×2, HC-003, HC-005 press, HC-008, HC-014 appealed; breached 8; missing HC-009, HC-013)
        var c = TestFiles.BodyText(compared).Split('\n');
        Assert.Contains("第6名（共6个单位）", c);
        Assert.Contains("0.0%（全部单位 37.5%）", c);
        Assert.Contains("光明镇与全部单位按时率对比", TestFiles.AllXml(compared));
        var a = TestFiles.BodyText(alone).Split('\n');
        Assert.DoesNotContain("排名", a);
        Assert.Contains("0.0%", a);
        Assert.DoesNotContain("全部单位", TestFiles.AllXml(alone));
        Assert.Contains("光明镇各类事项按时率", TestFiles.AllXml(alone));
        Assert.Empty(TestFiles.ValidationErrors(compared));
        Assert.Empty(TestFiles.ValidationErrors(alone));
    }

    [Fact]
    public void Joint_office_notice_validates_and_signs_with_both_offices()
    {
        var dir = TestFiles.TempDir("joint");
        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "zhanggong.yaml"));
        var path = Path.Combine(dir, "通报批评.docx");
        ReportFiles.WriteNotice(SampleOutcome.Build(), office, path);
        Assert.Empty(TestFiles.ValidationErrors(path));
        var text = TestFiles.BodyText(path);
        Assert.Contains("章办字〔2026〕8号", text);
        Assert.Contains("中共赣州市章贡区委办公室", text);
        Assert.Contains("赣州市章贡区人民政府办公室", text);
    }

    [Fact]
    public void Unit_names_that_are_paths_or_device_names_stay_inside_the_scorecard_folder()
    {
        var o = SampleOutcome.Build();
        var evil = new[] { "../../逃逸", "CON", "a/b\\c", "..", "  ", "县卫生健康委员会" };
        var scores = o.Scores.Take(evil.Length).Select((s, i) => s with { Unit = evil[i] }).ToArray();
        o = o with { Scores = [.. scores] };
        var dir = TestFiles.TempDir("evil");
        ReportFiles.WriteSet(o, Office, dir);
        var root = Path.GetFullPath(Path.Combine(dir, "单位成绩单"));
        var files = Directory.GetFiles(root).ToList();
        Assert.Equal(evil.Length, files.Count);
        Assert.All(files, f => Assert.Equal(root, Path.GetDirectoryName(f)));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(dir)!, "*逃逸*", SearchOption.TopDirectoryOnly));
        Assert.Empty(Directory.GetFiles(dir, "*逃逸*", SearchOption.TopDirectoryOnly));
        Assert.Contains(files, f => Path.GetFileName(f).Contains("逃逸"));
        Assert.DoesNotContain(files, f => Path.GetFileName(f) == "CON.docx");
    }

    [Fact]
    public void Sanction_kinds_each_reach_the_summary_appendix()
    {
        var dir = WriteSample("appendix");
        var text = TestFiles.BodyText(Path.Combine(dir, "汇总评分报告.docx"));
        foreach (var k in Enum.GetValues<SanctionKind>().Where(k => k.IsPublic())) Assert.Contains($"{k.Chinese()}名单", text);
        Assert.Contains("经三次催办仍未回应", text);
        Assert.Contains("“第一时间”", text);
        Assert.Contains("得分 = 100 − Σ（规则权重 × 判定系数）", text);
        Assert.Contains("003 4.4：“特别重大、重大突发事件发生后", text);
        Assert.Contains("只有日期没有时刻", text);
    }
}

public class EmptyOutcomeTests
{
    [Fact]
    public void An_audit_with_no_findings_sanctions_history_or_issues_still_writes_valid_documents()
    {
        var o = SampleOutcome.Build() with
        {
            KeptFindings = [], Totals = FindingTotals.Of([]), Sanctions = [], History = [], DataIssues = [], Interpretations = [], InternalTexts = [],
            Scores = [.. SampleOutcome.Build().Scores.Select(s => s with { Deductions = [], Formula = "100 = 100", Score = 100, Rank = 1, OnTimeRate = null })],
        };
        var dir = TestFiles.TempDir("empty");
        ReportFiles.WriteSet(o, OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "nanan.yaml")), dir);
        ReportFiles.WriteSelfCheck(o, "城关镇", Path.Combine(dir, "自查报告.docx"));
        Assert.Empty(Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories).SelectMany(TestFiles.ValidationErrors));
        var notice = TestFiles.BodyText(Path.Combine(dir, "通报批评.docx"));
        Assert.Contains("本期无通报批评的单位。", notice);
        Assert.Contains("本期未发现超时或未履行问题。", notice);
        Assert.Contains("南政办〔2026〕36号", notice);
        Assert.Contains("本期无", TestFiles.BodyText(Path.Combine(dir, "约谈名单.docx")));
        using var summary = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(dir, "汇总评分报告.docx"), false);
        Assert.Equal(3, summary.MainDocumentPart!.ChartParts.Count()); // no trend without an earlier period
    }
}

public class TableWidthTests
{
    [Fact]
    public void No_table_is_wider_than_the_text_area_of_its_page()
    {
        var dir = TestFiles.TempDir("widths");
        ReportFiles.WriteSet(SampleOutcome.Build(), OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "zhanggong.yaml")), dir);
        int tables = 0;
        foreach (var path in Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories))
        {
            using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
            var body = doc.MainDocumentPart!.Document.Body!;
            var sect = body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
            var size = sect.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
            var m = sect.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
            long text = size.Width!.Value - m.Left!.Value - m.Right!.Value;
            foreach (var t in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>())
            {
                tables++;
                long grid = t.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!.Elements<DocumentFormat.OpenXml.Wordprocessing.GridColumn>()
                    .Sum(c => long.Parse(c.Width!.Value!));
                Assert.True(grid <= text, $"{Path.GetFileName(path)}: table {grid} twips > text width {text}");
            }
        }
        Assert.True(tables > 20);
    }
}
