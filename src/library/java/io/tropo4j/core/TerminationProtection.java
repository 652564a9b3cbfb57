package io.tropo4j.core;

/**
 * Whether the deployer turns on CloudFormation's termination protection for a stack, so that no
 * delete-stack, by anyone, removes it until protection is turned off again.
 */
public enum TerminationProtection {
  /** On when the template holds a resource that holds data (a bucket, a database, a queue, logs). */
  WHEN_IT_HOLDS_DATA,
  /** Always on. */
  ON,
  /** Never set by the deployer: a stack of throwaway resources, or one guarded otherwise. */
  OFF
}
