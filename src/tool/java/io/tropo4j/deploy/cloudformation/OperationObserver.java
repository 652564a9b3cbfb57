package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.ResourceEvent;
import java.util.Optional;

/**
 * What else to look at while a stack operation runs (its ECS services, say): told each event, asked
 * to look once a poll, and asked for a better explanation of a failure than CloudFormation's. Internal.
 */
public interface OperationObserver {
  OperationObserver NONE = new OperationObserver() {};

  default void event(ResourceEvent event) {}

  default void look() {}

  /** A failure of its own that explains the stack's better, if any. */
  default Optional<String> failure() {
    return Optional.empty();
  }

  /** A detail for a wait that timed out, e.g. the last task that stopped; empty if none. */
  default Optional<String> lastWords() {
    return Optional.empty();
  }
}
