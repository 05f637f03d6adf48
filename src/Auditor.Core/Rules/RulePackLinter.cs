using Auditor.Core.Domain;
using Auditor.Core.Scoring;

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
        var display = RulePackLoader.DisplayName(rulesDir, pack.File);
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
        LintSanctions(pack, diags, display, Text);
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

    /// <summary>
    /// Checks the sanction criteria the pack uses (its own `scoring.sanctions`, or the one it inherits through `extends`):
    /// for every criterion, trigger and grade citation, the clause is "&lt;source key&gt; &lt;number&gt;" with a key declared
    /// in this pack's sources, and the quote is found in that source with the same normalisation as rule quotes. Errors
    /// point at the line of the quote, in the file that wrote it. (Problems of the scheme itself, such as an enabled list
    /// without clause or quote, are the loader's.)
    /// </summary>
    private static void LintSanctions(RulePack pack, List<PackDiagnostic> diags, string display, Func<string, string?> text)
    {
        var places = pack.ScoringPlaces;
        var sanctions = pack.Scoring.Sanctions;

        void Check(string what, string at, string? clause, string quotePath, string? quote, SanctionKind? list = null)
        {
            if (string.IsNullOrWhiteSpace(quote)) return;  // an enabled list without a quote is a scheme problem, reported by the loader
            var place = places?.Find(places.Contains(quotePath) ? quotePath : at);
            void Add(string message) => diags.Add(new PackDiagnostic(place?.File ?? display, place?.Line ?? 1, place?.Column ?? 1, message));
            if (list is { } l && !SanctionWords.Carries(l.Id(), quote))
                Add($"{what}所引原文没有处理用语（应有“{SanctionWords.Expected(l.Id())}”；处理用语为{SanctionWords.AnyList}）：原文没有规定这种处理的，不能据此列入名单");
            if (list == SanctionKind.Accountability && SanctionWords.Consequence(quote) is { } condition)
                Add($"{what}所引原文以“{condition}”为条件，台账无法认定：不能作为对外的追责名单，只能列入办公室内部的待核查名单（scoring.sanctions.review）");
            if (string.IsNullOrWhiteSpace(clause))
            {
                Add($"{what}有引文但没有条款（clause）");
                return;
            }
            var keys = new List<string>();
            foreach (var part in clause.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int sp = part.IndexOfAny([' ', '\u3000']);
                var key = sp < 0 ? part : part[..sp];
                if (sp < 0 || !pack.Sources.ContainsKey(key))
                {
                    Add($"{what}的条款“{part}”应写成“来源 条款号”，来源须是本包 sources 中的键（{string.Join("、", pack.Sources.Keys.Order(StringComparer.Ordinal))}）：处理名单只能引用本包依据的文件");
                    continue;
                }
                keys.Add(key);
            }
            if (keys.Count == 0) return;
            var norm = QuoteText.Normalize(quote);
            if (!keys.Any(k => text(k) is { } t && t.Contains(norm, StringComparison.Ordinal)))
                Add($"{what}的引文在来源“{string.Join("、", keys)}”中找不到：“{Shorten(quote)}”");
        }

        foreach (var (kind, clause, quote, enabled, triggers) in new (SanctionKind, string, string, bool, List<FindingTrigger>)[]
        {
            (SanctionKind.Criticism, sanctions.Criticism.Clause, sanctions.Criticism.Quote, sanctions.Criticism.Enabled, sanctions.Criticism.Triggers),
            (SanctionKind.Interview, sanctions.Interview.Clause, sanctions.Interview.Quote, sanctions.Interview.Enabled, []),
            (SanctionKind.Commendation, sanctions.Commendation.Clause, sanctions.Commendation.Quote, sanctions.Commendation.Enabled, []),
            (SanctionKind.Accountability, sanctions.Accountability.Clause, sanctions.Accountability.Quote, sanctions.Accountability.Enabled, sanctions.Accountability.Triggers),
            (SanctionKind.Review, sanctions.Review.Clause, sanctions.Review.Quote, sanctions.Review.Enabled, sanctions.Review.Triggers),
        })
        {
            var at = $"scoring.sanctions.{kind.Id()}";
            if (places is null || !places.Contains(at)) continue;  // the list is not written: nothing cited
            var name = $"处理名单 {kind.Id()}（{kind.Chinese()}）";
            SanctionKind? words = enabled ? kind : null;
            Check(name, at, clause, at + ".quote", quote, words);
            if (kind == SanctionKind.Criticism)
                Check($"{name}的等次条件（grade_clause/grade_quote）", at, sanctions.Criticism.GradeClause, at + ".grade_quote", sanctions.Criticism.GradeQuote);
            for (int i = 0; i < triggers.Count; i++)
            {
                var t = triggers[i];
                var tat = $"{at}.triggers[{i}]";
                // a trigger's own quote is checked against its own clause (or the list's); a trigger with its own clause but
                // the list's quote must find the list's quote in that clause's source
                if (t.Quote is not null) Check($"{name}触发条件[{i}]", tat, t.Clause ?? clause, tat + ".quote", t.Quote, words);
                else if (t.Clause is not null) Check($"{name}触发条件[{i}]", tat, t.Clause, tat, string.IsNullOrWhiteSpace(quote) ? null : quote);
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
