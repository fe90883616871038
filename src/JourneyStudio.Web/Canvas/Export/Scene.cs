namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// A flat drawing in export units: the few shapes both renderers know. Deciding the look once, here, is what keeps
/// the SVG and the PNG identical.
/// </summary>
public sealed record Scene(float Width, float Height, string Title, IReadOnlyList<Shape> Shapes);

public abstract record Shape;

public sealed record Gradient(bool Vertical, IReadOnlyList<(float Offset, string Colour)> Stops);

public sealed record RectShape(Box Box, float Radius, string? Fill, string? Stroke = null, float StrokeWidth = 1,
    bool Shadow = false, float Opacity = 1, Gradient? Gradient = null) : Shape;

public sealed record CircleShape(Point Centre, float Radius, string Fill, string? Stroke = null, float StrokeWidth = 1) : Shape;

/// <summary>An SVG path-data outline (Skia parses the same syntax), stroked and/or filled.</summary>
public sealed record PathShape(string Data, string? Fill, string? Stroke = null, float StrokeWidth = 1,
    IReadOnlyList<float>? Dash = null, float Opacity = 1) : Shape;

/// <summary>One line of text; <paramref name="Y"/> is the baseline. Centred text is anchored on its middle.</summary>
public sealed record TextShape(string Text, float X, float Y, float Size, bool Bold, string Colour, bool Centred = false) : Shape;

/// <summary>Shapes that belong together (one card, one handoff), optionally clipped to a rounded box.</summary>
public sealed record GroupShape(string Class, string? Id, IReadOnlyList<Shape> Children, Box? Clip = null, float ClipRadius = 0) : Shape;
