using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using SkiaSharp;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>A journey map as a PNG, drawn with Skia from the same scene as the SVG, at twice the size for crisp text.</summary>
public static class PngExport
{
    public const float Scale = 2;
    // A very large map renders at a lower scale rather than asking for gigabytes of pixels (this is about 240 MB).
    private const double MaxPixels = 60_000_000;

    public static byte[] Render(JourneyMap map, Workspace workspace) =>
        Draw(ExportScene.Build(ExportLayout.Compute(map, workspace, SkiaText.Measure), map.Title));

    public static byte[] Draw(Scene scene)
    {
        var scale = (float)Math.Min(Scale, Math.Sqrt(MaxPixels / (scene.Width * (double)scene.Height)));
        var info = new SKImageInfo((int)Math.Ceiling(scene.Width * scale), (int)Math.Ceiling(scene.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Skia could not make a {info.Width}×{info.Height} surface.");
        var canvas = surface.Canvas;
        canvas.Scale(scale);
        foreach (var shape in scene.Shapes) Paint(canvas, shape);
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("Skia gave no pixels to encode.");
        // One filter instead of trying all five halves the encoding time for a file about a tenth larger.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6))
            ?? throw new InvalidOperationException($"Skia could not encode the {info.Width}×{info.Height} image as PNG.");
        return png.ToArray();
    }

    private static void Paint(SKCanvas canvas, Shape shape)
    {
        switch (shape)
        {
            case RectShape r: Rect(canvas, r); break;
            case CircleShape c:
                using (var fill = Fill(c.Fill, 1)) canvas.DrawCircle(c.Centre.X, c.Centre.Y, c.Radius, fill);
                if (c.Stroke is not null) using (var stroke = Stroke(c.Stroke, c.StrokeWidth, 1)) canvas.DrawCircle(c.Centre.X, c.Centre.Y, c.Radius, stroke);
                break;
            case PathShape p: Path(canvas, p); break;
            case TextShape t:
                using (var paint = Fill(t.Colour, 1))
                {
                    var x = t.Centred ? t.X - SkiaText.Width(t.Text, t.Size, t.Bold) / 2 : t.X;
                    SkiaText.Draw(canvas, t.Text, x, t.Y, t.Size, t.Bold, paint);
                }
                break;
            case GroupShape g:
                canvas.Save();
                if (g.Clip is { } clip) canvas.ClipRoundRect(new SKRoundRect(Rect(clip), g.ClipRadius), SKClipOperation.Intersect, antialias: true);
                foreach (var child in g.Children) Paint(canvas, child);
                canvas.Restore();
                break;
        }
    }

    private static void Rect(SKCanvas canvas, RectShape r)
    {
        var rect = Rect(r.Box);
        if (r.Fill is not null || r.Gradient is not null)
        {
            using var fill = Fill(r.Fill ?? "#000000", r.Opacity);
            if (r.Gradient is { } g) fill.Shader = Shader(g, rect);
            // The canvas's --shadow-sm: a 1px drop, softly blurred.
            if (r.Shadow) fill.ImageFilter = SKImageFilter.CreateDropShadow(0, 1, 1.5f, 1.5f, new SKColor(16, 24, 40, 28));
            canvas.DrawRoundRect(rect, r.Radius, r.Radius, fill);
        }
        if (r.Stroke is not null)
        {
            using var stroke = Stroke(r.Stroke, r.StrokeWidth, r.Opacity);
            canvas.DrawRoundRect(rect, r.Radius, r.Radius, stroke);
        }
    }

    private static void Path(SKCanvas canvas, PathShape p)
    {
        using var path = SKPath.ParseSvgPathData(p.Data);
        if (path is null) return;
        if (p.Fill is not null)
            using (var fill = Fill(p.Fill, p.Opacity)) canvas.DrawPath(path, fill);
        if (p.Stroke is null) return;
        using var stroke = Stroke(p.Stroke, p.StrokeWidth, p.Opacity);
        if (p.Dash is { } dash) stroke.PathEffect = SKPathEffect.CreateDash(dash.ToArray(), 0);
        canvas.DrawPath(path, stroke);
    }

    private static SKShader Shader(Gradient g, SKRect rect) => SKShader.CreateLinearGradient(
        new SKPoint(rect.Left, rect.Top), g.Vertical ? new SKPoint(rect.Left, rect.Bottom) : new SKPoint(rect.Right, rect.Top),
        g.Stops.Select(s => SKColor.Parse(s.Colour)).ToArray(), g.Stops.Select(s => s.Offset).ToArray(), SKShaderTileMode.Clamp);

    private static SKPaint Fill(string colour, float opacity) =>
        new() { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(colour, opacity) };

    private static SKPaint Stroke(string colour, float width, float opacity) => new()
    {
        IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Colour(colour, opacity), StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round,
    };

    private static SKColor Colour(string hex, float opacity)
    {
        var colour = SKColor.Parse(hex);
        return colour.WithAlpha((byte)Math.Round(colour.Alpha * opacity));
    }

    private static SKRect Rect(Box box) => new(box.X, box.Y, box.Right, box.Bottom);
}
