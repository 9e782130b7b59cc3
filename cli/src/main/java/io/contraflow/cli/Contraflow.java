package io.contraflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code contraflow} command: wires the subcommands; each does one job. */
@Command(name = "contraflow", mixinStandardHelpOptions = true, versionProvider = Contraflow.Version.class,
    description = "Finds, in real time, where news outlets and the people they quote contradict each other about the same event.",
    subcommands = {DemoCommand.class, AnalyzeCommand.class, IngestCommand.class, WatchCommand.class, StreamsCommand.class, TailCommand.class,
        DashboardCommand.class, ClusterCommand.class, ScoreCommand.class, EvaluateClaimsCommand.class, CommandLine.HelpCommand.class})
public final class Contraflow implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Contraflow()).setExecutionExceptionHandler(Contraflow::handleError);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** User errors are one line on stderr; anything else also gets its stack trace when CONTRAFLOW_DEBUG is set. */
  private static int handleError(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    Throwable userError = e;
    while (userError != null && !(userError instanceof UserError)) userError = userError.getCause();
    if (userError != null) {
      cmd.getErr().println("contraflow " + cmd.getCommandName() + ": " + userError.getMessage());
      return 2;
    }
    cmd.getErr().println("contraflow " + cmd.getCommandName() + " failed: " + e);
    if (System.getenv("CONTRAFLOW_DEBUG") != null) e.printStackTrace(cmd.getErr());
    else cmd.getErr().println("(set CONTRAFLOW_DEBUG=1 for the stack trace)");
    return 1;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Contraflow.class.getPackage().getImplementationVersion();
      return new String[] {"contraflow " + (v == null ? "development build" : v)};
    }
  }
}
