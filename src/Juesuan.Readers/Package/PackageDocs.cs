using System.Globalization;
using System.Text;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>Generates the sheet reference of docs/data-package.md from <see cref="PackageFormat"/>, so the two cannot drift.</summary>
public static class PackageDocs
{
    public const string BeginMarker = "<!-- BEGIN GENERATED: sheets -->";
    public const string EndMarker = "<!-- END GENERATED: sheets -->";

    public static string SheetsMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- generated from src/Juesuan.Core/Package/PackageFormat.cs by the Readers tests; do not edit by hand -->\n\n");
        sb.Append("| file | sheet | required | what |\n| --- | --- | --- | --- |\n");
        foreach (var s in PackageFormat.Sheets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{s.FileName}` | {s.SheetName} | {(s.Required ? "yes" : "no")} | {s.Purpose} |\n");
        }

        foreach (var s in PackageFormat.Sheets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n### `{s.FileName}` — 工作表「{s.SheetName}」\n\n{s.Purpose}.\n\n");
            sb.Append("| column | alias | required | content |\n| --- | --- | --- | --- |\n");
            foreach (var c in s.Columns)
            {
                var content = c.Help;
                if (c.Choices.Count > 0)
                {
                    content += "；可选值：" + string.Join("、", c.Choices);
                }

                sb.Append(CultureInfo.InvariantCulture, $"| {c.Header} | `{c.Alias}` | {(c.Required ? "yes" : "no")} | {content} |\n");
            }

            if (s.IsKeyValue)
            {
                sb.Append("\nFields (one row each):\n\n| 项目 | required | example |\n| --- | --- | --- |\n");
                foreach (var (field, required, example) in PackageFormat.ManifestFields)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"| {field} | {(required ? "yes" : "no")} | {example} |\n");
                }
            }
        }

        sb.Append('\n').Append(EndMarker);
        return sb.ToString();
    }
}
