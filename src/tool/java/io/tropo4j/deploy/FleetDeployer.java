package io.tropo4j.deploy;

import io.tropo4j.deploy.stackset.AdministrationRoleStack;
import io.tropo4j.deploy.stackset.ExecutionRoleStack;
import io.tropo4j.deploy.stackset.StackSetEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One stack to a fleet of accounts and regions through a CloudFormation StackSet: the StackSet created
 * or updated from the compiled template, then its instances, each operation followed to its end and
 * reported to the listener. Every check that needs no write (the template, the values, the targets, the
 * rollout's settings, the StackSet as it is) comes first; {@link #plan}, {@link #diff} and
 * {@link #status} change nothing.
 */
public final class FleetDeployer {
  private final AwsClients aws;
  private final StackSetEngine engine;
  private final Duration pollInterval;

  public FleetDeployer(AwsClients aws, FleetListener listener, Duration pollInterval) {
    this.aws = aws;
    this.engine = new StackSetEngine(aws.cloudFormation(), listener, pollInterval);
    this.pollInterval = pollInterval;
  }

  /** Creates or updates the StackSet, then creates the instances it lacks and updates those whose values changed. */
  public void deploy(FleetRequest request) {
    engine.deploy(request);
  }

  /** What a deploy would do, from the templates and the instances; changes nothing. */
  public FleetPlan plan(FleetRequest request) {
    return engine.plan(request);
  }

  /** The StackSet's template and parameters against the local ones; changes nothing. */
  public StackDiff diff(FleetRequest request) {
    return engine.diff(request);
  }

  /** The StackSet, its instances and latest operations, after following one under way; changes nothing. */
  public FleetStatus status(String name, boolean delegatedAdmin, Duration timeout) {
    return engine.status(name, delegatedAdmin, timeout);
  }

  /**
   * Deletes the instances among the targets (all of them when none are given), their stacks too unless
   * {@code retainStacks}; then the StackSet, once it has no instance left.
   *
   * @return null when there is no such StackSet: nothing to delete
   */
  public FleetDeletion delete(String name, FleetTargets targets, boolean retainStacks, FleetPreferences preferences,
      boolean delegatedAdmin, Duration timeout) {
    return engine.delete(name, targets, retainStacks, preferences, delegatedAdmin, timeout);
  }

  /**
   * Stops the operation under way and follows it until it stopped.
   *
   * @return the operation stopped, or null when none was under way
   */
  public String stop(String name, boolean delegatedAdmin, Duration timeout) {
    return engine.stop(name, delegatedAdmin, timeout);
  }

  /**
   * The roles of self-managed StackSets, as two stacks deployed (created or updated) in this account: the
   * administration role, unless {@code executionOnly}, and the execution role, trusting the administrator
   * account (this one when null).
   */
  public void bootstrap(String administratorAccount, boolean executionOnly, Path workTree, Duration timeout,
      DeployListener listener) {
    Deployer deployer = new Deployer(aws, listener, pollInterval);
    if (!executionOnly) {
      deployer.deploy(DeployRequest.builder(new AdministrationRoleStack()).stackName(AdministrationRoleStack.NAME)
          .workTree(workTree).timeout(timeout).build());
    }
    deployer.deploy(DeployRequest.builder(new ExecutionRoleStack()).stackName(ExecutionRoleStack.NAME)
        .parameters(administratorAccount == null ? Map.of()
            : Map.of(ExecutionRoleStack.ADMINISTRATOR, administratorAccount))
        .workTree(workTree).timeout(timeout).build());
  }
}
