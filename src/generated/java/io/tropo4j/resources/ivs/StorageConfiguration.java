// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::StorageConfiguration</code> resource specifies an storage configuration. A
 * storage configuration describes an S3 location where recorded videos will be stored. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/record-to-s3.html">Auto-Record
 * to Amazon S3 (Low-Latency Streaming)</a> in the <em>Amazon IVS Low-Latency Streaming User
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::StorageConfiguration}.
 */
public final class StorageConfiguration extends Resource<StorageConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::StorageConfiguration")
      .required("S3")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StorageConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Storage cnfiguration name.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. CloudFormation property {@code Name}.
   */
  public StorageConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StorageConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An S3 storage configuration contains information about where recorded video will be stored. See
   * the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-storageconfiguration-s3storageconfiguration.html">S3StorageConfiguration</a>
   * property type for more information.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3}.
   */
  public StorageConfiguration s3(Value<S3StorageConfiguration> value) {
    return set("S3", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-storageconfiguration-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StorageConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StorageConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StorageConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The storage-configuration ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:storage-configuration/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The S3StorageConfiguration property type describes an S3 location where recorded videos will be
   * stored.
   *
   * <p>Property type {@code AWS::IVS::StorageConfiguration.S3StorageConfiguration}.
   */
  public static final class S3StorageConfiguration extends Struct<S3StorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::StorageConfiguration.S3StorageConfiguration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("^[a-z0-9-.]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public S3StorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of the S3 bucket where recorded video will be stored.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9-.]+$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * BucketName}.
     */
    public S3StorageConfiguration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3StorageConfiguration bucketName(Value<String> value) {
      return set("BucketName", value);
    }
  }
}
