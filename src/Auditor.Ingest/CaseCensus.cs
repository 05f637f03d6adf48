using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>
/// The case ids that occur in more than one file of a run, with each occurrence's place and content fingerprint
/// (taken by a first reading of all files that keeps only ids). It lets the reading that feeds the audit decide a case
/// found in several files without depending on the order the files were given in: copies that say the same are one
/// case, counted once at the first place in file-name order; copies that differ are judged against no unit and
/// reported for the office to resolve (either copy could be the wrong one, and judging one would blame a unit on the
/// strength of a file order).
/// </summary>
internal sealed class CaseCensus
{
    private readonly Dictionary<string, Occurrence[]> _contested;

    /// <summary>One file's copy of a case: where it was read and what it says.</summary>
    public readonly record struct Occurrence(SourceRef Source, ulong Fingerprint);

    private CaseCensus(Dictionary<string, Occurrence[]> contested) => _contested = contested;

    public int Count => _contested.Count;

    /// <summary>Counts the ids of every file's cases (<paramref name="casesByFile"/>: each file's cases, files in reading order).</summary>
    public static CaseCensus Take(IEnumerable<IEnumerable<Case>> casesByFile)
    {
        var first = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
        var more = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        foreach (var cases in casesByFile)
            foreach (var c in cases)
            {
                var o = new Occurrence(c.Source, CaseContent.Fingerprint(c));
                if (first.TryAdd(c.CaseId, o)) continue;
                // A file's own duplicates never reach here (the reader drops them): a second occurrence is another file's.
                if (!more.TryGetValue(c.CaseId, out var list)) more[c.CaseId] = list = [first[c.CaseId]];
                list.Add(o);
            }
        return new CaseCensus(more.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The copies of a case id found in several files (null when it is in one file only).</summary>
    public Occurrence[]? Of(string caseId) => _contested.GetValueOrDefault(caseId);

    public static bool Identical(Occurrence[] copies) => copies.All(o => o.Fingerprint == copies[0].Fingerprint);
}
