package io.tropo4j.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;

/** Clears a distribution's cache of the paths a release changed, and waits until it is done. */
final class Invalidations {
  /** More paths than this are one wildcard: CloudFront bills per path, and counts a wildcard as one. */
  static final int MAX_PATHS = 15;
  private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

  private final CloudFrontClient cloudFront;
  private final DeployListener listener;
  private final Duration pollInterval;

  Invalidations(CloudFrontClient cloudFront, DeployListener listener, Duration pollInterval) {
    this.cloudFront = cloudFront;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /** The paths to send: as given, or one wildcard for many paths or any that would need escaping. */
  static List<String> paths(List<String> changed) {
    boolean plain = changed.stream().allMatch(p -> PLAIN_PATH.matcher(p).matches());
    return changed.size() <= MAX_PATHS && plain ? List.copyOf(changed) : List.of("/*");
  }

  /**
   * Invalidates and waits until CloudFront says Completed.
   *
   * @param reference unique per release switch, so that a retry of the same switch is not sent twice
   */
  void invalidate(String distributionId, List<String> changed, String reference, Duration timeout) {
    List<String> paths = paths(changed);
    String id;
    try {
      id = cloudFront.createInvalidation(b -> b.distributionId(distributionId).invalidationBatch(batch -> batch
          .callerReference(reference).paths(p -> p.quantity(paths.size()).items(paths)))).invalidation().id();
    } catch (SdkException e) {
      throw Errors.explain(e, "invalidating " + paths + " in distribution " + distributionId);
    }
    listener.invalidating(distributionId, id, paths);
    Instant deadline = Instant.now().plus(timeout);
    Duration interval = pollInterval;
    String status = "InProgress";
    while (true) {
      try {
        status = cloudFront.getInvalidation(b -> b.distributionId(distributionId).id(id)).invalidation().status();
        interval = pollInterval;
      } catch (SdkException e) {
        if (!Errors.isThrottling(e)) {
          throw new DeployException(Errors.sentence(e, "following invalidation " + id + " of distribution "
              + distributionId) + "; the invalidation was submitted and CloudFront goes on with it");
        }
        interval = StackWatcher.backOff(interval);
      }
      listener.invalidationStatus(distributionId, id, status);
      if ("Completed".equalsIgnoreCase(status)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException("invalidation " + id + " of distribution " + distributionId + " is still " + status
            + " after " + timeout.toMinutes() + " minutes; CloudFront goes on with it");
      }
      StackWatcher.sleep(interval, "invalidation " + id);
    }
  }
}
