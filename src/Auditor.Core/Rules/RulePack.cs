using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Core.Rules;

/// <summary>
/// A loaded rule pack (rules/*.yaml, format in docs/rule-packs.md) with `extends` already resolved:
/// inherited rules overridden by id, classes, interpretations, clause list and scoring merged.
/// </summary>
public sealed record RulePack
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Issuer { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Effective { get; init; }
    public required string Version { get; init; }
    /// <summary>The pack this one extends (already merged in), else null.</summary>
    public string? Extends { get; init; }
    /// <summary>Source key used by citations that name none (inherited from the parent when the pack sets none).</summary>
    public string? DefaultSource { get; init; }
    /// <summary>The YAML file it was loaded from.</summary>
    public required string File { get; init; }
    /// <summary>Source key (as cited, e.g. "003") → source text file (absolute path).</summary>
    public ImmutableDictionary<string, SourceDocument> Sources { get; init; } = ImmutableDictionary<string, SourceDocument>.Empty;
    public ImmutableArray<ClassWord> Classes { get; init; } = [];
    public ImmutableArray<Rule> Rules { get; init; } = [];
    public ImmutableArray<PackInterpretation> Interpretations { get; init; } = [];
    public ImmutableArray<ClauseEntry> Clauses { get; init; } = [];
    public ScoringScheme Scoring { get; init; } = new();
    /// <summary>
    /// Export columns (headers as written) whose contents are internal (e.g. 004 三（四）: 舆情简报信息、宣传引导提示) and must
    /// never appear in the public notice or the lists. `internal_fields:` in the pack; inherited through `extends`.
    /// </summary>
    public ImmutableArray<string> InternalFields { get; init; } = [];
    /// <summary>The `scoring:` keys in force, each in the file that wrote it, so a pack extending this one inherits them key by key.</summary>
    internal ImmutableArray<ScoringEntry> ScoringEntries { get; init; } = [];
    /// <summary>Where each value of <see cref="Scoring"/> was written (lint reports sanction citations there).</summary>
    internal Yaml.YamlPlaces? ScoringPlaces { get; init; }

    public PackInfo Info => new(Id, Title, Issuer, DocumentNumber, Version);

    public Rule? FindRule(string id)
    {
        foreach (var r in Rules) if (r.Id == id) return r;
        return null;
    }

    /// <summary>The rules as the reports describe them.</summary>
    public IReadOnlyList<RuleInfo> RuleInfos()
    {
        var list = new List<RuleInfo>(Rules.Length);
        foreach (var r in Rules)
            list.Add(new RuleInfo(r.Id, r.Title, r.Kind, r.Clause, WindowShown(r), r.Weight, r.Sanction, r.Interpretation, r.FixHint)
            {
                Assumption = r.Assumed ? r.Assumption : null,
                AssumedBy = r.Assumed ? r.AssumedBy : null,
                Recipients = r.Recipients,
            });
        return list;
    }

    /// <summary>The window as reports name it: "2h", "催办3次及以上" for urging, "原文未定时限" for a timed rule without one.</summary>
    private static string? WindowShown(Rule r) =>
        r.Kind == ObligationKind.Urging ? $"催办{r.MinCount}次及以上"
        : r.WindowText ?? (r.Start is not null ? "原文未定时限" : null);

    /// <summary>The pack's readings of vague words (释义), pack-level and per rule.</summary>
    public IReadOnlyList<Interpretation> InterpretationList()
    {
        var list = new List<Interpretation>();
        foreach (var i in Interpretations)
            list.Add(new Interpretation(i.Term, i.Clause, i.Assumed ? $"{i.Meaning}（本包设定：{i.Assumption}）" : i.Meaning));
        foreach (var r in Rules)
            if (!string.IsNullOrWhiteSpace(r.Interpretation))
                list.Add(new Interpretation(r.Title, r.Clause, r.Interpretation!));
        return list;
    }
}

/// <summary>
/// A source document of citations: its text file (rules/sources/…) and title; UnverifiedNumbers are clause numbers the
/// source text itself marks as not checked against the original (never printed in a document).
/// </summary>
public sealed record SourceDocument(string Key, string Path, string? Title)
{
    public ImmutableArray<string> UnverifiedNumbers { get; init; } = [];
}

/// <summary>An office's own word mapped to canonical case attributes (e.g. 004's 重大负面 → 重大 + 负面).</summary>
public sealed record ClassWord(string Word, string? Severity, string? Polarity, bool? Sudden);

/// <summary>A vague word and how the pack reads it (释义); Assumed when the reading supplies a number the clause does not state.</summary>
public sealed record PackInterpretation(string Term, Citation Clause, string Meaning)
{
    public bool Assumed { get; init; }
    public string? Assumption { get; init; }
}

/// <summary>One numbered clause of a source document: the rules that check it, or why none can.</summary>
public sealed record ClauseEntry(string Source, string Number, string? Summary, ImmutableArray<string> RuleIds, string? NotCheckable, int Line);

/// <summary>
/// Which unit bears a finding (docs/verdicts.md, 判定归属于谁). Actor: the unit recorded as doing the event the rule
/// looks at (the unit that leaked, not the one that filled in the row).
/// </summary>
public enum Attribution { Responsible, Reporting, Responder, Competent, Named, Actor }

/// <summary>Ids (`attribution:` in a pack) and Chinese names of <see cref="Attribution"/>.</summary>
public static class Attributions
{
    private static readonly EnumTable<Attribution> Table = EnumTable<Attribution>.Load();

    public static string Id(this Attribution a) => Table.Id(a);
    public static string Chinese(this Attribution a) => Table.Label(a);
    public static string IdList => Table.IdList;
    public static bool TryParse(string text, out Attribution a) => Table.TryParseId(text, out a);
}

/// <summary>Days counted by a daily-report rule.</summary>
public enum DailyDays { Calendar, Working }

/// <summary>Ids (`days:` of a daily-report rule) and Chinese names of <see cref="DailyDays"/>.</summary>
public static class DailyDaysIds
{
    private static readonly EnumTable<DailyDays> Table = EnumTable<DailyDays>.Load();

    public static string Id(this DailyDays d) => Table.Id(d);
    public static string Chinese(this DailyDays d) => Table.Label(d);
    public static bool TryParse(string text, out DailyDays d) => Table.TryParseId(text, out d);
}

/// <summary>What the responsibility table expects as first responsible party.</summary>
public enum ExpectedParty
{
    /// <summary>The case's competent department (主管部门).</summary>
    Competent,
    /// <summary>The single involved unit of the given types (e.g. the township concerned).</summary>
    Involved,
    /// <summary>Any one of the involved units of the given types (e.g. 多个部门: 按照职责分工).</summary>
    AnyInvolved,
    /// <summary>A unit named in the pack (e.g. 004's 市局).</summary>
    Named,
    /// <summary>Responsibility lies outside the audited area: no first responsible party to check here.</summary>
    None,
}

/// <summary>Ids (`expect:` of a responsibility table row) and Chinese names of <see cref="ExpectedParty"/>.</summary>
public static class ExpectedParties
{
    private static readonly EnumTable<ExpectedParty> Table = EnumTable<ExpectedParty>.Load();

    public static string Id(this ExpectedParty e) => Table.Id(e);
    public static string Chinese(this ExpectedParty e) => Table.Label(e);
    public static string IdList => Table.IdList;
    public static bool TryParse(string text, out ExpectedParty e) => Table.TryParseId(text, out e);
}

/// <summary>One branch of a responsibility decision table (001 二, 003 3/3.1, 004 二（一）, 002 三).</summary>
public sealed record ResponsibilityRow(
    string Scope,
    ExpectedParty Expect,
    ImmutableArray<UnitType> UnitTypes,
    string? Unit,
    string Basis);

/// <summary>One obligation of a pack.</summary>
public sealed record Rule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required ObligationKind Kind { get; init; }
    public required Citation Clause { get; init; }
    public Condition AppliesWhen { get; init; } = Condition.Always;
    /// <summary>The start event: the first of <see cref="Starts"/> that happened (e.g. any form of response).</summary>
    public EventKind? Start => Starts.IsEmpty ? null : Starts[0];
    public ImmutableArray<EventKind> Starts { get; init; } = [];
    public ImmutableArray<EventKind> Targets { get; init; } = [];
    /// <summary>Canonical window text; null when the clause sets no time limit (a report is then met or pending, never late).</summary>
    public string? WindowText { get; init; }
    public Time.Window? Window { get; init; }
    /// <summary>
    /// The window (or, for urging, the count of “多次”) is a number the clause does not state: the pack's assumption,
    /// with its reason. Evidence of findings resting on it ends with “（{AssumedBy}）”.
    /// </summary>
    public bool Assumed { get; init; }
    public string? Assumption { get; init; }
    /// <summary>Who set the assumed number: 本包设定, or 本单位考核办法设定 when the office's policy changed it.</summary>
    public string AssumedBy { get; init; } = "本包设定";
    /// <summary>
    /// To whom the target event must go (区委办公室, 市委办公厅, 上级机关 …): a report to another recipient does not count.
    /// Empty = any recipient. Matched against the event's recorded recipient by name (either containing the other) or
    /// through the registry; <see cref="RecipientTypes"/> also accepts a recipient the registry gives one of these types.
    /// </summary>
    public ImmutableArray<string> Recipients { get; init; } = [];
    public ImmutableArray<UnitType> RecipientTypes { get; init; } = [];
    /// <summary>The units the clause names as bearing the obligation; the rule applies only when the bearer is one of them.</summary>
    public ImmutableArray<string> Obliged { get; init; } = [];
    /// <summary>Only target events at or after the start count (a report made before the response is not the report on it).</summary>
    public bool AfterStart { get; init; }
    /// <summary>An explicit 办理时限 on the case overrides the window (002 三.2).</summary>
    public bool DueOverride { get; init; }
    /// <summary>risk-assessment: the target must come before the first of these events.</summary>
    public ImmutableArray<EventKind> Before { get; init; } = [];
    /// <summary>urging: how many 催办 make "多次" (3 unless the pack or the office says otherwise; an assumption either way).</summary>
    public int MinCount { get; init; } = 3;
    /// <summary>clarification: the clarification must be on the platform that carried the rumour, when both are recorded.</summary>
    public bool ChannelMatch { get; init; }
    /// <summary>responder: roles whose unit may speak (competent, responsible).</summary>
    public ImmutableArray<string> Expect { get; init; } = [];
    /// <summary>responsible-party: the decision table.</summary>
    public ImmutableArray<ResponsibilityRow> Table { get; init; } = [];
    /// <summary>daily-report: the units that must report (names/aliases/codes in the registry).</summary>
    public ImmutableArray<string> Units { get; init; } = [];
    public DailyDays Days { get; init; } = DailyDays.Calendar;
    public double Weight { get; init; } = 1;
    public string? Sanction { get; init; }
    public Attribution Attribution { get; init; } = Attribution.Responsible;
    public string? AttributionUnit { get; init; }
    public string? FixHint { get; init; }
    /// <summary>释义: how the pack reads the clause's vague words for this rule.</summary>
    public string? Interpretation { get; init; }
    /// <summary>Chinese verb phrase of the obligation for evidence, e.g. 发布权威信息.</summary>
    public string? Action { get; init; }
    public int Line { get; init; }
    /// <summary>Line of the `clause:` citation (quote checks point here).</summary>
    public int ClauseLine { get; init; }
    public string? File { get; init; }
}
