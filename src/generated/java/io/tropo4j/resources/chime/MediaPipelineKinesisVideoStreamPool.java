// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for an Amazon Chime SDK Media Pipeline Kinesis Video Stream Pool
 *
 * <p>CloudFormation type {@code AWS::Chime::MediaPipelineKinesisVideoStreamPool}.
 */
public final class MediaPipelineKinesisVideoStreamPool extends Resource<MediaPipelineKinesisVideoStreamPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaPipelineKinesisVideoStreamPool")
      .required("PoolName", "StreamConfiguration")
      .constrain("PoolName", Constraint.of().pattern("^[0-9a-zA-Z._-]+$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedTimestamp", "PoolId", "PoolStatus", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MediaPipelineKinesisVideoStreamPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Kinesis Video Stream Pool.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[0-9a-zA-Z._-]+$}. CloudFormation property {@code PoolName}.
   */
  public MediaPipelineKinesisVideoStreamPool poolName(String value) {
    return set("PoolName", Value.of(value));
  }

  /** Sets {@code PoolName} to this value; see {@link #poolName(String)}. */
  public MediaPipelineKinesisVideoStreamPool poolName(Value<String> value) {
    return set("PoolName", value);
  }

  /**
   * The configuration settings for the Kinesis video stream.
   *
   * <p>Required. CloudFormation property {@code StreamConfiguration}.
   */
  public MediaPipelineKinesisVideoStreamPool streamConfiguration(Value<StreamConfiguration> value) {
    return set("StreamConfiguration", value);
  }

  /**
   * The tags associated with the Kinesis Video Stream Pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MediaPipelineKinesisVideoStreamPool tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MediaPipelineKinesisVideoStreamPool tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public MediaPipelineKinesisVideoStreamPool tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MediaPipelineKinesisVideoStreamPool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Kinesis Video Stream Pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the Kinesis Video Stream Pool was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The unique identifier of the Kinesis Video Stream Pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolId}.
   */
  public Value<String> poolId() {
    return getAtt("PoolId");
  }

  /**
   * The status of the Kinesis Video Stream Pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolStatus}.
   */
  public Value<String> poolStatus() {
    return getAtt("PoolStatus");
  }

  /**
   * The time at which the Kinesis Video Stream Pool was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * The configuration settings for the Kinesis video stream.
   *
   * <p>Property type {@code AWS::Chime::MediaPipelineKinesisVideoStreamPool.StreamConfiguration}.
   */
  public static final class StreamConfiguration extends Struct<StreamConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaPipelineKinesisVideoStreamPool.StreamConfiguration")
        .required("Region")
        .constrain("DataRetentionInHours", Constraint.of().minimum(0))
        .constrain("Region", Constraint.of().pattern("^([a-z]+-){2,}\\d+$").minLength(1).maxLength(32))
        .build();

    public StreamConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of time that data is retained, in hours.
     *
     * <p>Range: at least 0. CloudFormation property {@code DataRetentionInHours}.
     */
    public StreamConfiguration dataRetentionInHours(int value) {
      return set("DataRetentionInHours", Value.of(value));
    }

    /** Sets {@code DataRetentionInHours} to this value; see {@link #dataRetentionInHours(int)}. */
    public StreamConfiguration dataRetentionInHours(Value<Integer> value) {
      return set("DataRetentionInHours", value);
    }

    /**
     * The AWS Region of the video stream.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
     * ^([a-z]+-){2,}&#92;d+$}. CloudFormation property {@code Region}.
     */
    public StreamConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public StreamConfiguration region(Value<String> value) {
      return set("Region", value);
    }
  }

  /** Property type {@code AWS::Chime::MediaPipelineKinesisVideoStreamPool.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::MediaPipelineKinesisVideoStreamPool.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
