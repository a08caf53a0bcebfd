using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Messages;

/// <summary>
/// The message catalogue of docs/audit-rules.md ("Messages"), generated from the catalogue classes: each method called once
/// with placeholder figures (‹name› for a text, numbers from 100 up), so the doc shows every message as the program writes it.
/// </summary>
public static class AuditMessagesDoc
{
    public const string BeginMarker = "<!-- BEGIN GENERATED: messages -->";
    public const string EndMarker = "<!-- END GENERATED: messages -->";

    /// <summary>One catalogue method and the message it makes from placeholder figures; <paramref name="Decorates"/>: it adds to a message given and keeps its id.</summary>
    public sealed record Example(string Catalogue, string Method, AuditMessage Message, bool Decorates);

    /// <summary>The public static classes of this namespace whose methods return an <see cref="AuditMessage"/>.</summary>
    public static IReadOnlyList<Type> Catalogues { get; } = typeof(AuditMessage).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(AuditMessage).Namespace && t is { IsClass: true, IsAbstract: true, IsSealed: true, IsPublic: true }
            && Methods(t).Any())
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every catalogue method, called once with placeholder figures, in catalogue and declaration order.</summary>
    public static IReadOnlyList<Example> Examples() =>
        [.. Catalogues.SelectMany(t => Methods(t).Select(m => new Example(t.Name, m.Name, (AuditMessage)m.Invoke(null, [.. m.GetParameters().Select(Placeholder)])!,
            m.GetParameters().Any(p => p.ParameterType == typeof(AuditMessage)))))];

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- generated from src/Juesuan.Audit/Messages by the Audit tests; do not edit by hand -->\n\n");
        sb.Append("| id (说明编号) | catalogue | message, with placeholder figures |\n| --- | --- | --- |\n");
        foreach (var e in Examples().OrderBy(e => e.Decorates).ThenBy(e => e.Message.Id))
        {
            sb.Append("| ").Append(e.Decorates ? "(the id of ‹message›)" : $"`{e.Message.Id}`").Append(" | `").Append(e.Catalogue).Append('.').Append(e.Method).Append("` | ")
                .Append(e.Message.Text.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        sb.Append('\n').Append(EndMarker);
        return sb.ToString();
    }

    private static IEnumerable<MethodInfo> Methods(Type t) =>
        t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(AuditMessage)).OrderBy(m => m.MetadataToken);

    private static object? Placeholder(ParameterInfo p) =>
        Sample(p.ParameterType, p.Name ?? "x", p.Position, p.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames);

    private static object? Sample(Type type, string name, int position, IList<string?>? tupleNames = null)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            // W-COMPARE's 与上年… is printed without its 与 once: the placeholder starts with it too.
            return name == "with" ? "与‹with›" : $"‹{name}›";
        }

        if (t == typeof(decimal))
        {
            return 100m + (10m * position);
        }

        if (t == typeof(int))
        {
            return name switch { "reportYear" => 2024, "baseYear" => 2021, "year" => 2019, _ => 3 + position };
        }

        if (t == typeof(bool))
        {
            return false;
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        if (t == typeof(PrintedPlace))
        {
            return new PrintedPlace(3, 120);
        }

        if (t == typeof(AuditMessage))
        {
            return new AuditMessage(AuditMessageId.SumDiffers, $"‹{name}›");
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = t.GetGenericArguments()[0];
            var list = (IList)Array.CreateInstance(element, 2);
            for (var i = 0; i < 2; i++)
            {
                list[i] = element.IsGenericType && element.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)
                    ? Activator.CreateInstance(element, [.. element.GetGenericArguments().Select((a, k) => Sample(a, $"{tupleNames?[k] ?? name}{i + 1}", k + i))])
                    : Sample(element, $"{name}{i + 1}", i);
            }

            return list;
        }

        throw new NotSupportedException($"no placeholder for a {type.Name} ({name})");
    }
}
