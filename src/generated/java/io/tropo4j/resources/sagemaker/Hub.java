// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::SageMaker::Hub
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Hub}.
 */
public final class Hub extends Resource<Hub> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Hub")
      .required("HubDescription", "HubName")
      .constrain("HubDescription", Constraint.of().pattern(".*").minLength(0).maxLength(1023))
      .constrain("HubDisplayName", Constraint.of().pattern(".*").minLength(0).maxLength(255))
      .constrain("HubName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(0).maxLength(63))
      .constrain("HubSearchKeywords", Constraint.of().pattern("^[^A-Z]*$").minLength(0).maxLength(255))
      .refYields("HubArn")
      .attributes("CreationTime", "HubArn", "HubStatus", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Hub(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the hub.
   *
   * <p>Required. Length: 0 to 1023 characters. Pattern: {@code .*}. CloudFormation property {@code
   * HubDescription}.
   */
  public Hub hubDescription(String value) {
    return set("HubDescription", Value.of(value));
  }

  /** Sets {@code HubDescription} to this value; see {@link #hubDescription(String)}. */
  public Hub hubDescription(Value<String> value) {
    return set("HubDescription", value);
  }

  /**
   * The display name of the hub.
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code .*}. CloudFormation property {@code
   * HubDisplayName}.
   */
  public Hub hubDisplayName(String value) {
    return set("HubDisplayName", Value.of(value));
  }

  /** Sets {@code HubDisplayName} to this value; see {@link #hubDisplayName(String)}. */
  public Hub hubDisplayName(Value<String> value) {
    return set("HubDisplayName", value);
  }

  /**
   * The name of the hub.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code HubName}.
   */
  public Hub hubName(String value) {
    return set("HubName", Value.of(value));
  }

  /** Sets {@code HubName} to this value; see {@link #hubName(String)}. */
  public Hub hubName(Value<String> value) {
    return set("HubName", value);
  }

  /**
   * The searchable keywords for the hub.
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code ^[^A-Z]*$}. CloudFormation property {@code
   * HubSearchKeywords}.
   */
  public Hub hubSearchKeywords(List<String> value) {
    return set("HubSearchKeywords", Value.listOf(value));
  }

  /** Sets {@code HubSearchKeywords} to this value; see {@link #hubSearchKeywords(List)}. */
  public Hub hubSearchKeywords(Value<List<String>> value) {
    return set("HubSearchKeywords", value);
  }

  /**
   * The Amazon S3 storage configuration for the hub.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code S3StorageConfig}.
   */
  public Hub s3StorageConfig(Value<S3StorageConfig> value) {
    return set("S3StorageConfig", value);
  }

  /**
   * Tags to associate with the hub.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Hub tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Hub tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Hub tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The date and time that the hub was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the hub.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HubArn}.
   */
  public Value<String> hubArn() {
    return getAtt("HubArn");
  }

  /**
   * The status of the hub.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HubStatus}.
   */
  public Value<String> hubStatus() {
    return getAtt("HubStatus");
  }

  /**
   * The date and time that the hub was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon S3 storage configuration for the hub.
   *
   * <p>Property type {@code AWS::SageMaker::Hub.S3StorageConfig}.
   */
  public static final class S3StorageConfig extends Struct<S3StorageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Hub.S3StorageConfig")
        .constrain("S3OutputPath", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public S3StorageConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket prefix for hosting hub content.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3OutputPath}.
     */
    public S3StorageConfig s3OutputPath(String value) {
      return set("S3OutputPath", Value.of(value));
    }

    /** Sets {@code S3OutputPath} to this value; see {@link #s3OutputPath(String)}. */
    public S3StorageConfig s3OutputPath(Value<String> value) {
      return set("S3OutputPath", value);
    }
  }
}
