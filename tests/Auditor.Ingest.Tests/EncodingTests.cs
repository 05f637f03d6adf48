using System.Text;
using Auditor.Core;
using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

public class EncodingTests
{
    private const string Ledger = "舆情编号,填报单位,舆情标题,发现时间\n许-001,魏都分局,网民反映某小区不动产证迟迟办不下来,2026/7/3 14:20\n";

    private static (IngestResult Result, FileSummary File) Read(string path)
    {
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        return (r, Assert.Single(r.Files));
    }

    [Fact]
    public void Utf8_without_bom()
    {
        using var tmp = new TempFiles();
        var (r, f) = Read(tmp.Write("a.csv", Ledger, new UTF8Encoding(false)));
        Assert.Equal("UTF-8", f.Encoding);
        Assert.Equal("网民反映某小区不动产证迟迟办不下来", r.Cases[0].Title);
    }

    [Fact]
    public void Utf8_with_bom_does_not_leak_the_bom_into_the_first_header()
    {
        using var tmp = new TempFiles();
        var (r, f) = Read(tmp.Write("a.csv", Ledger, new UTF8Encoding(true)));
        Assert.Equal("UTF-8 BOM", f.Encoding);
        Assert.Equal("舆情编号", f.Columns[0].Header);
        Assert.Equal("case_id", f.Columns[0].Target);
        Assert.Equal("许-001", r.Cases[0].CaseId);
    }

    [Fact]
    public void Gb18030_is_detected_without_being_told()
    {
        using var tmp = new TempFiles();
        var (r, f) = Read(tmp.Write("a.csv", Ledger, TempFiles.Gb18030));
        Assert.Equal("GB18030", f.Encoding);
        Assert.Equal("魏都分局", r.Cases[0].ReportingUnit!.Raw);
        Assert.Equal("网民反映某小区不动产证迟迟办不下来", r.Cases[0].Title);
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void Utf16_with_a_bom_is_read(bool bigEndian, string name)
    {
        using var tmp = new TempFiles();
        var (r, f) = Read(tmp.Write("a.csv", Ledger, new UnicodeEncoding(bigEndian, true)));
        Assert.Equal(name, f.Encoding);
        Assert.Equal("许-001", r.Cases[0].CaseId);
        Assert.Equal("网民反映某小区不动产证迟迟办不下来", r.Cases[0].Title);
    }

    [Fact]
    public void Utf16_without_a_bom_is_refused_by_name()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", Ledger, new UnicodeEncoding(false, false));
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Contains("UTF-16", e.Message);
        Assert.Contains("a.csv", e.Message);
    }

    [Fact]
    public void Gb18030_text_whose_bytes_look_like_utf8_at_first_is_still_gb18030()
    {
        // Long ASCII prefix, then Chinese: the whole sample decides, not the first bytes.
        using var tmp = new TempFiles();
        var text = "舆情编号,发现时间,备注\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"A{i:000},2026-07-03 14:20,ok\n")) + "B001,2026-07-04 10:00,潢川县\n";
        var (r, f) = Read(tmp.Write("a.csv", text, TempFiles.Gb18030));
        Assert.Equal("GB18030", f.Encoding);
        Assert.Equal("潢川县", r.Cases[^1].Extra["备注"]);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void An_empty_file_is_refused(byte[] bytes)
    {
        using var tmp = new TempFiles();
        var path = tmp.WriteBytes("empty.csv", bytes);
        var e = Assert.Throws<InputException>(() => Read(path));
        Assert.Contains("empty.csv", e.Message);
        Assert.Contains("为空", e.Message);
    }
}
