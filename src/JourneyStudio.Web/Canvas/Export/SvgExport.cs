using System.Text;
using System.Xml;
using System.Xml.Linq;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using static JourneyStudio.Web.Canvas.Export.PathData;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// A journey map as a standalone SVG. It is built as an XML tree, so every piece of user text is escaped by the
/// writer: a card reading &lt;script&gt; comes out as those characters, never as an element.
/// </summary>
public static class SvgExport
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string ShadowId = "card-shadow";

    public static string Render(JourneyMap map, Workspace workspace) =>
        Write(ExportScene.Build(ExportLayout.Compute(map, workspace, ApproximateTextWidth.Measure), map.Title));

    public static string Write(Scene scene)
    {
        var defs = new XElement(Svg + "defs", ShadowFilter());
        var root = new XElement(Svg + "svg",
            new XAttribute("width", F(scene.Width)), new XAttribute("height", F(scene.Height)),
            new XAttribute("viewBox", $"0 0 {F(scene.Width)} {F(scene.Height)}"),
            new XAttribute("font-family", ExportTheme.FontFamily), new XAttribute("role", "img"),
            new XElement(Svg + "title", XmlSafe(scene.Title)), defs);
        var writer = new Writer(defs);
        foreach (var shape in scene.Shapes) root.Add(writer.Element(shape));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings)) new XDocument(root).Save(xml);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A soft shadow as on the canvas (--shadow-sm), in SVG 1.1 primitives that every viewer knows.</summary>
    private static XElement ShadowFilter() =>
        new(Svg + "filter", new XAttribute("id", ShadowId), new XAttribute("x", "-10%"), new XAttribute("y", "-10%"),
            new XAttribute("width", "120%"), new XAttribute("height", "140%"),
            new XElement(Svg + "feGaussianBlur", new XAttribute("in", "SourceAlpha"), new XAttribute("stdDeviation", "1.5")),
            new XElement(Svg + "feOffset", new XAttribute("dy", "1"), new XAttribute("result", "blur")),
            new XElement(Svg + "feFlood", new XAttribute("flood-color", "#101828"), new XAttribute("flood-opacity", "0.1")),
            new XElement(Svg + "feComposite", new XAttribute("in2", "blur"), new XAttribute("operator", "in")),
            new XElement(Svg + "feMerge",
                new XElement(Svg + "feMergeNode"),
                new XElement(Svg + "feMergeNode", new XAttribute("in", "SourceGraphic"))));

    /// <summary>XML 1.0 cannot carry most control characters at all; they are dropped rather than failing the export.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) safe.Append(text, i++, 2);
        }
        return safe.ToString();
    }

    /// <summary>Writes shapes as elements, adding gradients and clip paths to the defs as they are needed.</summary>
    private sealed class Writer(XElement defs)
    {
        private int nextId;

        public XElement Element(Shape shape) => shape switch
        {
            RectShape r => Rect(r),
            CircleShape c => new XElement(Svg + "circle", new XAttribute("cx", F(c.Centre.X)), new XAttribute("cy", F(c.Centre.Y)),
                new XAttribute("r", F(c.Radius)), new XAttribute("fill", c.Fill), Stroke(c.Stroke, c.StrokeWidth)),
            PathShape p => new XElement(Svg + "path", new XAttribute("d", p.Data), new XAttribute("fill", p.Fill ?? "none"),
                Stroke(p.Stroke, p.StrokeWidth), Opacity(p.Opacity),
                p.Dash is { } dash ? new XAttribute("stroke-dasharray", string.Join(' ', dash.Select(F))) : null,
                p.Stroke is null ? null : new[] { new XAttribute("stroke-linecap", "round"), new XAttribute("stroke-linejoin", "round") }),
            TextShape t => new XElement(Svg + "text", new XAttribute("x", F(t.X)), new XAttribute("y", F(t.Y)),
                new XAttribute("font-size", F(t.Size)), t.Bold ? new XAttribute("font-weight", "bold") : null,
                new XAttribute("fill", t.Colour), t.Centred ? new XAttribute("text-anchor", "middle") : null, XmlSafe(t.Text)),
            GroupShape g => Group(g),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.GetType().Name, "Unknown shape."),
        };

        private XElement Rect(RectShape r) => new(Svg + "rect",
            new XAttribute("x", F(r.Box.X)), new XAttribute("y", F(r.Box.Y)),
            new XAttribute("width", F(r.Box.Width)), new XAttribute("height", F(r.Box.Height)),
            r.Radius > 0 ? new XAttribute("rx", F(r.Radius)) : null,
            new XAttribute("fill", r.Gradient is { } g ? $"url(#{GradientId(g)})" : r.Fill ?? "none"),
            Stroke(r.Stroke, r.StrokeWidth), Opacity(r.Opacity),
            r.Shadow ? new XAttribute("filter", $"url(#{ShadowId})") : null);

        private XElement Group(GroupShape g)
        {
            var element = new XElement(Svg + "g", new XAttribute("class", g.Class), g.Id is null ? null : new XAttribute("data-id", g.Id));
            if (g.Clip is { } clip)
            {
                var id = $"clip{nextId++}";
                defs.Add(new XElement(Svg + "clipPath", new XAttribute("id", id), Rect(new RectShape(clip, g.ClipRadius, "#000"))));
                element.Add(new XAttribute("clip-path", $"url(#{id})"));
            }
            foreach (var child in g.Children) element.Add(Element(child));
            return element;
        }

        private string GradientId(Gradient gradient)
        {
            var id = $"gradient{nextId++}";
            defs.Add(new XElement(Svg + "linearGradient", new XAttribute("id", id),
                new XAttribute("x1", "0"), new XAttribute("y1", "0"),
                new XAttribute("x2", gradient.Vertical ? "0" : "1"), new XAttribute("y2", gradient.Vertical ? "1" : "0"),
                gradient.Stops.Select(s => new XElement(Svg + "stop", new XAttribute("offset", F(s.Offset)), new XAttribute("stop-color", s.Colour)))));
            return id;
        }

        private static XAttribute[]? Stroke(string? colour, float width) => colour is null ? null :
            [new XAttribute("stroke", colour), new XAttribute("stroke-width", F(width))];

        private static XAttribute? Opacity(float opacity) => opacity < 1 ? new XAttribute("opacity", F(opacity)) : null;
    }
}
