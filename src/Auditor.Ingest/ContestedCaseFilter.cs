using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>
/// Lets through the cases read from several files as <see cref="CaseCensus"/> decided: of identical copies the one
/// first in file-name order passes and each other copy gets a note; of differing copies none passes, and each later copy
/// gets a data issue naming both places and what differs. Only the first copy of a differing case is held, until its
/// last copy is read (at most <see cref="MaxHeld"/>; past that the issue names the places without the differences).
/// </summary>
internal sealed class ContestedCaseFilter(CaseCensus? census, IIngestSink sink)
{
    public const int MaxHeld = 10_000;
    private readonly Dictionary<string, (Case? First, SourceRef FirstSource, int Seen)> _held = new(StringComparer.Ordinal);

    /// <summary>True when the case is to be judged.</summary>
    public bool Admit(Case c)
    {
        if (census?.Of(c.CaseId) is not { } copies) return true;
        var ordered = copies.OrderBy(o => o.Source.File, StringComparer.Ordinal).ThenBy(o => o.Source.Sheet, StringComparer.Ordinal)
            .ThenBy(o => o.Source.Row).ToArray();
        var id = SheetContext.Clip(c.CaseId);
        if (CaseCensus.Identical(copies))
        {
            if (ordered[0].Source == c.Source) return true;
            sink.Issue(new DataIssue(c.Source.File, c.Source.Sheet, c.Source.Row, null, c.CaseId, DataIssueKind.RepeatedCase,
                $"舆情编号“{id}”与 {ordered[0].Source} 的内容完全一致，是同一件舆情，只计一次（本行不重复计入）"));
            return false;
        }
        if (!_held.TryGetValue(c.CaseId, out var held))
        {
            _held[c.CaseId] = (_held.Count < MaxHeld ? c : null, c.Source, 1);
            return false;
        }
        var differences = held.First is { } first ? CaseContent.Differences(first, c) : [];
        var what = differences.Count > 0 ? $"（{string.Join("；", differences)}）" : "";
        sink.Issue(new DataIssue(c.Source.File, c.Source.Sheet, c.Source.Row, null, c.CaseId, DataIssueKind.ConflictingCase,
            $"舆情编号“{id}”在 {held.FirstSource} 和 {c.Source} 都有，但内容不一致{what}：无法确定以哪份为准，两处都不予判定、不计入任何单位。" +
            "请与相关单位核实，只在一份台账中保留正确的记录后重新审计"));
        if (held.Seen + 1 == copies.Length) _held.Remove(c.CaseId);
        else _held[c.CaseId] = held with { Seen = held.Seen + 1 };
        return false;
    }
}
