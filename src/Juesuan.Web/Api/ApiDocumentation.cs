using System.Text.Json.Nodes;
using Juesuan.Core.Tables;
using Juesuan.Publishing;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Juesuan.Web.Api;

/// <summary>
/// 开放数据 API 说明, in Chinese: the document's title, every parameter described, the download format and the
/// table typed as the enumerations they are (from <see cref="ReportOutputs"/> and <see cref="TableSpecs"/>, the one
/// list of each), and every response described with its media type.
/// </summary>
public static class ApiDocumentation
{
    public const string Title = "Juesuan 决算公开开放数据 API";

    public const string Description =
        "已发布的部门决算：地区、部门、报告检索、版本、公开01–09表、图表数据和报告文件下载；另可上传一份已公开的报告检查（POST /api/check）。"
        + "除检查外所有公开接口只读，无需登录；标为「工作台」的接口须登录。金额：表格数据为元（另附打印的万元数），图表数据为万元。"
        + "出错时返回 problem details（RFC 9457），detail 用中文说明原因。";

    private static readonly Dictionary<string, string> ParameterText = new(StringComparer.Ordinal)
    {
        ["region"] = "地区 id（见 /api/regions）；不填为全部地区",
        ["department"] = "部门 id（见 /api/departments）；不填为全部部门",
        ["year"] = "决算年度，如 2024；不填为全部年度",
        ["q"] = "检索词，空格或逗号分隔，须全部出现：部门、地区、单位或报告中的文字；引号、标点、空格和全角半角不计，词的一部分也能找到（“三公”经费、三公经费、三公 都能找到印作“三公”经费的报告）",
        ["page"] = "页码，从 1 起（默认 1）",
        ["pageSize"] = "每页条数，1–100（默认 20）",
        ["id"] = "已发布版本的 id（见 /api/reports 的 id）",
        ["table"] = "公开表编号：" + string.Join("、", TableSpecs.All.Select(t => $"{t.Id}（{t.Name}）")),
        ["format"] = "下载格式：" + string.Join("、", ReportOutputs.Downloads.Select(d => $"{d.Format}（{d.Label}）")),
    };

    private static readonly Dictionary<string, string> StatusText = new(StringComparer.Ordinal)
    {
        ["200"] = "成功",
        ["304"] = "未修改：请求的 If-None-Match 与当前 ETag 相同，沿用已缓存的内容（无正文）",
        ["400"] = "请求无效：problem details，detail 说明原因",
        ["401"] = "未登录",
        ["403"] = "已登录，但无权查看",
        ["404"] = "没有这份报告、这张表或这种格式：problem details",
        ["413"] = "上传文件超过上限（20 MB）",
        ["429"] = "请求过于频繁：problem details，Retry-After 给出可重试的秒数",
        ["503"] = "PDF 尚未生成（发布后在后台生成，Retry-After 给出重试的秒数）或无法生成（LibreOffice 不可用）：problem details",
    };

    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = Title;
            doc.Info.Description = Description;
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((op, ctx, _) =>
        {
            Describe(op, ctx.Description.RelativePath ?? "");
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiOperation op, string path)
    {
        foreach (var p in (op.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (p.Name is { } name && ParameterText.TryGetValue(name, out var text))
            {
                p.Description = name == "id" && path.StartsWith("api/drafts/", StringComparison.Ordinal) ? "草稿的 id（见 /api/drafts 的 id）" : text;
            }

            p.Schema = p.Name switch
            {
                "format" => Enumeration(ReportOutputs.Downloads.Select(d => d.Format)),
                "table" => Enumeration(TableSpecs.All.Select(t => t.Id)),
                _ => p.Schema,
            };
        }

        if (path.EndsWith("/download/{format}", StringComparison.Ordinal) && op.Responses is { } responses)
        {
            responses["200"] = new OpenApiResponse
            {
                Description = "报告文件，作为附件下载（文件名含部门、年度和版本）；媒体类型随格式：" +
                    string.Join("、", ReportOutputs.Downloads.Select(d => $"{d.Format} 为 {MediaType(d.Format)}")),
                Content = ReportOutputs.Downloads.GroupBy(d => MediaType(d.Format)).ToDictionary(g => g.Key, g => new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = string.Join("、", g.Select(d => d.Label)) },
                }),
            };
        }

        foreach (var (code, response) in op.Responses ?? [])
        {
            if (response is OpenApiResponse r && StatusText.TryGetValue(code, out var text) && (string.IsNullOrEmpty(r.Description) || r.Description.All(char.IsAscii)))
            {
                r.Description = text;
            }
        }
    }

    private static string MediaType(string format) => ReportCache.ContentType(format).Split(';')[0];

    private static OpenApiSchema Enumeration(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };
}
