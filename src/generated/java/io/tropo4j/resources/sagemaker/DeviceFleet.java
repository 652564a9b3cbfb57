// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::SageMaker::DeviceFleet</code> resource is an Amazon SageMaker resource type that
 * allows you to create a DeviceFleet that manages your SageMaker Edge Manager Devices. You must
 * register your devices against the <code>DeviceFleet</code> separately.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::DeviceFleet}.
 */
public final class DeviceFleet extends Resource<DeviceFleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DeviceFleet")
      .required("DeviceFleetName", "OutputConfig", "RoleArn")
      .constrain("Description", Constraint.of().pattern("[\\S\\s]+").minLength(0).maxLength(800))
      .constrain("DeviceFleetName", Constraint.of().pattern("^[a-zA-Z0-9](-*_*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("DeviceFleetName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeviceFleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the fleet.
   *
   * <p>Length: 0 to 800 characters. Pattern: {@code [&#92;S&#92;s]+}. CloudFormation property
   * {@code Description}.
   */
  public DeviceFleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DeviceFleet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name of the device fleet.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*_*[a-zA-Z0-9])*$}. CloudFormation property {@code DeviceFleetName}.
   */
  public DeviceFleet deviceFleetName(String value) {
    return set("DeviceFleetName", Value.of(value));
  }

  /** Sets {@code DeviceFleetName} to this value; see {@link #deviceFleetName(String)}. */
  public DeviceFleet deviceFleetName(Value<String> value) {
    return set("DeviceFleetName", value);
  }

  /**
   * The output configuration for storing sample data collected by the fleet.
   *
   * <p>Required. CloudFormation property {@code OutputConfig}.
   */
  public DeviceFleet outputConfig(Value<EdgeOutputConfig> value) {
    return set("OutputConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) that has access to AWS Internet of Things (IoT).
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DeviceFleet roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DeviceFleet roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public DeviceFleet roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * An array of key-value pairs that contain metadata to help you categorize and organize your
   * device fleets. Each tag consists of a key and a value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeviceFleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeviceFleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeviceFleet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The output configuration for storing sample data collected by the fleet.
   *
   * <p>Property type {@code AWS::SageMaker::DeviceFleet.EdgeOutputConfig}.
   */
  public static final class EdgeOutputConfig extends Struct<EdgeOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::DeviceFleet.EdgeOutputConfig")
        .required("S3OutputLocation")
        .constrain("S3OutputLocation", Constraint.of().pattern("^s3://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public EdgeOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt data on
     * the storage volume after compilation job. If you don't provide a KMS key ID, Amazon SageMaker
     * uses the default KMS key for Amazon S3 for your role's account.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EdgeOutputConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EdgeOutputConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The Amazon Simple Storage (S3) bucket URI.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^s3://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3OutputLocation}.
     */
    public EdgeOutputConfig s3OutputLocation(String value) {
      return set("S3OutputLocation", Value.of(value));
    }

    /** Sets {@code S3OutputLocation} to this value; see {@link #s3OutputLocation(String)}. */
    public EdgeOutputConfig s3OutputLocation(Value<String> value) {
      return set("S3OutputLocation", value);
    }
  }
}
