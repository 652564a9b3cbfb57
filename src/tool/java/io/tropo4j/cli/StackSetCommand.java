package io.tropo4j.cli;

import io.tropo4j.core.Stack;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StoppedException;
import io.tropo4j.deploy.FleetDeletion;
import io.tropo4j.deploy.FleetDeployer;
import io.tropo4j.deploy.FleetException;
import io.tropo4j.deploy.FleetPlan;
import io.tropo4j.deploy.FleetRequest;
import io.tropo4j.deploy.FleetStatus;
import io.tropo4j.deploy.FleetTargets;
import io.tropo4j.deploy.FleetInstance;
import io.tropo4j.deploy.FleetPreferences;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code tropo4j stackset ACTION [STACK]}: one stack to many accounts and regions through a CloudFormation
 * StackSet (deploy, plan, diff, status, stop, delete), and the roles self-managed StackSets need
 * (bootstrap).
 */
final class StackSetCommand extends Subcommand {
  static final List<String> ACTIONS = List.of("deploy", "plan", "diff", "status", "stop", "delete", "bootstrap");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");

  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("stackset", "Deploy a stack to accounts and regions through a StackSet: "
        + String.join(", ", ACTIONS) + ".")
        .value("NAME", null, "The StackSet's name (default: STACK).", "--name")
        .list("IDS", ",", "Target accounts (self-managed permissions), separated by commas.", "--accounts")
        .list("IDS", ",", "Target organizational units (service-managed, through AWS Organizations).", "--ous")
        .list("REGIONS", ",", "Target regions, in the order a rollout takes them.", "--regions")
        .list("[WHERE:]KEY=VALUE", null, "A parameter value; WHERE (an account or a region) makes it that "
            + "instance's override. Secrets go in TROPO4J_PARAMS or a file.", "--param")
        .value("FILE", null, "Parameter values in CloudFormation's parameters-file JSON.", "--params-file")
        .flag("All regions at once (default: one after another).", "--parallel-regions")
        .value("N|N%", null, "Accounts at once in a region (default 1).", "--max-concurrent")
        .value("N|N%", null, "Failed accounts a region tolerates before the operation stops (default 0).",
            "--failure-tolerance")
        .flag("Keep concurrency at its maximum whatever fails (CloudFormation's soft failure tolerance).",
            "--soft-failure-tolerance")
        .flag("Service-managed: do not deploy to accounts that join the units later.", "--no-auto-deploy")
        .flag("Service-managed: keep the stacks of an account that leaves the units.",
            "--retain-stacks-on-account-removal")
        .flag("Act as the organization's delegated administrator (CallAs DELEGATED_ADMIN).", "--delegated-admin")
        .value("ARN", null, "Self-managed: the administration role (default: AWS's AWSCloudFormationStackSet"
            + "AdministrationRole).", "--admin-role")
        .value("NAME", null, "Self-managed: the execution role's name in the targets (default: AWS's).",
            "--execution-role")
        .flag("delete: keep the instances' stacks, and their resources, out of the StackSet.", "--retain-stacks")
        .value("ID", null, "bootstrap: the administrator account the execution role trusts (default: this one).",
            "--admin-account")
        .flag("bootstrap: only the execution role, in a target account.", "--execution-only")
        .value("MINUTES", "60", "Stop following an operation after this long; CloudFormation goes on.", "--timeout"))
        .positionals("ACTION [STACK]", 1, 2, "What to do (" + String.join(", ", ACTIONS) + "), and the stack "
            + "(deploy, plan, diff; status, stop and delete take --name instead).");
  }

  @Override
  int call() {
    String action = args.positionals().get(0);
    if (!ACTIONS.contains(action)) {
      main.err().println("tropo4j stackset: unknown action '" + action + "'; the actions are: "
          + String.join(", ", ACTIONS));
      return Main.USAGE;
    }
    Hints hints = Hints.from(main.environment().variable(Environment.HINTS));
    long minutes = args.number("--timeout");
    if (minutes <= 0) {
      main.err().println("tropo4j stackset: --timeout must be a positive number of minutes");
      return Main.USAGE;
    }
    Duration timeout = Duration.ofMinutes(minutes);
    if (action.equals("bootstrap")) {
      return bootstrap(timeout, hints);
    }
    String stackArgument = args.positionals().size() > 1 ? args.positionals().get(1) : null;
    boolean needsStack = List.of("deploy", "plan", "diff").contains(action);
    Stack stack = null;
    if (stackArgument != null && needsStack) {
      stack = catalog().find(stackArgument).orElse(null);
      if (stack == null) {
        main.err().println("tropo4j: unknown stack '" + stackArgument + "'; the stacks are: "
            + String.join(", ", catalog().names()));
        return Main.USAGE;
      }
    }
    String name = args.value("--name") != null ? args.value("--name") : stackArgument;
    if (needsStack && stack == null || name == null) {
      main.err().println("tropo4j stackset " + action + ": name the " + (needsStack ? "stack: stackset " + action
          + " STACK" : "StackSet: --name NAME"));
      return Main.USAGE;
    }
    if (!NAME.matcher(name).matches()) {
      main.err().println("tropo4j: '" + name + "' is not a StackSet name: a letter, then letters, digits and "
          + "hyphens, at most 128 characters");
      return Main.USAGE;
    }
    FleetPrinter printer = new FleetPrinter(main.out(), hints, name);
    Interrupts interrupts = new Interrupts(printer);
    try (AwsClients aws = main.environment().aws().get()) {
      FleetDeployer deployer = new FleetDeployer(aws, printer, main.environment().pollInterval());
      boolean delegated = args.flag("--delegated-admin");
      return switch (action) {
        case "deploy" -> {
          deployer.deploy(request(stack, name, timeout));
          main.out().println("StackSet " + name + " deployed");
          yield 0;
        }
        case "plan" -> {
          plan(deployer.plan(request(stack, name, timeout)));
          yield 0;
        }
        case "diff" -> {
          StackDiff diff = deployer.diff(request(stack, name, timeout));
          new DiffPrinter(main.out(), "StackSet").print(diff);
          yield diff.hasChanges() ? 2 : 0;
        }
        case "status" -> {
          status(deployer.status(name, delegated, timeout));
          yield 0;
        }
        case "stop" -> {
          String stopped = deployer.stop(name, delegated, timeout);
          main.out().println(stopped == null ? "StackSet " + name + " has no operation under way; nothing to stop"
              : "Operation " + stopped + " of StackSet " + name + " stopped");
          yield 0;
        }
        default -> delete(deployer, name, delegated, timeout);
      };
    } catch (BadInput e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    } catch (FleetException e) {
      main.err().println("tropo4j: " + failure(e, hints));
      return e.kind() == FleetException.Kind.INTERRUPTED ? Main.INTERRUPTED : Main.FAILED;
    } catch (DeployException e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    } finally {
      main.err().flush();
      interrupts.close();
    }
  }

  private FleetRequest request(Stack stack, String name, Duration timeout) {
    Map<String, String> all = new LinkedHashMap<>();
    Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
    Map<String, String> given = ParameterInput.given(args.path("--params-file"), main.environment(),
        args.values("--param"));
    given.forEach((key, value) -> {
      int colon = key.indexOf(':');
      String where = colon < 0 ? null : key.substring(0, colon);
      if (where != null && (FleetTargets.isAccount(where) || FleetTargets.isRegion(where))) {
        overrides.computeIfAbsent(where, k -> new LinkedHashMap<>()).put(key.substring(colon + 1), value);
      } else if (where != null) {
        throw new BadInput("parameter '" + key + "': the part before ':' must be an account ID (12 digits) or a "
            + "region, not '" + where + "'");
      } else {
        all.put(key, value);
      }
    });
    FleetTargets targets = targets();
    return new FleetRequest(stack, name, all, overrides, targets, preferences(), targets.byOrganization()
        && !args.flag("--no-auto-deploy"), args.flag("--retain-stacks-on-account-removal"),
        args.flag("--delegated-admin"), args.value("--admin-role"), args.value("--execution-role"), timeout);
  }

  private FleetTargets targets() {
    return new FleetTargets(words("--accounts"), words("--ous"), words("--regions"));
  }

  /** An option's values, split at commas and spaces (make passes a list either way). */
  private List<String> words(String option) {
    return args.values(option).stream().flatMap(v -> Arrays.stream(v.trim().split("[,\\s]+")))
        .filter(w -> !w.isEmpty()).toList();
  }

  private FleetPreferences preferences() {
    Integer[] concurrent = countOrPercentage("--max-concurrent");
    Integer[] tolerance = countOrPercentage("--failure-tolerance");
    return new FleetPreferences(args.flag("--parallel-regions"), concurrent[0], concurrent[1], tolerance[0], tolerance[1],
        args.flag("--soft-failure-tolerance"));
  }

  private Integer[] countOrPercentage(String option) {
    String value = args.value(option);
    if (value == null || value.isBlank()) {
      return new Integer[2];
    }
    boolean percent = value.endsWith("%");
    try {
      int number = Integer.parseInt(percent ? value.substring(0, value.length() - 1) : value);
      return percent ? new Integer[] {null, number} : new Integer[] {number, null};
    } catch (NumberFormatException e) {
      throw new BadInput(option + " takes a whole number or a percentage (3, 25%), not '" + value + "'");
    }
  }

  private void plan(FleetPlan plan) {
    var out = main.out();
    if (!plan.exists()) {
      out.println("StackSet " + plan.setName() + " does not exist: a deploy creates it (" + plan.resources()
          + (plan.resources() == 1 ? " resource" : " resources") + " in each instance)");
    } else {
      new DiffPrinter(out, "StackSet").print(plan.changes());
    }
    places("A deploy creates " + count(plan.create().size(), "instance") + ":", "+", plan.create());
    places("A deploy updates " + count(plan.update().size(), "instance") + (plan.exists() && plan.changes().hasChanges()
        ? " (a StackSet's update goes to every instance it has)" : "") + ":", "~", plan.update());
    places("Not among the targets (a deploy neither creates nor deletes instances there; `stackset delete` does):",
        "=", plan.outside());
    if (!plan.hasChanges()) {
      out.println("Nothing to deploy: the StackSet and its instances are as the local template and values say.");
    }
  }

  private void places(String heading, String mark, List<String> places) {
    if (!places.isEmpty()) {
      main.out().println(heading);
      places.forEach(p -> main.out().println("  " + mark + " " + p));
    }
  }

  private void status(FleetStatus status) {
    var out = main.out();
    out.println("StackSet " + status.setName() + " (" + status.permissionModel() + "): "
        + count(status.instances().size(), "instance"));
    for (FleetInstance i : status.instances()) {
      out.println("  " + i.place() + (i.organizationalUnit() == null ? "" : " (" + i.organizationalUnit() + ")")
          + "  " + i.status() + (i.detailedStatus() == null ? "" : " (" + i.detailedStatus() + ")")
          + (i.reason() == null || i.reason().isBlank() ? "" : ": " + i.reason()));
    }
    if (!status.operations().isEmpty()) {
      out.println("Latest operations:");
      for (FleetStatus.Operation o : status.operations()) {
        out.println("  " + o.operationId() + "  " + o.action() + "  " + o.status()
            + (o.started() == null ? "" : "  started " + o.started())
            + (o.reason() == null || o.reason().isBlank() ? "" : ": " + o.reason()));
      }
    }
  }

  private int delete(FleetDeployer deployer, String name, boolean delegated, Duration timeout) {
    FleetDeletion deleted = deployer.delete(name, targets(), args.flag("--retain-stacks"), preferences(),
        delegated, timeout);
    var out = main.out();
    if (deleted == null) {
      out.println("There is no StackSet " + name + " in this account and region; nothing to delete");
      return 0;
    }
    out.println(count(deleted.instances().size(), "instance") + " of StackSet " + name + " deleted"
        + (deleted.stacksRetained() ? "; their stacks were kept, out of the StackSet" : ", their stacks too"));
    out.println(deleted.setDeleted() ? "StackSet " + name + " deleted: it had no instance left"
        : "StackSet " + name + " kept: " + count(deleted.instancesLeft(), "instance") + " left");
    return 0;
  }

  /** The failure, what the StackSet holds now, and how to go on. */
  private static String failure(FleetException e, Hints hints) {
    StringBuilder text = new StringBuilder(e.getMessage());
    if (!e.instances().isEmpty()) {
      Map<String, Integer> byStatus = new TreeMap<>();
      e.instances().forEach(i -> byStatus.merge(i.status(), 1, Integer::sum));
      List<String> counts = new ArrayList<>();
      byStatus.forEach((status, n) -> counts.add(n + " " + status));
      text.append("\nStackSet ").append(e.setName()).append(" now has ").append(String.join(", ", counts));
      e.instances().stream().filter(i -> !"CURRENT".equals(i.status())).forEach(i -> text.append("\n  ")
          .append(i.place()).append("  ").append(i.status())
          .append(i.reason() == null || i.reason().isBlank() ? "" : ": " + i.reason()));
    }
    switch (e.kind()) {
      case BUSY, INTERRUPTED, TIMED_OUT -> text.append("\nFollow it with: ").append(hints.fleetStatus(e.setName()))
          .append("; stop it with: ").append(hints.fleetStop(e.setName()));
      case FAILED, STOPPED, REFUSED -> text.append("\nSee it with: ").append(hints.fleetStatus(e.setName()));
    }
    return text.toString();
  }

  /** The roles of self-managed StackSets, as two stacks deployed (created or updated) here. */
  private int bootstrap(Duration timeout, Hints hints) {
    String administrator = args.value("--admin-account");
    if (administrator != null && !FleetTargets.isAccount(administrator)) {
      main.err().println("tropo4j: --admin-account '" + administrator + "' is not an AWS account ID (12 digits)");
      return Main.USAGE;
    }
    DeployPrinter printer = new DeployPrinter(main.out(), hints);
    Interrupts interrupts = new Interrupts(printer);
    try (AwsClients aws = main.environment().aws().get()) {
      new FleetDeployer(aws, null, main.environment().pollInterval()).bootstrap(administrator,
          args.flag("--execution-only"), main.environment().workTree(), timeout, printer);
      return 0;
    } catch (StoppedException e) {
      main.err().println("tropo4j: " + e.getMessage());
      return e.why() == StoppedException.Why.INTERRUPTED ? Main.INTERRUPTED : Main.FAILED;
    } catch (DeployException e) {
      main.err().println("tropo4j: " + e.getMessage());
      return Main.FAILED;
    } finally {
      interrupts.close();
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
