using System.Text;
using Juesuan.Inspection.Worker;

Console.OutputEncoding = Encoding.UTF8;
return WorkerCommands.Run(args, Console.Out, Console.Error);
