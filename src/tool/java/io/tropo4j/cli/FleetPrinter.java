package io.tropo4j.cli;

import io.tropo4j.deploy.FleetListener;
import io.tropo4j.deploy.FleetPreferences;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A fleet rollout for a person: a line when an operation starts, one per instance each time its status
 * changes with the running count, a failed instance's reason once, and the outcome. A poll that changed
 * nothing prints nothing, so a fleet of two hundred instances prints about two lines each.
 */
final class FleetPrinter implements FleetListener, Interrupts.Notice {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final PrintStream out;
  private final Hints hints;
  private final String setName;

  FleetPrinter(PrintStream out, Hints hints, String setName) {
    this.out = out;
    this.hints = hints;
    this.setName = setName;
  }

  private void line(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public void stackSetCreated(String name) {
    line("StackSet " + name + " created");
  }

  @Override
  public void stackSetUnchanged(String name) {
    line("StackSet " + name + ": template and parameters unchanged");
  }

  @Override
  public void operationStarted(String operationId, String what, int instances, FleetPreferences preferences) {
    line("Operation " + operationId + ": " + what + "; " + preferences.describe());
  }

  @Override
  public void following(String operationId, String action, String status) {
    line("Operation " + operationId + " (" + action + ") is " + status + ": following it");
  }

  @Override
  public void instanceChanged(String account, String region, String status, String reason, Counts counts) {
    line("  " + TIME.format(Instant.now()) + "  " + account + " " + region + "  " + status
        + (reason == null ? "" : ": " + reason) + "  [" + counts(counts) + "]");
  }

  @Override
  public void operationEnded(String operationId, String status, String reason, Counts counts, Duration took) {
    boolean listed = counts.succeeded() + counts.running() + counts.failed() + counts.pending() + counts.cancelled() > 0;
    line("Operation " + operationId + " " + status + " in " + seconds(took) + ": "
        + (listed ? counts(counts) : "CloudFormation listed no instance results")
        + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
  }

  @Override
  public void interrupted() {
    line("Interrupted. CloudFormation goes on with StackSet " + setName + "'s operation; follow it with: "
        + hints.fleetStatus(setName) + ", or stop it with: " + hints.fleetStop(setName));
  }

  static String counts(Counts c) {
    return c.succeeded() + " succeeded, " + c.running() + " running, " + c.failed() + " failed, " + c.pending()
        + " pending" + (c.cancelled() == 0 ? "" : ", " + c.cancelled() + " cancelled");
  }

  private static String seconds(Duration took) {
    long s = took.toSeconds();
    return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
  }
}
