namespace Auditor.Core.Time;

/// <summary>
/// The outcome of reading a time text: the value, or the problem with a Chinese reason a user can act on. Never null
/// and never an exception for bad input (reading <see cref="Value"/> of a failure is a programming error and throws).
/// A struct, and the reason is worded only when asked for: exports have millions of time cells.
/// </summary>
public readonly struct TimeTextResult
{
    private readonly TimeTextValue _value;
    private readonly int _a, _b, _c;
    private readonly string? _word;

    private TimeTextResult(TimeTextValue value, TimeTextProblem problem, int a, int b, int c, string? word)
    {
        _value = value;
        Problem = problem;
        _a = a;
        _b = b;
        _c = c;
        _word = word;
    }

    public static TimeTextResult ForValue(TimeTextValue value) => new(value, TimeTextProblem.None, 0, 0, 0, null);

    internal static TimeTextResult ForProblem(TimeTextProblem problem, int a = 0, int b = 0, int c = 0, string? word = null) =>
        new(default, problem, a, b, c, word);

    public bool Success => Problem == TimeTextProblem.None;

    /// <summary><see cref="TimeTextProblem.None"/> on success.</summary>
    public TimeTextProblem Problem { get; }

    /// <summary>Why the text was not read, in Chinese, to follow the quoted text ("“上午15:00”：…"); "" on success.</summary>
    public string Reason => TimeTextMessages.Reason(Problem, _a, _b, _c, _word);

    /// <summary>The value; throws <see cref="InvalidOperationException"/> (with the reason) on a failure.</summary>
    public TimeTextValue Value => Success ? _value : throw Failed();

    private InvalidOperationException Failed() => new(Reason);

    public bool TryGetValue(out TimeTextValue value)
    {
        value = _value;
        return Success;
    }

    public override string ToString() => Success ? _value.ToString() : Reason;
}
