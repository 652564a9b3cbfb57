package io.tropo4j.deploy;

import java.time.Duration;
import java.util.Objects;

/**
 * A stack to delete, by its name alone: what is deleted and what is kept is read from the template it
 * runs.
 *
 * @param force delete a stack that has termination protection (turned off first), and the artifact
 *     bucket's stack even though the bucket holds releases (the bucket and its objects are kept,
 *     DeletionPolicy Retain; the next deploy makes a new one)
 */
public record DeleteRequest(String stackName, Duration timeout, boolean force) {
  public DeleteRequest {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(timeout, "timeout");
  }

  public DeleteRequest(String stackName) {
    this(stackName, DeployRequest.DEFAULT_TIMEOUT, false);
  }
}
