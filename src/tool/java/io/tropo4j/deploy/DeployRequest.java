package io.tropo4j.deploy;

import io.tropo4j.core.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to deploy and how; made with {@link #builder(Stack)}.
 *
 * @param stackName the stack's name in CloudFormation
 * @param parameters parameter values the user gave, by name
 * @param workTree a folder inside the git repository releases come from
 * @param revision the commit to release, as git names it (id, tag, branch, {@code HEAD~1}); null for HEAD
 * @param allowDirty deploy HEAD even though what the release carries has uncommitted changes
 * @param timeout how long to wait for AWS before giving up waiting (it goes on)
 * @param imageTag the tag of the container image to release, for a stack that runs one from ECR; null
 *     for the default, the revision's commit id
 * @param sources where the stack's sources are, so a revision releases its stack too; null when the
 *     stack comes compiled (a jar) and a revision releases only its application
 * @param allowReplace logical IDs of resources holding data that this update may replace: its stack
 *     policy is lowered for them for this update only
 * @param revertDrift an update that also puts back resources changed outside CloudFormation (a
 *     drift-aware change set, DeploymentMode REVERT_DRIFT)
 * @param express deploy in CloudFormation's express mode: done once the configuration is applied,
 *     without waiting for resources to stabilise, and without rollback
 */
public record DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
    String revision, boolean allowDirty, Duration timeout, String imageTag, StackSources sources,
    Set<String> allowReplace, boolean revertDrift, boolean express) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

  public DeployRequest {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(stackName, "stackName");
    parameters = Map.copyOf(parameters);
    allowReplace = Set.copyOf(allowReplace);
  }

  /** With no replacement allowed, in the standard deployment mode. */
  public DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
      String revision, boolean allowDirty, Duration timeout, String imageTag, StackSources sources) {
    this(stack, stackName, parameters, workTree, revision, allowDirty, timeout, imageTag, sources, Set.of(), false,
        false);
  }

  /** Without an image tag or sources. */
  public DeployRequest(Stack stack, String stackName, Map<String, String> parameters, Path workTree,
      String revision, boolean allowDirty, Duration timeout) {
    this(stack, stackName, parameters, workTree, revision, allowDirty, timeout, null, null);
  }

  /** A request for the stack under its own name, HEAD, no parameters, the default timeout. */
  public static Builder builder(Stack stack) {
    return new Builder(stack);
  }

  /** The same request for another stack (the artifact bucket's, say). */
  DeployRequest withStack(Stack other, String name) {
    return new DeployRequest(other, name, Map.of(), workTree, null, false, timeout, null, null, Set.of(), false,
        false);
  }

  public static final class Builder {
    private final Stack stack;
    private String stackName;
    private Map<String, String> parameters = Map.of();
    private Path workTree = Path.of(".");
    private String revision;
    private boolean allowDirty;
    private Duration timeout = DEFAULT_TIMEOUT;
    private String imageTag;
    private StackSources sources;
    private Set<String> allowReplace = Set.of();
    private boolean revertDrift;
    private boolean express;

    private Builder(Stack stack) {
      this.stack = stack;
      this.stackName = stack.name();
    }

    public Builder stackName(String name) {
      this.stackName = name;
      return this;
    }

    public Builder parameters(Map<String, String> values) {
      this.parameters = values;
      return this;
    }

    public Builder workTree(Path folder) {
      this.workTree = folder;
      return this;
    }

    public Builder revision(String rev) {
      this.revision = rev;
      return this;
    }

    public Builder allowDirty(boolean allow) {
      this.allowDirty = allow;
      return this;
    }

    public Builder timeout(Duration wait) {
      this.timeout = wait;
      return this;
    }

    public Builder imageTag(String tag) {
      this.imageTag = tag;
      return this;
    }

    public Builder sources(StackSources stackSources) {
      this.sources = stackSources;
      return this;
    }

    public Builder allowReplace(Set<String> logicalIds) {
      this.allowReplace = logicalIds;
      return this;
    }

    public Builder revertDrift(boolean revert) {
      this.revertDrift = revert;
      return this;
    }

    public Builder express(boolean expressMode) {
      this.express = expressMode;
      return this;
    }

    public DeployRequest build() {
      return new DeployRequest(stack, stackName, parameters, workTree, revision, allowDirty, timeout, imageTag,
          sources, allowReplace, revertDrift, express);
    }
  }
}
