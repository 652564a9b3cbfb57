package io.tropo4j.deploy;

/**
 * How a command task ended.
 *
 * @param taskId the task's ID, or null when it could not be started
 * @param exitCode its essential container's exit code, or null when the container never ran
 * @param reason why it did not run or stopped early (ECS's words), or null when it ran to its end
 */
public record TaskRun(String taskId, Integer exitCode, String reason) {
  /** The status a command line exits with: the container's, or 1 when it never ran. */
  public int exitStatus() {
    return exitCode == null ? 1 : exitCode;
  }
}
