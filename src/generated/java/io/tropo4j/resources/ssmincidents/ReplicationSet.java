// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmincidents;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSMIncidents::ReplicationSet</code> resource specifies a set of AWS Regions that
 * Incident Manager data is replicated to and the AWS Key Management Service ( AWS key used to
 * encrypt the data.
 *
 * <p>CloudFormation type {@code AWS::SSMIncidents::ReplicationSet}.
 */
public final class ReplicationSet extends Resource<ReplicationSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ReplicationSet")
      .required("Regions")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Determines if the replication set deletion protection is enabled or not. If deletion protection
   * is enabled, you can't delete the last Region in the replication set.
   *
   * <p>CloudFormation property {@code DeletionProtected}.
   */
  public ReplicationSet deletionProtected(boolean value) {
    return set("DeletionProtected", Value.of(value));
  }

  /** Sets {@code DeletionProtected} to this value; see {@link #deletionProtected(boolean)}. */
  public ReplicationSet deletionProtected(Value<Boolean> value) {
    return set("DeletionProtected", value);
  }

  /**
   * Specifies the Regions of the replication set.
   *
   * <p>Required. CloudFormation property {@code Regions}.
   */
  public ReplicationSet regions(List<ReplicationRegion> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public ReplicationSet regions(Value<List<ReplicationRegion>> value) {
    return set("Regions", value);
  }

  /** Sets {@code Regions} to a list of these; see {@link #regions(List)}. */
  public ReplicationSet regions(ReplicationRegion... values) {
    return set("Regions", Value.list(values));
  }

  /**
   * A list of tags to add to the replication set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the ReplicationSet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>RegionConfiguration</code> property specifies the Region and AWS Key Management
   * Service key to add to the replication set.
   *
   * <p>Property type {@code AWS::SSMIncidents::ReplicationSet.RegionConfiguration}.
   */
  public static final class RegionConfiguration extends Struct<RegionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ReplicationSet.RegionConfiguration")
        .required("SseKmsKeyId")
        .constrain("SseKmsKeyId", Constraint.of().maxLength(2048))
        .build();

    public RegionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service key ID to use to encrypt your replication set.
     *
     * <p>Required. Length: at most 2048 characters. CloudFormation property {@code SseKmsKeyId}.
     */
    public RegionConfiguration sseKmsKeyId(String value) {
      return set("SseKmsKeyId", Value.of(value));
    }

    /** Sets {@code SseKmsKeyId} to this value; see {@link #sseKmsKeyId(String)}. */
    public RegionConfiguration sseKmsKeyId(Value<String> value) {
      return set("SseKmsKeyId", value);
    }
  }

  /**
   * The <code>ReplicationRegion</code> property type specifies the Region and AWS Key Management
   * Service key to add to the replication set.
   *
   * <p>Property type {@code AWS::SSMIncidents::ReplicationSet.ReplicationRegion}.
   */
  public static final class ReplicationRegion extends Struct<ReplicationRegion> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMIncidents::ReplicationSet.ReplicationRegion")
        .constrain("RegionName", Constraint.of().maxLength(20))
        .build();

    public ReplicationRegion() {
      super(SCHEMA);
    }

    /**
     * Specifies the Region configuration.
     *
     * <p>CloudFormation property {@code RegionConfiguration}.
     */
    public ReplicationRegion regionConfiguration(Value<RegionConfiguration> value) {
      return set("RegionConfiguration", value);
    }

    /**
     * Specifies the region name to add to the replication set.
     *
     * <p>Length: at most 20 characters. CloudFormation property {@code RegionName}.
     */
    public ReplicationRegion regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public ReplicationRegion regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }
}
