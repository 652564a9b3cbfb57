package io.tropo4j.cli;

import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StackStatus;
import java.util.Map;

/** The deploy commands; each is one call of the {@link Deployer}, whose steps the printer shows. */
final class DeployCommands {
  private DeployCommands() {}

  static final class Create extends DeployCommand {
    Create() {
      super("create", "Creates the stack through a change set, uploading its source first.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      return deployer.create(request).outputs();
    }
  }

  static final class Update extends DeployCommand {
    Update() {
      super("update", "Updates the stack through a change set; no change is a success.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      return deployer.update(request).outputs();
    }
  }

  static final class Plan extends DeployCommand {
    Plan() {
      super("plan", "Shows the change set a create or update would run, and runs nothing.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.plan(request);
      return null;
    }
  }

  static final class Delete extends DeployCommand {
    Delete() {
      super("delete", "Deletes the stack, and says which resources CloudFormation keeps.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      deployer.delete(request);
      return null;
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
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      StackStatus status = deployer.status(request.stackName());
      printer.status(status);
      return status.outputs();
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
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      Map<String, String> outputs = deployer.outputs(request.stackName());
      printer.outputs(request.stackName(), outputs);
      return outputs;
    }
  }

  static final class SetParams extends DeployCommand {
    SetParams() {
      super("set-params", "Changes only the given parameters on the template the stack runs; the release stays.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      return deployer.setParameters(request).outputs();
    }
  }

  static final class Releases extends DeployCommand {
    Releases() {
      super("releases", "The stack's releases in their bucket, newest first, and which one runs now.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, DeployPrinter printer) {
      printer.releases(deployer.releases(request));
      return null;
    }
  }
}
