package io.tropo4j.cli;

import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.Parameters;
import io.tropo4j.deploy.Progress;
import io.tropo4j.stacks.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What the deploy commands share: the stack, its name in CloudFormation, parameters, and the deployer. */
abstract class DeployCommand extends Subcommand {
  private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");

  @picocli.CommandLine.Parameters(paramLabel = "STACK", arity = "0..1",
      description = "The stack of the catalog (see `list`).")
  String stack;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--stack-name", paramLabel = "NAME", description = "The stack's name in CloudFormation (default: STACK).")
  String stackName;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter value; repeat for more.")
  List<String> parameters = new ArrayList<>();

  @Option(names = "--params-file", paramLabel = "FILE",
      description = "Parameter values in CloudFormation's parameters-file JSON.")
  Path parametersFile;

  @Option(names = "--allow-dirty", description = "Deploy HEAD even though the work tree has uncommitted changes.")
  boolean allowDirty;

  @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
      description = "Stop waiting after this long; CloudFormation goes on (default: ${DEFAULT-VALUE}).")
  long timeoutMinutes;

  /** Whether the command works on a stack name alone (status, outputs). */
  boolean needsCatalogStack() {
    return true;
  }

  abstract void run(Deployer deployer, DeployRequest request);

  @Override
  public Integer call() {
    Optional<Stack> chosen = Optional.empty();
    if (stack != null) {
      chosen = main.catalog().find(stack);
      if (chosen.isEmpty()) {
        main.err().println("tropo4j: unknown stack '" + stack + "'; the stacks are: "
            + String.join(", ", main.catalog().names()));
        return Main.USAGE;
      }
    } else if (needsCatalogStack() || stackName == null) {
      main.err().println("tropo4j: name the stack: " + commandName() + " STACK (one of: "
          + String.join(", ", main.catalog().names()) + ")");
      return Main.USAGE;
    }
    String name = stackName != null ? stackName : chosen.get().name();
    if (!STACK_NAME.matcher(name).matches()) {
      main.err().println("tropo4j: '" + name + "' is not a CloudFormation stack name: a letter, then letters, "
          + "digits and hyphens, at most 128 characters");
      return Main.USAGE;
    }
    if (timeoutMinutes <= 0) {
      main.err().println("tropo4j: --timeout must be a positive number of minutes");
      return Main.USAGE;
    }
    Environment environment = main.environment();
    try {
      Map<String, String> values = new LinkedHashMap<>();
      if (parametersFile != null) {
        values.putAll(Parameters.readFile(parametersFile));
      }
      values.putAll(Parameters.parsePairs(parameters));
      DeployRequest request = new DeployRequest(chosen.orElse(null), name, values, environment.workTree(),
          allowDirty, Duration.ofMinutes(timeoutMinutes));
      try (AwsClients aws = environment.aws().get()) {
        run(new Deployer(aws, new Progress(main.out()), environment.pollInterval()), request);
      }
      return 0;
    } catch (DeployException e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    }
  }

  private String commandName() {
    return getClass().getAnnotation(Command.class).name();
  }
}
