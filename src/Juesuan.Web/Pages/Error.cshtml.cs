using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(WebOptions options) : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public IActionResult OnGet([FromRoute] int code) => Show(code);

    /// <summary>
    /// A refused POST shown again (the status page re-executes it): the code is read from the route, with no parameter
    /// bound, so the form is never read — its body may be the oversized one that was refused (a chunked 25 MB upload
    /// made the form's second reading throw, and the page a 500).
    /// </summary>
    public IActionResult OnPost() => Show(int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500);

    private PageResult Show(int code)
    {
        Code = code;
        (Heading, Explanation) = code switch
        {
            400 => ("请求有误", "请求的内容无法处理，请返回上一页检查后重试。"),
            403 => ("无权访问", "您的账户没有执行此操作的权限。单位填报人员只能查看和修改本单位的草稿，部门审核人员只能查看本部门的草稿。"),
            404 => ("页面不存在", "没有找到您要的页面或报告；它可能尚未发布。"),
            409 => ("内容已被他人修改", "您的操作未执行，请刷新页面后重试。"),
            413 => ("上传文件过大", $"上传的文件超过 {options.MaxUploadBytes / 1024 / 1024} MB 上限。一个部门一个年度的数据包远小于此，请检查是否选错了文件。"),
            _ => ("服务器出错", "处理请求时出错，请稍后重试；如果问题持续，请联系系统管理员。"),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return Page();
    }
}
