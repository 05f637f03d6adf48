using System.Text;
using Auditor.Reports.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Reports.Tests;

public class SafeFileNameTests
{
    [Theory]
    [InlineData("城关镇", "城关镇")]
    [InlineData("../../etc/passwd", "___etc_passwd")]
    [InlineData("a/b\\c", "a_b_c")]
    [InlineData("CON", "_CON")]
    [InlineData("lpt1.txt", "_lpt1.txt")]
    [InlineData("   ", "未命名单位")]
    [InlineData("..", "未命名单位")]
    [InlineData("县委办：督查室?", "县委办：督查室_")]
    public void Makes_unit_names_safe(string name, string expected) => Assert.Equal(expected, SafeFileName.Stem(name));

    [Fact]
    public void Duplicate_names_after_cleaning_get_numbered()
    {
        var dir = TestFiles.TempDir("dup");
        var taken = new HashSet<string>();
        var a = SafeFileName.PathIn(dir, "a/b", ".docx", taken);
        var b = SafeFileName.PathIn(dir, "a\\b", ".docx", taken);
        Assert.EndsWith("a_b.docx", a);
        Assert.EndsWith("a_b(2).docx", b);
    }

    public static class NameArbitrary
    {
        public static Arbitrary<string> Names() => AlphabetText.Of("./\\:*?\"<>|\u0000\u0001 .镇县CONlpt1𠀀a-_");
    }

    private static readonly string Dir = Path.GetFullPath(TestFiles.TempDir("prop"));

    [Property(Arbitrary = new[] { typeof(NameArbitrary) })]
    public bool Any_name_gives_a_file_directly_inside_the_folder(string name)
    {
        var dir = Dir;
        var path = SafeFileName.PathIn(dir, name, ".docx");
        var file = Path.GetFileName(path);
        return Path.GetDirectoryName(path) == dir
               && file.Length > ".docx".Length
               && file.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0']) < 0
               && !file.StartsWith('.')
               && Encoding.UTF8.GetByteCount(file) <= 255;
    }

    [Fact]
    public void Long_names_are_cut_to_fit_the_file_system()
    {
        var stem = SafeFileName.Stem(new string('镇', 300));
        Assert.True(Encoding.UTF8.GetByteCount(stem) <= SafeFileName.MaxStemBytes);
        Assert.StartsWith("镇镇镇", stem);
    }
}
