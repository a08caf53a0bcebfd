using Spectre.Console;

namespace Juesuan.Cli;

/// <summary>
/// Where a command prints: results on standard output; every error on standard error, one way
/// (「错误：…」, details indented below); progress on a terminal only, never when output is redirected.
/// </summary>
internal sealed class CliOutput(TextWriter stdout, TextWriter stderr, bool interactive)
{
    public TextWriter Out => stdout;

    /// <summary>Standard error (progress lines when standard output carries JSON).</summary>
    public TextWriter Err => stderr;

    /// <summary>Whether output is a terminal (progress bars and colours).</summary>
    public bool Interactive => interactive;

    /// <summary>An error: 「错误：message」 on standard error.</summary>
    public void Error(string message) => stderr.WriteLine("错误：" + message);

    /// <summary>A line under an error (a package's problems, what to do next).</summary>
    public void Detail(string line) => stderr.WriteLine("  " + line);

    /// <summary>An error in how a command was called, with where to read its usage; exit code 2.</summary>
    public int UsageError(string command, string message)
    {
        Error(message);
        stderr.WriteLine(command.Length == 0 ? "运行 juesuan help 查看用法。" : $"运行 juesuan help {command} 查看用法。");
        return Commands.BadInput;
    }

    /// <summary>
    /// Runs work that may take more than a second, with a spinner and the current step on a terminal
    /// (Spectre.Console, on standard error); silently otherwise.
    /// </summary>
    public T Work<T>(string status, Func<Action<string>, T> work)
    {
        if (!interactive)
        {
            return work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Spinner(Spinner.Known.Dots)
            .Start(Markup.Escape(status), ctx => work(step => ctx.Status(Markup.Escape(step))));
    }
}
