using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Core.Rules;

namespace Auditor.Cli.Commands;

/// <summary>`auditor rules list|show|lint|coverage`: inspect and check the rule packs in rules/.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rulesOpt = RulesLocator.Option(recursive: true);
        var cmd = new Command("rules", "查看和检查规则包");
        cmd.Options.Add(rulesOpt);

        var list = new Command("list", "列出全部规则包");
        list.SetAction(p =>
        {
            var dir = RulesLocator.Find(p.GetValue(rulesOpt), needsCalendars: false);
            stdout.WriteLine("规则包\t版本\t规则数\t发文机关\t名称");
            foreach (var id in RulePackLoader.AvailableIds(dir))
            {
                var pack = RulePackLoader.Load(dir, id);
                stdout.WriteLine($"{pack.Id}\t{pack.Version}\t{pack.Rules.Length}\t{pack.Issuer}\t{pack.Title}{(pack.Extends is null ? "" : $"（继承 {pack.Extends}）")}");
            }
            return 0;
        });

        var showArg = new Argument<string>("pack") { Description = "规则包编号或 .yaml 路径" };
        var show = new Command("show", "显示一个规则包的规则、时限、条款与释义");
        show.Arguments.Add(showArg);
        show.SetAction(p =>
        {
            var dir = RulesLocator.Find(p.GetValue(rulesOpt), needsCalendars: false);
            var pack = RulePackLoader.Load(dir, p.GetValue(showArg)!);
            stdout.WriteLine($"{pack.Title}（{pack.Id} {pack.Version}）");
            stdout.WriteLine($"发文机关：{pack.Issuer}　文号：{pack.DocumentNumber ?? "—"}{(pack.Extends is null ? "" : $"　继承：{pack.Extends}")}");
            stdout.WriteLine();
            foreach (var r in pack.Rules)
            {
                stdout.WriteLine($"[{r.Id}] {r.Title}");
                stdout.WriteLine($"  类型：{r.Kind.Id()}（{r.Kind.Chinese()}）　时限：{r.WindowText ?? (r.Start is null ? "—" : "原文未定时限")}{(r.DueOverride ? "（有办理时限的从其规定）" : "")}　权重：{r.Weight}　处理：{r.Sanction ?? "—"}");
                if (r.Assumed) stdout.WriteLine($"  本包设定：{r.Assumption}");
                if (!r.Recipients.IsEmpty) stdout.WriteLine($"  应报对象：{string.Join("、", r.Recipients)}");
                stdout.WriteLine($"  适用：{r.AppliesWhen.Describe()}");
                stdout.WriteLine($"  依据：{r.Clause.Short}“{r.Clause.Quote}”");
                if (r.Interpretation is not null) stdout.WriteLine($"  释义：{r.Interpretation}");
                foreach (var row in r.Table) stdout.WriteLine($"  · {row.Scope} → {row.Expect}：{row.Basis}");
            }
            if (!pack.Interpretations.IsEmpty)
            {
                stdout.WriteLine();
                stdout.WriteLine("释义：");
                foreach (var i in pack.Interpretations) stdout.WriteLine($"  {i.Term}（{i.Clause.Short}）：{i.Meaning}");
            }
            return 0;
        });

        var lintArg = new Argument<string?>("path") { Description = "规则包编号或 .yaml 路径（省略则检查全部）", Arity = ArgumentArity.ZeroOrOne };
        var lint = new Command("lint", "检查规则包：未知类型、错误时限、缺少引用、重复编号、引文与原文不符、原文未写明的时限未标本包设定、名单缺乏原文依据");
        lint.Arguments.Add(lintArg);
        lint.SetAction(p =>
        {
            var dir = RulesLocator.Find(p.GetValue(rulesOpt), needsCalendars: false);
            var target = p.GetValue(lintArg);
            var ids = target is null ? RulePackLoader.AvailableIds(dir) : [target];
            int errors = 0, warnings = 0;
            foreach (var id in ids)
            {
                var diags = RulePackLinter.Lint(dir, id);
                foreach (var d in diags.Distinct())
                {
                    (d.IsError ? stderr : stdout).WriteLine(d.ToString());
                    if (d.IsError) errors++; else warnings++;
                }
            }
            stdout.WriteLine($"检查了 {ids.Count} 个规则包：{errors} 个错误，{warnings} 个警告。");
            return errors > 0 ? ExitCodes.RulePack : 0;
        });

        var packOpt = new Option<string>("--pack") { Description = "规则包编号或 .yaml 路径", Required = true };
        var coverage = new Command("coverage", "输出条款覆盖矩阵（Markdown）");
        coverage.Options.Add(packOpt);
        coverage.SetAction(p =>
        {
            var dir = RulesLocator.Find(p.GetValue(rulesOpt), needsCalendars: false);
            stdout.Write(CoverageMatrix.Markdown(RulePackLoader.Load(dir, p.GetValue(packOpt)!)));
            return 0;
        });

        cmd.Subcommands.Add(list);
        cmd.Subcommands.Add(show);
        cmd.Subcommands.Add(lint);
        cmd.Subcommands.Add(coverage);
        return cmd;
    }
}
