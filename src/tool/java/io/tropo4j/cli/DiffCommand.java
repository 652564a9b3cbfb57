package io.tropo4j.cli;

import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.DeployRequest;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDrift;
import java.time.Duration;
import java.util.Map;

/**
 * {@code diff STACK}: what an update would change, property by property. Its exit status says whether
 * anything would, as {@code terraform plan -detailed-exitcode} does: 0 nothing, 2 something, 1 an
 * error (a command line it cannot understand included, so that 2 keeps its one meaning).
 */
final class DiffCommand extends DeployCommand {
  static final int DIFFERS = 2;

  private boolean differs;
  private boolean incomplete;

  DiffCommand() {
    super("diff", "Compares the stack with the local template and parameters (and its drift, with --drift); exit 0 "
        + "same, 2 different, 1 error.");
  }

  @Override
  Syntax syntax() {
    return super.syntax().flag("Print the differences as one JSON document, for CI.", "--json")
        .flag("Also detect drift: what was changed outside CloudFormation, beside what the template changes.",
            "--drift");
  }

  @Override
  boolean takesDeployModes() {
    return true;
  }

  /**
   * The diff is worded whole when it is done; the deployer's steps (change set made, removed) are not
   * shown, but the assets an update would upload are, before it (in JSON, nothing but the document).
   */
  @Override
  DeployListener listener(DeployPrinter printer) {
    boolean json = args.flag("--json");
    return new DeployListener() {
      @Override
      public void assetWouldUpload(String path, String key, long bytes, boolean alreadyThere) {
        if (!json) {
          printer.assetWouldUpload(path, key, bytes, alreadyThere);
        }
      }
    };
  }

  @Override
  boolean takesAll() {
    return true;
  }

  @Override
  String done() {
    return "compared";
  }

  @Override
  boolean changes() {
    return false;
  }

  @Override
  int usageStatus() {
    return Main.FAILED;
  }

  @Override
  Map<String, String> run(Deployer deployer, DeployRequest request, String stackName, Duration timeout,
      DeployPrinter printer) {
    StackDiff diff = deployer.diff(request);
    StackDrift drift = args.flag("--drift") ? deployer.drift(stackName, timeout) : null;
    synchronized (this) { // with --all, each stack's diff: any that differs makes the status
      differs |= diff.hasChanges() || drift != null && drift.hasDrifted();
      incomplete |= drift != null && drift.incomplete() != null;
    }
    if (args.flag("--json")) {
      main.out().print(DiffJson.write(diff, drift));
      main.out().flush();
    } else {
      new DiffPrinter(printer.stream()).print(diff);
      if (drift != null) {
        printer.drift(drift, request.stack().name());
      }
      printer.stream().flush();
    }
    return null;
  }

  @Override
  synchronized int status() {
    return differs ? DIFFERS : incomplete ? Main.FAILED : 0;
  }
}
