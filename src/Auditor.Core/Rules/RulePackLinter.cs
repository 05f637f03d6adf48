using Auditor.Core.Domain;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Rules;

/// <summary>
/// `auditor rules lint`: everything the loader checks (unknown kind, bad window, missing citation, duplicate id,
/// file:line:column), plus: every quoted sentence appears in its source text (whitespace and full/half-width
/// punctuation normalised), every rule is listed in the clause list, every clause entry names its source, and every
/// sanction criterion (scoring.sanctions) cites one of the pack's own sources with a quote found in it. And what keeps a
/// pack to what its document says: a window (or urging count) whose quote does not state its number must be
/// `assumed` with a reason; a sanction list or a rule's `sanction` must quote a sentence with a sanction word of that
/// list; a public 追责 may not rest on a condition a ledger cannot show (only the internal 待核查 list may).
/// </summary>
public static class RulePackLinter
{
    public static IReadOnlyList<PackDiagnostic> Lint(string rulesDir, string idOrPath)
    {
        var diags = new List<PackDiagnostic>();
        RulePack? pack;
        try { pack = RulePackLoader.TryLoad(rulesDir, idOrPath, diags); }
        catch (RulePackException ex) { diags.Add(new PackDiagnostic(idOrPath, 1, 1, ex.Message)); return diags; }
        if (pack is null) return diags;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Text(string source)
        {
            if (texts.TryGetValue(source, out var t)) return t;
            if (!pack.Sources.TryGetValue(source, out var doc) || !File.Exists(doc.Path)) return null;
            t = QuoteText.Normalize(File.ReadAllText(doc.Path));
            texts[source] = t;
            return t;
        }
        var display = DisplayOf(diags, pack, rulesDir);
        void CheckQuote(Citation c, string? file, int line, string what)
        {
            var text = Text(c.Source);
            if (text is null) { diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}引用的来源“{c.Source}”没有可读的原文文件")); return; }
            if (string.IsNullOrWhiteSpace(c.Quote)) { diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}缺少引文")); return; }
            if (!text.Contains(QuoteText.Normalize(c.Quote), StringComparison.Ordinal))
                diags.Add(new PackDiagnostic(file ?? display, line, 1, $"{what}的引文在来源“{c.Source}”中找不到：“{Shorten(c.Quote)}”"));
        }
        foreach (var r in pack.Rules) CheckQuote(r.Clause, r.File, r.ClauseLine, $"规则“{r.Id}”");
        foreach (var r in pack.Rules) LintNumbersAndClass(r, pack.Scoring.Sanctions, diags, display);
        foreach (var i in pack.Interpretations) CheckQuote(i.Clause, display, 1, $"释义“{i.Term}”");
        var listed = new HashSet<string>(pack.Clauses.SelectMany(c => c.RuleIds), StringComparer.Ordinal);
        foreach (var r in pack.Rules)
            if (!listed.Contains(r.Id))
                diags.Add(new PackDiagnostic(r.File ?? display, r.Line, 1, $"规则“{r.Id}”未列入条款清单（clauses）"));
        foreach (var c in pack.Clauses)
            if (!pack.Sources.ContainsKey(c.Source))
                diags.Add(new PackDiagnostic(display, c.Line, 1, $"条款“{c.Number}”的来源“{c.Source}”未在 sources 中声明"));
        LintSanctions(rulesDir, pack, diags, Text);
        return diags;
    }

    /// <summary>
    /// A rule's window (or count) is either stated in its quote or marked assumed; a rule's sanction class is named in
    /// its quote. Only the pack's own rules are checked (an inherited rule is its own pack's).
    /// </summary>
    private static void LintNumbersAndClass(Rule r, Scoring.SanctionCriteria lists, List<PackDiagnostic> diags, string display)
    {
        var file = r.File ?? display;
        if (r.Window is { } w)
        {
            var why = StatedNumbers.Unstated(w, r.Clause.Quote);
            if (why is not null && !r.Assumed)
                diags.Add(new PackDiagnostic(file, r.Line, 1,
                    $"规则“{r.Id}”的时限 {r.WindowText} 不是引文写明的：{why}。原文没有这个数时，标 assumed: true 并在 assumption 中写明理由（证据和文书会注明“本包设定”）"));
            else if (why is null && r.Assumed)
                diags.Add(new PackDiagnostic(file, r.Line, 1, $"规则“{r.Id}”的时限 {r.WindowText} 引文已写明，不应标 assumed", IsError: false));
        }
        if (r.Kind == Domain.ObligationKind.Urging && StatedNumbers.UnstatedCount(r.MinCount, r.Clause.Quote) is { } count && !r.Assumed)
            diags.Add(new PackDiagnostic(file, r.Line, 1,
                $"规则“{r.Id}”的 min_count {r.MinCount} 不是引文写明的：{count}。“多次”没有写次数时，标 assumed: true 并写明理由"));
        // a rule's sanction class must be backed by a list of the pack (whose quote lint checks for the sanction word)
        if (r.Sanction is { } cls)
        {
            bool backed = Scoring.SanctionKinds.TryParse(cls, out var kind) && kind switch
            {
                Scoring.SanctionKind.Criticism => lists.Criticism is { Enabled: true } c && c.Triggers.Count > 0,
                Scoring.SanctionKind.Accountability => lists.Accountability.Enabled || lists.Review.Enabled,
                _ => false,
            };
            if (!backed)
                diags.Add(new PackDiagnostic(file, r.Line, 1,
                    $"规则“{r.Id}”写了 sanction: {cls}，但本包没有启用依据原文的对应名单（通报批评：criticism.triggers；追责：accountability 或内部待核查 review）"));
        }
    }

    // ---- scoring.sanctions: every clause names one of this pack's sources, every quote is verbatim in it ----

    private static readonly string[] SanctionLists = ["criticism", "interview", "commendation", "accountability", "review"];

    /// <summary>
    /// Checks the sanction criteria the pack actually uses (its own `scoring.sanctions`, or the nearest one up its
    /// `extends` chain): scheme problems (an enabled list without clause/quote …), and for every criterion, trigger and
    /// grade citation: the clause is "&lt;source key&gt; &lt;number&gt;" with a key declared in this pack's sources, and the
    /// quote is found in that source with the same normalisation as rule quotes. Errors point at the YAML line.
    /// </summary>
    private static void LintSanctions(string rulesDir, RulePack pack, List<PackDiagnostic> diags, Func<string, string?> text)
    {
        var (file, sanctions, scoringLine) = SanctionsNode(rulesDir, pack.File, []);
        var display = DisplayPath(rulesDir, file ?? pack.File);
        foreach (var problem in pack.Scoring.Validate())
            diags.Add(new PackDiagnostic(display, scoringLine, 1, problem));
        if (sanctions is null) return;

        void Check(string what, YamlNode at, string? clause, YamlNode? quoteNode, string? quote, string? list = null)
        {
            if (string.IsNullOrWhiteSpace(quote)) return;  // an enabled list without a quote is a scheme problem, reported above
            int line = (int)(quoteNode ?? at).Start.Line;
            if (list is not null && !SanctionWords.Carries(list, quote))
                diags.Add(new PackDiagnostic(display, line, 1,
                    $"{what}所引原文没有处理用语（应有“{SanctionWords.Expected(list)}”；处理用语为{SanctionWords.AnyList}）：原文没有规定这种处理的，不能据此列入名单"));
            if (list == "accountability" && SanctionWords.Consequence(quote) is { } condition)
                diags.Add(new PackDiagnostic(display, line, 1,
                    $"{what}所引原文以“{condition}”为条件，台账无法认定：不能作为对外的追责名单，只能列入办公室内部的待核查名单（scoring.sanctions.review）"));
            if (string.IsNullOrWhiteSpace(clause))
            {
                diags.Add(new PackDiagnostic(display, line, 1, $"{what}有引文但没有条款（clause）"));
                return;
            }
            var keys = new List<string>();
            foreach (var part in clause.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int sp = part.IndexOfAny([' ', '\u3000']);
                var key = sp < 0 ? part : part[..sp];
                if (sp < 0 || !pack.Sources.ContainsKey(key))
                {
                    diags.Add(new PackDiagnostic(display, line, 1,
                        $"{what}的条款“{part}”应写成“来源 条款号”，来源须是本包 sources 中的键（{string.Join("、", pack.Sources.Keys.Order(StringComparer.Ordinal))}）：处理名单只能引用本包依据的文件"));
                    continue;
                }
                keys.Add(key);
            }
            if (keys.Count == 0) return;
            var norm = QuoteText.Normalize(quote);
            if (!keys.Any(k => text(k) is { } t && t.Contains(norm, StringComparison.Ordinal)))
                diags.Add(new PackDiagnostic(display, line, 1, $"{what}的引文在来源“{string.Join("、", keys)}”中找不到：“{Shorten(quote)}”"));
        }

        foreach (var list in SanctionLists)
        {
            if (YamlNodeReader.Get(sanctions, list) is not YamlMappingNode m) continue;
            var name = $"处理名单 {list}（{ListChinese(list)}）";
            var clause = Scalar(m, "clause");
            var quoteNode = YamlNodeReader.Get(m, "quote");
            bool enabled = Scalar(m, "enabled") is "true" or "True" or "yes";
            Check(name, m, clause, quoteNode, Scalar(m, "quote"), enabled ? list : null);
            if (list == "criticism")
                Check($"{name}的等次条件（grade_clause/grade_quote）", m, Scalar(m, "grade_clause"), YamlNodeReader.Get(m, "grade_quote"), Scalar(m, "grade_quote"));
            if (YamlNodeReader.Get(m, "triggers") is not YamlSequenceNode seq) continue;
            int i = 0;
            foreach (var t in seq)
            {
                if (t is YamlMappingNode tm)
                {
                    var tq = Scalar(tm, "quote");
                    var tc = Scalar(tm, "clause");
                    // a trigger's own quote is checked against its own clause (or the list's); a trigger with its own
                    // clause but the list's quote must find the list's quote in that clause's source
                    if (tq is not null) Check($"{name}触发条件[{i}]", tm, tc ?? clause, YamlNodeReader.Get(tm, "quote"), tq, enabled ? list : null);
                    else if (tc is not null) Check($"{name}触发条件[{i}]", tm, tc, tm, Scalar(m, "quote"));
                }
                i++;
            }
        }
    }

    /// <summary>The `scoring.sanctions` mapping in force for a pack file: its own, or the nearest one up the extends chain.</summary>
    private static (string? File, YamlMappingNode? Sanctions, int ScoringLine) SanctionsNode(
        string rulesDir, string file, HashSet<string> seen)
    {
        if (!seen.Add(file) || !File.Exists(file)) return (null, null, 1);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode r) return (null, null, 1);
            root = r;
        }
        catch (YamlDotNet.Core.YamlException) { return (null, null, 1); }
        var scoring = YamlNodeReader.Get(root, "scoring") as YamlMappingNode;
        if (scoring is not null && YamlNodeReader.Get(scoring, "sanctions") is YamlMappingNode s)
            return (file, s, (int)s.Start.Line);
        if (Scalar(root, "extends") is { } parent)
        {
            string parentFile;
            try { parentFile = RulePackLoader.ResolveFile(rulesDir, parent); }
            catch (RulePackException) { return (file, null, 1); }
            var up = SanctionsNode(rulesDir, parentFile, seen);
            if (up.Sanctions is not null) return up;
        }
        return (file, null, scoring is null ? 1 : (int)scoring.Start.Line);
    }

    private static string ListChinese(string list) => list switch
    {
        "criticism" => "通报批评",
        "interview" => "约谈",
        "commendation" => "表彰",
        "review" => "待核查",
        _ => "追责",
    };

    private static string? Scalar(YamlMappingNode m, string key) =>
        YamlNodeReader.Get(m, key) is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value.Trim() : null;

    private static string DisplayPath(string rulesDir, string file)
    {
        try
        {
            var rel = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(rulesDir))!, file);
            return rel.StartsWith("..", StringComparison.Ordinal) ? file : rel;
        }
        catch (ArgumentException) { return file; }
    }

    private static string DisplayOf(List<PackDiagnostic> diags, RulePack pack, string rulesDir)
    {
        try
        {
            var rel = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(rulesDir))!, pack.File);
            return rel.StartsWith("..", StringComparison.Ordinal) ? pack.File : rel;
        }
        catch (ArgumentException) { return pack.File; }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
