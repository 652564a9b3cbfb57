package io.tropo4j.core;

/** What CloudFormation does with a resource when it leaves the stack. */
public enum DeletionPolicy {
  DELETE("Delete"),
  RETAIN("Retain"),
  RETAIN_EXCEPT_ON_CREATE("RetainExceptOnCreate"),
  /** Only for types that support snapshots (RDS, EBS volumes, ElastiCache, Redshift, ...). */
  SNAPSHOT("Snapshot");

  private final String text;

  DeletionPolicy(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
