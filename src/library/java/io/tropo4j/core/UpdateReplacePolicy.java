package io.tropo4j.core;

/** What CloudFormation does with the old physical resource when an update replaces it. */
public enum UpdateReplacePolicy {
  DELETE("Delete"),
  RETAIN("Retain"),
  /** Only for types that support snapshots (RDS, EBS volumes, ElastiCache, Redshift, ...). */
  SNAPSHOT("Snapshot");

  private final String text;

  UpdateReplacePolicy(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
