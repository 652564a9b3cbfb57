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
 */
public record DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
    String revision, boolean allowDirty, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

  public DeployRequest {
    parameters = Map.copyOf(parameters);
  }

  /** Defaults for a stack with no parameters and no source, such as the artifact bucket's. */
  DeployRequest(Stack stack, String stackName) {
    this(stack, stackName, Map.of(), Path.of("."), null, false, DEFAULT_TIMEOUT);
  }
}
