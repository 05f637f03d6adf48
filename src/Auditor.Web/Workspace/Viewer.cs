using System.Security.Claims;
using Auditor.Web.Accounts;

namespace Auditor.Web.Workspace;

/// <summary>Who is asking: an account's name, role and (for a unit) the unit it is bound to.</summary>
public sealed record Viewer(string Name, string Role, string? Unit)
{
    public const string UnitClaim = "auditor:unit";

    public bool IsOffice => Role == Roles.Office;

    /// <summary>The person who uses the workspace on this machine when no account exists (loopback only).</summary>
    public static Viewer LocalOffice { get; } = new("本机用户", Roles.Office, null);

    public static Viewer? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.Identity.Name is not { } name) return null;
        var role = user.FindFirstValue(ClaimTypes.Role);
        return Roles.IsKnown(role) ? new Viewer(name, role!, user.FindFirstValue(UnitClaim)) : null;
    }

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Name), new(ClaimTypes.Role, Role) };
        if (Unit is not null) claims.Add(new Claim(UnitClaim, Unit));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
