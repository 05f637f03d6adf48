using Auditor.Reports;

namespace Auditor.Engine;

/// <summary>
/// Reports a run's <see cref="AuditProgress"/> to the caller's reporter, with each stage's Chinese line (one table,
/// so every front end shows the same words). Safe to call from several threads (scorecards are written in parallel).
/// </summary>
internal sealed class RunProgress(IProgress<AuditProgress>? sink, bool selfCheck, bool recordsHistory, FindingsFormats findings)
{
    /// <summary>Cases between two reports of the replay's counts: often enough for a live display, rare enough to cost nothing.</summary>
    public const int CaseInterval = 1000;

    private readonly Lock _gate = new();
    private int _cases, _read;
    private long _findings;

    public void Stage(AuditStage stage, int done = 0, int total = 0)
    {
        if (sink is null) return;
        lock (_gate) sink.Report(new AuditProgress(stage, Text(stage, total), _cases, _findings, done, total, _read));
    }

    /// <summary>
    /// The replay's counts so far, after each case read; reported every <see cref="CaseInterval"/> cases read (in the
    /// period or not, so a ledger full of other periods' cases still shows it is being read). The stage after the
    /// replay carries the final counts.
    /// </summary>
    public void Replayed(int read, int cases, long findings)
    {
        _read = read;
        _cases = cases;
        _findings = findings;
        if (read % CaseInterval == 0) Stage(AuditStage.Replaying);
    }

    private string FindingsWritten()
    {
        var files = string.Join(" / ", FindingsFormatNames.Files(findings));
        if (recordsHistory) files = files.Length == 0 ? "历史库明细" : files + " 与历史库明细";
        return files.Length == 0 ? "复盘完成（未要求写出判定明细文件）" : "写完 " + files;
    }

    private string Text(AuditStage stage, int total) => stage switch
    {
        AuditStage.ReadingRules => "读取规则包与工作日历",
        AuditStage.ReadingUnits => "读取单位名录",
        AuditStage.Replaying => "读取台账并逐案复盘",
        AuditStage.Scoring => "计算得分与处理名单",
        AuditStage.DecidingLists => "决定处理名单",
        AuditStage.CollectingDataIssues => "整理数据问题",
        AuditStage.FindingsWritten => FindingsWritten(),
        AuditStage.WritingTables => "写出 scores.csv / sanctions.csv / data-issues.csv",
        // the documents' pictures: the font they are drawn with (or that there is no CJK font), said once a run
        AuditStage.WritingDocuments => (selfCheck ? "自查报告" : "汇总评分报告、通报批评、约谈/表彰名单") + "；" + ReportSet.PictureFontNotice,
        AuditStage.WritingScorecards => $"单位成绩单（{total} 份）",
        AuditStage.WritingManifest => "计算文件摘要，写出 manifest.json",
        AuditStage.RecordingHistory => "记入历史库",
        _ => stage.ToString(),
    };
}
