package io.tropo4j.deploy;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** What the user sees while a deploy runs: one line per step or event, fit for a terminal or a CI log. */
public final class Progress {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private final PrintStream out;

  public Progress(PrintStream out) {
    this.out = out;
  }

  void step(String message) {
    out.println(message);
    out.flush();
  }

  void warn(String message) {
    step("WARNING: " + message);
  }

  void event(StackEvent event) {
    String reason = event.resourceStatusReason();
    step(String.format("  %s  %-28s %-36s %s%s", TIME.format(event.timestamp()),
        event.resourceStatusAsString(), event.logicalResourceId(), event.resourceType(),
        reason == null || reason.isBlank() ? "" : "  " + reason));
  }

  static String time(Instant instant) {
    return TIME.format(instant) + " UTC";
  }
}
