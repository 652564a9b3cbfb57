package io.tropo4j.cli;

import io.tropo4j.stacks.Catalog;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: {@code main} only calls {@link #run}, which tests call in process. */
public final class Main implements Runnable {
  /**
   * The subcommands by name. Only the one being run is given to picocli (all of them for help or a
   * name it must reject): building a command's model costs reflection, and start-up is most of a run.
   */
  static final Map<String, Class<? extends Subcommand>> COMMANDS = commands();

  /** Exit status for a template with problems, or a failed command. */
  static final int FAILED = 1;
  /** Exit status for a command line that could not be understood. */
  static final int USAGE = 2;

  private CommandLine cli;
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
    CommandLine cli = commandLine(main, args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("tropo4j: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return FAILED;
    });
    return cli.execute(args);
  }

  /** The top-level command with the subcommand {@code args} names, or with all of them. */
  static CommandLine commandLine(Main main, String[] args) {
    Factory factory = new Factory(main);
    CommandSpec top = CommandSpec.wrapWithoutInspection(main).name("tropo4j").mixinStandardHelpOptions(true)
        .version("tropo4j 0.1.0");
    top.usageMessage().description("Compiles typed Java stacks into CloudFormation templates, and deploys them.");
    CommandLine cli = new CommandLine(top, factory);
    main.cli = cli;
    Class<? extends Subcommand> chosen = args.length > 0 ? COMMANDS.get(args[0]) : null;
    COMMANDS.forEach((name, type) -> {
      if (chosen == null || chosen == type) {
        Subcommand command = factory.create(type);
        CommandSpec spec = command.spec();
        cli.addSubcommand(name, spec != null ? new CommandLine(spec, factory) : new CommandLine(command, factory));
      }
    });
    return cli;
  }

  private static Map<String, Class<? extends Subcommand>> commands() {
    Map<String, Class<? extends Subcommand>> commands = new LinkedHashMap<>();
    commands.put("templates", TemplatesCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("list", ListCommand.class);
    commands.put("create", DeployCommands.Create.class);
    commands.put("update", DeployCommands.Update.class);
    commands.put("plan", DeployCommands.Plan.class);
    commands.put("delete", DeployCommands.Delete.class);
    commands.put("status", DeployCommands.Status.class);
    commands.put("outputs", DeployCommands.Outputs.class);
    return Collections.unmodifiableMap(commands);
  }

  /** Without a subcommand: the usage, with every subcommand (all are registered then). */
  @Override
  public void run() {
    cli.usage(out);
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
    public <K> K create(Class<K> type) {
      if (type == Main.class) {
        return type.cast(main);
      }
      try {
        K created = CommandLine.defaultFactory().create(type);
        if (created instanceof Subcommand command) {
          command.main = main;
        }
        return created;
      } catch (Exception e) {
        throw new IllegalStateException("cannot create " + type.getName(), e);
      }
    }
  }
}
