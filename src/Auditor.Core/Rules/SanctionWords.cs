using System.Text.RegularExpressions;

namespace Auditor.Core.Rules;

/// <summary>
/// What a quoted sentence must say for a pack to list units on it (`rules lint`): a sanction word of the list
/// (通报批评 for criticism, 追责/问责/追究…责任 for accountability and 待核查, 约谈, 表彰/奖惩), and — for a public
/// 追责 — no condition a ledger cannot show (导致…、造成…后果、情节较重): such a sanction can only be the office's
/// internal 待核查 list.
/// </summary>
public static partial class SanctionWords
{
    /// <summary>The words the issue names for any list; a list's own words are a subset (plus 追究…责任 for 追责).</summary>
    public const string AnyList = "通报批评、约谈、追责、问责、表彰、奖惩";

    /// <summary>True when the quote carries a sanction word of the list (criticism, interview, commendation, accountability, review).</summary>
    public static bool Carries(string list, string quote)
    {
        var q = QuoteText.Normalize(quote);
        return list switch
        {
            "criticism" or "通报批评" => q.Contains("通报批评", StringComparison.Ordinal),
            "interview" or "约谈" => q.Contains("约谈", StringComparison.Ordinal),
            "commendation" or "表彰" => q.Contains("表彰", StringComparison.Ordinal) || q.Contains("奖惩", StringComparison.Ordinal),
            _ => Accountability().IsMatch(q),
        };
    }

    /// <summary>The words expected for a list, for messages.</summary>
    public static string Expected(string list) => list switch
    {
        "criticism" or "通报批评" => "通报批评",
        "interview" or "约谈" => "约谈",
        "commendation" or "表彰" => "表彰、奖惩",
        _ => "追责、问责、追究……责任",
    };

    /// <summary>The condition in the quote that a ledger cannot show (e.g. 造成严重后果), or null.</summary>
    public static string? Consequence(string quote)
    {
        var m = ConsequenceCondition().Match(QuoteText.Normalize(quote));
        return m.Success ? m.Value : null;
    }

    [GeneratedRegex("追责|问责|追究.{0,8}责任")]
    private static partial Regex Accountability();

    [GeneratedRegex("导致[^，。；,;]{0,20}|造成[^，。；,;]{0,8}后果|造成严重影响|情节较重|情节严重|发生重大问题")]
    private static partial Regex ConsequenceCondition();
}
