using System.Globalization;
using System.Text;
using Auditor.Reports.Text;
using Auditor.Reports.Xlsx;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Reports.Tests;

/// <summary>The pieces of the hand-written sheet XML: byte writer, date serials, cell text, shared-strings table.</summary>
public class XlsxPartsTests
{
    private static string Written(Action<Utf8XmlWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8XmlWriter(ms)) write(w);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Text_is_escaped_and_line_ends_are_written_as_LF()
    {
        Assert.Equal("a&amp;b&lt;c&gt;d\"'", Written(w => w.Text("a&b<c>d\"'")));
        Assert.Equal("1\n2\n3\n\n\n4\t", Written(w => w.Text("1\r\n2\r3\n\r\r\n4\t")));
        Assert.Equal("<v>-42</v><v>0.1</v><v>3</v><v>-0</v><v>1E+300</v>", Written(w =>
        {
            w.Raw("<v>"u8); w.Integer(-42); w.Raw("</v><v>"u8); w.Double(0.1); w.Raw("</v><v>"u8); w.Double(3.0);
            w.Raw("</v><v>"u8); w.Double(-0.0); w.Raw("</v><v>"u8); w.Double(1e300); w.Raw("</v>"u8);
        }));
    }

    [Fact]
    public void Texts_longer_than_the_buffer_are_encoded_whole_without_splitting_surrogate_pairs()
    {
        // Pairs start at odd offsets, steps are an even number of chars long: a step boundary falls inside a pair.
        var s = "x" + string.Concat(Enumerable.Repeat("😀", 60_000)) + string.Concat(Enumerable.Repeat("&", 30_000)) + "镇";
        var expected = s.Replace("&", "&amp;");
        Assert.Equal(expected, Written(w => { w.Raw("x"u8); w.Text(s); }).Substring(1));
        var big = new byte[200_000];
        Array.Fill(big, (byte)'z');
        Assert.Equal(new string('z', 200_001), Written(w => { w.Raw("z"u8); w.Raw(big); }));
    }

    [Fact]
    public void Date_serial_is_the_text_of_the_old_double_formula_for_every_minute_of_a_year()
    {
        var epoch = new DateTime(1899, 12, 30);
        for (var d = new DateTime(2026, 1, 1); d < new DateTime(2027, 1, 1); d = d.AddMinutes(1))
        {
            var expected = (d - epoch).TotalDays.ToString("0.##########", CultureInfo.InvariantCulture);
            var actual = ExcelSerialDate.Format(d);
            if (actual != expected) Assert.Fail($"{d:O}: {actual} ≠ {expected}");
        }
    }

    [Fact]
    public void Date_serial_is_the_exact_day_count_rounded_to_ten_decimals_and_rounds_into_the_next_day_at_midnight()
    {
        var epoch = new DateTime(1899, 12, 30);
        var rnd = new Random(7);
        for (int i = 0; i < 100_000; i++)
        {
            var d = new DateTime(1900, 3, 1).AddTicks((long)(rnd.NextDouble() * (new DateTime(9999, 1, 1) - new DateTime(1900, 3, 1)).Ticks));
            var exact = (decimal)(d - epoch).Ticks / TimeSpan.TicksPerDay;
            var text = ExcelSerialDate.Format(d);
            Assert.True(Math.Abs(decimal.Parse(text, CultureInfo.InvariantCulture) - exact) <= 0.00000000005m, $"{d:O}: {text} for {exact}");
        }
        Assert.Equal("46024", ExcelSerialDate.Format(new DateTime(2026, 1, 1).AddTicks(TimeSpan.TicksPerDay - 1)));
        Assert.Equal("46023.5", ExcelSerialDate.Format(new DateTime(2026, 1, 1, 12, 0, 0)));
        Assert.Equal("1", ExcelSerialDate.Format(new DateTime(1899, 12, 31)));
        Assert.Equal("0", ExcelSerialDate.Format(new DateTime(1899, 12, 30)));
        Assert.Equal("-0.5", ExcelSerialDate.Format(new DateTime(1899, 12, 29, 12, 0, 0)));
    }

    public static class CellTextArbitrary
    {
        public static Arbitrary<string> Texts() => AlphabetText.Of("镇a \t\r\n=+-@'<&\u0000\u0001\u001F\uFFFE\uFFFF\uD800\uDC00😀\u3000");
    }

    [Property(MaxTest = 2000, Arbitrary = new[] { typeof(CellTextArbitrary) })]
    public bool Cell_text_is_what_the_general_path_gives_for_any_text(string s) =>
        XlsxText.ForCell(s) == SpreadsheetText.FitCell(SpreadsheetText.ForCsv(s));

    [Fact]
    public void Long_text_is_cut_as_the_general_path_cuts_it_and_plain_text_is_kept()
    {
        var longText = new string('镇', SpreadsheetText.MaxCellLength + 1);
        Assert.Equal(SpreadsheetText.FitCell(longText), XlsxText.ForCell(longText));
        var plain = "发现于7月10日22:00，应于7月11日3:00前发布";
        Assert.Same(plain, XlsxText.ForCell(plain));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("城关镇", false)]
    [InlineData("超时 30 分钟", false)]
    [InlineData(" 城关镇", true)]
    [InlineData("城关镇 ", true)]
    [InlineData("\u3000城关镇", true)]
    [InlineData("两个  空格", true)]
    [InlineData("一行\n二行", true)]
    [InlineData("制表\t符", true)]
    public void Preserve_is_marked_only_where_Excel_would_change_the_text(string s, bool preserve) =>
        Assert.Equal(preserve, XlsxText.NeedsPreserve(s));

    [Fact]
    public void Shared_string_table_is_bounded_and_counts_references()
    {
        var t = new SharedStringTable(maxDistinct: 2);
        Assert.Equal(0, t.IndexOf("a"));
        Assert.Equal(1, t.IndexOf("b"));
        Assert.Equal(0, t.IndexOf("a"));
        Assert.Equal(-1, t.IndexOf("c"));
        Assert.Equal(1, t.IndexOf("b"));
        Assert.Equal(2, t.Count);
        t.Reference();
        t.Reference();
        var xml = Written(t.Write);
        Assert.EndsWith("count=\"2\" uniqueCount=\"2\"><si><t>a</t></si><si><t>b</t></si></sst>", xml);
    }

    [Fact]
    public void Cells_out_of_order_or_outside_the_columns_are_refused()
    {
        using var x = new XlsxWriter(new MemoryStream(), DateTimeOffset.UnixEpoch);
        x.BeginSheet("s", [("a", 8), ("b", 8)]);
        x.BeginRow();
        x.Integer(1, 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => x.Integer(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => x.Integer(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => x.SharedCell(1, 0));
    }

    [Fact]
    public void A_listed_sheet_that_is_never_written_is_an_error_not_a_broken_file()
    {
        using var x = new XlsxWriter(new MemoryStream(), DateTimeOffset.UnixEpoch);
        x.ReserveSheet("说明");
        x.BeginSheet("data", [("a", 8)]);
        Assert.Throws<InvalidOperationException>(x.Finish);
    }
}
