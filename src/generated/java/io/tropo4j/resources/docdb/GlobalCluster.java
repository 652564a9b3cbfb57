// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::DocDB::GlobalCluster resource represents an Amazon DocumentDB Global Cluster.
 *
 * <p>CloudFormation type {@code AWS::DocDB::GlobalCluster}.
 */
public final class GlobalCluster extends Resource<GlobalCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::GlobalCluster")
      .required("GlobalClusterIdentifier")
      .allowed("Engine", "docdb")
      .constrain("GlobalClusterIdentifier", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("GlobalClusterIdentifier")
      .attributes("GlobalClusterArn", "GlobalClusterResourceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the global cluster has deletion protection enabled. The global cluster can't
   * be deleted when deletion protection is enabled.
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
   * The database engine to use for this global cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code docdb}. Default: {@code "docdb"}.
   * CloudFormation property {@code Engine}.
   */
  public GlobalCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public GlobalCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The engine version to use for this global cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineVersion}.
   */
  public GlobalCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public GlobalCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The cluster identifier of the global cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code GlobalClusterIdentifier}.
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
   * The Amazon Resource Name (ARN) to use as the primary cluster of the global cluster. You may
   * also choose to instead specify the DBClusterIdentifier. If you provide a value for this
   * parameter, don't specify values for the following settings because Amazon DocumentDB uses the
   * values from the specified source DB cluster: Engine, EngineVersion, StorageEncrypted
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
   * Indicates whether the global cluster has storage encryption enabled.
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
   * The tags to be assigned to the Amazon DocumentDB resource.
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

  /**
   * The Amazon Resource Name (ARN) for the global cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GlobalClusterArn}.
   */
  public Value<String> globalClusterArn() {
    return getAtt("GlobalClusterArn");
  }

  /**
   * The AWS Region-unique, immutable identifier for the global database cluster. This identifier is
   * found in AWS CloudTrail log entries whenever the AWS KMS key for the DB cluster is accessed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GlobalClusterResourceId}.
   */
  public Value<String> globalClusterResourceId() {
    return getAtt("GlobalClusterResourceId");
  }
}
