using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.Xlsx;

// Placeholders replaced by the OpenXml writers from the xlsx branch before this lands.
public static class TablesWorkbookWriter
{
    public static void Write(IReadOnlyList<DisclosureTable> tables, Stream output) => _ = (tables, output);
}

public static class PackageTemplateWriter
{
    public static void Write(Stream output) => _ = output;
}
