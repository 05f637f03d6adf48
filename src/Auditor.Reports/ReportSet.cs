using Auditor.Core.Audit;
using Auditor.Core.Scoring;
using Auditor.Reports.Office;
using Auditor.Reports.Pictures;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;
using Auditor.Reports.Writers;

namespace Auditor.Reports;

/// <summary>
/// The documents of one audit: 汇总评分报告.docx, 单位成绩单/&lt;单位&gt;.docx, 通报批评.docx, 约谈名单.docx, 表彰名单.docx
/// (and the office's internal 待核查名单 when there is one), written into <c>outDir</c>. findings.xlsx is written by
/// <see cref="FindingsWorkbook"/>, the machine files (findings.csv/.json, scores.csv, sanctions.csv, data-issues.csv,
/// manifest.json) by Machine/ and Csv/. Same outcome → same bytes.
/// </summary>
public static class ReportSet
{
    /// <summary>
    /// The .docx documents into <paramref name="outDir"/>; the paths written, in order. findings.xlsx is not among them:
    /// the audit writes it finding by finding (<see cref="FindingsWorkbook"/>) as it replays the ledgers.
    /// </summary>
    public static IReadOnlyList<string> WriteDocuments(AuditOutcome outcome, OfficeProfile office, ReportTemplates templates, string outDir,
        IProgress<ScorecardProgress>? scorecards = null, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(outDir);
        var ctx = new ReportContext(outcome, templates, office);
        var written = new List<string>();
        void Put(string name, byte[] bytes)
        {
            cancel.ThrowIfCancellationRequested();
            var path = Path.Combine(outDir, name);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }
        Put(AuditFileNames.Summary, SummaryReportWriter.Build(ctx));
        Put(AuditFileNames.Notice, NoticeWriter.Build(ctx));
        // a list neither the document nor the office's policy provides gets no document (not an empty one)
        if (ctx.Decides(SanctionKind.Interview)) Put(AuditFileNames.InterviewList, SanctionListWriter.Build(ctx, SanctionKind.Interview));
        if (ctx.Decides(SanctionKind.Commendation)) Put(AuditFileNames.CommendationList, SanctionListWriter.Build(ctx, SanctionKind.Commendation));
        if (outcome.InternalReview.Length > 0) Put(AuditFileNames.InternalReview, InternalReviewWriter.Build(ctx));
        written.AddRange(WriteScorecards(ctx, Path.Combine(outDir, AuditFileNames.ScorecardFolder), scorecards, cancel));
        return written;
    }

    /// <summary>
    /// What a run tells the user once about the pictures: the font they are drawn with, or that this machine has no CJK
    /// font (labels in Latin letters and codes) or no font at all (no pictures). The font is chosen once per process.
    /// </summary>
    public static string PictureFontNotice => PictureFontChooser.System.Notice;

    /// <summary>One 成绩单 per unit; file names made safe and unique (ranking order decides who gets "(2)").</summary>
    internal static IReadOnlyList<string> WriteScorecards(ReportContext ctx, string dir, IProgress<ScorecardProgress>? progress = null,
        CancellationToken cancel = default)
    {
        Directory.CreateDirectory(dir);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var jobs = ctx.Figures.Ranked.Select(s => (Score: s, Path: SafeFileName.PathIn(dir, s.Unit, ".docx", taken))).ToList();
        progress?.Report(new ScorecardProgress(0, jobs.Count));
        int count = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancel };
        Parallel.ForEach(jobs, options, job =>
        {
            File.WriteAllBytes(job.Path, ScorecardWriter.Build(ctx, job.Score));
            progress?.Report(new ScorecardProgress(Interlocked.Increment(ref count), jobs.Count));
        });
        return jobs.Select(j => j.Path).ToList();
    }
}

/// <summary>How many of the scorecards <see cref="ReportSet.WriteDocuments"/> writes are done (0 of Total as they begin; reported from several threads).</summary>
public readonly record struct ScorecardProgress(int Done, int Total);
