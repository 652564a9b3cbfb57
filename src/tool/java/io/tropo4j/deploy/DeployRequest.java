package io.tropo4j.deploy;

import io.tropo4j.core.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What to deploy and how.
 *
 * @param parameters parameter values the user gave, by name
 * @param workTree a folder inside the git repository the source bundle comes from
 * @param revision the commit to release, as git names it (id, tag, branch, {@code HEAD~1}); null for HEAD
 * @param allowDirty deploy HEAD even though the work tree has uncommitted changes
 * @param timeout how long to wait for CloudFormation before giving up waiting (it goes on)
 * @param imageTag the tag of the container image to release, for a stack that runs one from ECR; null
 *     for the default, the revision's commit id
 */
public record DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
    String revision, boolean allowDirty, Duration timeout, String imageTag) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

  public DeployRequest {
    parameters = Map.copyOf(parameters);
  }

  /** Without an image tag: a container image, if the stack runs one, is released at the commit. */
  public DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
      String revision, boolean allowDirty, Duration timeout) {
    this(stack, stackName, parameters, workTree, revision, allowDirty, timeout, null);
  }

  /** Defaults for a stack with no parameters and no source, such as the artifact bucket's. */
  DeployRequest(Stack stack, String stackName) {
    this(stack, stackName, Map.of(), Path.of("."), null, false, DEFAULT_TIMEOUT);
  }
}
