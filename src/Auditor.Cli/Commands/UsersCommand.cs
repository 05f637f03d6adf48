using System.CommandLine;
using System.Text;
using Auditor.Core;
using Auditor.Web.Accounts;
using Auditor.Web.Storage;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>`auditor users add NAME --role office|unit [--unit 单位] --data DIR` (password from standard input) and `users list`.</summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var cmd = new Command("users", "网页工作台的账号");

        var name = new Argument<string>("name") { Description = "账号名" };
        var role = new Option<string>("--role") { Description = "office（办公室）或 unit（单位）", Required = true };
        var unit = new Option<string?>("--unit") { Description = "单位账号所属的单位（单位名录中的名称、别名或编码）" };
        var data = new Option<string>("--data") { Description = "数据目录（与 auditor serve --data 相同）", Required = true };
        var add = new Command("add", "添加账号：密码从标准输入读取（一行），只保存其哈希");
        add.Arguments.Add(name);
        add.Options.Add(role);
        add.Options.Add(unit);
        add.Options.Add(data);
        add.SetAction(p =>
        {
            var password = ReadPassword(stdin, stderr, Console.IsInputRedirected || !ReferenceEquals(stdin, Console.In));
            var store = AccountStore.In(new DataFolder(p.GetValue(data)!));
            var account = store.Add(p.GetValue(name)!, (p.GetValue(role) ?? "").Trim().ToLowerInvariant(), p.GetValue(unit), password, SystemClock.Instance.GetCurrentInstant());
            stdout.WriteLine($"已添加{(account.Role == Roles.Office ? "办公室" : "单位")}账号“{account.Name}”{(account.Unit is null ? "" : $"（{account.Unit}）")}。");
            return ExitCodes.Ok;
        });

        var listData = new Option<string>("--data") { Description = "数据目录", Required = true };
        var list = new Command("list", "列出账号（不显示密码）");
        list.Options.Add(listData);
        list.SetAction(p =>
        {
            var accounts = AccountStore.In(new DataFolder(p.GetValue(listData)!)).All();
            if (accounts.Count == 0) stdout.WriteLine("还没有账号。");
            foreach (var a in accounts) stdout.WriteLine($"{a.Name}\t{a.Role}\t{a.Unit ?? ""}");
            return ExitCodes.Ok;
        });

        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(list);
        return cmd;
    }

    /// <summary>One line from standard input; at a terminal, typed without echo after a prompt.</summary>
    private static string ReadPassword(TextReader stdin, TextWriter stderr, bool redirected)
    {
        if (redirected) return stdin.ReadLine() ?? throw new UsageException("没有从标准输入读到密码（应为一行）。");
        stderr.Write("密码：");
        var sb = new StringBuilder();
        for (var k = Console.ReadKey(intercept: true); k.Key != ConsoleKey.Enter; k = Console.ReadKey(intercept: true))
        {
            if (k.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; }
            else if (!char.IsControl(k.KeyChar)) sb.Append(k.KeyChar);
        }
        stderr.WriteLine();
        return sb.ToString();
    }
}
