using Auditor.Core.Audit;
using Auditor.Reports.Analysis;
using Auditor.Reports.Docx;
using Auditor.Reports.Office;
using Auditor.Reports.Pictures;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;
using NodaTime;

namespace Auditor.Reports.Writers;

/// <summary>What every writer of one run shares, computed once: figures, templates, office, text filters, timestamps.</summary>
internal sealed class ReportContext
{
    /// <param name="pictureFont">The font of the pictures; null = the one chosen from this machine's fonts.</param>
    public ReportContext(AuditOutcome outcome, ReportTemplates templates, OfficeProfile? office, PictureFont? pictureFont = null)
    {
        Outcome = outcome;
        Words = new PictureWords(pictureFont ?? PictureFontChooser.System);
        AsOfText = OfficialDate.Format(outcome.AsOf.InZone(outcome.Zone).LocalDateTime);
        Figures = new OutcomeFigures(outcome);
        _periods = new Lazy<PeriodComparison>(() => new PeriodComparison(outcome), LazyThreadSafetyMode.ExecutionAndPublication);
        Templates = templates;
        Office = office;
        PublicDocumentText = new PublicText(outcome.InternalTexts);
        AsOfLocal = outcome.AsOf.InZone(outcome.Zone).LocalDateTime;
        Created = new DateTimeOffset(outcome.AsOf.ToDateTimeUtc(), TimeSpan.Zero);
    }

    public AuditOutcome Outcome { get; }
    /// <summary>The pictures' font and the words they draw (Chinese, or Latin and codes without a CJK font).</summary>
    public PictureWords Words { get; }
    /// <summary>The as-of time as documents write it.</summary>
    public string AsOfText { get; }
    public OutcomeFigures Figures { get; }

    private readonly Lazy<PeriodComparison> _periods;
    /// <summary>This period against the earlier ones (computed on first use, once).</summary>
    public PeriodComparison Periods => _periods.Value;
    public ReportTemplates Templates { get; }
    public OfficeProfile? Office { get; }
    /// <summary>For 通报批评 and 名单: personal data masked and internal field values hidden.</summary>
    public PublicText PublicDocumentText { get; }
    /// <summary>For working reports: personal data masked.</summary>
    public PublicText ReportText => PublicText.Standard;
    public LocalDateTime AsOfLocal { get; }
    public DateTimeOffset Created { get; }

    public string PeriodRange =>
        $"{OfficialDate.Format(Outcome.Period.Start)}至{OfficialDate.Format(Outcome.Period.End.PlusDays(-1))}";

    /// <summary>The governing document as the notice cites it: 《title》（number）; the title alone when it has no real 文号.</summary>
    public string BasisDocument
    {
        get
        {
            var p = Outcome.Pack;
            var t = p.Title.StartsWith('《') ? p.Title : $"《{p.Title}》";
            return Core.Rules.DocumentNumbers.IsReal(p.DocumentNumber) ? $"{t}（{p.DocumentNumber!.Trim()}）" : t;
        }
    }

    /// <summary>What one list rests on, as its document says it: the office's policy (本单位考核办法) or the governing document.</summary>
    public string ListBasis(Core.Scoring.SanctionKind kind) =>
        Outcome.Lists.FirstOrDefault(l => l.Kind == kind)?.PolicyBasis ?? BasisDocument;

    /// <summary>Whether this audit decides the list at all (a list that is off is never shown, not even as empty).</summary>
    public bool Decides(Core.Scoring.SanctionKind kind) => Outcome.Lists.Any(l => l.Kind == kind);

    /// <summary>
    /// The lists attached to the notice (约谈名单, 表彰名单), in order: only those this audit decides. Their position
    /// is their 附件 number.
    /// </summary>
    public IReadOnlyList<Core.Scoring.SanctionKind> Attachments =>
        [.. new[] { Core.Scoring.SanctionKind.Interview, Core.Scoring.SanctionKind.Commendation }.Where(Decides)];

    public WordDocument NewReport(string title) => new(ReportText, PageLayout.Report, title, Created);

    /// <summary>A working report that carries the sanction lists (汇总评分报告): internal field values hidden as in the 名单.</summary>
    public WordDocument NewReportWithLists(string title) => new(PublicDocumentText, PageLayout.Report, title, Created);

    public WordDocument NewOfficial(string title) => new(PublicDocumentText, PageLayout.Official, title, Created);
}
