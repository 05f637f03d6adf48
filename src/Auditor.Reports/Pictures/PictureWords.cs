using Auditor.Core.Domain;

namespace Auditor.Reports.Pictures;

/// <summary>
/// The words a picture draws: Chinese with a CJK font; without one, Latin words, kind ids and unit codes (the caption
/// in the document, which Word draws with its own fonts, maps them back to the Chinese names).
/// </summary>
internal sealed class PictureWords(PictureFont font)
{
    public PictureFont Font => font;
    public bool Chinese => font.Chinese;

    public string Say(string chinese, string latin) => font.Chinese ? chinese : latin;

    public string Kind(ObligationKind k) => font.Chinese ? k.Chinese() : k.Id();

    /// <summary>A unit as a picture labels it: its name when the font draws it, else its code, else its number in the ranking.</summary>
    public string Unit(string name, string? code, int number) =>
        font.Chinese && font.Draws(name) ? name
        : !string.IsNullOrWhiteSpace(code) && font.Draws(code) ? code!
        : $"No.{number}";

    public string Period(string id) =>
        font.Chinese && AuditPeriod.TryParse(id, out var p) ? p!.Chinese : id;

    /// <summary>"unit codes and kind ids" note for a caption: what the Latin labels stand for.</summary>
    public string KindKey(IEnumerable<ObligationKind> kinds) =>
        font.Chinese ? "" : "图中事项代码：" + string.Join("；", kinds.Distinct().Order().Select(k => $"{k.Id()}＝{k.Chinese()}")) + "。";
}
