package io.tropo4j.deploy;

import java.util.List;
import java.util.Optional;

/**
 * A deploy that cannot go on. The message is one sentence of fact, never a stack trace; the stack,
 * its status and the {@link NextStep} are there for the caller to word advice. Subclasses carry what
 * their kind of failure needs: {@link AwsCallException}, {@link StoppedException},
 * {@link ImageMissingException}, {@link NameTakenException}.
 */
public class DeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String stackName;
  private final String status;
  private final NextStep next;
  private final List<String> parameters;

  public DeployException(String message) {
    this(message, null, null, NextStep.NONE);
  }

  public DeployException(String message, Throwable cause) {
    super(message, cause);
    this.stackName = null;
    this.status = null;
    this.next = NextStep.NONE;
    this.parameters = List.of();
  }

  /**
   * @param stackName the stack the failure is about, or null
   * @param status the stack's status as CloudFormation has it, or null
   */
  public DeployException(String message, String stackName, String status, NextStep next) {
    this(message, stackName, status, next, List.of());
  }

  protected DeployException(String message, String stackName, String status, NextStep next, List<String> parameters) {
    super(message);
    this.stackName = stackName;
    this.status = status;
    this.next = next;
    this.parameters = List.copyOf(parameters);
  }

  /** The stack needs values for these parameters, which have no default and no previous value. */
  public static DeployException missingValues(String stackName, List<String> parameters) {
    return new DeployException("stack " + stackName + " needs a value for " + String.join(", ", parameters),
        stackName, null, NextStep.GIVE_VALUES, parameters);
  }

  public Optional<String> stackName() {
    return Optional.ofNullable(stackName);
  }

  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  public NextStep next() {
    return next;
  }

  /** The parameters that need a value, for {@link NextStep#GIVE_VALUES}; empty otherwise. */
  public List<String> parameters() {
    return parameters;
  }
}
