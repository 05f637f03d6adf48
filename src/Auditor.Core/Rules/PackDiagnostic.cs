namespace Auditor.Core.Rules;

/// <summary>A problem in a rule pack, with the place it was found: "file:line:column: message".</summary>
public sealed record PackDiagnostic(string File, int Line, int Column, string Message, bool IsError = true)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {(IsError ? "错误" : "警告")}：{Message}";
}
