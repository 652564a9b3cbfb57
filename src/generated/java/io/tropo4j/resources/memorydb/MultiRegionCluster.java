// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a multi-Region cluster.
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::MultiRegionCluster}.
 */
public final class MultiRegionCluster extends Resource<MultiRegionCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::MultiRegionCluster")
      .required("NodeType")
      .constrain("MultiRegionClusterNameSuffix", Constraint.of().pattern("[a-z][a-z0-9\\-]*"))
      .allowed("UpdateStrategy", "COORDINATED", "UNCOORDINATED")
      .refYields("MultiRegionClusterName")
      .attributes("ARN", "MultiRegionClusterName", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MultiRegionCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the multi-Region cluster.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public MultiRegionCluster description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MultiRegionCluster description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the engine used by the multi-Region cluster.
   *
   * <p>CloudFormation property {@code Engine}.
   */
  public MultiRegionCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public MultiRegionCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The version of the engine used by the multi-Region cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineVersion}.
   */
  public MultiRegionCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public MultiRegionCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * A suffix to be added to the Multi-Region cluster name. Amazon MemoryDB automatically applies a
   * prefix to the Multi-Region cluster Name when it is created. Each Amazon Region has its own
   * prefix. For instance, a Multi-Region cluster Name created in the US-West-1 region will begin
   * with "virxk", along with the suffix name you provide. The suffix guarantees uniqueness of the
   * Multi-Region cluster name across multiple regions.
   *
   * <p>Changing it replaces the resource. Pattern: {@code [a-z][a-z0-9&#92;-]*}. CloudFormation
   * property {@code MultiRegionClusterNameSuffix}.
   */
  public MultiRegionCluster multiRegionClusterNameSuffix(String value) {
    return set("MultiRegionClusterNameSuffix", Value.of(value));
  }

  /**
   * Sets {@code MultiRegionClusterNameSuffix} to this value; see {@link
   * #multiRegionClusterNameSuffix(String)}.
   */
  public MultiRegionCluster multiRegionClusterNameSuffix(Value<String> value) {
    return set("MultiRegionClusterNameSuffix", value);
  }

  /**
   * The name of the multi-Region parameter group associated with the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * MultiRegionParameterGroupName}.
   */
  public MultiRegionCluster multiRegionParameterGroupName(String value) {
    return set("MultiRegionParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code MultiRegionParameterGroupName} to this value; see {@link
   * #multiRegionParameterGroupName(String)}.
   */
  public MultiRegionCluster multiRegionParameterGroupName(Value<String> value) {
    return set("MultiRegionParameterGroupName", value);
  }

  /**
   * The node type used by the multi-Region cluster.
   *
   * <p>Required. CloudFormation property {@code NodeType}.
   */
  public MultiRegionCluster nodeType(String value) {
    return set("NodeType", Value.of(value));
  }

  /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
  public MultiRegionCluster nodeType(Value<String> value) {
    return set("NodeType", value);
  }

  /**
   * The number of shards in the multi-Region cluster.
   *
   * <p>CloudFormation property {@code NumShards}.
   */
  public MultiRegionCluster numShards(int value) {
    return set("NumShards", Value.of(value));
  }

  /** Sets {@code NumShards} to this value; see {@link #numShards(int)}. */
  public MultiRegionCluster numShards(Value<Integer> value) {
    return set("NumShards", value);
  }

  /**
   * Indiciates if the multi-Region cluster is TLS enabled.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TLSEnabled}.
   */
  public MultiRegionCluster tlsEnabled(boolean value) {
    return set("TLSEnabled", Value.of(value));
  }

  /** Sets {@code TLSEnabled} to this value; see {@link #tlsEnabled(boolean)}. */
  public MultiRegionCluster tlsEnabled(Value<Boolean> value) {
    return set("TLSEnabled", value);
  }

  /**
   * A list of tags to be applied to the multi-Region cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MultiRegionCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MultiRegionCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MultiRegionCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The strategy to use for the update operation. Supported values are "coordinated" or
   * "uncoordinated".
   *
   * <p>Allowed values: {@code COORDINATED}, {@code UNCOORDINATED}. CloudFormation property {@code
   * UpdateStrategy}.
   */
  public MultiRegionCluster updateStrategy(String value) {
    return set("UpdateStrategy", Value.of(value));
  }

  /** Sets {@code UpdateStrategy} to this value; see {@link #updateStrategy(String)}. */
  public MultiRegionCluster updateStrategy(Value<String> value) {
    return set("UpdateStrategy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the multi-Region cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * The name of the multi-Region cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MultiRegionClusterName}.
   */
  public Value<String> multiRegionClusterName() {
    return getAtt("MultiRegionClusterName");
  }

  /**
   * The current status of the multi-Region cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
