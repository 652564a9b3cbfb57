package io.tropo4j.deploy.release;

import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Journal;
import io.tropo4j.deploy.cloudformation.Polling;
import io.tropo4j.deploy.cloudformation.WaitTimedOut;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;

/** Clears a distribution's cache of the paths a release changed, and waits until it is done. Internal. */
public final class Invalidations {
  /** More paths than this are one wildcard: CloudFront bills per path, and counts a wildcard as one. */
  static final int MAX_PATHS = 15;
  private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

  private final CloudFrontClient cloudFront;
  private final DeployListener listener;
  private final Duration pollInterval;
  private final Journal journal;

  public Invalidations(CloudFrontClient cloudFront, DeployListener listener, Duration pollInterval, Journal journal) {
    this.cloudFront = cloudFront;
    this.listener = listener;
    this.pollInterval = pollInterval;
    this.journal = journal;
  }

  /** The paths to send: as given, or one wildcard for many paths or any that would need escaping. */
  public static List<String> paths(List<String> changed) {
    boolean plain = changed.stream().allMatch(p -> PLAIN_PATH.matcher(p).matches());
    return changed.size() <= MAX_PATHS && plain ? List.copyOf(changed) : List.of("/*");
  }

  /**
   * Invalidates and waits until CloudFront says Completed.
   *
   * @param paths as {@link #paths} gives them
   * @param reference unique per release switch: CloudFront answers a second request of the same
   *     reference and paths with the first one's invalidation, so a retried switch is not sent twice
   */
  public void invalidate(String distributionId, List<String> paths, String reference, Duration timeout) {
    journal.doing("invalidating " + String.join(" ", paths) + " in distribution " + distributionId);
    String id;
    try {
      id = cloudFront.createInvalidation(b -> b.distributionId(distributionId).invalidationBatch(batch -> batch
          .callerReference(reference).paths(p -> p.quantity(paths.size()).items(paths)))).invalidation().id();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "invalidating " + paths + " in distribution " + distributionId);
    }
    journal.invalidationStarted(distributionId, id);
    listener.invalidating(distributionId, id, paths);
    journal.doing("waiting for invalidation " + id + " of distribution " + distributionId);
    Instant deadline = Instant.now().plus(timeout);
    Polling polling = new Polling(pollInterval);
    String status = "InProgress";
    while (true) {
      try {
        status = cloudFront.getInvalidation(b -> b.distributionId(distributionId).id(id)).invalidation().status();
        listener.invalidationStatus(distributionId, id, status);
        if ("Completed".equalsIgnoreCase(status)) {
          journal.invalidationDone(distributionId);
          return;
        }
      } catch (SdkException e) {
        if (!AwsCalls.isThrottling(e)) {
          throw AwsCalls.failure(e, "following invalidation " + id + " of distribution " + distributionId);
        }
        polling.throttled();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new WaitTimedOut("waiting " + timeout.toMinutes() + " minutes for invalidation " + id
            + " of distribution " + distributionId + " (still " + status + ")");
      }
      polling.pause("waiting for invalidation " + id + " of distribution " + distributionId);
    }
  }
}
