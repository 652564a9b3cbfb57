package io.tropo4j.cli;

import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;

/** The deploy commands; each is one call of the {@link Deployer}, whose steps the printer shows. */
final class DeployCommands {
  private DeployCommands() {}

  static final class Create extends DeployCommand {
    Create() {
      super("create", "Creates the stack through a change set, uploading its source first.");
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.create(request);
    }
  }

  static final class Update extends DeployCommand {
    Update() {
      super("update", "Updates the stack through a change set; no change is a success.");
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.update(request);
    }
  }

  static final class Plan extends DeployCommand {
    Plan() {
      super("plan", "Shows the change set a create or update would run, and runs nothing.");
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.plan(request);
    }
  }

  static final class Delete extends DeployCommand {
    Delete() {
      super("delete", "Deletes the stack, and says which resources CloudFormation keeps.");
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.delete(request);
    }
  }

  static final class Status extends DeployCommand {
    Status() {
      super("status", "The stack's status, recent events and outputs.");
    }

    @Override
    boolean needsCatalogStack() {
      return false;
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      printer.status(deployer.status(request.stackName()));
    }
  }

  static final class Outputs extends DeployCommand {
    Outputs() {
      super("outputs", "The stack's outputs.");
    }

    @Override
    boolean needsCatalogStack() {
      return false;
    }

    @Override
    void run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      printer.outputs(request.stackName(), deployer.outputs(request.stackName()));
    }
  }
}
