namespace Auditor.Core;

/// <summary>Process exit codes (README, "退出码").</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Internal = 1;
    public const int Usage = 2;
    public const int Input = 3;
    public const int RulePack = 4;
    /// <summary>Stopped by Ctrl+C or SIGTERM (the shell's 128 + SIGINT).</summary>
    public const int Cancelled = 130;
}

/// <summary>
/// An error a user can cause and fix: shown as its Chinese message (file, sheet, row, column where they apply),
/// never as a stack trace; ends the run with <see cref="ExitCode"/>.
/// </summary>
public class AuditorException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Input that cannot be read: missing file, unreadable workbook, missing required column, empty file (exit 3).</summary>
public sealed class InputException(string message, Exception? inner = null) : AuditorException(ExitCodes.Input, message, inner);

/// <summary>A broken rule pack or calendar (exit 4); the message carries file:line:column.</summary>
public sealed class RulePackException(string message, Exception? inner = null) : AuditorException(ExitCodes.RulePack, message, inner);

/// <summary>Wrong command-line usage (exit 2).</summary>
public sealed class UsageException(string message) : AuditorException(ExitCodes.Usage, message);
