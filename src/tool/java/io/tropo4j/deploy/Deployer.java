package io.tropo4j.deploy;

import java.time.Duration;

/**
 * What the deploy commands call: create, update, plan, delete, status and outputs of a stack. Each
 * failure is a {@link DeployException} whose message is the one sentence to show.
 */
public final class Deployer {
  /** How often CloudFormation is asked while waiting. */
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

  private final StackOperations operations;

  public Deployer(AwsClients aws, Progress progress) {
    this(aws, progress, POLL_INTERVAL);
  }

  public Deployer(AwsClients aws, Progress progress, Duration pollInterval) {
    this.operations = new StackOperations(aws, progress, pollInterval);
  }

  public void create(DeployRequest request) {
    operations.deploy(request, StackOperations.Mode.CREATE);
  }

  /** Updates the stack; an update with nothing to change succeeds and says so. */
  public void update(DeployRequest request) {
    operations.deploy(request, StackOperations.Mode.UPDATE);
  }

  public void plan(DeployRequest request) {
    operations.plan(request);
  }

  public void delete(DeployRequest request) {
    operations.delete(request);
  }

  public void status(String stackName) {
    operations.status(stackName);
  }

  public void outputs(String stackName) {
    operations.outputs(stackName);
  }
}
