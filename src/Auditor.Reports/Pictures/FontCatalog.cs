using System.Collections.Concurrent;
using SkiaSharp;

namespace Auditor.Reports.Pictures;

/// <summary>The fonts the picture renderer can draw with: what <see cref="PictureFontChooser"/> asks.</summary>
internal interface IFontCatalog
{
    /// <summary>Family names of the installed fonts.</summary>
    IReadOnlyList<string> Families { get; }

    /// <summary>Whether the family's regular face has a glyph for every character of <paramref name="text"/>.</summary>
    bool Draws(string family, string text);

    /// <summary>The family the platform's own fallback picks for a Chinese character (fontconfig, Windows), if any.</summary>
    string? ChineseFallback();
}

/// <summary>The installed fonts as SkiaSharp sees them.</summary>
internal sealed class SkiaFontCatalog : IFontCatalog
{
    public static SkiaFontCatalog Instance { get; } = new();

    private readonly ConcurrentDictionary<string, SKTypeface?> _faces = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Families { get; } = [.. SKFontManager.Default.FontFamilies];

    public bool Draws(string family, string text) =>
        _faces.GetOrAdd(family, f => SKFontManager.Default.MatchFamily(f, SKFontStyle.Normal) is { } face
            && string.Equals(face.FamilyName, f, StringComparison.OrdinalIgnoreCase) ? face : null) is { } found
        && found.ContainsGlyphs(text);

    public string? ChineseFallback()
    {
        // SkiaSharp's Linux assets without fontconfig answer null here; Windows and fontconfig builds name a face
        using var face = SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, ["zh-Hans", "zh-CN"], '中');
        return face?.FamilyName;
    }
}
