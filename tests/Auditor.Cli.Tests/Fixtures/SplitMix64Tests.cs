using Auditor.Cli.Fixtures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Cli.Tests.Fixtures;

public class SplitMix64Tests
{
    [Fact]
    public void Matches_the_reference_sequence()
    {
        // Vigna's splitmix64.c seeded with 1234567 (the published test vector).
        var rng = new SplitMix64(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var e in expected) Assert.Equal(e, rng.NextUInt64());
    }

    [Property]
    public bool Between_stays_inside_its_bounds(ulong seed, int lo, ushort width)
    {
        var rng = new SplitMix64(seed);
        long min = lo, max = (long)lo + width;
        for (int i = 0; i < 50; i++)
        {
            long v = rng.Between(min, max);
            if (v < min || v > max) return false;
        }
        return true;
    }

    [Fact]
    public void LogUniform_stays_inside_its_bounds_and_reaches_both_ends()
    {
        var rng = new SplitMix64(99);
        var draws = Enumerable.Range(0, 20_000).Select(_ => rng.LogUniform(1, 28_800)).ToList();
        Assert.All(draws, v => Assert.InRange(v, 1, 28_800));
        // 15 doubling bands from 1 to 28,800 minutes: about 1 in 15 draws falls in [1, 1] and about as many above 16,384.
        Assert.InRange(draws.Count(v => v == 1) / 20_000.0, 0.05, 0.085);
        Assert.InRange(draws.Count(v => v >= 16_384) / 20_000.0, 0.05, 0.085);
    }

    [Fact]
    public void Weighted_choice_follows_its_weights()
    {
        var choice = new WeightedChoice<string>(("a", 700), ("b", 250), ("c", 50));
        var rng = new SplitMix64(5);
        var picks = Enumerable.Range(0, 40_000).Select(_ => choice.Pick(ref rng)).ToList();
        Assert.InRange(picks.Count(p => p == "a") / 40_000.0, 0.69, 0.71);
        Assert.InRange(picks.Count(p => p == "c") / 40_000.0, 0.045, 0.055);
    }
}
