package io.tropo4j.cli;

import io.tropo4j.deploy.Artifact;
import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.Deployer;
import io.tropo4j.deploy.Deployment;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.deploy.KeptResource;
import io.tropo4j.deploy.ReleaseHistory;
import io.tropo4j.deploy.ResourceEvent;
import io.tropo4j.deploy.ServiceDeployment;
import io.tropo4j.deploy.StoppedTask;
import io.tropo4j.deploy.TaskRun;
import io.tropo4j.deploy.SiteUpload;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDrift;
import io.tropo4j.deploy.StackStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user sees while a deploy command runs: one line per step, event or change, fit for a
 * terminal or a CI log. It also knows which stack CloudFormation is working on, for the notice on
 * Ctrl-C.
 */
final class DeployPrinter implements DeployListener, Interrupts.Notice {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final PrintStream out;
  private final Hints hints;
  /** The stack CloudFormation is busy with, between executing or deleting and settled; read on Ctrl-C. */
  private volatile String following;

  DeployPrinter(PrintStream out, Hints hints) {
    this.out = out;
    this.hints = hints;
  }

  /** Where the printer writes, for a command that words a result of its own beside its lines. */
  PrintStream stream() {
    return out;
  }

  private void line(String text) {
    out.println(text);
    out.flush();
  }

  private void warning(String text) {
    line("WARNING: " + text);
  }

  @Override
  public void bootstrapping(String stackName) {
    line("No artifact bucket in this account and region yet: creating stack " + stackName);
  }

  @Override
  public void dirtyRelease(String releaseId, List<String> paths) {
    warning(String.join(", ", paths) + " " + (paths.size() == 1 ? "has" : "have") + " uncommitted changes; the "
        + "release is HEAD's commit with them, named " + shortRelease(releaseId));
  }

  @Override
  public void stackFromCommit(String stack, String commitId) {
    line("Stack " + stack + " as commit " + commitId.substring(0, 12) + " has it (its sources compiled from git)");
  }

  @Override
  public void waitingFor(String stackName, String status) {
    following = stackName;
    line("Stack " + stackName + " is " + status + ": waiting for it to settle first...");
  }

  @Override
  public void earlierCreateFinished(String stackName, String status) {
    line("Stack " + stackName + " is " + status + ", made by an earlier create of this same template: going on as "
        + "an update.");
  }

  @Override
  public void changeSetRemoved(String stackName, String changeSet) {
    line("Removed change set " + changeSet + " of stack " + stackName + ", left unrun by an earlier command.");
  }

  @Override
  public void notThere(String stackName) {
    line("Stack " + stackName + " does not exist: nothing to delete.");
  }

  @Override
  public void sourceUploaded(String path, String commit, Artifact bundle) {
    line("Source " + path + " at commit " + commit.substring(0, 12) + ": " + location(bundle)
        + (bundle.uploaded() ? " (uploaded, " + bundle.bytes() + " bytes)" : " (already there)"));
  }

  /** Told before an upload long enough to wait for; a smaller one is told once it is done. */
  static final long LARGE_ASSET = 1024 * 1024;

  @Override
  public void assetUploading(String path, String key, long bytes) {
    if (bytes >= LARGE_ASSET) {
      line("Asset " + path + ": uploading " + size(bytes) + " to " + key + "...");
    }
  }

  @Override
  public void nestedStackChanges(StackDiff diff) {
    new DiffPrinter(out, "nested stack").print(diff);
    out.flush();
  }

  /** A large asset's upload, a line at each quarter it passes; the quarter last told, by the asset's path. */
  private final Map<String, Integer> quartersTold = new HashMap<>();

  @Override
  public void assetProgress(String path, long sent, long bytes) {
    if (bytes < LARGE_ASSET) {
      return;
    }
    int quarter = (int) (sent * 4 / bytes);
    Integer told = quartersTold.get(path);
    if (quarter > 0 && quarter < 4 && (told == null || quarter > told)) {
      quartersTold.put(path, quarter);
      line("Asset " + path + ": " + quarter * 25 + "% sent (" + size(sent) + " of " + size(bytes) + ")");
    }
  }

  @Override
  public void assetUploaded(String path, Artifact asset) {
    line("Asset " + path + ": " + location(asset) + (asset.uploaded() ? " (uploaded)" : " (already there)"));
  }

  @Override
  public void assetWouldUpload(String path, String key, long bytes, boolean alreadyThere) {
    line("Asset " + path + " (" + size(bytes) + ") would go to " + key
        + (alreadyThere ? " (already there)" : " (not uploaded: a plan uploads nothing)"));
  }

  /** Bytes for a person: exact below a kilobyte, else in KB or MB with one decimal. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  @Override
  public void sourceWouldUpload(String path, String commit, String key, boolean alreadyThere) {
    line("Source " + path + " at commit " + commit.substring(0, 12) + " would go to " + key
        + (alreadyThere ? " (already there)" : " (not uploaded: a plan uploads nothing)"));
  }

  @Override
  public void siteUploaded(String path, SiteUpload upload) {
    line("Site " + path + " at release " + shortRelease(upload.release()) + ": s3://" + upload.bucket() + "/"
        + StaticFiles.prefix(upload.release()) + (upload.uploaded()
            ? " (uploaded, " + upload.files() + " files, " + upload.bytes() + " bytes)" : " (already there)"));
  }

  @Override
  public void createdWithoutRelease(String stackName, String releaseParameter) {
    line("Stack " + stackName + " is made without a release (" + releaseParameter + " empty): its files go in "
        + "before anything serves them.");
  }

  @Override
  public void switchingRelease(String stackName, String from, String to) {
    line("Switching stack " + stackName + " from release " + (from == null ? "(none)" : shortRelease(from)) + " to "
        + shortRelease(to));
  }

  @Override
  public void invalidating(String distributionId, String invalidationId, List<String> paths) {
    line("Invalidating " + String.join(" ", paths) + " in distribution " + distributionId + " (" + invalidationId
        + ")...");
  }

  @Override
  public void invalidationStatus(String distributionId, String invalidationId, String status) {
    line("  invalidation " + invalidationId + ": " + status);
  }

  private static String shortRelease(String release) {
    return release.length() > 12 ? release.substring(0, 12) + (release.endsWith("-dirty") ? "-dirty" : "") : release;
  }

  @Override
  public void templateUploaded(Artifact template) {
    line("Template is " + template.bytes() + " bytes, over the " + Deployer.INLINE_LIMIT + " CloudFormation takes "
        + "inline: passing it as " + location(template));
  }

  private static String location(Artifact artifact) {
    return "s3://" + artifact.bucket() + "/" + artifact.key();
  }

  @Override
  public void replacingFailedStack(String stackName, String reason) {
    warning("stack " + stackName + " is ROLLBACK_COMPLETE: its first create failed ("
        + (reason == null ? "no reason given" : reason) + ") and it cannot be updated; deleting it to create it again");
  }

  @Override
  public void creatingChangeSet(String stackName, String changeSet, boolean creates) {
    line("Creating change set " + changeSet + " (" + (creates ? "create" : "update") + ") for stack " + stackName
        + "...");
  }

  @Override
  public void changeSet(ChangeSetPreview preview) {
    if (preview.changes().isEmpty()) {
      line("Change set for stack " + preview.stackName() + ": no resource changes listed");
      return;
    }
    line("Change set for stack " + preview.stackName() + " (" + preview.changes().size() + " changes):");
    for (ChangeSetPreview.PlannedChange change : preview.changes()) {
      line(String.format("  %-7s %-36s %s%s", change.action(), change.logicalId(), change.type(),
          change.replacement() == null ? "" : "  replacement: " + change.replacement()));
      for (ChangeSetPreview.PropertyChange property : change.properties()) {
        line("            " + property.path().replaceFirst("^/Properties/", "") + ": " + value(property.before())
            + " -> " + value(property.after()) + ("Always".equals(property.recreation()) ? "  (replaces)"
                : "Conditionally".equals(property.recreation()) ? "  (may replace)" : ""));
      }
    }
    preview.risks().forEach(risk -> warning(risk.logicalId() + " (" + risk.type() + ") holds data and " + fate(risk)));
  }

  static String fate(ChangeSetPreview.DataAtRisk risk) {
    String kept = risk.keptBy();
    String replaced = kept == null ? "the old one and its data will be DELETED"
        : "UpdateReplacePolicy " + kept + " keeps the old one";
    return switch (risk.risk()) {
      case REMOVED -> "will be removed from the stack; "
          + (kept == null ? "its data will be DELETED" : "DeletionPolicy " + kept + " keeps its data");
      case REPLACED -> "will be replaced; " + replaced;
      case MAYBE_REPLACED -> "may be replaced; " + replaced;
    };
  }

  /** A value as CloudFormation gives it (JSON text), or that there is none. */
  static String value(String value) {
    return value == null ? "(none)" : value;
  }

  @Override
  public void stackPolicySet(String stackName, List<String> protectedIds, List<String> allowedThisUpdate) {
    if (!allowedThisUpdate.isEmpty()) {
      warning("stack " + stackName + "'s policy lets this update replace " + String.join(", ", allowedThisUpdate)
          + ", which hold" + (allowedThisUpdate.size() == 1 ? "s" : "") + " data; it is set whole again once the "
          + "update is over, succeeded or not");
    }
    if (!protectedIds.isEmpty() && allowedThisUpdate.isEmpty()) {
      line("Stack policy of " + stackName + ": no update replaces or removes " + String.join(", ", protectedIds));
    }
  }

  @Override
  public void replacementWouldBeRefused(String stackName, List<String> logicalIds) {
    warning("an update would be refused before it runs: it replaces " + String.join(", ", logicalIds) + ", which "
        + "the stack policy protects; " + hints.allowing(logicalIds) + " lets it");
  }

  @Override
  public void terminationProtection(String stackName, boolean on) {
    line(on ? "Termination protection of " + stackName + " is on: deleting it takes "
        + hints.forceDelete(stackName) : "Termination protection of " + stackName + " is off, to delete it.");
  }

  @Override
  public void detectingDrift(String stackName) {
    line("Detecting drift of stack " + stackName + "...");
  }

  /**
   * What drift detection found: each drifted resource, its properties' paths and both values, then a summary.
   *
   * @param stack the catalog's stack the command was given, or null
   */
  void drift(StackDrift drift, String stack) {
    for (StackDrift.ResourceDrift resource : drift.drifted()) {
      line(String.format("  %-8s %-36s %s%s", resource.status(), resource.logicalId(), resource.type(),
          resource.physicalId() == null || resource.physicalId().isEmpty() ? "" : "  " + resource.physicalId()));
      for (StackDrift.PropertyDrift property : resource.properties()) {
        line("           " + property.path() + ": expected " + value(property.expected()) + ", actual "
            + value(property.actual()));
      }
    }
    String notChecked = drift.notChecked() == 0 ? "" : " (" + drift.notChecked() + " more that drift detection "
        + "did not check)";
    if (drift.incomplete() != null) {
      warning("drift detection could not check every resource: " + drift.incomplete());
    }
    if (drift.hasDrifted()) {
      line("Stack " + drift.stackName() + " has drifted: " + drift.drifted().size() + " of the " + drift.checked()
          + " resources checked " + (drift.drifted().size() == 1 ? "differs" : "differ") + " from the template"
          + notChecked + ". An update puts them back only where it changes them; "
          + hints.again("update", stack, drift.stackName()) + " " + hints.revertDrift() + " puts them all back.");
    } else {
      line((drift.incomplete() == null ? "Stack " + drift.stackName() + " is in sync with its template: "
          : "No drift found in stack " + drift.stackName() + ", but not every resource was checked: ")
          + drift.checked() + " resource" + (drift.checked() == 1 ? "" : "s") + " checked" + notChecked + ".");
    }
  }

  @Override
  public void upToDate(String stackName) {
    line("No changes: stack " + stackName + " is up to date.");
  }

  @Override
  public void changeSetLeftBehind(String changeSet, String reason) {
    warning("could not remove the empty change set " + changeSet + ": " + reason);
  }

  @Override
  public void executing(String stackName, String changeSet) {
    following = stackName;
    line("Executing change set " + changeSet + " on stack " + stackName + "...");
  }

  @Override
  public void deleting(String stackName) {
    following = stackName;
    line("Deleting stack " + stackName + "...");
  }

  @Override
  public void stackEvent(ResourceEvent event) {
    String reason = event.reason();
    line(String.format("  %s  %-28s %-36s %s%s", event.timestamp() == null ? "--:--:--" : TIME.format(event.timestamp()),
        event.status(), event.logicalId(), event.type(), reason == null || reason.isBlank() ? "" : "  " + reason));
  }

  @Override
  public void serviceDeployment(ServiceDeployment d) {
    line("  service " + d.service() + ": desired " + d.desired() + ", pending " + d.pending() + ", running "
        + d.running() + (d.rolloutState() == null ? "" : ", rollout " + d.rolloutState())
        + (d.failed() && d.rolloutReason() != null ? ": " + d.rolloutReason() : ""));
  }

  @Override
  public void serviceEvent(String service, String message) {
    line("  service " + service + ": " + message);
  }

  @Override
  public void taskStopped(StoppedTask task) {
    line("  " + (task.service() == null ? "" : "service " + task.service() + ": ") + "task " + task.taskId()
        + " stopped: " + task.reason());
  }

  @Override
  public void imageFound(String image, Instant pushedAt) {
    line("Image " + image + " is in ECR" + (pushedAt == null ? "" : " (pushed " + dayTime(pushedAt) + ")"));
  }

  @Override
  public void taskStarted(String cluster, String taskId, String taskDefinition, List<String> command) {
    line("Started task " + taskId + " of " + taskDefinition + " on cluster " + cluster
        + (command.isEmpty() ? " with its own command" : ", command: " + String.join(" ", command)));
  }

  @Override
  public void taskStatus(String taskId, String status) {
    line("  task " + taskId + ": " + status);
  }

  @Override
  public void taskLog(String text) {
    line("  | " + text);
  }

  /** The run-task command's last line, for a task whose container ran: its exit code. */
  void taskEnded(TaskRun run) {
    line("Task " + run.taskId() + " exited with " + run.exitCode() + ".");
  }

  @Override
  public void settled(String stackName, String status) {
    following = null;
  }

  @Override
  public void deployed(Deployment deployment) {
    line("Stack " + deployment.stackName() + " is " + deployment.status() + ".");
    outputs(deployment.stackName(), deployment.outputs());
  }

  @Override
  public void planned(String stackName) {
    line("Plan only: nothing was executed.");
  }

  @Override
  public void plannedCreate(ChangeSetPreview preview, boolean replacesFailedStack) {
    line(replacesFailedStack
        ? "Stack " + preview.stackName() + " is ROLLBACK_COMPLETE: its first create failed. A create would delete "
            + "it and create it again, adding:"
        : "Stack " + preview.stackName() + " does not exist. A create would add:");
    for (ChangeSetPreview.PlannedChange change : preview.changes()) {
      line(String.format("  %-7s %-36s %s", change.action(), change.logicalId(), change.type()));
    }
    line("Plan only: nothing was created, changed or deleted.");
  }

  @Override
  public void deleted(String stackName, List<KeptResource> kept) {
    line("Stack " + stackName + " is deleted.");
    for (KeptResource resource : kept) {
      line("  kept (DeletionPolicy Retain): " + resource.logicalId() + " " + resource.type() + " "
          + resource.physicalId());
    }
  }

  /** The status command's report: status, when it last changed, recent events, outputs. */
  void status(StackStatus status) {
    line("Stack " + status.stackName() + ": " + status.status()
        + (status.reason() == null || status.reason().isBlank() ? "" : " (" + status.reason() + ")")
        + (status.lastUpdated() != null ? ", last updated " + time(status.lastUpdated())
            : status.created() != null ? ", created " + time(status.created()) : ""));
    status.recentEvents().forEach(this::stackEvent);
    outputs(status.stackName(), status.outputs());
  }

  void outputs(String stackName, Map<String, String> outputs) {
    if (outputs.isEmpty()) {
      return;
    }
    line("Outputs of stack " + stackName + ":");
    outputs.forEach((key, value) -> line("  " + key + " = " + value));
  }

  /** The releases command's table: newest first, the live one marked. */
  void releases(ReleaseHistory history) {
    if (history.location() == null) {
      line("Stack " + history.stackName() + " has no releases yet: nothing has been uploaded for it.");
      return;
    }
    line("Releases of stack " + history.stackName() + " in " + history.location() + ", newest first:");
    if (history.releases().isEmpty()) {
      line("  (none)");
    }
    for (ReleaseHistory.Release release : history.releases()) {
      line(String.format("%s %-18s %-20s %10s  %s  %s", release.live() ? "*" : " ",
          release.commit().substring(0, 12) + (release.dirty() ? "-dirty" : ""), dayTime(release.uploaded()),
          release.bytes() + " B",
          release.commitTime() == null ? "(commit not in this repository)" : "committed " + dayTime(release.commitTime()),
          release.subject() == null ? "" : abbreviate(release.subject(), 60)));
    }
    if (history.releases().stream().anyMatch(ReleaseHistory.Release::live)) {
      line("* runs now");
    }
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /**
   * On Ctrl-C, when the command did not finish saying what AWS holds in time: the least that is true,
   * for the stack CloudFormation was last seen busy with.
   */
  @Override
  public void interrupted() {
    String stackName = following;
    line("Interrupted." + (stackName == null ? "" : " CloudFormation may go on with stack " + stackName
        + "; follow it with: " + hints.status(stackName)));
  }

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneOffset.UTC);

  private static String time(Instant instant) {
    return TIME.format(instant) + " UTC";
  }

  private static String dayTime(Instant instant) {
    return DAY_TIME.format(instant) + " UTC";
  }
}
