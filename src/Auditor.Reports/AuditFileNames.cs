namespace Auditor.Reports;

/// <summary>The names of the files in an audit's output folder, in one place.</summary>
public static class AuditFileNames
{
    // machine files
    public const string FindingsCsv = "findings.csv";
    public const string FindingsParquet = "findings.parquet";
    public const string FindingsJson = "findings.json";
    public const string FindingsWorkbook = "findings.xlsx";
    public const string DataIssues = "data-issues.csv";
    public const string Scores = "scores.csv";
    public const string Sanctions = "sanctions.csv";
    public const string Manifest = "manifest.json";

    // documents
    public const string Summary = "汇总评分报告.docx";
    public const string ScorecardFolder = "单位成绩单";
    public const string Notice = "通报批评.docx";
    public const string InterviewList = "约谈名单.docx";
    public const string CommendationList = "表彰名单.docx";
    /// <summary>The office's internal 待核查 list: written only when there is one; no public document mentions it.</summary>
    public const string InternalReview = "待核查名单（内部）.docx";
    /// <summary>A unit's self-check report (its folder has no other document).</summary>
    public const string SelfCheckReport = "自查报告.docx";
}
