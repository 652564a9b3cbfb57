package io.tropo4j.core;

import java.util.Optional;

/** One deployable stack: a name users type, and the code that builds its template. */
public interface Stack {
  /** The catalog name, e.g. {@code webapp}; also the file name under output/. */
  String name();

  /** One line for {@code tropo4j list}. */
  String summary();

  Template build();

  /** The application source the deployer bundles and uploads for this stack, if it has any. */
  default Optional<SourceDirectory> source() {
    return Optional.empty();
  }

  /** The files the deployer publishes into a bucket of this stack, if it serves any. */
  default Optional<StaticFiles> staticFiles() {
    return Optional.empty();
  }

  /** The container image from ECR the stack runs, which a release names by tag, if it runs one. */
  default Optional<ContainerImage> containerImage() {
    return Optional.empty();
  }

  /**
   * Whether the deployer protects the stack from deletion; by default, when its template holds data.
   * Deleting a protected stack then takes an explicit force, which turns protection off first.
   */
  default TerminationProtection terminationProtection() {
    return TerminationProtection.WHEN_IT_HOLDS_DATA;
  }
}
