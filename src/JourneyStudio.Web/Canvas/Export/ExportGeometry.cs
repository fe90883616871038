namespace JourneyStudio.Web.Canvas.Export;

/// <summary>An axis-aligned rectangle in export units (CSS pixels; the PNG scales them).</summary>
public readonly record struct Box(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;
    public float Bottom => Y + Height;
    public float CenterX => X + Width / 2;
    public float CenterY => Y + Height / 2;

    public bool Contains(Box other) => other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;
    public bool Overlaps(Box other) => other.X < Right && X < other.Right && other.Y < Bottom && Y < other.Bottom;
}

public readonly record struct Point(float X, float Y);

/// <summary>
/// Wrapped lines of one style. The first line may start further right (after an inline prefix such as an emotion score).
/// </summary>
public sealed record TextLines(IReadOnlyList<string> Lines, float X, float Top, float FontSize, float LineHeight, bool Bold, float FirstLineIndent = 0)
{
    public float Height => Lines.Count * LineHeight;

    // Centres the x-height band in the line box, which is how browsers appear to place text.
    public float Baseline(int line) => Top + line * LineHeight + LineHeight / 2 + FontSize * 0.35f;

    public float LineX(int line) => line == 0 ? X + FirstLineIndent : X;
}
