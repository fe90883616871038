namespace JourneyStudio.Web.Heat;

/// <summary>
/// The sequential colour scale heat is painted with: ColorBrewer's five-class YlOrRd, which stays ordered for the
/// common forms of colour blindness and in greyscale (lighter is always less pain). Steps by pain index.
/// </summary>
public static class HeatScale
{
    /// <summary>Lower bound of each step's pain index; a cell takes the highest step whose bound it reaches.</summary>
    public static readonly double[] Bounds = [0, 5, 15, 30, 50];

    public static readonly string[] Colours = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

    public static int Step(double painIndex)
    {
        var step = 0;
        for (var i = 1; i < Bounds.Length; i++) if (painIndex >= Bounds[i]) step = i;
        return step;
    }

    public static string Label(int step) => step == Bounds.Length - 1 ? $"{Bounds[step]:0}+" : $"{Bounds[step]:0}–{Bounds[step + 1]:0}";
}
