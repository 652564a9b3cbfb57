package io.tropo4j.stacks;

import io.tropo4j.core.Tags;
import io.tropo4j.fn.Pseudo;

/** The tags every stack puts on each resource that can carry tags: which application, which stack. */
final class StackTags {
  private StackTags() {}

  static Tags of(String application) {
    return Tags.of("Application", application).and("Stack", Pseudo.STACK_NAME);
  }
}
