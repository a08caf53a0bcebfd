using System.Text;

namespace Juesuan.Core.Model;

/// <summary>
/// RFC 4180 CSV parsing of text already in memory (catalogs, package files). Quoted fields may
/// contain commas, quotes ("") and line breaks. A leading UTF-8 BOM is ignored.
/// </summary>
public static class CsvText
{
    /// <summary>Parses text into records; each record remembers its 1-based line number.</summary>
    public static List<(int Line, string[] Fields)> Parse(string text) => Parse(text, out _);

    /// <summary>
    /// As <see cref="Parse(string)"/>, and says where a quote was opened and never closed (which swallows the
    /// rest of the text into one field): the 1-based line of that quote, or null.
    /// </summary>
    public static List<(int Line, string[] Fields)> Parse(string text, out int? unclosedQuoteLine)
    {
        var quoteLine = 0;
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var any = false;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    quoteLine = line;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add((recordLine, fields.ToArray()));
                    }

                    fields.Clear();
                    field.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields.ToArray()));
        }

        unclosedQuoteLine = inQuotes ? quoteLine : null;
        return records;
    }

    /// <summary>Quotes a field when it needs it.</summary>
    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Escape));
}
