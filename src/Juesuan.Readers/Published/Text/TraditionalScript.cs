namespace Juesuan.Readers.Published.Text;

/// <summary>
/// 繁体字文本: mirror sites and big5 gateways republish a simplified report in traditional characters
/// ("財政撥款收入1257.59萬元"), which the reader's words and units (万元, 决算, 预算…) do not match. Decides whether a
/// text is written in traditional script and reads it as simplified, character for character, so that every line
/// and offset stays where it was printed. The table (traditional-simplified.txt) is ICU's Hant-Hans transliteration,
/// generated once by scripts/traditional-simplified.sh.
/// </summary>
internal static class TraditionalScript
{
    /// <summary>The reader note added when a text was converted.</summary>
    public const string Note = "繁体字文本，已按简体字读取";

    /// <summary>Words every 决算 report prints often, in their traditional and simplified forms, pair by pair.</summary>
    private const string TraditionalMarkers = "萬決預財撥費總計說與較減額經務國資產";
    private const string SimplifiedMarkers = "万决预财拨费总计说与较减额经务国资产";

    /// <summary>Fewer traditional markers than this is a quotation, not a text's script.</summary>
    private const int MinimumMarkers = 3;

    private const string ResourceName = "Juesuan.Readers.traditional-simplified.txt";

    private static readonly Lazy<IReadOnlyDictionary<char, char>> Table = new(Load);

    /// <summary>Traditional character → simplified, for the characters ICU changes into one other character.</summary>
    public static IReadOnlyDictionary<char, char> Pairs => Table.Value;

    /// <summary>
    /// Whether the text is written in traditional script: its traditional marker characters (萬 決 預 財…) are at least
    /// <see cref="MinimumMarkers"/> and outnumber their simplified twins (万 决 预 财…). A simplified report quoting a
    /// traditional word or name is not.
    /// </summary>
    public static bool IsTraditional(string text)
    {
        int traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (TraditionalMarkers.Contains(c, StringComparison.Ordinal))
            {
                traditional++;
            }
            else if (SimplifiedMarkers.Contains(c, StringComparison.Ordinal))
            {
                simplified++;
            }
        }

        return traditional >= MinimumMarkers && traditional > simplified;
    }

    /// <summary>Each character in the table replaced by its simplified form; the result has the text's length.</summary>
    public static string ToSimplified(string text)
    {
        var pairs = Table.Value;
        return string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = pairs.TryGetValue(t[i], out var s) ? s : t[i];
            }
        });
    }

    /// <summary>The text as simplified when it is written in traditional script (and whether it was), else the text itself.</summary>
    public static (string Text, bool Converted) AsSimplified(string text) =>
        IsTraditional(text) ? (ToSimplified(text), true) : (text, false);

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(TraditionalScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var pairs = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line is not [var from, '\t', var to])
            {
                throw new InvalidOperationException($"{ResourceName}: not a pair of characters: 「{line}」");
            }

            pairs.Add(from, to);
        }

        return pairs;
    }
}
