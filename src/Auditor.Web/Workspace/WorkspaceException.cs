namespace Auditor.Web.Workspace;

/// <summary>
/// A request the workspace refuses, with the HTTP status it answers (400 bad input, 403 not allowed, 404 unknown,
/// 409 conflicting state, 413 too large) and the Chinese message the page or the API shows.
/// </summary>
public sealed class WorkspaceException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static WorkspaceException BadInput(string message) => new(400, message);
    public static WorkspaceException Forbidden(string message) => new(403, message);
    public static WorkspaceException NotFound(string message) => new(404, message);
    public static WorkspaceException Conflict(string message) => new(409, message);
    public static WorkspaceException TooLarge(string message) => new(413, message);
}
