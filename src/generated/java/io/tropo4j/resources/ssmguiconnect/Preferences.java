// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmguiconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specify new or changed connection recording preferences for your AWS Systems Manager GUI Connect
 * connections.
 *
 * <p>CloudFormation type {@code AWS::SSMGuiConnect::Preferences}.
 */
public final class Preferences extends Resource<Preferences> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMGuiConnect::Preferences")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public Preferences(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The set of preferences used for recording RDP connections in the requesting AWS account and AWS
   * Region . This includes details such as which S3 bucket recordings are stored in.
   *
   * <p>CloudFormation property {@code ConnectionRecordingPreferences}.
   */
  public Preferences connectionRecordingPreferences(Value<ConnectionRecordingPreferences> value) {
    return set("ConnectionRecordingPreferences", value);
  }

  /**
   * The primary identifier for the AWS CloudFormation resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The set of preferences used for recording RDP connections in the requesting AWS account and AWS
   * Region . This includes details such as which S3 bucket recordings are stored in.
   *
   * <p>Property type {@code AWS::SSMGuiConnect::Preferences.ConnectionRecordingPreferences}.
   */
  public static final class ConnectionRecordingPreferences extends Struct<ConnectionRecordingPreferences> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMGuiConnect::Preferences.ConnectionRecordingPreferences")
        .required("KMSKeyArn", "RecordingDestinations")
        .constrain("KMSKeyArn", Constraint.of().minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public ConnectionRecordingPreferences() {
      super(SCHEMA);
    }

    /**
     * The ARN of a AWS key that is used to encrypt data while it is being processed by the service.
     * This key must exist in the same AWS Region as the node you start an RDP connection to.
     *
     * <p>Required. Length: 1 to 2048 characters. Format: {@code AWS::KMS::Key.Arn}. CloudFormation
     * property {@code KMSKeyArn}.
     */
    public ConnectionRecordingPreferences kmsKeyArn(String value) {
      return set("KMSKeyArn", Value.of(value));
    }

    /** Sets {@code KMSKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public ConnectionRecordingPreferences kmsKeyArn(Value<String> value) {
      return set("KMSKeyArn", value);
    }

    /**
     * Determines where recordings of RDP connections are stored.
     *
     * <p>Required. CloudFormation property {@code RecordingDestinations}.
     */
    public ConnectionRecordingPreferences recordingDestinations(Value<RecordingDestinations> value) {
      return set("RecordingDestinations", value);
    }
  }

  /**
   * Determines where recordings of RDP connections are stored.
   *
   * <p>Property type {@code AWS::SSMGuiConnect::Preferences.RecordingDestinations}.
   */
  public static final class RecordingDestinations extends Struct<RecordingDestinations> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMGuiConnect::Preferences.RecordingDestinations")
        .required("S3Buckets")
        .build();

    public RecordingDestinations() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket where RDP connection recordings are stored.
     *
     * <p>Required. CloudFormation property {@code S3Buckets}.
     */
    public RecordingDestinations s3Buckets(List<S3Bucket> value) {
      return set("S3Buckets", Value.listOf(value));
    }

    /** Sets {@code S3Buckets} to this value; see {@link #s3Buckets(List)}. */
    public RecordingDestinations s3Buckets(Value<List<S3Bucket>> value) {
      return set("S3Buckets", value);
    }

    /** Sets {@code S3Buckets} to a list of these; see {@link #s3Buckets(List)}. */
    public RecordingDestinations s3Buckets(S3Bucket... values) {
      return set("S3Buckets", Value.list(values));
    }
  }

  /**
   * The S3 bucket where RDP connection recordings are stored.
   *
   * <p>Property type {@code AWS::SSMGuiConnect::Preferences.S3Bucket}.
   */
  public static final class S3Bucket extends Struct<S3Bucket> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMGuiConnect::Preferences.S3Bucket")
        .required("BucketName", "BucketOwner")
        .constrain("BucketName", Constraint.of().pattern("(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)").format("AWS::S3::Bucket.Name"))
        .constrain("BucketOwner", Constraint.of().pattern("^[0-9]{12}$"))
        .build();

    public S3Bucket() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where RDP connection recordings are stored.
     *
     * <p>Required. Pattern: {@code
     * (?=^.{3,63}$)(?!^(&#92;d+&#92;.)+&#92;d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])&#92;.)*([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])$)}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Bucket bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Bucket bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The AWS account number that owns the S3 bucket.
     *
     * <p>Required. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code BucketOwner}.
     */
    public S3Bucket bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3Bucket bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }
  }
}
