// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Neptune::GlobalCluster
 *
 * <p>CloudFormation type {@code AWS::Neptune::GlobalCluster}.
 */
public final class GlobalCluster extends Resource<GlobalCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::GlobalCluster")
      .allowed("Engine", "neptune")
      .constrain("GlobalClusterIdentifier", Constraint.of().pattern("^[A-Za-z][0-9A-Za-z-:._]*$").minLength(1).maxLength(255))
      .refYields("GlobalClusterIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether deletion protection is enabled.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public GlobalCluster deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public GlobalCluster deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The name of the database engine.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code neptune}. CloudFormation property
   * {@code Engine}.
   */
  public GlobalCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public GlobalCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The version number of the database engine.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public GlobalCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public GlobalCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The cluster identifier of the global database cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[A-Za-z][0-9A-Za-z-:._]*$}. CloudFormation property {@code GlobalClusterIdentifier}.
   */
  public GlobalCluster globalClusterIdentifier(String value) {
    return set("GlobalClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code GlobalClusterIdentifier} to this value; see {@link
   * #globalClusterIdentifier(String)}.
   */
  public GlobalCluster globalClusterIdentifier(Value<String> value) {
    return set("GlobalClusterIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an existing Neptune DB cluster to use as the primary cluster
   * of the new global database.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceDBClusterIdentifier}.
   */
  public GlobalCluster sourceDBClusterIdentifier(String value) {
    return set("SourceDBClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceDBClusterIdentifier} to this value; see {@link
   * #sourceDBClusterIdentifier(String)}.
   */
  public GlobalCluster sourceDBClusterIdentifier(Value<String> value) {
    return set("SourceDBClusterIdentifier", value);
  }

  /**
   * Whether the global database cluster is storage encrypted.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageEncrypted}.
   */
  public GlobalCluster storageEncrypted(boolean value) {
    return set("StorageEncrypted", Value.of(value));
  }

  /** Sets {@code StorageEncrypted} to this value; see {@link #storageEncrypted(boolean)}. */
  public GlobalCluster storageEncrypted(Value<Boolean> value) {
    return set("StorageEncrypted", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GlobalCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GlobalCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GlobalCluster tags(Tags tags) {
    return set("Tags", tags);
  }
}
