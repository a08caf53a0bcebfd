using System.Text;
using Juesuan.Cli;

Console.OutputEncoding = Encoding.UTF8;
return Commands.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected);
