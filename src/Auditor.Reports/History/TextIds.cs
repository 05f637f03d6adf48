using Auditor.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Auditor.Reports.History;

/// <summary>
/// The <c>texts</c> table of one recording: the id of a repeated text (unit, rule, kind, verdict, sanction class,
/// clause), adding it in the recording's transaction the first time it is seen. Ids are never reused or removed, so a
/// rolled-back recording only leaves ids this object forgets with it.
/// </summary>
internal sealed class TextIds
{
    /// <summary>Citations are shared by a rule's findings; past this many distinct objects their text is looked up each time.</summary>
    private const int MaxCitations = 4096;

    private readonly SqliteConnection _c;
    private readonly SqliteTransaction _tx;
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<Citation, long> _citations = new(ReferenceEqualityComparer.Instance);
    private readonly long[] _kinds;
    private readonly long[] _verdicts;

    public TextIds(SqliteConnection c, SqliteTransaction tx)
    {
        _c = c;
        _tx = tx;
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, text FROM texts";
            using var r = cmd.ExecuteReader();
            while (r.Read()) _ids[r.GetString(1)] = r.GetInt64(0);
        }
        _kinds = new long[Enum.GetValues<ObligationKind>().Length];
        _verdicts = new long[Enum.GetValues<Verdict>().Length];
    }

    public long Kind(ObligationKind k)
    {
        ref var id = ref _kinds[(int)k];
        if (id == 0) id = Id(k.Id());
        return id;
    }

    public long Verdict(Verdict v)
    {
        ref var id = ref _verdicts[(int)v];
        if (id == 0) id = Id(v.Id());
        return id;
    }

    public long Clause(Citation c)
    {
        if (_citations.TryGetValue(c, out var id)) return id;
        id = Id(c.Short);
        if (_citations.Count < MaxCitations) _citations[c] = id;
        return id;
    }

    public long Id(string text)
    {
        if (_ids.TryGetValue(text, out var id)) return id;
        using var cmd = _c.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = "INSERT INTO texts (text) VALUES ($text) RETURNING id";
        cmd.Parameters.AddWithValue("$text", text);
        id = (long)cmd.ExecuteScalar()!;
        _ids[text] = id;
        return id;
    }
}
