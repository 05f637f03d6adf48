namespace Auditor.Core.Domain;

/// <summary>Where an obligation comes from: seed/source file, the clause number as printed, the quoted sentence.</summary>
public sealed record Citation(string Source, string Clause, string Quote)
{
    /// <summary>Short form used in tables, e.g. "003 4.4".</summary>
    public string Short => $"{SourceShort} {Clause}";

    private string SourceShort => Source.Length >= 3 && char.IsDigit(Source[0]) ? Source[..3] : Source;
}
