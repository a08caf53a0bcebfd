using System.Text;
using Juesuan.Web.Host;

Console.OutputEncoding = Encoding.UTF8;
return ServeCommand.Run(args, Console.Out, Console.Error);
