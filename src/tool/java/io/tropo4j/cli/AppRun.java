package io.tropo4j.cli;

import io.tropo4j.core.App;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AppDeployer;
import io.tropo4j.deploy.AppDeployment;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deploy command with {@code --all}: the command on every stack of an app, in the order the stacks'
 * references give ({@link AppDeployer}), each stack's lines prefixed by its name, then a summary of which
 * stacks were done, failed and not attempted. A parameter given as {@code stack:Key=Value} is that stack's;
 * one given as {@code Key=Value} goes to every stack that declares it (a zone they share, say).
 */
final class AppRun {
  private final DeployCommand command;
  private final Arguments args;
  private final Main main;

  AppRun(DeployCommand command) {
    this.command = command;
    this.args = command.args;
    this.main = command.main;
  }

  int call() {
    String refused = refusedOption();
    if (refused != null) {
      main.err().println("tropo4j " + command.name() + " --all: " + refused);
      return command.usageStatus();
    }
    long concurrency = args.number("--concurrency");
    long timeoutMinutes = args.number("--timeout");
    if (concurrency < 1 || timeoutMinutes <= 0) {
      main.err().println("tropo4j: " + (concurrency < 1 ? "--concurrency must be at least 1" : "--timeout must be "
          + "a positive number of minutes"));
      return command.usageStatus();
    }
    App app = command.catalog().app(args.value("--app"));
    App.Built built;
    try {
      built = app.build();
    } catch (InvalidTemplateException e) {
      main.err().println("tropo4j: app " + app.name() + " cannot be built:");
      for (Problem problem : e.problems()) {
        main.err().println("  " + problem);
      }
      return Main.FAILED;
    }
    for (App.Member member : built.templates().keySet()) {
      if (member.environment().account() != null) {
        main.err().println("tropo4j: stack " + member.name() + " of app " + app.name() + " is for account "
            + member.environment().account() + ": a deploy reaches the account of its credentials only; deploy it "
            + "with that account's credentials (AWS_PROFILE), on its own");
        return Main.FAILED;
      }
    }
    Environment environment = main.environment();
    Hints hints = Hints.from(environment.variable(Environment.HINTS));
    Map<String, Map<String, String>> values;
    try {
      values = valuesByStack(built, command.values(args.path("--params-file"), environment));
    } catch (BadInput e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    }
    Map<String, DeployPrinter> printers = printers(built, hints);
    Map<String, Map<String, String>> outputs = Collections.synchronizedMap(new LinkedHashMap<>());
    Duration timeout = Duration.ofMinutes(timeoutMinutes);
    main.out().println(describe(app, built));
    AppDeployment result;
    // Ctrl-C: each stack under way stops as a single deploy does and says what AWS holds, then the app says
    // what was done and what was not started, before the JVM ends.
    Interrupts interrupts = new Interrupts(new DeployPrinter(main.out(), hints));
    try (AwsClients aws = environment.aws().get()) {
      AppDeployer deployer = new AppDeployer(env -> aws.inRegion(env.region()),
          name -> command.listener(printers.get(name)), environment.pollInterval());
      Map<String, Stack> stacks = new LinkedHashMap<>();
      built.templates().keySet().forEach(member -> stacks.put(member.name(), member.stack()));
      // The stack's source folder, as for a single deploy: its uncommitted changes are refused or warned of
      // alike (the release is named by HEAD's commit).
      result = deployer.run(built, stack -> DeployRequest.builder(stack).parameters(values.get(stack.name()))
          .sources(command.sources(stacks.get(stack.name())))
          .workTree(environment.workTree()).allowDirty(args.flag("--allow-dirty")).timeout(timeout)
          .imageTag(args.value("--image-tag"))
          .allowReplace(command.takesAllowReplace() ? Set.copyOf(args.values("--allow-replace")) : Set.of())
          .revertDrift(command.takesDeployModes() && args.flag("--revert-drift"))
          .express(command.takesDeployModes() && args.flag("--express")), (int) concurrency, command.order(),
          command.changes(), new Step(printers, outputs, timeout, hints));
    } catch (DeployException e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Thread.currentThread().isInterrupted() ? Main.INTERRUPTED : Main.FAILED;
    } finally {
      main.err().flush();
      interrupts.close();
    }
    Path outputsFile = args.path("--outputs-file");
    if (outputsFile != null && !outputs.isEmpty()) {
      try {
        OutputsFile.write(outputsFile, outputs);
        main.out().println("Outputs written to " + outputsFile);
      } catch (OutputsFile.NotWritten e) {
        main.err().println("tropo4j: " + e.getMessage());
        return Main.FAILED;
      }
    }
    main.out().print(summary(app, result));
    main.out().flush();
    int status = command.status();
    return !result.succeeded() ? Main.FAILED : status;
  }

  /** The options that name one stack or one release, which an app's stacks do not share. */
  private String refusedOption() {
    if (!args.positionals().isEmpty()) {
      return "names no stack: it takes every stack of the app (without --all, " + command.name() + " "
          + args.positionals().get(0) + ")";
    }
    for (String option : List.of("--stack-name", "--commit")) {
      if (args.value(option) != null) {
        return option + " is for one stack; an app's stacks are named by the app, and deployed as the work tree's "
            + "HEAD builds them";
      }
    }
    if (command instanceof DiffCommand && args.flag("--json")) {
      return "--json is for one stack: one document a stack, with diff STACK --json";
    }
    return null;
  }

  private String describe(App app, App.Built built) {
    List<String> waves = new ArrayList<>();
    List<List<App.Member>> order = new ArrayList<>(built.waves());
    if (command.order() == AppDeployer.Order.READERS_FIRST) {
      Collections.reverse(order);
    }
    for (List<App.Member> wave : order) {
      List<String> names = new ArrayList<>();
      for (App.Member member : wave) {
        String region = member.environment().region();
        names.add(member.name() + (region == null ? "" : " (" + region + ")"));
      }
      waves.add(String.join(", ", names));
    }
    return "App " + app.name() + ": " + command.name() + " " + String.join(", then ", waves) + "; up to "
        + args.number("--concurrency") + " at once";
  }

  private Map<String, DeployPrinter> printers(App.Built built, Hints hints) {
    int width = 0;
    for (App.Member member : built.templates().keySet()) {
      width = Math.max(width, member.name().length());
    }
    Map<String, DeployPrinter> printers = new LinkedHashMap<>();
    for (App.Member member : built.templates().keySet()) {
      String prefix = member.name() + " ".repeat(width - member.name().length()) + " | ";
      printers.put(member.name(), new DeployPrinter(PrefixedLines.of(main.out(), prefix), hints));
    }
    return printers;
  }

  /**
   * Each stack's values: those given for it by name ({@code stack:Key}), and the unnamed ones it declares.
   *
   * @throws BadInput a value for a stack the app does not have, or one no stack declares
   */
  static Map<String, Map<String, String>> valuesByStack(App.Built built, Map<String, String> given) {
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    for (Map.Entry<App.Member, Template> entry : built.templates().entrySet()) {
      Set<String> names = new TreeSet<>();
      for (Parameter<?> parameter : entry.getValue().parameters()) {
        names.add(parameter.logicalId());
      }
      declared.put(entry.getKey().name(), names);
      values.put(entry.getKey().name(), new LinkedHashMap<>());
    }
    for (Map.Entry<String, String> value : given.entrySet()) {
      String key = value.getKey();
      int colon = key.indexOf(':');
      if (colon > 0) {
        String stack = key.substring(0, colon);
        if (!values.containsKey(stack)) {
          throw new BadInput("parameter " + key + " is for stack " + stack + ", which the app does not have; its "
              + "stacks are " + String.join(", ", values.keySet()));
        }
        continue; // set below, over any value given to all
      }
      boolean taken = false;
      for (Map.Entry<String, Set<String>> stack : declared.entrySet()) {
        if (stack.getValue().contains(key)) {
          values.get(stack.getKey()).put(key, value.getValue());
          taken = true;
        }
      }
      if (!taken) {
        throw new BadInput("no stack of the app has a parameter " + key + "; give a stack's own as STACK:" + key);
      }
    }
    // A value named for a stack wins over one given to all, whichever came first.
    for (Map.Entry<String, String> value : given.entrySet()) {
      int colon = value.getKey().indexOf(':');
      if (colon > 0) {
        values.get(value.getKey().substring(0, colon)).put(value.getKey().substring(colon + 1), value.getValue());
      }
    }
    return values;
  }

  private String summary(App app, AppDeployment result) {
    StringBuilder text = new StringBuilder("App " + app.name() + ": ");
    List<String> parts = new ArrayList<>();
    if (!result.deployed().isEmpty()) {
      parts.add(command.done() + " " + String.join(", ", result.deployed()));
    }
    if (!result.failed().isEmpty()) {
      parts.add("failed " + String.join(", ", result.failed().keySet()));
    }
    if (!result.notAttempted().isEmpty()) {
      parts.add("not attempted " + String.join(", ", result.notAttempted()) + " ("
          + (command.order() == AppDeployer.Order.READERS_FIRST ? "a stack that reads it" : "a stack it reads")
          + " was not " + command.done() + ")");
    }
    return text.append(String.join("; ", parts)).append(".\n").toString();
  }

  /** One stack's step: the command's own, its failure worded in the stack's lines as a single deploy words it. */
  private final class Step implements AppDeployer.Step {
    private final Map<String, DeployPrinter> printers;
    private final Map<String, Map<String, String>> outputs;
    private final Duration timeout;
    private final Hints hints;

    Step(Map<String, DeployPrinter> printers, Map<String, Map<String, String>> outputs, Duration timeout,
        Hints hints) {
      this.printers = printers;
      this.outputs = outputs;
      this.timeout = timeout;
      this.hints = hints;
    }

    @Override
    public void run(Deployer deployer, DeployRequest request) {
      DeployPrinter printer = printers.get(request.stackName());
      try {
        Map<String, String> stackOutputs = command.run(deployer, request, request.stackName(), timeout, printer);
        if (stackOutputs != null) {
          outputs.put(request.stackName(), stackOutputs);
        }
      } catch (DeployException e) {
        PrintStream lines = printer.stream();
        lines.println("tropo4j: " + DeployFailure.text(e, request.stackName(), request.stackName(), hints));
        throw e;
      } finally {
        printer.stream().close();
      }
    }
  }
}
