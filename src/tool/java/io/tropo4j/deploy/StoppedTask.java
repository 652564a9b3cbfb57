package io.tropo4j.deploy;

import java.util.List;

/**
 * An ECS task that stopped, and why: what ECS says, and each container's exit code and reason.
 *
 * @param service the service that ran it, or null for a task run on its own
 * @param stoppedReason ECS's reason, e.g. "Essential container in task exited", or null
 */
public record StoppedTask(String service, String taskId, String stoppedReason, List<ContainerExit> containers) {
  public StoppedTask {
    containers = List.copyOf(containers);
  }

  /**
   * @param exitCode null when the container never ran (its image could not be pulled, say)
   * @param reason ECS's reason for the container, e.g. "CannotPullContainerError: ...", or null
   */
  public record ContainerExit(String name, Integer exitCode, String reason) {}

  /** The reason in one line: ECS's, then each container's exit code or reason. */
  public String reason() {
    StringBuilder text = new StringBuilder(stoppedReason == null ? "stopped" : stoppedReason);
    for (ContainerExit container : containers) {
      if (container.exitCode() == null && container.reason() == null) {
        continue;
      }
      text.append("; container ").append(container.name());
      if (container.exitCode() != null) {
        text.append(" exited with ").append(container.exitCode());
      }
      if (container.reason() != null) {
        text.append(container.exitCode() != null ? ": " : ": ").append(container.reason());
      }
    }
    return text.toString();
  }

  /** The task's ID, the last part of its ARN. */
  public static String taskId(String taskArn) {
    return taskArn.substring(taskArn.lastIndexOf('/') + 1);
  }
}
