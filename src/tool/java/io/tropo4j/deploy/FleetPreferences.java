package io.tropo4j.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * How a StackSet operation rolls out, as CloudFormation's StackSetOperationPreferences. The defaults are
 * the careful ones: one region at a time, in the order given, one account at a time within it, and the
 * first failure stops the operation. A count and a percentage of the same setting cannot both be given.
 *
 * @param parallelRegions all regions at once instead of one after another
 * @param maxConcurrentCount accounts at once per region, or null (with a percentage, or the default 1)
 * @param maxConcurrentPercentage accounts at once per region as a percentage, or null
 * @param failureToleranceCount failed accounts per region before the operation stops, or null (default 0)
 * @param failureTolerancePercentage the same as a percentage, or null
 * @param softFailureTolerance CloudFormation's SOFT_FAILURE_TOLERANCE mode: concurrency kept at the maximum
 *     regardless of failures, instead of STRICT_FAILURE_TOLERANCE, which lowers it as failures come
 */
public record FleetPreferences(boolean parallelRegions, Integer maxConcurrentCount, Integer maxConcurrentPercentage,
    Integer failureToleranceCount, Integer failureTolerancePercentage, boolean softFailureTolerance) {

  /** One region, one account at a time; the first failure stops. */
  public static FleetPreferences careful() {
    return new FleetPreferences(false, null, null, null, null, false);
  }

  /** What is wrong with them, each naming the setting; empty when AWS would take them. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (maxConcurrentCount != null && maxConcurrentPercentage != null) {
      problems.add("give the accounts at once as a count or a percentage, not both");
    }
    if (failureToleranceCount != null && failureTolerancePercentage != null) {
      problems.add("give the failure tolerance as a count or a percentage, not both");
    }
    if (maxConcurrentCount != null && maxConcurrentCount < 1) {
      problems.add("accounts at once must be 1 or more, not " + maxConcurrentCount);
    }
    if (failureToleranceCount != null && failureToleranceCount < 0) {
      problems.add("the failure tolerance must be 0 or more, not " + failureToleranceCount);
    }
    percentage(maxConcurrentPercentage, 1, "accounts at once", problems);
    percentage(failureTolerancePercentage, 0, "the failure tolerance", problems);
    // The API reference: under strict tolerance, at most one more account at once than failures tolerated.
    int tolerance = failureToleranceCount == null ? 0 : failureToleranceCount;
    if (!softFailureTolerance && failureTolerancePercentage == null && maxConcurrentCount != null
        && maxConcurrentCount > tolerance + 1) {
      problems.add("with " + tolerance + (tolerance == 1 ? " failure" : " failures") + " tolerated, at most "
          + (tolerance + 1) + " accounts at once under strict failure tolerance (not " + maxConcurrentCount
          + "): tolerate more failures, or use soft failure tolerance");
    }
    return problems;
  }

  private static void percentage(Integer value, int least, String what, List<String> problems) {
    if (value != null && (value < least || value > 100)) {
      problems.add(what + " must be a percentage from " + least + " to 100, not " + value);
    }
  }

  /** In words, for the operation's first line: "regions one at a time, 1 account at a time, no failure tolerated". */
  public String describe() {
    String accounts = maxConcurrentPercentage != null ? maxConcurrentPercentage + "% of accounts at once"
        : (maxConcurrentCount == null || maxConcurrentCount == 1 ? "1 account" : maxConcurrentCount + " accounts")
            + " at a time";
    String tolerance = failureTolerancePercentage != null ? failureTolerancePercentage + "% of failures tolerated"
        : failureToleranceCount == null || failureToleranceCount == 0 ? "the first failure stops it"
        : failureToleranceCount + (failureToleranceCount == 1 ? " failure" : " failures") + " tolerated per region";
    return (parallelRegions ? "regions in parallel" : "regions one at a time") + ", " + accounts + ", " + tolerance
        + (softFailureTolerance ? " (soft)" : "");
  }
}
