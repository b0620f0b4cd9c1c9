using OutlookWin.Cli;

return ReplyCommands.Run(args, Console.Out, Console.Error);
