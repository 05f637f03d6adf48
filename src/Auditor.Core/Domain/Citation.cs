namespace Auditor.Core.Domain;

/// <summary>Where an obligation comes from: seed/source file, the clause number as printed, the quoted sentence.</summary>
public sealed record Citation(string Source, string Clause, string Quote)
{
    /// <summary>Title of the source document (from the pack's `sources:`), when known.</summary>
    public string? SourceTitle { get; init; }

    /// <summary>
    /// True when the source marks this clause number as not verified against the original (the pack lists it under the
    /// source's `unverified_numbers`): documents then name the source without the number (<see cref="Short"/>).
    /// </summary>
    public bool NumberUnverified { get; init; }

    /// <summary>
    /// Short form used in tables and documents, e.g. "003 4.4"; for an unverified number the source alone,
    /// e.g. "《关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）".
    /// </summary>
    public string Short => NumberUnverified ? SourceOnly : $"{SourceShort} {Clause}";

    /// <summary>The source without a clause number: its title with the source key in brackets, or the key alone.</summary>
    public string SourceOnly
    {
        get
        {
            if (string.IsNullOrWhiteSpace(SourceTitle)) return SourceShort;
            var title = SourceTitle.Contains('《') ? SourceTitle : $"《{SourceTitle}》";
            return title.Contains(Source, StringComparison.Ordinal) ? title : $"{title}（{Source}）";
        }
    }

    private string SourceShort => Source.Length >= 3 && char.IsDigit(Source[0]) ? Source[..3] : Source;
}
