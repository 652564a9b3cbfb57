package io.tropo4j.deploy.stackset;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.FleetException;
import io.tropo4j.deploy.FleetListener;
import io.tropo4j.deploy.cloudformation.Interruption;
import io.tropo4j.deploy.cloudformation.Polling;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;

/**
 * Follows one StackSet operation to its end: each instance's status as it changes (a poll that changed
 * nothing says nothing), the failed ones' reasons once, and the outcome. Throttling slows the polls down;
 * an interrupt or the timeout ends the following, never the operation.
 */
final class OperationFollower {
  private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "STOPPED");

  private final StackSetCalls calls;
  private final FleetListener listener;
  private final Duration interval;

  OperationFollower(StackSetCalls calls, FleetListener listener, Duration interval) {
    this.calls = calls;
    this.listener = listener;
    this.interval = interval;
  }

  /** How the operation ended: SUCCEEDED, FAILED or STOPPED, and CloudFormation's reason, if any. */
  record Outcome(String status, String reason) {
    boolean succeeded() {
      return status.equals("SUCCEEDED");
    }
  }

  /**
   * @param expected how many instances the operation works on, or -1 when unknown
   * @throws FleetException TIMED_OUT or INTERRUPTED, with the operation going on
   */
  Outcome follow(String setName, String operationId, int expected, Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    Polling polling = new Polling(interval);
    Map<String, String> seen = new HashMap<>();
    try {
      while (true) {
        StackSetOperation operation;
        List<StackSetOperationResultSummary> results;
        try {
          operation = calls.operation(setName, operationId);
          results = calls.results(setName, operationId);
        } catch (AwsCallException e) {
          if (e.kind() != AwsCallException.Kind.THROTTLED) {
            throw e;
          }
          polling.throttled();
          polling.pause("following operation " + operationId + " of StackSet " + setName);
          continue;
        }
        FleetListener.Counts counts = report(results, seen, expected, listener);
        String status = operation.statusAsString();
        if (ENDED.contains(status)) {
          // Ended: an instance the operation never listed was not pending, it was not part of it.
          counts = new FleetListener.Counts(counts.succeeded(), counts.running(), counts.failed(),
              counts.pending() - Math.max(0, expected - results.size()), counts.cancelled());
          String reason = operation.statusReason();
          listener.operationEnded(operationId, status, reason, counts, Duration.ofNanos(System.nanoTime() - start));
          return new Outcome(status, reason);
        }
        if (System.nanoTime() - deadline > 0) {
          throw new FleetException(FleetException.Kind.TIMED_OUT, setName, operationId, "stopped following operation "
              + operationId + " of StackSet " + setName + " after " + minutes(timeout) + "; it goes on in "
              + "CloudFormation");
        }
        polling.pause("following operation " + operationId + " of StackSet " + setName);
      }
    } catch (Interruption e) {
      throw new FleetException(FleetException.Kind.INTERRUPTED, setName, operationId, "interrupted while following "
          + "operation " + operationId + " of StackSet " + setName + "; it goes on in CloudFormation");
    }
  }

  /**
   * Tells each status that changed since the last poll, with the counts as they stand after that change,
   * so the running count moves line by line; returns the counts after them all.
   */
  private static FleetListener.Counts report(List<StackSetOperationResultSummary> results, Map<String, String> seen,
      int expected, FleetListener listener) {
    Map<String, Integer> tally = new HashMap<>();
    seen.values().forEach(status -> tally.merge(status, 1, Integer::sum));
    FleetListener.Counts counts = counts(tally, seen.size(), expected);
    for (StackSetOperationResultSummary result : results) {
      String place = result.account() + " " + result.region();
      String status = result.statusAsString();
      String before = seen.put(place, status);
      if (status.equals(before)) {
        continue;
      }
      if (before != null) {
        tally.merge(before, -1, Integer::sum);
      }
      tally.merge(status, 1, Integer::sum);
      counts = counts(tally, seen.size(), expected);
      // Pending is where every instance starts: only a change from it is news.
      if (!status.equals("PENDING")) {
        listener.instanceChanged(result.account(), result.region(), status,
            status.equals("FAILED") ? result.statusReason() : null, counts);
      }
    }
    return counts;
  }

  private static FleetListener.Counts counts(Map<String, Integer> tally, int listed, int expected) {
    int pending = tally.getOrDefault("PENDING", 0) + Math.max(0, expected - listed);
    return new FleetListener.Counts(tally.getOrDefault("SUCCEEDED", 0), tally.getOrDefault("RUNNING", 0),
        tally.getOrDefault("FAILED", 0), pending, tally.getOrDefault("CANCELLED", 0));
  }

  private static String minutes(Duration timeout) {
    long minutes = timeout.toMinutes();
    return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : timeout.toSeconds() + " s";
  }
}
