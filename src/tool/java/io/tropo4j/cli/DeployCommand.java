package io.tropo4j.cli;

import io.tropo4j.core.Stack;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StoppedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the deploy commands share: the stack, its name in CloudFormation, parameters, the deployer,
 * and the words for what it reports, with next steps spelled as {@link Hints} says.
 */
abstract class DeployCommand extends Subcommand {
  private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");
  /** Said instead of an empty list of stacks: the jar run by hand without the options make passes. */
  private static final String NO_STACKS = "no stacks were given: --stacks DIR or --classpath PATH";

  private final String name;
  private final String description;

  DeployCommand(String name, String description) {
    this.name = name;
    this.description = description;
  }

  /** The options every deploy command takes, and those of a change set where the command makes one. */
  @Override
  Syntax syntax() {
    Syntax syntax = stackOptions();
    if (takesAll()) {
      syntax = syntax.flag("Every stack of the app, in the order their references give, independent ones at once.",
              "--all")
          .value("NAME", null, "The app, with --all (default: the only one found).", "--app")
          .value("N", "4", "With --all: how many stacks at once.", "--concurrency");
    }
    return takesDeployModes() ? deployModes(syntax) : takesAllowReplace() ? allowReplace(syntax) : syntax;
  }

  /** Whether the command works on a whole app with --all (deploy, plan, diff, delete). */
  boolean takesAll() {
    return false;
  }

  /** The past tense of the command for an app's summary: "deployed", "planned". */
  String done() {
    return name + "d";
  }

  /** Whether the command changes stacks: with --all, a stack's failure then stops the stacks that wait on it. */
  boolean changes() {
    return true;
  }

  /** The order an app's stacks are taken in. */
  io.tropo4j.deploy.AppDeployer.Order order() {
    return io.tropo4j.deploy.AppDeployer.Order.PRODUCERS_FIRST;
  }

  String name() {
    return name;
  }

  private Syntax stackOptions() {
    return addStackSources(new Syntax(name, description)
        .value("NAME", null, "The stack's name in CloudFormation (default: STACK).", "--stack-name")
        .list("KEY=VALUE", null, "A parameter value; repeat for more. Secrets go in TROPO4J_PARAMS or a file: "
            + "a command line is visible to every user of the machine.", "--param")
        .value("FILE", null, "Parameter values in CloudFormation's parameters-file JSON.", "--params-file")
        .value("REV", null, "Release this commit of the stack's source (id, tag, branch, HEAD~1; default HEAD).",
            "--commit")
        .flag("Deploy HEAD even though the work tree has uncommitted changes.", "--allow-dirty")
        .value("TAG", null, "Release this tag of the stack's image from ECR, checked to be there first (default: "
            + "the commit's id).", "--image-tag")
        .value("FILE", null, "Write the stack's outputs there as JSON, {\"stack\": {\"Key\": \"value\"}}.",
            "--outputs-file")
        .value("MINUTES", "60", "Stop waiting after this long; CloudFormation goes on.", "--timeout"))
        .positionals("STACK", 0, 1, "The stack (see `list`).");
  }

  /** The options of a command that makes a create's or an update's change set (create, update, plan, diff). */
  private static Syntax deployModes(Syntax syntax) {
    return allowReplace(syntax)
        .flag("Also put back what was changed outside CloudFormation (a drift-aware change set).", "--revert-drift")
        .flag("Deploy in CloudFormation's express mode: done once the configuration is applied, without waiting "
            + "for resources to stabilise, and without rollback on failure.", "--express");
  }

  /** The option of a command that changes a stack through a change set: which data it may replace. */
  private static Syntax allowReplace(Syntax syntax) {
    return syntax.list("LOGICAL_ID", ",", "Let this update replace or remove this resource, which holds data and "
        + "which the stack policy protects; for this update only. Repeat, or separate with commas.",
        "--allow-replace");
  }

  /** Whether the command takes {@link #deployModes}'s options. */
  boolean takesDeployModes() {
    return false;
  }

  /** Whether the command takes {@link #allowReplace}'s option. */
  boolean takesAllowReplace() {
    return takesDeployModes();
  }

  /** Whether the command works on a stack name alone (status, outputs). */
  boolean needsCatalogStack() {
    return true;
  }

  /** What the deployer reports its steps to: the printer, unless the command words its result alone. */
  DeployListener listener(DeployPrinter printer) {
    return printer;
  }

  /** The exit status after {@link #run} returned: 0, unless the command's result says otherwise. */
  int status() {
    return 0;
  }

  /**
   * Runs the command; the deployer reports its steps to the printer already.
   *
   * @param request the request, or null for a command given only a stack name
   * @return the stack's outputs, for --outputs-file; null for a command that has none to give
   */
  abstract Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
      DeployPrinter printer);

  @Override
  int call() {
    if (takesAll() && args.flag("--all")) {
      return new AppRun(this).call();
    }
    String stack = args.positionals().isEmpty() ? null : args.positionals().get(0);
    String stackName = args.value("--stack-name");
    Path parametersFile = args.path("--params-file");
    Path outputsFile = args.path("--outputs-file");
    long timeoutMinutes = args.number("--timeout");
    Optional<Stack> chosen = Optional.empty();
    if (stack != null) {
      chosen = catalog().find(stack);
      if (chosen.isEmpty()) {
        main.err().println("tropo4j: unknown stack '" + stack + "'; " + (catalog().names().isEmpty()
            ? NO_STACKS : "the stacks are: " + String.join(", ", catalog().names())));
        return usageStatus();
      }
    } else if (needsCatalogStack() || stackName == null) {
      main.err().println("tropo4j: name the stack: " + name + " STACK (" + (catalog().names().isEmpty()
          ? NO_STACKS : "one of: " + String.join(", ", catalog().names())) + ")" + (needsCatalogStack() ? ""
          : ", or --stack-name NAME"));
      return usageStatus();
    }
    String name = stackName != null ? stackName : chosen.get().name();
    if (!STACK_NAME.matcher(name).matches()) {
      main.err().println("tropo4j: '" + name + "' is not a CloudFormation stack name: a letter, then letters, "
          + "digits and hyphens, at most 128 characters");
      return usageStatus();
    }
    if (timeoutMinutes <= 0) {
      main.err().println("tropo4j: --timeout must be a positive number of minutes");
      return usageStatus();
    }
    Environment environment = main.environment();
    Hints hints = Hints.from(environment.variable(Environment.HINTS));
    DeployPrinter printer = new DeployPrinter(main.out(), hints);
    Map<String, String> values;
    try {
      values = values(parametersFile, environment);
    } catch (BadInput e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    }
    DeployRequest request = chosen.map(s -> DeployRequest.builder(s).stackName(name).parameters(values)
        .workTree(environment.workTree()).revision(args.value("--commit")).allowDirty(args.flag("--allow-dirty"))
        .timeout(Duration.ofMinutes(timeoutMinutes)).imageTag(args.value("--image-tag")).sources(sources(s))
        .allowReplace(takesAllowReplace() ? Set.copyOf(args.values("--allow-replace")) : Set.of())
        .revertDrift(takesDeployModes() && args.flag("--revert-drift"))
        .express(takesDeployModes() && args.flag("--express"))
        .build()).orElse(null);
    Interrupts interrupts = new Interrupts(printer);
    try {
      Map<String, String> outputs;
      try (AwsClients aws = environment.aws().get()) {
        outputs = run(new Deployer(aws, listener(printer), environment.pollInterval()), request, name,
            Duration.ofMinutes(timeoutMinutes), printer);
      }
      if (outputsFile != null && outputs != null) {
        OutputsFile.write(outputsFile, name, outputs);
        main.out().println("Outputs written to " + outputsFile);
      }
      return status();
    } catch (OutputsFile.NotWritten e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    } catch (StoppedException e) {
      main.err().println("tropo4j: " + DeployFailure.stopped(e, this.name, chosen.map(Stack::name).orElse(null), name,
          hints));
      // The JVM ends with SIGINT's status anyway; returned too, so that no race with System.exit says otherwise.
      return e.why() == StoppedException.Why.INTERRUPTED ? Main.INTERRUPTED : Main.FAILED;
    } catch (DeployException e) {
      main.err().println("tropo4j: " + DeployFailure.text(e, chosen.map(Stack::name).orElse(null), name, hints));
      return Main.FAILED;
    } finally {
      main.err().flush();
      interrupts.close();
    }
  }

  /** The values given: a parameters file, then PARAMS from the environment, then --param, each over the last. */
  Map<String, String> values(Path parametersFile, Environment environment) {
    return ParameterInput.given(parametersFile, environment, args.values("--param"));
  }

  /** Where a stack compiled from a source folder comes from, so a commit releases its stack too; else null. */
  CatalogSources sources(Stack stack) {
    return main.catalogLoader().sourceFolderOf(stack).map(folder -> new CatalogSources(main.environment().workTree(),
        folder, args.paths("--classpath"), main.environment().stackCache().resolveSibling("releases"))).orElse(null);
  }
}
