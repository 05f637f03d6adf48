namespace Auditor.Cli.Fixtures;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a fixed, tiny PRNG so that the same seed gives the same fixture bytes on
/// every .NET version (System.Random's algorithm is not a contract).
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>An independent stream for item <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static SplitMix64 For(ulong seed, ulong stream, ulong index)
    {
        var mixer = new SplitMix64(seed ^ (stream * 0xD1B54A32D192ED03UL));
        ulong s = mixer.NextUInt64() ^ (index * 0x9E3779B97F4A7C15UL);
        return new SplitMix64(Finalise(s));
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        return Finalise(z);
    }

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n) (multiply-high; bias below 2^-32 for the sizes used here).</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        return (int)Math.BigMul(NextUInt64(), (ulong)n, out _);
    }

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public long Between(long min, long max) => min + (long)Math.BigMul(NextUInt64(), (ulong)(max - min + 1), out _);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>
    /// Roughly log-uniform integer in [min, max] (min ≥ 1): a uniformly chosen doubling band, then uniform inside
    /// it — as many overruns of minutes as of hours or days. Integer-only, so no libm differences across machines.
    /// </summary>
    public long LogUniform(long min, long max)
    {
        if (min < 1 || max < min) throw new ArgumentOutOfRangeException(nameof(min));
        int bands = 0;
        for (long b = min; b <= max; b *= 2) bands++;
        long lo = min << Next(bands);
        long hi = Math.Min(max, lo * 2 - 1);
        return Between(lo, hi);
    }

    public T Pick<T>(T[] items) => items[Next(items.Length)];
}
