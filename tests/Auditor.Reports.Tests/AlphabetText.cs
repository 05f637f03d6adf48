using FsCheck;
using FsCheck.Fluent;

namespace Auditor.Reports.Tests;

/// <summary>Strings drawn from a small alphabet of troublesome characters; a failing string shrinks a character at a time.</summary>
internal static class AlphabetText
{
    public static Arbitrary<string> Of(string alphabet) => Arb.From(
        Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray())).Select(a => new string(a)),
        s => s.Length == 0 ? [] : new[] { "", s[..(s.Length / 2)] }.Concat(Enumerable.Range(0, s.Length).Select(i => s.Remove(i, 1))).Distinct());
}

/// <summary>Text a ledger may carry into names, titles, evidence and reasons: markup, control characters, lone surrogates, emoji.</summary>
public static class HostileTextArbitrary
{
    public const string Alphabet =
        "镇县街道<>&\"'*_#[](){}|\\/.:?\u0000\u0001\u0008\u000B\u001F\uFFFE\uFFFF\uD800\uDC00\t\r\n =+-@ 1380013800０😀𠀀";

    public static Arbitrary<string> Texts() => AlphabetText.Of(Alphabet);
}
