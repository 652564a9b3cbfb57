package io.tropo4j.stacks;

import io.tropo4j.core.Template;

/** One deployable stack: a name users type, and the code that builds its template. */
public interface Stack {
  /** The catalog name, e.g. {@code webapp}; also the file name under output/. */
  String name();

  /** One line for {@code tropo4j list}. */
  String summary();

  Template build();
}
