namespace Auditor.Reports.Docx;

/// <summary>Font names of GB/T 9704-2012 documents (offices have them installed) and font sizes in half-points.</summary>
internal static class WordFonts
{
    public const string FangSong = "仿宋_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";

    // Chinese size names → half-points.
    public const int ChuHao = 84, YiHao = 52, ErHao = 44, SanHao = 32, SiHao = 28, XiaoSi = 24, WuHao = 21, XiaoWu = 18;

    /// <summary>Official red of the 版头 (发文机关标志, separator line).</summary>
    public const string Red = "FF0000";
}
