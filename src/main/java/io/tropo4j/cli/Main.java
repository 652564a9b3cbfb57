package io.tropo4j.cli;

import io.tropo4j.stacks.Catalog;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code main} only calls {@link #run}, which tests call in process. */
@Command(
    name = "tropo4j",
    mixinStandardHelpOptions = true,
    version = "tropo4j 0.1.0",
    description = "Compiles typed Java stacks into CloudFormation templates.",
    subcommands = {TemplatesCommand.class, ValidateCommand.class, ListCommand.class,
        DeployCommands.Create.class, DeployCommands.Update.class, DeployCommands.Plan.class,
        DeployCommands.Delete.class, DeployCommands.Status.class, DeployCommands.Outputs.class})
public final class Main implements Runnable {
  /** Exit status for a template with problems, or a failed command. */
  static final int FAILED = 1;
  /** Exit status for a command line that could not be understood. */
  static final int USAGE = 2;

  private final Catalog catalog;
  private final Environment environment;
  private final PrintStream out;
  private final PrintStream err;

  Main(Catalog catalog, Environment environment, PrintStream out, PrintStream err) {
    this.catalog = catalog;
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, Catalog.standard(), Environment.system(), System.out, System.err));
  }

  /** Runs one command and returns its exit status; never throws for a user's mistake. */
  public static int run(String[] args, Catalog catalog, PrintStream out, PrintStream err) {
    return run(args, catalog, Environment.system(), out, err);
  }

  /** As {@link #run(String[], Catalog, PrintStream, PrintStream)}, reaching AWS and git as told. */
  public static int run(String[] args, Catalog catalog, Environment environment, PrintStream out, PrintStream err) {
    Main main = new Main(catalog, environment, out, err);
    CommandLine cli = new CommandLine(main, new Factory(main));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("tropo4j: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return FAILED;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  Catalog catalog() {
    return catalog;
  }

  Environment environment() {
    return environment;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Gives each subcommand the Main it runs under, so none reaches for System.out. */
  private record Factory(Main main) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == Main.class) {
        return type.cast(main);
      }
      if (Subcommand.class.isAssignableFrom(type)) {
        K command = CommandLine.defaultFactory().create(type);
        ((Subcommand) command).main = main;
        return command;
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
