namespace Auditor.Cli.Tests.Rules;

public class RulesCommandTests
{
    private static string RulesDir
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) d = d.Parent;
            return Path.Combine(d!.FullName, "rules");
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = AuditorCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Lint_is_clean_on_the_shipped_packs()
    {
        var (code, output, err) = Run("rules", "lint", "--rules", RulesDir);
        Assert.Equal(0, code);
        Assert.Contains("检查了 6 个规则包：0 个错误", output);
        Assert.Equal("", err);
    }

    [Fact]
    public void Lint_fails_on_a_broken_pack_with_a_line_number()
    {
        var dir = Path.Combine(Path.GetTempPath(), "auditor-cli-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "sources"));
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(RulesDir, "sources")))
                File.Copy(f, Path.Combine(dir, "sources", Path.GetFileName(f)));
            var text = File.ReadAllText(Path.Combine(RulesDir, "huangchuan.yaml")).Replace("window: 48h", "window: 48 hours");
            File.WriteAllText(Path.Combine(dir, "huangchuan.yaml"), text);
            var (code, _, err) = Run("rules", "lint", "huangchuan", "--rules", dir);
            Assert.Equal(4, code);
            var line = text.Split('\n').ToList().FindIndex(l => l.Contains("window: 48 hours")) + 1;
            Assert.Contains($"huangchuan.yaml:{line}:", err);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Coverage_prints_a_markdown_table()
    {
        var (code, output, _) = Run("rules", "coverage", "--pack", "xuchang", "--rules", RulesDir);
        Assert.Equal(0, code);
        Assert.Contains("| 来源 | 条款 |", output);
        Assert.Contains("| 二（四）1 |", output);
        Assert.Contains("xuchang.same-day-reply", output);
    }

    [Fact]
    public void List_and_show()
    {
        var (code, output, _) = Run("rules", "list", "--rules", RulesDir);
        Assert.Equal(0, code);
        foreach (var id in new[] { "national", "nanan", "gaoan", "zhanggong", "huangchuan", "xuchang" }) Assert.Contains(id, output);
        var show = Run("rules", "show", "zhanggong", "--rules", RulesDir);
        Assert.Equal(0, show.Code);
        Assert.Contains("3d", show.Out);
        Assert.Contains("释义", show.Out);
    }

    [Fact]
    public void Unknown_pack_is_a_rule_pack_error_listing_the_packs()
    {
        var (code, _, err) = Run("rules", "show", "nosuch", "--rules", RulesDir);
        Assert.Equal(4, code);
        Assert.Contains("可用的规则包", err);
        Assert.Contains("national", err);
    }
}
