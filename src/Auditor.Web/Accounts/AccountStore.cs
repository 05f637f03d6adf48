using Auditor.Core;
using Auditor.Web.Storage;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Auditor.Web.Accounts;

/// <summary>
/// The accounts of a data folder (accounts.json): added by `auditor users add`, checked at login. Passwords are kept
/// only as ASP.NET Core Identity's PasswordHasher hashes (PBKDF2 with a salt per password). The file is read again
/// when it changes, so an account added while the server runs can log in at once.
/// </summary>
public sealed class AccountStore(string path)
{
    public const int MinPasswordLength = 8;
    private const int MaxNameLength = 64;
    private static readonly PasswordHasher<Account> Hasher = new();
    private readonly Lock _gate = new();
    private (DateTime Stamp, long Length, IReadOnlyList<Account> Accounts) _cache = (DateTime.MinValue, -1, []);

    public static AccountStore In(DataFolder data) => new(data.Accounts);

    public IReadOnlyList<Account> All()
    {
        lock (_gate)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                _cache = (DateTime.MinValue, -1, []);
                return [];
            }
            if (info.LastWriteTimeUtc != _cache.Stamp || info.Length != _cache.Length)
                _cache = (info.LastWriteTimeUtc, info.Length, JsonFiles.Read<List<Account>>(path) ?? []);
            return _cache.Accounts;
        }
    }

    public bool Any() => All().Count > 0;

    public Account? Find(string name) => All().FirstOrDefault(a => a.Name == name);

    /// <summary>The account when the password is right; null otherwise (an unknown name costs the same hashing as a wrong password).</summary>
    public Account? Verify(string? name, string? password)
    {
        var account = name is null ? null : Find(name.Trim());
        if (account is null || string.IsNullOrEmpty(password))
        {
            Hasher.HashPassword(null!, password ?? "");
            return null;
        }
        return Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>Adds an account; a bad name, role, unit or password, or a name already taken, is a <see cref="UsageException"/>.</summary>
    public Account Add(string name, string role, string? unit, string password, Instant now)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
            throw new UsageException($"账号名“{name}”无效：应为 1–{MaxNameLength} 个字符，不含控制字符。");
        if (!Roles.IsKnown(role)) throw new UsageException($"--role 的值“{role}”无效：应为 office（办公室）或 unit（单位）。");
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (role == Roles.Unit && unit is null)
            throw new UsageException("单位账号须用 --unit 指定所属单位（单位名录中的名称、别名或编码）。");
        if (role == Roles.Office && unit is not null)
            throw new UsageException("办公室账号不绑定单位：去掉 --unit，或用 --role unit。");
        if ((password ?? "").Length < MinPasswordLength)
            throw new UsageException($"密码太短：至少 {MinPasswordLength} 个字符（从标准输入读取，一行）。");
        lock (_gate)
        {
            var accounts = All().ToList();
            if (accounts.Any(a => a.Name == name)) throw new UsageException($"账号“{name}”已存在。");
            var account = new Account(name, role, unit, "", now.ToString());
            account = account with { PasswordHash = Hasher.HashPassword(account, password!) };
            accounts.Add(account);
            JsonFiles.Write(path, accounts);
            return account;
        }
    }
}
