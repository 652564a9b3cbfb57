package io.tropo4j.cli;

import io.tropo4j.deploy.DeleteRequest;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StackStatus;
import io.tropo4j.deploy.TaskRequest;
import io.tropo4j.deploy.TaskRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The deploy commands; each is one call of the {@link Deployer}, whose steps the printer shows. */
final class DeployCommands {
  private DeployCommands() {}

  static final class Deploy extends DeployCommand {
    Deploy() {
      super("deploy", "Creates the stack, or updates it if it is there, through a change set; with --all, an app.");
    }

    @Override
    boolean takesDeployModes() {
      return true;
    }

    @Override
    boolean takesAll() {
      return true;
    }

    @Override
    String done() {
      return "deployed";
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      return deployer.deploy(request).outputs();
    }
  }

  static final class Create extends DeployCommand {
    Create() {
      super("create", "Creates the stack through a change set, uploading its source first.");
    }

    @Override
    boolean takesDeployModes() {
      return true;
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      return deployer.create(request).outputs();
    }
  }

  static final class Update extends DeployCommand {
    Update() {
      super("update", "Updates the stack through a change set; no change is a success.");
    }

    @Override
    boolean takesDeployModes() {
      return true;
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      return deployer.update(request).outputs();
    }
  }

  static final class Plan extends DeployCommand {
    Plan() {
      super("plan", "Shows the change set a create or update would run, and runs nothing.");
    }

    @Override
    boolean takesDeployModes() {
      return true;
    }

    @Override
    boolean takesAll() {
      return true;
    }

    @Override
    String done() {
      return "planned";
    }

    @Override
    boolean changes() {
      return false;
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      deployer.plan(request);
      return null;
    }
  }

  static final class Delete extends DeployCommand {
    Delete() {
      super("delete", "Deletes the stack, as the template it runs says, and which resources CloudFormation keeps.");
    }

    @Override
    Syntax syntax() {
      return super.syntax().flag("Delete a stack that has termination protection (turning it off first), or the "
          + "artifact bucket's stack even though its bucket holds releases (the bucket and its objects are kept).",
          "--force");
    }

    /** The stack's name is enough: what is deleted and kept is read off the template it runs. */
    @Override
    boolean needsCatalogStack() {
      return false;
    }

    @Override
    boolean takesAll() {
      return true;
    }

    @Override
    io.tropo4j.deploy.AppDeployer.Order order() {
      return io.tropo4j.deploy.AppDeployer.Order.READERS_FIRST;
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      deployer.delete(new DeleteRequest(stackName, timeout, args.flag("--force")));
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
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      StackStatus status = deployer.status(stackName);
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
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      Map<String, String> outputs = deployer.outputs(stackName);
      printer.outputs(stackName, outputs);
      return outputs;
    }
  }

  static final class SetParams extends DeployCommand {
    SetParams() {
      super("set-params", "Changes only the given parameters on the template the stack runs; the release stays.");
    }

    @Override
    boolean takesAllowReplace() {
      return true;
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      return deployer.setParameters(request).outputs();
    }
  }

  static final class Releases extends DeployCommand {
    Releases() {
      super("releases", "The stack's releases in their bucket, newest first, and which one runs now.");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      printer.releases(deployer.releases(request));
      return null;
    }
  }

  /**
   * Runs a task definition of the stack once on its cluster with a command override, prints its log
   * lines as they arrive, and exits with its container's exit code (1 when it could not run).
   */
  static final class RunTask extends DeployCommand {
    /** The container's exit code, or 1 when the task could not run its command. */
    private int exitStatus;

    RunTask() {
      super("run-task", "Runs the stack's command task once with a command, prints its logs, exits with its code.");
    }

    @Override
    Syntax syntax() {
      return super.syntax()
          .value("LOGICAL_ID", TaskRequest.COMMAND_TASK, "The stack's task definition to run.", "--task")
          .value("A,B", null, "The command for its container, its words separated by commas (db,upgrade); "
              + "default: " + Environment.COMMAND + ", else the task definition's own.", "--command");
    }

    @Override
    Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
        DeployPrinter printer) {
      String command = args.value("--command");
      if (command == null) {
        command = main.environment().variable(Environment.COMMAND);
      }
      TaskRun run = deployer.runTask(new TaskRequest(stackName, args.value("--task"), words(command), timeout));
      if (run.exitCode() != null) {
        printer.taskEnded(run);
      } else {
        main.err().println("tropo4j: " + (run.taskId() == null ? "the task could not start: "
            : "task " + run.taskId() + " did not run its command: ") + run.reason());
      }
      exitStatus = run.exitStatus();
      return null;
    }

    @Override
    int status() {
      return exitStatus;
    }

    /** "db,upgrade" as ["db", "upgrade"]: the form ECS's command override takes. */
    static List<String> words(String command) {
      List<String> words = new ArrayList<>();
      if (command == null || command.isBlank()) {
        return words;
      }
      for (String word : command.strip().split(",", -1)) {
        words.add(word.strip());
      }
      return words;
    }
  }
}
