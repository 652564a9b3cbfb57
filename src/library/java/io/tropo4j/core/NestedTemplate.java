package io.tropo4j.core;

import java.util.Set;

/**
 * A resource that holds a template of its own, as a nested stack ({@code AWS::CloudFormation::Stack})
 * does: the parent's assets include the child's, and validating the parent validates the child.
 */
public interface NestedTemplate {
  /** The logical ID of the resource in the parent. */
  String logicalId();

  Template nestedTemplate();

  /** The child's template as it is uploaded, whose key the parent names. */
  Asset templateAsset();

  /** What is wrong with the child as the parent holds it (it changed after it was given, say), or null. */
  String nestedProblem();

  /** The names of the child's parameters the parent gives a value. */
  Set<String> givenParameters();
}
