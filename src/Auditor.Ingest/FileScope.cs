using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>
/// Reading state shared by the sheets of one file: whether case numbers given only as 序号 must be qualified by the file
/// (several files are read) or by the sheet (several sheets hold data), the ids seen in the file (a second row with the
/// same id is a duplicate) and the unit spellings already noted.
/// </summary>
internal sealed class FileScope(string file, bool severalFiles, bool severalSheets)
{
    public string File { get; } = file;
    public bool QualifyByFile { get; } = severalFiles;
    public bool QualifyBySheet { get; } = severalSheets;
    public CaseIdIndex Ids { get; } = new(file);

    /// <summary>A date without a year has been completed from the period and noted (once per file).</summary>
    public bool YearNoted { get; set; }

    /// <summary>Unit spellings matched by a short form, already noted once for this file.</summary>
    public HashSet<string> NotedShortForms { get; } = new(StringComparer.Ordinal);

    /// <summary>"台账A/7月/" — what goes before a 序号 or a row to make it an id no other file or sheet has.</summary>
    public string Qualifier(string? sheet)
    {
        var parts = new List<string>(2);
        if (QualifyByFile) parts.Add(Path.GetFileNameWithoutExtension(File));
        if (QualifyBySheet && sheet is not null) parts.Add(sheet);
        return parts.Count == 0 ? "" : string.Join("/", parts) + "/";
    }
}

/// <summary>
/// Case ids seen so far in one file, for duplicate detection; keeps only id → first sheet and row (a value, not an
/// object: a million-row file keeps a million of them).
/// </summary>
internal sealed class CaseIdIndex(string file)
{
    private readonly Dictionary<string, (string? Sheet, int Row)> _first = new(StringComparer.Ordinal);

    public bool TryAdd(string id, SourceRef source, out SourceRef first)
    {
        if (_first.TryGetValue(id, out var at))
        {
            first = new SourceRef(file, at.Sheet, at.Row);
            return false;
        }
        _first[id] = (source.Sheet, source.Row);
        first = source;
        return true;
    }
}
