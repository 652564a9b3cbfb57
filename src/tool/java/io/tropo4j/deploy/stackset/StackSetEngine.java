package io.tropo4j.deploy.stackset;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Asset;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.FleetDeletion;
import io.tropo4j.deploy.FleetException;
import io.tropo4j.deploy.FleetInstance;
import io.tropo4j.deploy.FleetListener;
import io.tropo4j.deploy.FleetPlan;
import io.tropo4j.deploy.FleetPreferences;
import io.tropo4j.deploy.FleetRequest;
import io.tropo4j.deploy.FleetStatus;
import io.tropo4j.deploy.FleetTargets;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.cloudformation.Capabilities;
import io.tropo4j.deploy.cloudformation.Parameters;
import io.tropo4j.deploy.cloudformation.Stacks;
import io.tropo4j.deploy.cloudformation.TemplateBody;
import io.tropo4j.deploy.diff.TemplateComparison;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AutoDeployment;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.PermissionModels;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationSummary;

/**
 * The work behind {@link io.tropo4j.deploy.FleetDeployer}: one stack to a fleet of accounts and regions
 * through a CloudFormation StackSet, the StackSet created or updated from the compiled template, then its
 * instances, each operation followed to its end. Every
 * check that needs no write (the template, the values, the targets, the preferences, the StackSet as it
 * is) comes first; {@link #plan} and {@link #diff} make only those and change nothing.
 */
public final class StackSetEngine {
  private static final Set<String> UNDER_WAY = Set.of("RUNNING", "QUEUED", "STOPPING");
  private static final Comparator<StackSetOperationSummary> NEWEST_FIRST = Comparator.comparing(
      StackSetOperationSummary::creationTimestamp, Comparator.nullsLast(Comparator.reverseOrder()));

  private final CloudFormationClient client;
  private final FleetListener listener;
  private final Duration pollInterval;

  public StackSetEngine(CloudFormationClient client, FleetListener listener, Duration pollInterval) {
    this.client = client;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /** What every command that sends the template checks first, and the StackSet as it is. */
  private record Prepared(String body, Template template, Set<Capability> capabilities, List<Parameter> parameters,
      Optional<StackSet> existing, List<FleetInstance> instances) {}

  /** Creates or updates the StackSet, then creates the instances it lacks and updates those whose values changed. */
  public void deploy(FleetRequest request) {
    Prepared prepared = prepare(request, true);
    StackSetCalls calls = calls(request.delegatedAdmin());
    try {
      deploy(request, prepared, calls);
    } catch (AwsCallException e) {
      // The first write was made: the StackSet holds what the calls before this one made.
      throw withInstances(new FleetException(FleetException.Kind.REFUSED, request.setName(), null, e.getMessage()
          + "; what came before it stands"), calls, request.setName());
    }
  }

  private void deploy(FleetRequest request, Prepared prepared, StackSetCalls calls) {
    String name = request.setName();
    FleetPreferences preferences = request.preferences();
    StackSetOperationPreferences sent = StackSetCalls.preferences(preferences, request.targets().regions());
    if (prepared.existing().isEmpty()) {
      StackSetCalls.call("creating StackSet " + name, () -> calls.client().createStackSet(r -> {
        r.stackSetName(name).callAs(calls.callAs()).templateBody(prepared.body()).parameters(prepared.parameters())
            .capabilities(prepared.capabilities()).description(prepared.template().description());
        if (request.targets().byOrganization()) {
          r.permissionModel(PermissionModels.SERVICE_MANAGED).autoDeployment(autoDeployment(request));
        } else {
          r.permissionModel(PermissionModels.SELF_MANAGED).administrationRoleARN(request.administrationRoleArn())
              .executionRoleName(request.executionRoleName());
        }
      }));
      listener.stackSetCreated(name);
    } else if (changed(prepared)) {
      String operationId = calls.operation(name, "updating StackSet " + name, () -> calls.client().updateStackSet(r -> {
        r.stackSetName(name).callAs(calls.callAs()).templateBody(prepared.body()).parameters(prepared.parameters())
            .capabilities(prepared.capabilities()).description(prepared.template().description())
            .operationPreferences(sent);
        if (request.targets().byOrganization()) {
          r.autoDeployment(autoDeployment(request));
        } else {
          r.administrationRoleARN(request.administrationRoleArn()).executionRoleName(request.executionRoleName());
        }
      }).operationId());
      listener.operationStarted(operationId, "update StackSet " + name + " and its " + count(prepared.instances().size(),
          "instance"), prepared.instances().size(), preferences);
      follow(calls, name, operationId, prepared.instances().size(), request.timeout());
    } else {
      listener.stackSetUnchanged(name);
    }

    Work work = work(request, prepared, calls);
    for (Batches.Batch batch : work.create()) {
      String operationId = calls.createInstances(name, batch.accounts(), List.of(), batch.regions(), batch.overrides(),
          sent);
      listener.operationStarted(operationId, "create " + count(batch.size(), "instance") + described(batch),
          batch.size(), preferences);
      follow(calls, name, operationId, batch.size(), request.timeout());
    }
    for (List<String> regions : work.createInUnits()) {
      String operationId = calls.createInstances(name, List.of(), request.targets().organizationalUnits(), regions,
          request.overridesAt(null, regions.get(0)), sent);
      listener.operationStarted(operationId, "create instances in " + String.join(", ", request.targets()
          .organizationalUnits()) + " (every account in them), in " + String.join(", ", regions), -1, preferences);
      follow(calls, name, operationId, -1, request.timeout());
    }
    for (Batches.Batch batch : work.update()) {
      String operationId = calls.updateInstances(name, batch.accounts(), List.of(), batch.regions(), batch.overrides(),
          sent);
      listener.operationStarted(operationId, "update the values of " + count(batch.size(), "instance")
          + described(batch), batch.size(), preferences);
      follow(calls, name, operationId, batch.size(), request.timeout());
    }
  }

  /** What a deploy would do; changes nothing. */
  public FleetPlan plan(FleetRequest request) {
    Prepared prepared = prepare(request, true);
    StackSetCalls calls = calls(request.delegatedAdmin());
    StackDiff changes = prepared.existing().map(set -> compare(request.setName(), set, prepared)).orElse(null);
    Work work = work(request, prepared, calls);
    List<String> create = new ArrayList<>();
    work.create().forEach(b -> b.regions().forEach(r -> b.accounts().forEach(a -> create.add(a + " " + r))));
    work.createInUnits().forEach(regions -> regions.forEach(r -> request.targets().organizationalUnits()
        .forEach(u -> create.add(u + " " + r))));
    Map<String, String> update = new LinkedHashMap<>();
    if (changes != null && changes.hasChanges()) {
      prepared.instances().forEach(i -> update.put(i.place(), i.place()));
    }
    work.update().forEach(b -> b.regions().forEach(r -> b.accounts().forEach(a -> update.put(a + " " + r,
        a + " " + r + (b.overrides().isEmpty() ? " (its own values removed)" : " (its own values: " + String.join(", ",
        b.overrides().keySet()) + ")")))));
    List<String> outside = prepared.instances().stream().filter(i -> !request.targets().covers(i))
        .map(FleetInstance::place).toList();
    return new FleetPlan(request.setName(), changes, prepared.template().resources().size(), create,
        List.copyOf(update.values()), outside);
  }

  /** The StackSet's template and parameters against the local ones; changes nothing. */
  public StackDiff diff(FleetRequest request) {
    Prepared prepared = prepare(request, false);
    StackSet set = prepared.existing().orElseThrow(() -> new DeployException("StackSet " + request.setName()
        + " does not exist in this account and region, so there is nothing to compare; a plan shows what a deploy "
        + "would create"));
    return compare(request.setName(), set, prepared);
  }

  /**
   * The StackSet, its instances and latest operations; an operation under way is followed to its end
   * first. Changes nothing.
   */
  public FleetStatus status(String name, boolean delegatedAdmin, Duration timeout) {
    StackSetCalls calls = calls(delegatedAdmin);
    StackSet set = calls.describe(name).orElseThrow(() -> missing(name));
    List<StackSetOperationSummary> operations = calls.operations(name);
    Optional<StackSetOperationSummary> running = underWay(operations);
    if (running.isPresent()) {
      listener.following(running.get().operationId(), running.get().actionAsString(), running.get().statusAsString());
      new OperationFollower(calls, listener, pollInterval).follow(name, running.get().operationId(), -1, timeout);
      operations = calls.operations(name);
    }
    List<FleetStatus.Operation> recent = operations.stream().sorted(NEWEST_FIRST).limit(5)
        .map(o -> new FleetStatus.Operation(o.operationId(), o.actionAsString(), o.statusAsString(),
            o.creationTimestamp(), o.endTimestamp(), o.statusReason())).toList();
    return new FleetStatus(name, set.permissionModelAsString(), calls.instances(name), recent);
  }

  /**
   * Deletes the instances among the targets (all of them when none are given), their stacks too unless
   * {@code retainStacks}; then the StackSet, once it has no instance left.
   *
   * @return null when there is no such StackSet: nothing to delete
   */
  public FleetDeletion delete(String name, FleetTargets targets, boolean retainStacks, FleetPreferences preferences,
      boolean delegatedAdmin, Duration timeout) {
    checkTargets(targets, false);
    check(preferences.problems(), "the rollout's settings");
    StackSetCalls calls = calls(delegatedAdmin);
    if (calls.describe(name).isEmpty()) {
      return null;
    }
    List<FleetInstance> chosen = calls.instances(name).stream().filter(targets::covers).toList();
    StackSetOperationPreferences sent = StackSetCalls.preferences(preferences, targets.regions());
    List<Batches.Place> byAccount = new ArrayList<>();
    Map<String, Set<String>> byUnit = new LinkedHashMap<>();
    for (FleetInstance instance : chosen) {
      if (instance.organizationalUnit() != null) {
        byUnit.computeIfAbsent(instance.organizationalUnit(), k -> new LinkedHashSet<>()).add(instance.region());
      } else {
        byAccount.add(new Batches.Place(instance.account(), instance.region(), Map.of()));
      }
    }
    String kept = retainStacks ? ", keeping their stacks" : "";
    for (Batches.Batch batch : Batches.of(byAccount, targets.regions())) {
      String operationId = calls.deleteInstances(name, batch.accounts(), List.of(), batch.regions(), retainStacks, sent);
      listener.operationStarted(operationId, "delete " + count(batch.size(), "instance") + described(batch) + kept,
          batch.size(), preferences);
      follow(calls, name, operationId, batch.size(), timeout);
    }
    for (Map.Entry<String, Set<String>> unit : byUnit.entrySet()) {
      List<String> regions = List.copyOf(unit.getValue());
      String operationId = calls.deleteInstances(name, List.of(), List.of(unit.getKey()), regions, retainStacks, sent);
      listener.operationStarted(operationId, "delete the instances of " + unit.getKey() + " in "
          + String.join(", ", regions) + kept, -1, preferences);
      follow(calls, name, operationId, -1, timeout);
    }
    int left = calls.instances(name).size();
    if (left == 0) {
      calls.deleteSet(name);
    }
    return new FleetDeletion(chosen.stream().map(FleetInstance::place).toList(), retainStacks, left == 0, left);
  }

  /**
   * Stops the StackSet's operation under way and follows it until it stopped: instances already
   * started finish, the others are not started.
   *
   * @return the operation stopped, or null when none was under way
   */
  public String stop(String name, boolean delegatedAdmin, Duration timeout) {
    StackSetCalls calls = calls(delegatedAdmin);
    calls.describe(name).orElseThrow(() -> missing(name));
    Optional<StackSetOperationSummary> running = underWay(calls.operations(name));
    if (running.isEmpty()) {
      return null;
    }
    String operationId = running.get().operationId();
    calls.stop(name, operationId);
    listener.following(operationId, running.get().actionAsString(), "STOPPING");
    new OperationFollower(calls, listener, pollInterval).follow(name, operationId, -1, timeout);
    return operationId;
  }

  /** The operation running, queued or stopping, if any: CloudFormation runs one at a time. */
  private static Optional<StackSetOperationSummary> underWay(List<StackSetOperationSummary> operations) {
    return operations.stream().filter(o -> UNDER_WAY.contains(o.statusAsString())).findFirst();
  }

  private StackSetCalls calls(boolean delegatedAdmin) {
    return new StackSetCalls(client, delegatedAdmin);
  }

  private static DeployException missing(String name) {
    return new DeployException("there is no StackSet " + name + " in this account and region");
  }

  /** Follows an operation; one that did not succeed ends the command with what the StackSet now holds. */
  private void follow(StackSetCalls calls, String name, String operationId, int expected, Duration timeout) {
    OperationFollower.Outcome outcome;
    try {
      outcome = new OperationFollower(calls, listener, pollInterval).follow(name, operationId, expected, timeout);
    } catch (FleetException e) {
      throw withInstances(e, calls, name);
    }
    if (!outcome.succeeded()) {
      boolean stopped = outcome.status().equals("STOPPED");
      FleetException e = new FleetException(stopped ? FleetException.Kind.STOPPED : FleetException.Kind.FAILED, name,
          operationId, "operation " + operationId + " of StackSet " + name + (stopped ? " was stopped" : " failed")
          + (outcome.reason() == null ? "" : ": " + outcome.reason()) + "; nothing after it was started");
      throw withInstances(e, calls, name);
    }
  }

  private static FleetException withInstances(FleetException e, StackSetCalls calls, String name) {
    try {
      return e.withInstances(calls.instances(name));
    } catch (RuntimeException unlisted) {
      return e; // the command already failed; its own reason is the one to tell
    }
  }

  /** The instances to create and those whose values to update. */
  private record Work(List<Batches.Batch> create, List<List<String>> createInUnits, List<Batches.Batch> update) {}

  private Work work(FleetRequest request, Prepared prepared, StackSetCalls calls) {
    FleetTargets targets = request.targets();
    Set<String> existing = prepared.instances().stream().map(FleetInstance::place).collect(Collectors.toSet());
    if (targets.byOrganization()) {
      // Organizations decides which accounts a unit holds: a region is new to a unit when no instance has it.
      List<String> regions = targets.regions().stream().filter(r -> targets.organizationalUnits().stream().anyMatch(
          u -> prepared.instances().stream().noneMatch(i -> u.equals(i.organizationalUnit()) && r.equals(i.region()))))
          .toList();
      List<List<String>> create = new ArrayList<>();
      Map<Map<String, String>, List<String>> byValues = new LinkedHashMap<>();
      regions.forEach(r -> byValues.computeIfAbsent(request.overridesAt(null, r), k -> new ArrayList<>()).add(r));
      create.addAll(byValues.values());
      return new Work(List.of(), create, List.of());
    }
    List<Batches.Place> create = new ArrayList<>();
    List<Batches.Place> update = new ArrayList<>();
    for (String region : targets.regions()) {
      for (String account : targets.accounts()) {
        Map<String, String> wanted = request.overridesAt(account, region);
        Batches.Place place = new Batches.Place(account, region, wanted);
        if (!existing.contains(account + " " + region)) {
          create.add(place);
        } else if (!wanted.equals(calls.overrides(request.setName(), account, region))) {
          update.add(place);
        }
      }
    }
    return new Work(Batches.of(create, targets.regions()), List.of(), Batches.of(update, targets.regions()));
  }

  private Prepared prepare(FleetRequest request, boolean complete) {
    String name = request.setName();
    io.tropo4j.core.Stack stack = request.stack();
    List<String> releases = new ArrayList<>();
    stack.source().ifPresent(s -> releases.add("a source bundle (" + s.path() + ")"));
    stack.staticFiles().ifPresent(s -> releases.add("site files (" + s.path() + ")"));
    stack.containerImage().ifPresent(s -> releases.add("a container image"));
    if (!releases.isEmpty()) {
      throw new DeployException("stack " + stack.name() + " releases " + String.join(" and ", releases) + " through "
          + "this account's artifact bucket or registry, which the fleet's accounts cannot read; a StackSet takes "
          + "stacks whose template is all they need");
    }
    checkTargets(request.targets(), complete);
    check(request.preferences().problems(), "the rollout's settings");
    Template template;
    try {
      template = Catalog.build(stack);
    } catch (InvalidTemplateException e) {
      throw TemplateBody.invalid(e, name);
    }
    List<Asset> assets = template.assets();
    if (!assets.isEmpty()) {
      throw new DeployException("stack " + stack.name() + " uses assets (" + assets.get(0).path()
          + (assets.size() > 1 ? " and " + (assets.size() - 1) + " more" : "") + "), which "
          + "live in this account's artifact bucket, where the fleet's accounts cannot read them; a StackSet takes "
          + "stacks whose template is all they need");
    }
    TemplateBody sent = TemplateBody.of(template, name);
    if (!sent.fitsInline()) {
      throw new DeployException("the template of stack " + stack.name() + " is " + sent.bytes() + " bytes; a StackSet "
          + "takes at most " + TemplateBody.INLINE_LIMIT + " inline, and tropo4j does not upload StackSet templates; "
          + "nothing was sent");
    }
    String body = sent.json();
    Parameters.check(template, name, request.parameters());
    request.overrides().forEach((where, values) -> {
      if (request.targets().byOrganization() && FleetTargets.isAccount(where)) {
        throw new DeployException("values for account " + where + ": with organizational units, overrides go by "
            + "region, as Organizations decides the accounts");
      }
      Parameters.check(template, name, values);
    });
    StackSetCalls calls = calls(request.delegatedAdmin());
    Optional<StackSet> existing = calls.describe(name);
    if (existing.isPresent()) {
      String model = existing.get().permissionModelAsString();
      String wanted = request.targets().byOrganization() ? "SERVICE_MANAGED" : "SELF_MANAGED";
      if (model != null && !request.targets().isEmpty() && !model.equals(wanted)) {
        throw new DeployException("StackSet " + name + " is " + model + ", and " + (wanted.equals("SELF_MANAGED")
            ? "accounts are targets of SELF_MANAGED StackSets: name organizational units"
            : "organizational units are targets of SERVICE_MANAGED StackSets: name accounts"));
      }
    }
    List<Parameter> previous = existing.map(StackSet::parameters).orElse(List.of());
    List<Parameter> parameters = Parameters.resolve(template, name, request.parameters(), previous);
    List<FleetInstance> instances = existing.isPresent() ? calls.instances(name) : List.of();
    return new Prepared(body, template, Capabilities.of(template), parameters, existing, instances);
  }

  private static void checkTargets(FleetTargets targets, boolean complete) {
    check(targets.problems(complete), "the targets");
  }

  private static void check(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new DeployException("nothing was sent: " + (problems.size() == 1 ? "a problem" : problems.size()
          + " problems") + " with " + what + ":\n  " + String.join("\n  ", problems));
    }
  }

  /** Whether the StackSet runs another template, or other values, than the deploy would send. */
  private static boolean changed(Prepared prepared) {
    StackSet set = prepared.existing().orElseThrow();
    if (!prepared.body().equals(set.templateBody())) {
      return true;
    }
    Map<String, String> now = new LinkedHashMap<>();
    set.parameters().forEach(p -> now.put(p.parameterKey(), p.parameterValue()));
    for (Parameter p : prepared.parameters()) {
      if (!Boolean.TRUE.equals(p.usePreviousValue()) && !p.parameterValue().equals(now.get(p.parameterKey()))) {
        return true;
      }
    }
    return !Set.copyOf(set.capabilities()).containsAll(prepared.capabilities());
  }

  private static StackDiff compare(String name, StackSet set, Prepared prepared) {
    return TemplateComparison.diff(name, Stacks.read(set.templateBody(), "the template StackSet " + name + " has"),
        Stacks.read(prepared.body(), "the local template of StackSet " + name), set.parameters(), prepared.parameters());
  }

  private static AutoDeployment autoDeployment(FleetRequest request) {
    return AutoDeployment.builder().enabled(request.autoDeployment())
        .retainStacksOnAccountRemoval(request.autoDeployment() ? request.retainStacksOnAccountRemoval() : null).build();
  }

  private static String described(Batches.Batch batch) {
    return " (" + String.join(", ", batch.accounts()) + " in " + String.join(", ", batch.regions())
        + (batch.overrides().isEmpty() ? "" : ", with " + String.join(", ", batch.overrides().keySet())) + ")";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
