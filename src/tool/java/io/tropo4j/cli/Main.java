package io.tropo4j.cli;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.catalog.CatalogException;
import io.tropo4j.catalog.CatalogLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The command line: {@code main} only calls {@link #run}, which tests call in process. */
public final class Main {
  static final String VERSION = "tropo4j 0.1.0";

  /** The subcommands, in the order help lists them. */
  static final List<String> COMMANDS = List.of("templates", "validate", "list", "watch", "graph", "deploy", "create", "update",
      "plan", "diff", "drift", "set-params", "run-task", "delete", "status", "outputs", "releases", "stackset", "package",
      "import", "init");

  private static final String SLF4J_PROVIDER = "slf4j.provider";

  /** Exit status for a template with problems, or a failed command. */
  static final int FAILED = 1;
  /** Exit status for a command line that could not be understood. */
  static final int USAGE = 2;
  /** Exit status for a command stopped by Ctrl-C, as a shell gives a process SIGINT ended (128 + 2). */
  static final int INTERRUPTED = 130;

  private final Catalog given;
  private final Environment environment;
  private final PrintStream out;
  private final PrintStream err;
  private CatalogLoader catalogLoader;

  Main(Catalog given, Environment environment, PrintStream out, PrintStream err) {
    this.given = given;
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  /** The stacks come from --stacks and --classpath: the tool itself carries none. */
  public static void main(String[] args) {
    // The command line's SLF4J binding is the no-op one: named, SLF4J does not open every jar of the
    // class path to look for one (about 30 ms of every deploy command, whose JGit and AWS SDK log
    // through it).
    if (System.getProperty(SLF4J_PROVIDER) == null) {
      System.setProperty(SLF4J_PROVIDER, "org.slf4j.nop.NOPServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN"); // else it says so, on every run
    }
    System.exit(run(args, new Catalog(List.of()), Environment.system(), System.out, System.err));
  }

  /**
   * Runs one command and returns its exit status; never throws for a user's mistake.
   *
   * @param given stacks the caller has in process, besides those the options name
   */
  public static int run(String[] args, Catalog given, PrintStream out, PrintStream err) {
    return run(args, given, Environment.system(), out, err);
  }

  /** As {@link #run(String[], Catalog, PrintStream, PrintStream)}, reaching AWS and git as told. */
  public static int run(String[] args, Catalog given, Environment environment, PrintStream out, PrintStream err) {
    return new Main(given, environment, out, err).execute(Arrays.asList(args));
  }

  private int execute(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
      out.print(usage());
      return 0;
    }
    if (args.get(0).equals("-V") || args.get(0).equals("--version")) {
      out.println(VERSION);
      return 0;
    }
    Subcommand command = command(args.get(0));
    if (command == null) {
      err.println("tropo4j: unknown command '" + args.get(0) + "'" + suggestion(args.get(0)));
      return USAGE;
    }
    command.main = this;
    Syntax syntax = command.syntax();
    try {
      command.args = syntax.parse(args.subList(1, args.size()));
      if (command.args.flag("--help")) {
        out.print(syntax.usage("tropo4j"));
        return 0;
      }
      return command.call();
    } catch (UsageException e) {
      err.println("tropo4j " + syntax.command() + ": " + e.getMessage());
      return command.usageStatus();
    } catch (CatalogException e) {
      err.println("tropo4j: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println("tropo4j: " + IoErrors.describe(e));
      return FAILED;
    } catch (UncheckedIOException e) {
      err.println("tropo4j: " + IoErrors.describe(e));
      return FAILED;
    }
  }

  private static String suggestion(String name) {
    for (String known : COMMANDS) {
      if (Syntax.distance(name, known) <= 2) {
        return "; did you mean " + known + "?";
      }
    }
    return "; see 'tropo4j --help'";
  }

  /** The program's help: every command with its description. */
  static String usage() {
    StringBuilder text = new StringBuilder("""
        Usage: tropo4j [-h] [-V] COMMAND [ARGS]
        Compiles typed Java stacks into CloudFormation templates, and deploys them.
          -h, --help     Show this help message and exit.
          -V, --version  Print version information and exit.
        Commands:
        """);
    int width = COMMANDS.stream().mapToInt(String::length).max().orElse(0);
    for (String name : COMMANDS) {
      text.append("  ").append(name).append(" ".repeat(width - name.length() + 2))
          .append(command(name).syntax().description()).append('\n');
    }
    text.append("Run 'tropo4j COMMAND --help' for a command's options.\n");
    return text.toString();
  }

  /**
   * What is wrong with a command line, as the command would say it before doing anything (an unknown
   * command or option, a value missing, too few or too many parameters); null when it parses. Nothing runs.
   */
  public static String problemWith(String... args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("-V")
        || args[0].equals("--version")) {
      return null;
    }
    Subcommand command = command(args[0]);
    if (command == null) {
      return "unknown command '" + args[0] + "'";
    }
    try {
      command.syntax().parse(Arrays.asList(args).subList(1, args.length));
      return null;
    } catch (UsageException e) {
      return e.getMessage();
    }
  }

  /** A new command of that name, or null: only the command being run is made. */
  static Subcommand command(String name) {
    return switch (name) {
      case "templates" -> new TemplatesCommand();
      case "validate" -> new ValidateCommand();
      case "list" -> new ListCommand();
      case "watch" -> new WatchCommand();
      case "graph" -> new GraphCommand();
      case "init" -> new InitCommand();
      case "deploy" -> new DeployCommands.Deploy();
      case "create" -> new DeployCommands.Create();
      case "update" -> new DeployCommands.Update();
      case "plan" -> new DeployCommands.Plan();
      case "diff" -> new DiffCommand();
      case "drift" -> new DriftCommand();
      case "delete" -> new DeployCommands.Delete();
      case "status" -> new DeployCommands.Status();
      case "outputs" -> new DeployCommands.Outputs();
      case "releases" -> new DeployCommands.Releases();
      case "set-params" -> new DeployCommands.SetParams();
      case "run-task" -> new DeployCommands.RunTask();
      case "stackset" -> new StackSetCommand();
      case "package" -> new PackageCommand();
      case "import" -> new ImportCommand();
      default -> null;
    };
  }

  /** The given stacks and those found on the class path and in the source folders. */
  Catalog catalog(List<Path> classpath, List<Path> sourceFolders) {
    return catalogLoader().load(given.stacks(), given.apps(), classpath, sourceFolders, Path.of(""));
  }

  /** One per run, so that watch compiles with a warm compiler. */
  CatalogLoader catalogLoader() {
    if (catalogLoader == null) {
      catalogLoader = new CatalogLoader(environment.stackCache(), new Lines(err));
    }
    return catalogLoader;
  }

  /** Compiler warnings, a line each; a class rather than {@code err::println}, a lambda every run would link. */
  private record Lines(PrintStream stream) implements Consumer<String> {
    @Override
    public void accept(String line) {
      stream.println(line);
    }
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
}
