using System.Text;
using Auditor.Cli.Tests.TimeCommands;
using YamlDotNet.RepresentationModel;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>One expected data issue of a corpus entry.</summary>
public sealed record ExpectedIssue(string Kind, int Row, string Column, string? Message);

/// <summary>One entry of fixtures/bad/expected.yaml (see the comment at its top).</summary>
public sealed record BadInputCase
{
    public required string File { get; init; }
    public required string Run { get; init; }
    public required int Exit { get; init; }
    public string? Generate { get; init; }
    public string? Log { get; init; }
    public string? Pack { get; init; }
    public string? Period { get; init; }
    public string? AsOf { get; init; }
    public IReadOnlyList<string> Message { get; init; } = [];
    public IReadOnlyList<ExpectedIssue>? Issues { get; init; }
    public IReadOnlyList<string> Checks { get; init; } = [];
    public IReadOnlyList<string> DocxContains { get; init; } = [];
    public int? Cases { get; init; }
    public string? Encoding { get; init; }

    /// <summary>True for entries that are a real file (not an option value or a pack id).</summary>
    public bool IsFile => !File.StartsWith('(');
}

/// <summary>Reads fixtures/bad/expected.yaml and writes the generated (too big to commit) entries.</summary>
public static class BadInputCorpus
{
    public static string Dir { get; } = Path.Combine(CliRun.Root, "fixtures", "bad");

    public static IReadOnlyList<BadInputCase> All { get; } = Load();

    public static BadInputCase Get(string file) => All.Single(c => c.File == file);

    private static IReadOnlyList<BadInputCase> Load()
    {
        var yaml = new YamlStream();
        using (var r = new StreamReader(Path.Combine(Dir, "expected.yaml"))) yaml.Load(r);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var list = new List<BadInputCase>();
        foreach (YamlMappingNode n in (YamlSequenceNode)root["cases"])
        {
            string? S(string key) => n.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
            IReadOnlyList<string> L(string key) => n.Children.TryGetValue(key, out var v)
                ? [.. ((YamlSequenceNode)v).Children.Select(x => ((YamlScalarNode)x).Value!)] : [];
            IReadOnlyList<ExpectedIssue>? issues = null;
            if (n.Children.TryGetValue("issues", out var iv))
                issues = [.. ((YamlSequenceNode)iv).Children.Cast<YamlMappingNode>().Select(m => new ExpectedIssue(
                    ((YamlScalarNode)m["kind"]).Value!, int.Parse(((YamlScalarNode)m["row"]).Value!), ((YamlScalarNode)m["column"]).Value!,
                    m.Children.TryGetValue("message", out var mv) ? ((YamlScalarNode)mv).Value : null))];
            list.Add(new BadInputCase
            {
                File = S("file")!,
                Run = S("run")!,
                Exit = int.Parse(S("exit")!),
                Generate = S("generate"),
                Log = S("log"),
                Pack = S("pack"),
                Period = S("period"),
                AsOf = S("as_of"),
                Message = L("message"),
                Issues = issues,
                Checks = L("checks"),
                DocxContains = L("docx_contains"),
                Cases = S("cases") is { } c ? int.Parse(c) : null,
                Encoding = S("encoding"),
            });
        }
        return list;
    }

    /// <summary>Path of a corpus file; generated entries are written into <paramref name="scratch"/>.</summary>
    public static string PathOf(BadInputCase c, string scratch)
    {
        if (c.Generate is null) return Path.Combine(Dir, c.File);
        var path = Path.Combine(scratch, c.File);
        switch (c.Generate)
        {
            case "overlong-cell":
                // 1,100,000 characters in 舆情标题: more than the 1 MiB-character cell limit (IngestOptions.MaxCellLength).
                var sb = new StringBuilder("舆情编号,填报单位,舆情标题,来源平台,发现时间,上报时间\n");
                sb.Append("BAD-001,城关镇,").Append('长', 1_100_000).Append(",微博,2026-08-01 09:00,2026-08-01 09:30\n");
                System.IO.File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
                return path;
            default:
                throw new InvalidOperationException($"unknown generator {c.Generate}");
        }
    }
}
