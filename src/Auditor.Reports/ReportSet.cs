using Auditor.Core.Audit;
using Auditor.Core.Scoring;
using Auditor.Reports.Office;
using Auditor.Reports.Pictures;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;
using Auditor.Reports.Writers;

namespace Auditor.Reports;

/// <summary>
/// The documents of one audit (issue 6): 汇总评分报告.docx, 单位成绩单/&lt;单位&gt;.docx, 通报批评.docx, 约谈名单.docx,
/// 表彰名单.docx and findings.xlsx, written into <c>outDir</c> (the machine files findings.csv/.json, scores.csv,
/// sanctions.csv, data-issues.csv and manifest.json are written by Machine/ and Csv/). Same outcome → same bytes.
/// </summary>
public static class ReportSet
{
    public const string SummaryFile = "汇总评分报告.docx";
    public const string ScorecardFolder = "单位成绩单";
    public const string NoticeFile = "通报批评.docx";
    public const string InterviewListFile = "约谈名单.docx";
    public const string CommendationListFile = "表彰名单.docx";
    public const string FindingsWorkbookFile = "findings.xlsx";
    /// <summary>The office's internal 待核查 list: written only when there is one; no public document mentions it.</summary>
    public const string InternalReviewFile = "待核查名单（内部）.docx";

    /// <summary>Writes every document; templates come from rules/templates next to the office file's rules/offices folder.</summary>
    public static IReadOnlyList<string> WriteAll(AuditOutcome outcome, OfficeProfile office, string outDir)
    {
        var officeDir = Path.GetDirectoryName(Path.GetFullPath(office.SourceFile
            ?? throw new ArgumentException("OfficeProfile 不是从文件读取的，请使用带 ReportTemplates 参数的重载")));
        return WriteAll(outcome, office, ReportTemplates.Load(Path.Combine(officeDir!, "..", "templates")), outDir);
    }

    /// <summary>
    /// Writes every document into <paramref name="outDir"/> and returns the paths written, in order. findings.xlsx is
    /// written from <see cref="AuditOutcome.Findings"/>, so the outcome must hold every finding (a streamed audit writes
    /// it with <see cref="FindingsWorkbook"/> and calls <see cref="WriteDocuments"/>).
    /// </summary>
    public static IReadOnlyList<string> WriteAll(AuditOutcome outcome, OfficeProfile office, ReportTemplates templates, string outDir,
        IProgress<int>? scorecardsDone = null, IProgress<string>? progress = null)
    {
        outcome.RequireAllFindings(FindingsWorkbookFile);
        var written = WriteDocuments(outcome, office, templates, outDir, scorecardsDone, progress).ToList();
        progress?.Report("findings.xlsx");
        var path = Path.Combine(outDir, FindingsWorkbookFile);
        FindingsWorkbookWriter.Write(outcome, path);
        written.Add(path);
        return written;
    }

    /// <summary>The .docx documents (everything but findings.xlsx) into <paramref name="outDir"/>; the paths written, in order.</summary>
    public static IReadOnlyList<string> WriteDocuments(AuditOutcome outcome, OfficeProfile office, ReportTemplates templates, string outDir,
        IProgress<int>? scorecardsDone = null, IProgress<string>? progress = null) =>
        WriteDocuments(outcome, office, templates, outDir, scorecardsDone, progress, pictureFont: null);

    /// <param name="pictureFont">The pictures' font; null = chosen from this machine's fonts (tests give one to see the other paths).</param>
    internal static IReadOnlyList<string> WriteDocuments(AuditOutcome outcome, OfficeProfile office, ReportTemplates templates, string outDir,
        IProgress<int>? scorecardsDone, IProgress<string>? progress, PictureFont? pictureFont)
    {
        Directory.CreateDirectory(outDir);
        var ctx = new ReportContext(outcome, templates, office, pictureFont);
        var written = new List<string>();
        void Put(string name, byte[] bytes)
        {
            var path = Path.Combine(outDir, name);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }
        progress?.Report(ctx.Words.Font.Notice); // once a run: which font the pictures use, or that there is no CJK font
        progress?.Report("汇总评分报告、通报批评、约谈/表彰名单");
        Put(SummaryFile, SummaryReportWriter.Build(ctx));
        Put(NoticeFile, NoticeWriter.Build(ctx));
        // a list neither the document nor the office's policy provides gets no document (not an empty one)
        if (ctx.Decides(SanctionKind.Interview)) Put(InterviewListFile, SanctionListWriter.Build(ctx, SanctionKind.Interview));
        if (ctx.Decides(SanctionKind.Commendation)) Put(CommendationListFile, SanctionListWriter.Build(ctx, SanctionKind.Commendation));
        if (outcome.InternalReview.Length > 0) Put(InternalReviewFile, InternalReviewWriter.Build(ctx));
        progress?.Report($"单位成绩单（{outcome.Scores.Length} 份）");
        written.AddRange(WriteScorecards(ctx, Path.Combine(outDir, ScorecardFolder), scorecardsDone));
        return written;
    }

    /// <summary>One 成绩单 per unit; file names made safe and unique (ranking order decides who gets "(2)").</summary>
    internal static IReadOnlyList<string> WriteScorecards(ReportContext ctx, string dir, IProgress<int>? done = null)
    {
        Directory.CreateDirectory(dir);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var jobs = ctx.Figures.Ranked.Select(s => (Score: s, Path: SafeFileName.PathIn(dir, s.Unit, ".docx", taken))).ToList();
        int count = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, job =>
        {
            File.WriteAllBytes(job.Path, ScorecardWriter.Build(ctx, job.Score));
            done?.Report(Interlocked.Increment(ref count));
        });
        return jobs.Select(j => j.Path).ToList();
    }

    /// <summary>The notice alone (e.g. to re-issue with another document number).</summary>
    public static void WriteNotice(AuditOutcome outcome, OfficeProfile office, ReportTemplates templates, string path) =>
        File.WriteAllBytes(path, NoticeWriter.Build(new ReportContext(outcome, templates, office)));
}
