using System.Text.RegularExpressions;

namespace JourneyStudio.Web.Canvas.Export;

/// <summary>
/// Card text with light markdown turned into the words a reader sees: markers are dropped, links keep their text and
/// list items become bullets. Anything else (including HTML) stays as literal text for the renderer to escape.
/// </summary>
public static partial class PlainText
{
    public static string FromMarkdown(string text)
    {
        var blocks = string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(StripBlockMarkers));
        var inline = Image().Replace(blocks, "$1");
        inline = Link().Replace(inline, "$1");
        inline = AutoLink().Replace(inline, "$1");
        inline = Code().Replace(inline, "$1");
        inline = Strong().Replace(inline, "$2");
        inline = Emphasis().Replace(inline, "$2");
        inline = Strike().Replace(inline, "$1");
        return Escaped().Replace(inline, "$1").Trim();
    }

    private static string StripBlockMarkers(string line)
    {
        line = Heading().Replace(line, "");
        line = Quote().Replace(line, "");
        return Bullet().Replace(line, "• ");
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")] private static partial Regex Heading();
    [GeneratedRegex(@"^\s{0,3}>\s?")] private static partial Regex Quote();
    [GeneratedRegex(@"^\s*[-*+]\s+")] private static partial Regex Bullet();
    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")] private static partial Regex AutoLink();
    [GeneratedRegex(@"`([^`\n]+)`")] private static partial Regex Code();
    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")] private static partial Regex Strong();
    // Word boundaries keep snake_case names and arithmetic like 2*3*4 intact.
    [GeneratedRegex(@"(?<![\w*])(\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")] private static partial Regex Emphasis();
    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")] private static partial Regex Strike();
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>~|])")] private static partial Regex Escaped();
}
