package io.tropo4j.deploy;

import java.time.Duration;
import java.util.List;

/**
 * A task to run once on a stack's cluster.
 *
 * @param taskDefinition the logical ID of the stack's task definition, e.g. CommandTaskDefinition
 * @param command the command for its essential container, e.g. [db, upgrade]; empty for its own
 * @param timeout how long to wait for the task to stop before giving up waiting (it goes on)
 */
public record TaskRequest(String stackName, String taskDefinition, List<String> command, Duration timeout) {
  /** The task definition of the ecs-cluster stack that runs application commands. */
  public static final String COMMAND_TASK = "CommandTaskDefinition";

  public TaskRequest {
    command = List.copyOf(command);
  }
}
