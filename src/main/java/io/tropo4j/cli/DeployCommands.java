package io.tropo4j.cli;

import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import picocli.CommandLine.Command;

/** The deploy commands; each is one call of the {@link Deployer}. */
final class DeployCommands {
  private DeployCommands() {}

  @Command(name = "create", description = "Creates the stack through a change set, uploading its source first.")
  static final class Create extends DeployCommand {
    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.create(request);
    }
  }

  @Command(name = "update", description = "Updates the stack through a change set; no change is a success.")
  static final class Update extends DeployCommand {
    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.update(request);
    }
  }

  @Command(name = "plan", description = "Shows the change set a create or update would run, and runs nothing.")
  static final class Plan extends DeployCommand {
    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.plan(request);
    }
  }

  @Command(name = "delete", description = "Deletes the stack, and says which resources CloudFormation keeps.")
  static final class Delete extends DeployCommand {
    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.delete(request);
    }
  }

  @Command(name = "status", description = "The stack's status, recent events and outputs.")
  static final class Status extends DeployCommand {
    @Override
    boolean needsCatalogStack() {
      return false;
    }

    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.status(request.stackName());
    }
  }

  @Command(name = "outputs", description = "The stack's outputs.")
  static final class Outputs extends DeployCommand {
    @Override
    boolean needsCatalogStack() {
      return false;
    }

    @Override
    void run(Deployer deployer, DeployRequest request) {
      deployer.outputs(request.stackName());
    }
  }
}
