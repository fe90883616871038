namespace JourneyStudio.Domain.Heat;

/// <summary>A range a proportion lies in with the stated confidence.</summary>
public readonly record struct ProportionInterval(double Lower, double Upper);

/// <summary>The few pieces of statistics heat and the closed loop use, written out so each can be checked by hand.</summary>
public static class HeatStatistics
{
    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson score interval for a proportion of <paramref name="successes"/> in <paramref name="n"/> trials:
    /// centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
    /// Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays inside [0, 1] and is honest for small n and for p̂ near 0 or 1 —
    /// which is exactly where thin heat cells live. Null when there are no trials.
    /// </summary>
    public static ProportionInterval? Wilson(long successes, long n, double z = Z95)
    {
        if (n < 0 || successes < 0 || successes > n) throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} of {n} is not a proportion.");
        if (n == 0) return null;
        double p = (double)successes / n, z2 = z * z, nn = n;
        var denominator = 1 + z2 / nn;
        var centre = (p + z2 / (2 * nn)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
        return new ProportionInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The standard normal distribution function Φ(x) = ½·erfc(−x/√2), with erfc by the Chebyshev fit of
    /// Numerical Recipes (fractional error below 1.2·10⁻⁷ everywhere) — ample for p-values compared with α.
    /// </summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
