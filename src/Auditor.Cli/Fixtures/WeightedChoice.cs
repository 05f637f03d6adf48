namespace Auditor.Cli.Fixtures;

/// <summary>A fixed table of values with integer weights (parts per the table's total), picked with a <see cref="SplitMix64"/>.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public WeightedChoice(params (T Value, int Weight)[] table)
    {
        if (table.Length == 0) throw new ArgumentException("empty table", nameof(table));
        _values = table.Select(t => t.Value).ToArray();
        _cumulative = new int[table.Length];
        int sum = 0;
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i].Weight <= 0) throw new ArgumentException("weights must be positive", nameof(table));
            sum += table[i].Weight;
            _cumulative[i] = sum;
        }
        Total = sum;
        Table = table;
    }

    public int Total { get; }

    public IReadOnlyList<(T Value, int Weight)> Table { get; }

    public T Pick(ref SplitMix64 rng)
    {
        int r = rng.Next(Total);
        for (int i = 0; i < _cumulative.Length; i++)
        {
            if (r < _cumulative[i]) return _values[i];
        }
        return _values[^1];
    }
}
