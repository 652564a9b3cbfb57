package io.tropo4j.cli;

import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StackDrift;
import java.time.Duration;
import java.util.Map;

/**
 * {@code drift STACK}: CloudFormation's drift detection, each resource changed outside CloudFormation
 * with its properties' expected and actual values. Its exit status says what it found, as
 * {@code diff}'s does: 0 in sync, 2 drifted, 1 an error. It changes no resource.
 */
final class DriftCommand extends DeployCommand {
  private boolean drifted;
  private boolean incomplete;

  DriftCommand() {
    super("drift", "Detects what was changed outside CloudFormation; exit 0 in sync, 2 drifted, 1 error (or not "
        + "every resource checked).");
  }

  /** The stack's name is enough: the template it is compared with is the one it runs. */
  @Override
  boolean needsCatalogStack() {
    return false;
  }

  @Override
  int usageStatus() {
    return Main.FAILED;
  }

  @Override
  Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
      DeployPrinter printer) {
    StackDrift drift = deployer.drift(stackName, timeout);
    drifted = drift.hasDrifted();
    incomplete = drift.incomplete() != null;
    printer.drift(drift, request == null ? null : request.stack().name());
    return null;
  }

  @Override
  int status() {
    // In sync is said only of a detection that checked what it could: one that failed for some is an error.
    return drifted ? DiffCommand.DIFFERS : incomplete ? Main.FAILED : 0;
  }
}
