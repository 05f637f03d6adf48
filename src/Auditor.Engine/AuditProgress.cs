namespace Auditor.Engine;

/// <summary>The stages of a run, in the order they begin (a self-check skips the ones that write lists, documents and history).</summary>
public enum AuditStage
{
    /// <summary>Rule pack, office profile and working calendar.</summary>
    ReadingRules,
    /// <summary>The unit registry.</summary>
    ReadingUnits,
    /// <summary>Ledgers read and every case replayed; findings streamed to the findings files (counts grow).</summary>
    Replaying,
    /// <summary>Unit scores.</summary>
    Scoring,
    /// <summary>The lists (通报批评, 约谈, 表彰; the internal 待核查).</summary>
    DecidingLists,
    /// <summary>Data issues gathered from the ledgers and the replay.</summary>
    CollectingDataIssues,
    /// <summary>findings.csv / .json / .xlsx (and the history store's findings) complete.</summary>
    FindingsWritten,
    /// <summary>scores.csv, sanctions.csv, data-issues.csv.</summary>
    WritingTables,
    /// <summary>汇总评分报告, 通报批评, 约谈/表彰名单 (a self-check: 自查报告).</summary>
    WritingDocuments,
    /// <summary>单位成绩单, one per unit (Done of Total).</summary>
    WritingScorecards,
    /// <summary>Digests of every file, manifest.json.</summary>
    WritingManifest,
    /// <summary>Scores and lists committed to the history store (after the output folder is in place).</summary>
    RecordingHistory,
}

/// <summary>
/// Where a run is: its stage with the Chinese line a front end shows for it, and counts. A stage is reported once
/// when it begins; <see cref="AuditStage.Replaying"/> is reported again as cases are read, and
/// <see cref="AuditStage.WritingScorecards"/> as scorecards are written (possibly from several threads).
/// </summary>
/// <param name="Cases">Cases of the period replayed so far.</param>
/// <param name="Read">Cases read from the ledgers so far, those discovered outside the period included.</param>
/// <param name="Findings">Applicable findings so far (not-applicable ones are only counted in the outcome).</param>
/// <param name="Done">Items of the stage done (scorecards).</param>
/// <param name="Total">Items of the stage in all (scorecards); 0 when the stage has no items.</param>
public readonly record struct AuditProgress(AuditStage Stage, string Text, int Cases, long Findings, int Done, int Total, int Read = 0);
