namespace Auditor.Web.Accounts;

/// <summary>The two kinds of account: the supervision office, and a unit bound to one unit of the registry.</summary>
public static class Roles
{
    public const string Office = "office";
    public const string Unit = "unit";

    public static bool IsKnown(string? role) => role is Office or Unit;
}

/// <summary>One account as stored in accounts.json: the password only as a PasswordHasher hash.</summary>
public sealed record Account(string Name, string Role, string? Unit, string PasswordHash, string Created);
