using System.Globalization;
using JourneyStudio.Domain.Maps;
using JourneyStudio.Domain.Workspaces;
using static JourneyStudio.Web.Canvas.Export.ExportMetrics;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>The band above the grid: title, state and version, scenario, and the persona the journey is about.</summary>
public sealed record HeaderLayout(Box Band, TextLines Title, MapState MapState, Chip State, TextLines Meta, TextLines? Scenario, PersonaBadge? Persona)
{
    private const float PersonaWidth = 320, TitleSize = 26, TitleLine = 32, ScenarioMaxWidth = 860;

    public static HeaderLayout For(JourneyMap map, Workspace workspace, TextFitter fit, float x, float y, float width)
    {
        var persona = workspace.Personas.FirstOrDefault(p => p.Id == map.PersonaId);
        var textWidth = persona is null ? width : width - PersonaWidth - SectionGap;

        var title = new TextLines(fit.Wrap(map.Title, TitleSize, textWidth, bold: true, maxLines: 2), x, y, TitleSize, TitleLine, true);
        var cursor = title.Top + title.Height + 8;
        var state = CardLayout.ChipAt(fit, map.State == MapState.Future ? "Future state" : "Current state", x, cursor);
        var updated = map.UpdatedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var metaText = $"Version {map.Version} · updated {updated}" + (map.UpdatedBy.Length > 0 ? $" by {map.UpdatedBy}" : "");
        var metaX = state.Box.Right + 10;
        var meta = new TextLines([fit.Truncate(metaText, TextSize, x + textWidth - metaX)], metaX, cursor, TextSize, ChipHeight, false);
        cursor += ChipHeight + 10;

        TextLines? scenario = null;
        if (!string.IsNullOrWhiteSpace(map.Scenario))
        {
            scenario = new TextLines(fit.Wrap(map.Scenario, TextSize, Math.Min(textWidth, ScenarioMaxWidth), maxLines: 3), x, cursor, TextSize, TextLine, false);
            cursor += scenario.Height;
        }

        var badge = persona is null ? null : Badge(persona, fit, x + width - PersonaWidth, y);
        var bottom = Math.Max(cursor, badge?.Box.Bottom ?? 0);
        return new HeaderLayout(new Box(x, y, width, bottom - y), title, map.State, state, meta, scenario, badge);
    }

    private static PersonaBadge Badge(Persona persona, TextFitter fit, float x, float y)
    {
        const float pad = 12, avatarSize = 40;
        var textX = x + pad + avatarSize + pad;
        var room = x + PersonaWidth - pad - textX;
        var name = new TextLines([fit.Truncate(persona.Name, 14, room, bold: true)], textX, y + pad, 14, 19, true);
        var segment = new TextLines(fit.Wrap(persona.Segment, 12, room, maxLines: 2), textX, name.Top + name.Height, 12, 16, false);
        var box = new Box(x, y, PersonaWidth, Math.Max(avatarSize, segment.Top + segment.Height - y - pad) + 2 * pad);
        return new PersonaBadge(persona, box, new Box(x + pad, box.CenterY - avatarSize / 2, avatarSize, avatarSize), name, segment);
    }
}

public sealed record PersonaBadge(Persona Persona, Box Box, Box Avatar, TextLines Name, TextLines Segment)
{
    public string Initials => string.Concat(Persona.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
