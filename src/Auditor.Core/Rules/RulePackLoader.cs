using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Core.Time;
using Auditor.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Rules;

/// <summary>
/// Loads rule packs from rules/*.yaml (format: docs/rule-packs.md), resolving `extends`. Every problem is reported
/// with file:line:column; <see cref="Load"/> throws a <see cref="RulePackException"/> listing them.
/// </summary>
public static class RulePackLoader
{
    private static readonly string[] TopKeys =
        ["id", "title", "issuer", "document_number", "effective", "version", "source", "sources", "extends", "classes",
         "interpretations", "rules", "clauses", "scoring", "internal_fields"];

    private static readonly string[] RuleKeys =
        ["id", "title", "kind", "clause", "applies_when", "start", "target", "window", "due_override", "before", "min_count",
         "channel_match", "expect", "table", "units", "days", "weight", "sanction", "attribution", "attribution_unit",
         "fix_hint", "interpretation", "action", "disabled", "assumed", "assumption", "recipients", "recipient_types", "obliged",
         "after_start"];

    private static readonly string[] ConditionKeys =
        ["severity", "polarity", "polarity_not", "sudden", "scope", "truth", "has", "extra", "any", "not"];

    /// <summary>Ids of the packs in a rules folder (file names of *.yaml), sorted.</summary>
    public static IReadOnlyList<string> AvailableIds(string rulesDir) =>
        Directory.Exists(rulesDir)
            ? Directory.GetFiles(rulesDir, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Loads a pack by id (rules/&lt;id&gt;.yaml) or by path. Throws <see cref="RulePackException"/> on any error.</summary>
    public static RulePack Load(string rulesDir, string idOrPath)
    {
        var diags = new List<PackDiagnostic>();
        var pack = TryLoad(rulesDir, idOrPath, diags);
        var errors = diags.Where(d => d.IsError).ToList();
        if (pack is null || errors.Count > 0)
        {
            var shown = errors.Take(20).Select(e => e.ToString());
            var more = errors.Count > 20 ? $"\n（另有 {errors.Count - 20} 处错误）" : "";
            throw new RulePackException($"规则包“{idOrPath}”有错误：\n{string.Join("\n", shown)}{more}");
        }
        return pack;
    }

    /// <summary>Resolves an id or path to a pack file; unknown id → <see cref="RulePackException"/> listing the available packs.</summary>
    public static string ResolveFile(string rulesDir, string idOrPath)
    {
        if ((idOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || idOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
             || idOrPath.Contains('/') || idOrPath.Contains('\\')) && File.Exists(idOrPath))
            return Path.GetFullPath(idOrPath);
        var byId = Path.Combine(rulesDir, idOrPath + ".yaml");
        if (File.Exists(byId)) return Path.GetFullPath(byId);
        var ids = AvailableIds(rulesDir);
        throw new RulePackException(
            $"找不到规则包“{idOrPath}”。可用的规则包：{(ids.Count == 0 ? "（无）" : string.Join("、", ids))}（在 {rulesDir} 中）；也可给出 .yaml 文件路径。");
    }

    /// <summary>Loads a pack collecting diagnostics instead of throwing (lint). Returns null when the file cannot be parsed at all.</summary>
    public static RulePack? TryLoad(string rulesDir, string idOrPath, List<PackDiagnostic> diags) =>
        LoadFile(rulesDir, ResolveFile(rulesDir, idOrPath), diags, []);

    private static RulePack? LoadFile(string rulesDir, string file, List<PackDiagnostic> diags, HashSet<string> chain)
    {
        var display = DisplayName(rulesDir, file);
        if (!chain.Add(file))
        {
            diags.Add(new PackDiagnostic(display, 1, 1, "extends 形成循环"));
            return null;
        }
        var r = new YamlReader(display, diags);
        YamlMappingNode? root;
        using (var text = new StreamReader(file)) root = r.ParseMapping(text, "id: …, rules: …");
        if (root is null) return null;
        r.CheckKeys(root, "规则包", TopKeys);
        var id = r.Str(root, "id", required: true) ?? Path.GetFileNameWithoutExtension(file);
        var extends = r.Str(root, "extends");
        RulePack? parent = null;
        if (extends is not null)
        {
            try { parent = LoadFile(rulesDir, ResolveFile(rulesDir, extends), diags, chain); }
            catch (RulePackException ex) { r.Error(YamlReader.Get(root, "extends"), ex.Message); }
        }

        if (r.Str(root, "document_number") is { } number && !DocumentNumbers.IsReal(number))
            r.Error(YamlReader.Get(root, "document_number"),
                $"document_number“{number}”不是文号：没有文号时删去这一项（通报只引用文件标题），不要写占位文字，也不要加括号");
        var packDir = Path.GetDirectoryName(file)!;
        var sources = ReadSources(r, root, packDir, parent);
        string? defaultSource = r.Str(root, "source") ?? parent?.DefaultSource;
        var classes = ReadClasses(r, root, parent);
        var interps = ReadInterpretations(r, root, defaultSource);
        var rules = ReadRules(r, root, defaultSource, parent);
        var clauses = ReadClauses(r, root, defaultSource);
        var (scoring, scoringEntries, scoringPlaces) = ReadScoring(r, root, parent, diags);
        foreach (var g in rules.GroupBy(x => x.Kind))
            scoring.KindWeights.TryAdd(g.Key.Id(), g.Max(x => x.Weight));

        rules = [.. rules.Select(x => x with { Clause = Cite(x.Clause, sources) })];
        interps = [.. interps.Select(x => x with { Clause = Cite(x.Clause, sources) })];
        var pack = new RulePack
        {
            Id = id,
            Title = r.Str(root, "title", required: true) ?? id,
            Issuer = r.Str(root, "issuer", required: true) ?? "",
            DocumentNumber = r.Str(root, "document_number"),
            Effective = r.Str(root, "effective"),
            Version = r.Str(root, "version", required: true) ?? "0",
            Extends = extends,
            File = file,
            Sources = sources,
            Classes = classes,
            Rules = rules,
            Interpretations = parent is null ? interps : parent.Interpretations.AddRange(interps),
            Clauses = parent is null ? clauses : InheritedClauses(parent, rules).AddRange(clauses),
            DefaultSource = defaultSource,
            Scoring = scoring,
            ScoringEntries = scoringEntries,
            ScoringPlaces = scoringPlaces,
            InternalFields = [.. (parent?.InternalFields ?? []).Concat(r.List(root, "internal_fields")).Distinct(StringComparer.Ordinal)],
        };
        Validate(r, pack, clauses);
        chain.Remove(file);
        return pack;
    }

    /// <summary>The pack file as messages name it: relative to the folder above the rules folder (rules/x.yaml) when inside it.</summary>
    internal static string DisplayName(string rulesDir, string file)
    {
        try
        {
            var rel = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(rulesDir))!, file);
            return rel.StartsWith("..", StringComparison.Ordinal) ? file : rel;
        }
        catch (ArgumentException) { return file; }
    }

    private static ImmutableDictionary<string, SourceDocument> ReadSources(YamlReader r, YamlMappingNode root, string packDir, RulePack? parent)
    {
        var b = (parent?.Sources ?? ImmutableDictionary<string, SourceDocument>.Empty).ToBuilder();
        var map = r.Map(root, "sources");
        if (map is null) return b.ToImmutable();
        foreach (var kv in map.Children)
        {
            var key = (kv.Key as YamlScalarNode)?.Value ?? "";
            string? path = null, title = null;
            ImmutableArray<string> unverified = [];
            if (kv.Value is YamlScalarNode s) path = s.Value;
            else if (kv.Value is YamlMappingNode m)
            {
                r.CheckKeys(m, $"来源“{key}”", "file", "title", "unverified_numbers");
                path = r.Str(m, "file", required: true);
                title = r.Str(m, "title");
                unverified = r.List(m, "unverified_numbers");
            }
            if (string.IsNullOrWhiteSpace(path)) { r.Error(kv.Value, $"来源“{key}”缺少文件"); continue; }
            var full = Path.GetFullPath(Path.Combine(packDir, path));
            if (!File.Exists(full)) r.Error(kv.Value, $"来源“{key}”的文件不存在：{path}");
            b[key] = new SourceDocument(key, full, title) { UnverifiedNumbers = unverified };
        }
        return b.ToImmutable();
    }

    private static ImmutableArray<ClassWord> ReadClasses(YamlReader r, YamlMappingNode root, RulePack? parent)
    {
        var list = new List<ClassWord>(parent?.Classes ?? []);
        var seq = r.Seq(root, "classes");
        if (seq is null) return [.. list];
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m) { r.Error(item, "classes 的每一项应为映射（word, severity, polarity, sudden）"); continue; }
            r.CheckKeys(m, "类别", "word", "severity", "polarity", "sudden");
            var word = r.Str(m, "word", required: true);
            if (word is null) continue;
            var sev = r.Str(m, "severity");
            if (sev is not null && sev is not ("特别重大" or "重大" or "较大" or "一般"))
                r.Error(YamlReader.Get(m, "severity"), $"等级“{sev}”不是规范等级（特别重大、重大、较大、一般）");
            var pol = r.Str(m, "polarity");
            if (pol is not null && pol is not ("正面" or "负面" or "中性"))
                r.Error(YamlReader.Get(m, "polarity"), $"性质“{pol}”不是规范性质（正面、负面、中性）");
            list.RemoveAll(c => c.Word == word);
            list.Add(new ClassWord(word, sev, pol, r.Bool(m, "sudden")));
        }
        return [.. list];
    }

    private static Citation? ReadCitation(YamlReader r, YamlMappingNode owner, string key, string? defaultSource)
    {
        var m = r.Map(owner, key);
        if (m is null) { r.Error(owner, $"缺少条款引用“{key}”（source, number, quote）"); return null; }
        r.CheckKeys(m, "条款引用", "source", "number", "quote");
        var source = r.Str(m, "source") ?? defaultSource;
        if (source is null) r.Error(m, "条款引用缺少 source（且规则包未给出默认 source）");
        var number = r.Str(m, "number", required: true);
        var quote = r.Str(m, "quote", required: true);
        if (source is null || number is null || quote is null) return null;
        return new Citation(source, number, quote);
    }

    private static ImmutableArray<PackInterpretation> ReadInterpretations(YamlReader r, YamlMappingNode root, string? defaultSource)
    {
        var seq = r.Seq(root, "interpretations");
        if (seq is null) return [];
        var b = ImmutableArray.CreateBuilder<PackInterpretation>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m) { r.Error(item, "interpretations 的每一项应为映射（term, clause, meaning）"); continue; }
            r.CheckKeys(m, "释义", "term", "clause", "meaning", "assumed", "assumption");
            var term = r.Str(m, "term", required: true);
            var cite = ReadCitation(r, m, "clause", defaultSource);
            var meaning = r.Str(m, "meaning", required: true);
            var (assumed, assumption) = ReadAssumption(r, m, $"释义“{term}”");
            if (term is not null && cite is not null && meaning is not null)
                b.Add(new PackInterpretation(term, cite, meaning) { Assumed = assumed, Assumption = assumption });
        }
        return b.ToImmutable();
    }

    private static ImmutableArray<Rule> ReadRules(YamlReader r, YamlMappingNode root, string? defaultSource, RulePack? parent)
    {
        var list = new List<Rule>(parent?.Rules ?? []);
        var seq = r.Seq(root, "rules");
        if (seq is null)
        {
            if (parent is null) r.Error(root, "缺少 rules 列表");
            return [.. list];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m) { r.Error(item, "rules 的每一项应为映射"); continue; }
            r.CheckKeys(m, "规则", RuleKeys);
            var id = r.Str(m, "id", required: true);
            if (id is null) continue;
            if (!seen.Add(id)) { r.Error(YamlReader.Get(m, "id"), $"规则编号“{id}”重复"); continue; }
            var index = list.FindIndex(x => x.Id == id);
            if (r.Bool(m, "disabled") == true)
            {
                if (index < 0) r.Error(m, $"disabled 的规则“{id}”在所继承的规则包中不存在");
                else list.RemoveAt(index);
                continue;
            }
            var rule = ReadRule(r, m, id, defaultSource);
            if (rule is null) continue;
            if (index >= 0) list[index] = rule; else list.Add(rule);
        }
        return [.. list];
    }

    private static Rule? ReadRule(YamlReader r, YamlMappingNode m, string id, string? defaultSource)
    {
        var title = r.Str(m, "title", required: true);
        var kindText = r.Str(m, "kind", required: true);
        ObligationKind kind = default;
        bool kindOk = kindText is not null && ObligationKinds.TryParse(kindText, out kind);
        if (kindText is not null && !kindOk)
            r.Error(YamlReader.Get(m, "kind"), $"未知的义务类型“{kindText}”（可用：{ObligationKinds.IdList}）");
        var cite = ReadCitation(r, m, "clause", defaultSource);

        Window? window = null;
        var windowText = r.Str(m, "window");
        if (windowText is not null)
        {
            if (Window.TryParse(windowText, out var w, out var err)) window = w;
            else r.Error(YamlReader.Get(m, "window"), $"时限“{windowText}”无法识别：{err}");
        }

        var starts = Events(r, m, "start"); // one event, or several: the first that happened starts the window
        var targets = Events(r, m, "target");
        var before = Events(r, m, "before");

        var attrText = r.Str(m, "attribution") ?? Attribution.Responsible.Id();
        Attribution? attribution = Attributions.TryParse(attrText, out var a) ? a : null;
        if (attribution is null)
            r.Error(YamlReader.Get(m, "attribution"), $"未知的归责方式“{attrText}”（可用：{Attributions.IdList}）");
        var attributionUnit = r.Str(m, "attribution_unit");
        if (attribution == Attribution.Named && attributionUnit is null)
            r.Error(m, "attribution: unit 需要 attribution_unit（承担义务的单位名称）");

        var daysText = r.Str(m, "days") ?? DailyDays.Calendar.Id();
        DailyDays? days = DailyDaysIds.TryParse(daysText, out var d) ? d : null;
        if (days is null)
            r.Error(YamlReader.Get(m, "days"), $"days 应为 {DailyDays.Calendar.Id()}（{DailyDays.Calendar.Chinese()}）或 {DailyDays.Working.Id()}（{DailyDays.Working.Chinese()}），实际为“{daysText}”");

        var condNode = r.Map(m, "applies_when");
        var cond = condNode is null ? Condition.Always : ReadCondition(r, condNode);
        var (assumed, assumption) = ReadAssumption(r, m, $"规则“{id}”");
        var recipientTypes = ImmutableArray.CreateBuilder<UnitType>();
        foreach (var t in r.List(m, "recipient_types"))
        {
            var ut = UnitTypes.Parse(t);
            if (ut == UnitType.Unknown) r.Error(YamlReader.Get(m, "recipient_types"), $"未知的单位类型“{t}”（{UnitTypes.LabelList}）");
            else recipientTypes.Add(ut);
        }

        var rule = new Rule
        {
            Id = id,
            Title = title ?? id,
            Kind = kind,
            Clause = cite ?? new Citation(defaultSource ?? "?", "?", ""),
            AppliesWhen = cond,
            Starts = starts,
            Targets = targets,
            WindowText = window?.ToString() ?? windowText,
            Window = window,
            DueOverride = r.Bool(m, "due_override") ?? false,
            Before = before,
            MinCount = (int)(r.Number(m, "min_count") ?? 3),
            ChannelMatch = r.Bool(m, "channel_match") ?? false,
            Expect = r.List(m, "expect"),
            Table = ReadTable(r, m),
            Units = r.List(m, "units"),
            Days = days ?? DailyDays.Calendar,
            Weight = r.Number(m, "weight") ?? 1,
            Sanction = r.Str(m, "sanction"),
            Attribution = attribution ?? Attribution.Responsible,
            AttributionUnit = attributionUnit,
            FixHint = r.Str(m, "fix_hint"),
            Interpretation = r.Str(m, "interpretation"),
            Action = r.Str(m, "action"),
            Assumed = assumed,
            Assumption = assumption,
            Recipients = r.List(m, "recipients"),
            RecipientTypes = recipientTypes.ToImmutable(),
            Obliged = r.List(m, "obliged"),
            AfterStart = r.Bool(m, "after_start") ?? false,
            Line = YamlReader.Line(m),
            ClauseLine = YamlReader.Line(YamlReader.Get(m, "clause") ?? m),
            File = r.File,
        };
        if (kindOk && title is not null && cite is not null) CheckShape(r, m, rule);
        return rule;
    }

    /// <summary>`assumed: true` needs an `assumption:` (why the pack supplies a number the clause does not state), and vice versa.</summary>
    private static (bool Assumed, string? Assumption) ReadAssumption(YamlReader r, YamlMappingNode m, string what)
    {
        var assumed = r.Bool(m, "assumed") ?? false;
        var assumption = r.Str(m, "assumption");
        if (assumed && assumption is null) r.Error(YamlReader.Get(m, "assumed"), $"{what}标了 assumed: true，须写 assumption（原文为什么没有这个数、本包为什么取它）");
        if (!assumed && assumption is not null) r.Error(YamlReader.Get(m, "assumption"), $"{what}写了 assumption，但没有 assumed: true");
        return (assumed, assumption);
    }

    private static string UnknownEvent(string text) =>
        $"未知的事件“{text}”（可用：{EventKinds.IdList}）";

    private static ImmutableArray<EventKind> Events(YamlReader r, YamlMappingNode m, string key)
    {
        var b = ImmutableArray.CreateBuilder<EventKind>();
        foreach (var t in r.List(m, key))
        {
            if (EventKinds.TryParse(t, out var k)) b.Add(k);
            else r.Error(YamlReader.Get(m, key), UnknownEvent(t));
        }
        return b.ToImmutable();
    }

    /// <summary>What each kind needs (the engine's contract with the YAML).</summary>
    private static void CheckShape(YamlReader r, YamlMappingNode m, Rule rule)
    {
        void Need(bool ok, string what) { if (!ok) r.Error(m, $"规则“{rule.Id}”（{rule.Kind.Id()}）需要 {what}"); }
        if (rule.Kind.Timing() == ObligationTiming.Window)
        {
            Need(rule.Start is not null, "start（起算事件）");
            Need(!rule.Targets.IsEmpty, "target（应发生的事件）");
            // no window: the clause sets no time limit (met when done, pending otherwise; never late)
            if (rule.Window is null && rule.DueOverride) r.Error(m, $"规则“{rule.Id}”有 due_override 但没有 window（未明确办理时限时的时限）");
            if (rule.Window is null && rule.Assumed)
                r.Error(m, $"规则“{rule.Id}”标了 assumed，但没有 window：assumed 说明的是本包设定的时限");
        }
        switch (rule.Kind)
        {
            case ObligationKind.RiskAssessment:
                Need(!rule.Targets.IsEmpty, "target（风险评估事件）");
                Need(!rule.Before.IsEmpty, "before（应在其之前完成的事件）");
                break;
            case ObligationKind.ResponsibleParty:
                Need(!rule.Table.IsEmpty, "table（责任主体判定表）");
                break;
            case ObligationKind.Responder:
                Need(!rule.Expect.IsEmpty, "expect（可发声的单位角色：competent、responsible）");
                foreach (var e in rule.Expect)
                    if (e is not ("competent" or "responsible"))
                        r.Error(YamlReader.Get(m, "expect"), $"expect 中未知的角色“{e}”（可用：competent、responsible）");
                break;
            case ObligationKind.DailyReport:
                Need(!rule.Units.IsEmpty, "units（应每日报送的单位）");
                Need(rule.Window is not null && rule.Window.Kind == WindowKind.ByTimeOfDay, "window: by-HH:mm（每日截止时刻）");
                break;
            case ObligationKind.Urging:
                Need(rule.MinCount >= 1, "min_count ≥ 1");
                break;
        }
        if ((!rule.Recipients.IsEmpty || !rule.RecipientTypes.IsEmpty) && rule.Targets.IsEmpty)
            r.Error(m, $"规则“{rule.Id}”写了 recipients，但没有 target（报送给谁，是对应发生的事件说的）");
        if (rule.Attribution == Attribution.Actor && rule.Kind != ObligationKind.Confidentiality)
            r.Error(YamlReader.Get(m, "attribution"), $"attribution: actor 目前只用于 confidentiality（外传的单位）");
    }

    private static ImmutableArray<ResponsibilityRow> ReadTable(YamlReader r, YamlMappingNode m)
    {
        var seq = r.Seq(m, "table");
        if (seq is null) return [];
        var b = ImmutableArray.CreateBuilder<ResponsibilityRow>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode row) { r.Error(item, "table 的每一行应为映射（scope, expect, unit_types, unit, basis）"); continue; }
            r.CheckKeys(row, "判定表行", "scope", "expect", "unit_types", "unit", "basis");
            var scope = r.Str(row, "scope", required: true);
            var expectText = r.Str(row, "expect", required: true);
            ExpectedParty? expect = expectText is not null && ExpectedParties.TryParse(expectText, out var e) ? e : null;
            if (expectText is not null && expect is null)
                r.Error(YamlReader.Get(row, "expect"), $"未知的 expect“{expectText}”（可用：{ExpectedParties.IdList}）");
            var types = ImmutableArray.CreateBuilder<UnitType>();
            foreach (var t in r.List(row, "unit_types"))
            {
                var ut = UnitTypes.Parse(t);
                if (ut == UnitType.Unknown) r.Error(YamlReader.Get(row, "unit_types"), $"未知的单位类型“{t}”（{UnitTypes.LabelList}）");
                else types.Add(ut);
            }
            var unit = r.Str(row, "unit");
            if (expect == ExpectedParty.Named && unit is null) r.Error(row, "expect: named 需要 unit（单位名称）");
            var basis = r.Str(row, "basis", required: true);
            if (scope is not null && expect is not null && basis is not null)
                b.Add(new ResponsibilityRow(scope, expect.Value, types.ToImmutable(), unit, basis));
        }
        return b.ToImmutable();
    }

    private static Condition ReadCondition(YamlReader r, YamlMappingNode m)
    {
        r.CheckKeys(m, "适用条件", ConditionKeys);
        var extra = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        var extraNode = r.Map(m, "extra");
        if (extraNode is not null)
            foreach (var kv in extraNode.Children)
                extra = extra.SetItem(((YamlScalarNode)kv.Key).Value ?? "", r.List(extraNode, ((YamlScalarNode)kv.Key).Value ?? ""));
        var any = ImmutableArray.CreateBuilder<Condition>();
        var anySeq = r.Seq(m, "any");
        if (anySeq is not null)
            foreach (var item in anySeq)
            {
                if (item is YamlMappingNode am) any.Add(ReadCondition(r, am));
                else r.Error(item, "any 的每一项应为条件映射");
            }
        var notNode = r.Map(m, "not");
        var sev = r.List(m, "severity");
        foreach (var s in sev)
            if (s is not ("特别重大" or "重大" or "较大" or "一般"))
                r.Error(YamlReader.Get(m, "severity"), $"等级“{s}”不是规范等级（特别重大、重大、较大、一般）；办公室自己的词请写在 classes 里");
        var has = ImmutableArray.CreateBuilder<EventKind>();
        foreach (var h in r.List(m, "has"))
        {
            if (EventKinds.TryParse(h, out var k)) has.Add(k);
            else r.Error(YamlReader.Get(m, "has"), UnknownEvent(h));
        }
        return new Condition
        {
            Severity = sev,
            Polarity = r.List(m, "polarity"),
            PolarityNot = r.List(m, "polarity_not"),
            Sudden = r.Bool(m, "sudden"),
            Scope = r.List(m, "scope"),
            Truth = r.List(m, "truth"),
            Has = has.ToImmutable(),
            Extra = extra,
            Any = any.ToImmutable(),
            Not = notNode is null ? null : ReadCondition(r, notNode),
        };
    }

    private static ImmutableArray<ClauseEntry> ReadClauses(YamlReader r, YamlMappingNode root, string? defaultSource)
    {
        var seq = r.Seq(root, "clauses");
        if (seq is null) return [];
        var b = ImmutableArray.CreateBuilder<ClauseEntry>();
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m) { r.Error(item, "clauses 的每一项应为映射（number, rules 或 not_checkable）"); continue; }
            r.CheckKeys(m, "条款清单项", "source", "number", "summary", "rules", "not_checkable");
            var source = r.Str(m, "source") ?? defaultSource ?? "?";
            var number = r.Str(m, "number", required: true);
            var ids = r.List(m, "rules");
            var nc = r.Str(m, "not_checkable");
            if (ids.IsEmpty && nc is null) r.Error(m, $"条款“{number}”既未对应规则（rules），也未说明不可机检的理由（not_checkable）");
            if (number is not null) b.Add(new ClauseEntry(source, number, r.Str(m, "summary"), ids, nc, YamlReader.Line(m)));
        }
        return b.ToImmutable();
    }

    /// <summary>The parent's clause list without the rules the child disabled.</summary>
    private static ImmutableArray<ClauseEntry> InheritedClauses(RulePack parent, ImmutableArray<Rule> rules)
    {
        var ids = new HashSet<string>(rules.Select(x => x.Id), StringComparer.Ordinal);
        var b = ImmutableArray.CreateBuilder<ClauseEntry>(parent.Clauses.Length);
        foreach (var c in parent.Clauses)
        {
            var kept = c.RuleIds.Where(ids.Contains).ToImmutableArray();
            b.Add(kept.Length == c.RuleIds.Length ? c
                : c with { RuleIds = kept, NotCheckable = c.NotCheckable ?? (kept.IsEmpty ? "本包停用了所继承的对应规则" : null) });
        }
        return b.ToImmutable();
    }

    /// <summary>
    /// The pack's `scoring:`: the parent's keys, each replaced by the pack's own when it writes it, read straight from
    /// the YAML nodes; every problem of the scheme (an unknown key, min_score above base, a grade bar out of range) is an
    /// error now, at the value that has it — in the parent's file when the parent wrote it.
    /// </summary>
    private static (ScoringScheme, ImmutableArray<ScoringEntry>, YamlPlaces) ReadScoring(
        YamlReader r, YamlMappingNode root, RulePack? parent, List<PackDiagnostic> diags)
    {
        var entries = new List<ScoringEntry>(parent?.ScoringEntries ?? []);
        var places = new YamlPlaces();
        if (r.Map(root, "scoring") is { } own)
        {
            places.Add("scoring", r.File, own);
            r.CheckKeys(own, "scoring", ScoringSchemeReader.Keys);
            foreach (var (k, v) in own.Children)
            {
                if (k is not YamlScalarNode key || Array.IndexOf(ScoringSchemeReader.Keys, key.Value) < 0) continue;
                entries.RemoveAll(e => e.Key.Value == key.Value);
                entries.Add(new ScoringEntry(r.File, key, v));
            }
        }
        var scheme = ScoringSchemeReader.Read(entries, diags, places);
        return (scheme, [.. entries], places);
    }

    /// <summary>A citation with its source's title and whether the source marks its number as unverified.</summary>
    private static Citation Cite(Citation c, ImmutableDictionary<string, SourceDocument> sources) =>
        sources.TryGetValue(c.Source, out var doc)
            ? c with { SourceTitle = doc.Title, NumberUnverified = doc.UnverifiedNumbers.Contains(c.Clause) }
            : c;

    /// <summary>Cross-checks after merging: clause lists name existing rules, citations name known sources.</summary>
    private static void Validate(YamlReader r, RulePack pack, ImmutableArray<ClauseEntry> ownClauses)
    {
        var ids = new HashSet<string>(pack.Rules.Select(x => x.Id), StringComparer.Ordinal);
        foreach (var c in ownClauses)
            foreach (var id in c.RuleIds)
                if (!ids.Contains(id))
                    r.ErrorAt(c.Line, 1, $"条款“{c.Number}”对应的规则“{id}”不存在");
        foreach (var rule in pack.Rules)
            if (rule.File == r.File && !pack.Sources.ContainsKey(rule.Clause.Source))
                r.ErrorAt(rule.Line, 1, $"规则“{rule.Id}”引用的来源“{rule.Clause.Source}”未在 sources 中声明");
        void AtPlace(string path, string message)
        {
            if (pack.ScoringPlaces?.Find(path) is { } at) r.For(at.File).ErrorAt(at.Line, at.Column, message);
            else r.ErrorAt(1, 1, message);
        }
        ScoringSchemeValidator.Check(pack.Scoring, AtPlace);
        PackLists.Check(pack.Scoring.Sanctions, AtPlace);
    }
}
