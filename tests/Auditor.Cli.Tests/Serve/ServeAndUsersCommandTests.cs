using System.Text.Json;
using Auditor.Cli.Tests.TimeCommands;

namespace Auditor.Cli.Tests.Serve;

/// <summary>`auditor users add` (password from standard input, stored hashed) and `auditor serve`'s refusal to listen beyond loopback without accounts.</summary>
public class ServeAndUsersCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("auditor-cli-users-").FullName;

    private (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = AuditorCli.Run(args, o, e, new StringReader(stdin));
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Users_add_reads_the_password_from_standard_input_and_keeps_only_its_hash()
    {
        var r = Run("s3cret-passw0rd\n", "users", "add", "张主任", "--role", "office", "--data", _data);
        Assert.Equal(0, r.Code);
        Assert.Contains("已添加办公室账号“张主任”", r.Out);
        var u = Run("another-passw0rd\n", "users", "add", "chunshen", "--role", "unit", "--unit", "春申街道", "--data", _data);
        Assert.Equal(0, u.Code);
        var file = File.ReadAllText(Path.Combine(_data, "accounts.json"));
        Assert.DoesNotContain("s3cret-passw0rd", file);
        Assert.DoesNotContain("another-passw0rd", file);
        var accounts = JsonDocument.Parse(file).RootElement;
        Assert.Equal(2, accounts.GetArrayLength());
        Assert.Equal("春申街道", accounts[1].GetProperty("unit").GetString());
        var list = Run("", "users", "list", "--data", _data);
        Assert.Contains("chunshen\tunit\t春申街道", list.Out);
    }

    [Theory]
    [InlineData("short\n", new[] { "--role", "office" }, "密码太短")]
    [InlineData("long-enough-1\n", new[] { "--role", "unit" }, "--unit")]
    [InlineData("long-enough-1\n", new[] { "--role", "admin" }, "--role")]
    [InlineData("long-enough-1\n", new[] { "--role", "office", "--unit", "春申街道" }, "办公室账号不绑定单位")]
    [InlineData("", new[] { "--role", "office" }, "没有从标准输入读到密码")]
    public void Users_add_refuses_what_would_make_a_bad_account(string stdin, string[] options, string message)
    {
        var r = Run(stdin, ["users", "add", "someone", .. options, "--data", _data]);
        Assert.Equal(2, r.Code);
        Assert.Contains(message, r.Err);
        Assert.False(File.Exists(Path.Combine(_data, "accounts.json")));
    }

    [Fact]
    public void A_name_taken_is_refused()
    {
        Assert.Equal(0, Run("long-enough-1\n", "users", "add", "a", "--role", "office", "--data", _data).Code);
        var r = Run("long-enough-2\n", "users", "add", "a", "--role", "office", "--data", _data);
        Assert.Equal(2, r.Code);
        Assert.Contains("已存在", r.Err);
    }

    [Fact]
    public void Serve_beyond_loopback_without_an_account_refuses_to_start_and_says_how_to_add_one()
    {
        var r = Run("", "serve", "--listen", "0.0.0.0:0", "--data", _data, "--rules", CliRun.Rules);
        Assert.Equal(2, r.Code);
        Assert.Contains("auditor users add", r.Err);
        Assert.Contains("--role office", r.Err);
    }

    [Fact]
    public void Serve_with_a_bad_listen_address_is_a_usage_error()
    {
        var r = Run("", "serve", "--listen", "somewhere", "--data", _data, "--rules", CliRun.Rules);
        Assert.Equal(2, r.Code);
        Assert.Contains("--listen", r.Err);
    }

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        GC.SuppressFinalize(this);
    }
}
