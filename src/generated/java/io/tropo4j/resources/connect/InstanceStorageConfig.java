// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The storage configuration for the instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::InstanceStorageConfig}.
 */
public final class InstanceStorageConfig extends Resource<InstanceStorageConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig")
      .required("InstanceArn", "ResourceType", "StorageType")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .allowed("ResourceType", "CHAT_TRANSCRIPTS", "CALL_RECORDINGS", "SCHEDULED_REPORTS",
          "MEDIA_STREAMS", "CONTACT_TRACE_RECORDS", "AGENT_EVENTS",
          "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS", "ATTACHMENTS", "CONTACT_EVALUATIONS",
          "SCREEN_RECORDINGS", "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
          "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS", "EMAIL_MESSAGES")
      .allowed("StorageType", "S3", "KINESIS_VIDEO_STREAM", "KINESIS_STREAM", "KINESIS_FIREHOSE")
      .attributes("AssociationId")
      .build();

  public InstanceStorageConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public InstanceStorageConfig instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public InstanceStorageConfig instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public InstanceStorageConfig instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The configuration of the Kinesis Firehose delivery stream.
   *
   * <p>CloudFormation property {@code KinesisFirehoseConfig}.
   */
  public InstanceStorageConfig kinesisFirehoseConfig(Value<KinesisFirehoseConfig> value) {
    return set("KinesisFirehoseConfig", value);
  }

  /**
   * The configuration of the Kinesis data stream.
   *
   * <p>CloudFormation property {@code KinesisStreamConfig}.
   */
  public InstanceStorageConfig kinesisStreamConfig(Value<KinesisStreamConfig> value) {
    return set("KinesisStreamConfig", value);
  }

  /**
   * The configuration of the Kinesis video stream.
   *
   * <p>CloudFormation property {@code KinesisVideoStreamConfig}.
   */
  public InstanceStorageConfig kinesisVideoStreamConfig(Value<KinesisVideoStreamConfig> value) {
    return set("KinesisVideoStreamConfig", value);
  }

  /**
   * A valid resource type. Following are the valid resource types: <code>CHAT_TRANSCRIPTS</code> |
   * <code>CALL_RECORDINGS</code> | <code>SCHEDULED_REPORTS</code> | <code>MEDIA_STREAMS</code> |
   * <code>CONTACT_TRACE_RECORDS</code> | <code>AGENT_EVENTS</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CHAT_TRANSCRIPTS},
   * {@code CALL_RECORDINGS}, {@code SCHEDULED_REPORTS}, {@code MEDIA_STREAMS}, {@code
   * CONTACT_TRACE_RECORDS}, {@code AGENT_EVENTS}, {@code REAL_TIME_CONTACT_ANALYSIS_SEGMENTS},
   * {@code ATTACHMENTS}, {@code CONTACT_EVALUATIONS}, {@code SCREEN_RECORDINGS}, {@code
   * REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS}, {@code REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS},
   * {@code EMAIL_MESSAGES}. CloudFormation property {@code ResourceType}.
   */
  public InstanceStorageConfig resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public InstanceStorageConfig resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * The S3 bucket configuration.
   *
   * <p>CloudFormation property {@code S3Config}.
   */
  public InstanceStorageConfig s3Config(Value<S3Config> value) {
    return set("S3Config", value);
  }

  /**
   * A valid storage type.
   *
   * <p>Required. Allowed values: {@code S3}, {@code KINESIS_VIDEO_STREAM}, {@code KINESIS_STREAM},
   * {@code KINESIS_FIREHOSE}. CloudFormation property {@code StorageType}.
   */
  public InstanceStorageConfig storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public InstanceStorageConfig storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * The existing association identifier that uniquely identifies the resource type and storage
   * config for the given instance ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * The encryption configuration.
   *
   * <p>Property type {@code AWS::Connect::InstanceStorageConfig.EncryptionConfig}.
   */
  public static final class EncryptionConfig extends Struct<EncryptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig.EncryptionConfig")
        .required("EncryptionType", "KeyId")
        .allowed("EncryptionType", "KMS")
        .constrain("KeyId", Constraint.of().minLength(1).maxLength(128))
        .build();

    public EncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The type of encryption.
     *
     * <p>Required. Allowed values: {@code KMS}. CloudFormation property {@code EncryptionType}.
     */
    public EncryptionConfig encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionConfig encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The full ARN of the encryption key.
     *
     * <p>Be sure to provide the full ARN of the encryption key, not just the ID. Amazon Connect
     * supports only KMS keys with the default key spec of <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html#key-spec-symmetric-default"><code>SYMMETRIC_DEFAULT</code></a>
     * .
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code KeyId}.
     */
    public EncryptionConfig keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public EncryptionConfig keyId(Value<String> value) {
      return set("KeyId", value);
    }
  }

  /**
   * Configuration information of a Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::Connect::InstanceStorageConfig.KinesisFirehoseConfig}.
   */
  public static final class KinesisFirehoseConfig extends Struct<KinesisFirehoseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig.KinesisFirehoseConfig")
        .required("FirehoseArn")
        .constrain("FirehoseArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:firehose:[-a-z0-9]*:[0-9]{12}:deliverystream/[-a-zA-Z0-9_.]*$"))
        .build();

    public KinesisFirehoseConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the delivery stream.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:firehose:[-a-z0-9]*:[0-9]{12}:deliverystream/[-a-zA-Z0-9_.]*$}.
     * CloudFormation property {@code FirehoseArn}.
     */
    public KinesisFirehoseConfig firehoseArn(String value) {
      return set("FirehoseArn", Value.of(value));
    }

    /** Sets {@code FirehoseArn} to this value; see {@link #firehoseArn(String)}. */
    public KinesisFirehoseConfig firehoseArn(Value<String> value) {
      return set("FirehoseArn", value);
    }
  }

  /**
   * Configuration information of a Kinesis data stream.
   *
   * <p>Property type {@code AWS::Connect::InstanceStorageConfig.KinesisStreamConfig}.
   */
  public static final class KinesisStreamConfig extends Struct<KinesisStreamConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig.KinesisStreamConfig")
        .required("StreamArn")
        .constrain("StreamArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:kinesis:[-a-z0-9]*:[0-9]{12}:stream/[-a-zA-Z0-9_.]*$"))
        .build();

    public KinesisStreamConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the data stream.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:kinesis:[-a-z0-9]*:[0-9]{12}:stream/[-a-zA-Z0-9_.]*$}. CloudFormation
     * property {@code StreamArn}.
     */
    public KinesisStreamConfig streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisStreamConfig streamArn(Value<String> value) {
      return set("StreamArn", value);
    }
  }

  /**
   * Configuration information of a Kinesis video stream.
   *
   * <p>Property type {@code AWS::Connect::InstanceStorageConfig.KinesisVideoStreamConfig}.
   */
  public static final class KinesisVideoStreamConfig extends Struct<KinesisVideoStreamConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig.KinesisVideoStreamConfig")
        .required("EncryptionConfig", "Prefix", "RetentionPeriodHours")
        .constrain("Prefix", Constraint.of().minLength(1).maxLength(128))
        .build();

    public KinesisVideoStreamConfig() {
      super(SCHEMA);
    }

    /**
     * The encryption configuration.
     *
     * <p>Required. CloudFormation property {@code EncryptionConfig}.
     */
    public KinesisVideoStreamConfig encryptionConfig(Value<EncryptionConfig> value) {
      return set("EncryptionConfig", value);
    }

    /**
     * The prefix of the video stream.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Prefix}.
     */
    public KinesisVideoStreamConfig prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public KinesisVideoStreamConfig prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The number of hours data is retained in the stream. Kinesis Video Streams retains the data in
     * a data store that is associated with the stream.
     *
     * <p>The default value is 0, indicating that the stream does not persist data.
     *
     * <p>Required. CloudFormation property {@code RetentionPeriodHours}.
     */
    public KinesisVideoStreamConfig retentionPeriodHours(double value) {
      return set("RetentionPeriodHours", Value.of(value));
    }

    /**
     * Sets {@code RetentionPeriodHours} to this value; see {@link #retentionPeriodHours(double)}.
     */
    public KinesisVideoStreamConfig retentionPeriodHours(Value<Double> value) {
      return set("RetentionPeriodHours", value);
    }
  }

  /**
   * Information about the Amazon Simple Storage Service (Amazon S3) storage type.
   *
   * <p>Property type {@code AWS::Connect::InstanceStorageConfig.S3Config}.
   */
  public static final class S3Config extends Struct<S3Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::InstanceStorageConfig.S3Config")
        .required("BucketName", "BucketPrefix")
        .constrain("BucketName", Constraint.of().minLength(1).maxLength(128).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().minLength(1).maxLength(128))
        .build();

    public S3Config() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket name.
     *
     * <p>Required. Length: 1 to 128 characters. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code BucketName}.
     */
    public S3Config bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Config bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The S3 bucket prefix.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code BucketPrefix}.
     */
    public S3Config bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3Config bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The Amazon S3 encryption configuration.
     *
     * <p>CloudFormation property {@code EncryptionConfig}.
     */
    public S3Config encryptionConfig(Value<EncryptionConfig> value) {
      return set("EncryptionConfig", value);
    }
  }
}
