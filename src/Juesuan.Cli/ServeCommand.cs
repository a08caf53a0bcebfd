using System.CommandLine;

namespace Juesuan.Cli;

/// <summary>
/// juesuan serve is run by the web application's own host (src/Juesuan.Web.Host, juesuan-web.dll), to which the
/// ./juesuan script hands it; this command only lists it and says so when reached directly.
/// </summary>
internal static class ServeCommand
{
    public const string Host = "src/Juesuan.Web.Host";

    public static Command Create(CliOutput output)
    {
        var command = new Command("serve",
            "启动网站：单位填报、部门审核、财政发布的工作台，公众查阅的公开平台和开放数据 API（由 ./juesuan 交给网站主机运行；选项见 ./juesuan serve --help）")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            output.Error($"serve 由网站主机运行：./juesuan serve …，或 dotnet run --project {Host} -- …");
            return Commands.BadInput;
        });
        return command;
    }
}
