// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Creates a Kinesis stream that captures and transports data records that are emitted from data
 * sources. For information about creating streams, see <a
 * href="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html">CreateStream</a>
 * in the Amazon Kinesis API Reference.
 *
 * <p>CloudFormation type {@code AWS::Kinesis::Stream}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Stream extends Resource<Stream> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Stream")
      .allowed("DesiredShardLevelMetrics", "IncomingBytes", "IncomingRecords", "OutgoingBytes",
          "OutgoingRecords", "WriteProvisionedThroughputExceeded",
          "ReadProvisionedThroughputExceeded", "IteratorAgeMilliseconds", "ALL")
      .constrain("MaxRecordSizeInKiB", Constraint.of().minimum(1024).maximum(10240))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(128))
      .constrain("RetentionPeriodHours", Constraint.of().minimum(1).maximum(8760))
      .constrain("ShardCount", Constraint.of().minimum(1).maximum(100000))
      .constrain("WarmThroughputMiBps", Constraint.of().minimum(0))
      .refYields("Name")
      .attributes("Arn", "WarmThroughputObject")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of shard-level metrics in properties to enable enhanced monitoring mode.
   *
   * <p>Allowed values: {@code IncomingBytes}, {@code IncomingRecords}, {@code OutgoingBytes},
   * {@code OutgoingRecords}, {@code WriteProvisionedThroughputExceeded}, {@code
   * ReadProvisionedThroughputExceeded}, {@code IteratorAgeMilliseconds}, {@code ALL}.
   * CloudFormation property {@code DesiredShardLevelMetrics}.
   */
  public Stream desiredShardLevelMetrics(List<String> value) {
    return set("DesiredShardLevelMetrics", Value.listOf(value));
  }

  /**
   * Sets {@code DesiredShardLevelMetrics} to this value; see {@link
   * #desiredShardLevelMetrics(List)}.
   */
  public Stream desiredShardLevelMetrics(Value<List<String>> value) {
    return set("DesiredShardLevelMetrics", value);
  }

  /**
   * The maximum record size of a single record in kibibyte (KiB) that you can write to, and read
   * from a stream.
   *
   * <p>Range: 1024 to 10240. CloudFormation property {@code MaxRecordSizeInKiB}.
   */
  public Stream maxRecordSizeInKiB(int value) {
    return set("MaxRecordSizeInKiB", Value.of(value));
  }

  /** Sets {@code MaxRecordSizeInKiB} to this value; see {@link #maxRecordSizeInKiB(int)}. */
  public Stream maxRecordSizeInKiB(Value<Integer> value) {
    return set("MaxRecordSizeInKiB", value);
  }

  /**
   * The name of the Kinesis stream. If you don't specify a name, AWS CloudFormation generates a
   * unique physical ID and uses that ID for the stream name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code Name}.
   */
  public Stream name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Stream name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The number of hours for the data records that are stored in shards to remain accessible. The
   * default value is 24. For more information about the stream retention period, see <a
   * href="https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html">Changing
   * the Data Retention Period</a> in the Amazon Kinesis Developer Guide.
   *
   * <p>Range: 1 to 8760. CloudFormation property {@code RetentionPeriodHours}.
   */
  public Stream retentionPeriodHours(int value) {
    return set("RetentionPeriodHours", Value.of(value));
  }

  /** Sets {@code RetentionPeriodHours} to this value; see {@link #retentionPeriodHours(int)}. */
  public Stream retentionPeriodHours(Value<Integer> value) {
    return set("RetentionPeriodHours", value);
  }

  /**
   * The number of shards that the stream uses. For greater provisioned throughput, increase the
   * number of shards.
   *
   * <p>Range: 1 to 100000. CloudFormation property {@code ShardCount}.
   */
  public Stream shardCount(int value) {
    return set("ShardCount", Value.of(value));
  }

  /** Sets {@code ShardCount} to this value; see {@link #shardCount(int)}. */
  public Stream shardCount(Value<Integer> value) {
    return set("ShardCount", value);
  }

  /**
   * When specified, enables or updates server-side encryption using an AWS KMS key for a specified
   * stream. Removing this property from your stack template and updating your stack disables
   * encryption.
   *
   * <p>CloudFormation property {@code StreamEncryption}.
   */
  public Stream streamEncryption(Value<StreamEncryption> value) {
    return set("StreamEncryption", value);
  }

  /**
   * Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
   * Data Streams, you can choose between an <em>on-demand</em> capacity mode and a
   * <em>provisioned</em> capacity mode for your data streams.
   *
   * <p>CloudFormation property {@code StreamModeDetails}.
   */
  public Stream streamModeDetails(Value<StreamModeDetails> value) {
    return set("StreamModeDetails", value);
  }

  /**
   * An arbitrary set of tags (key–value pairs) to associate with the Kinesis stream. For
   * information about constraints for this property, see <a
   * href="https://docs.aws.amazon.com/streams/latest/dev/tagging.html#tagging-restrictions">Tag
   * Restrictions</a> in the <em>Amazon Kinesis Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The target warm throughput in MB/s that the stream should be scaled to handle. This represents
   * the throughput capacity that will be immediately available for write operations.
   *
   * <p>Range: at least 0. CloudFormation property {@code WarmThroughputMiBps}.
   */
  public Stream warmThroughputMiBps(int value) {
    return set("WarmThroughputMiBps", Value.of(value));
  }

  /** Sets {@code WarmThroughputMiBps} to this value; see {@link #warmThroughputMiBps(int)}. */
  public Stream warmThroughputMiBps(Value<Integer> value) {
    return set("WarmThroughputMiBps", value);
  }

  /**
   * The Amazon resource name (ARN) of the Kinesis stream, such as
   * <code>arn:aws:kinesis:us-east-2:123456789012:stream/mystream</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Warm throughput configuration details for the stream. Only present for ON_DEMAND streams.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WarmThroughputObject}.
   */
  public Value<WarmThroughputObject> warmThroughputObject() {
    return getAtt("WarmThroughputObject");
  }

  /**
   * Enables or updates server-side encryption using an AWS KMS key for a specified stream.
   *
   * <p>When invoking this API, you must use either the <code>StreamARN</code> or the
   * <code>StreamName</code> parameter, or both. It is recommended that you use the
   * <code>StreamARN</code> input parameter when you invoke this API.
   *
   * <p>Starting encryption is an asynchronous operation. Upon receiving the request, Kinesis Data
   * Streams returns immediately and sets the status of the stream to <code>UPDATING</code> . After
   * the update is complete, Kinesis Data Streams sets the status of the stream back to
   * <code>ACTIVE</code> . Updating or applying encryption normally takes a few seconds to complete,
   * but it can take minutes. You can continue to read and write data to your stream while its
   * status is <code>UPDATING</code> . Once the status of the stream is <code>ACTIVE</code> ,
   * encryption begins for records written to the stream.
   *
   * <p>API Limits: You can successfully apply a new AWS KMS key for server-side encryption 25 times
   * in a rolling 24-hour period.
   *
   * <p>Note: It can take up to 5 seconds after the stream is in an <code>ACTIVE</code> status
   * before all records written to the stream are encrypted. After you enable encryption, you can
   * verify that encryption is applied by inspecting the API response from <code>PutRecord</code> or
   * <code>PutRecords</code> .
   *
   * <p>Property type {@code AWS::Kinesis::Stream.StreamEncryption}.
   */
  public static final class StreamEncryption extends Struct<StreamEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Stream.StreamEncryption")
        .required("EncryptionType", "KeyId")
        .allowed("EncryptionType", "KMS")
        .references("KeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .build();

    public StreamEncryption() {
      super(SCHEMA);
    }

    /**
     * The encryption type to use. The only valid value is <code>KMS</code> .
     *
     * <p>Required. Allowed values: {@code KMS}. CloudFormation property {@code EncryptionType}.
     */
    public StreamEncryption encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public StreamEncryption encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The GUID for the customer-managed AWS KMS key to use for encryption. This value can be a
     * globally unique identifier, a fully specified Amazon Resource Name (ARN) to either an alias
     * or a key, or an alias name prefixed by "alias/".You can also use a master key owned by
     * Kinesis Data Streams by specifying the alias <code>aws/kinesis</code> .
     *
     * <ul> <li>Key ARN example:
     * <code>arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012</code>
     * <li>Alias ARN example: <code>arn:aws:kms:us-east-1:123456789012:alias/MyAliasName</code>
     * <li>Globally unique key ID example: <code>12345678-1234-1234-1234-123456789012</code>
     * <li>Alias name example: <code>alias/MyAliasName</code> <li>Master key owned by Kinesis Data
     * Streams: <code>alias/aws/kinesis</code> </ul>
     *
     * <p>Required. CloudFormation property {@code KeyId}.
     */
    public StreamEncryption keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public StreamEncryption keyId(Value<String> value) {
      return set("KeyId", value);
    }

    /** Sets {@code KeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #keyId(String)}. */
    public StreamEncryption keyId(Key resource) {
      return set("KeyId", resource.arn());
    }
  }

  /**
   * Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
   * Data Streams, you can choose between an <em>on-demand</em> capacity mode and a
   * <em>provisioned</em> capacity mode for your data streams.
   *
   * <p>Property type {@code AWS::Kinesis::Stream.StreamModeDetails}.
   */
  public static final class StreamModeDetails extends Struct<StreamModeDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::Stream.StreamModeDetails")
        .required("StreamMode")
        .allowed("StreamMode", "ON_DEMAND", "PROVISIONED")
        .build();

    public StreamModeDetails() {
      super(SCHEMA);
    }

    /**
     * Specifies the capacity mode to which you want to set your data stream. Currently, in Kinesis
     * Data Streams, you can choose between an <em>on-demand</em> capacity mode and a
     * <em>provisioned</em> capacity mode for your data streams.
     *
     * <p>Required. Allowed values: {@code ON_DEMAND}, {@code PROVISIONED}. CloudFormation property
     * {@code StreamMode}.
     */
    public StreamModeDetails streamMode(String value) {
      return set("StreamMode", Value.of(value));
    }

    /** Sets {@code StreamMode} to this value; see {@link #streamMode(String)}. */
    public StreamModeDetails streamMode(Value<String> value) {
      return set("StreamMode", value);
    }
  }

  /**
   * Represents the warm throughput configuration on the stream. This is only present for On-Demand
   * Kinesis Data Streams in accounts that have <code>MinimumThroughputBillingCommitment</code>
   * enabled.
   *
   * <p>Property type {@code AWS::Kinesis::Stream.WarmThroughputObject}.
   */
  public static final class WarmThroughputObject extends Struct<WarmThroughputObject> {
    private static final Schema SCHEMA = Schema.of("AWS::Kinesis::Stream.WarmThroughputObject");

    public WarmThroughputObject() {
      super(SCHEMA);
    }

    /**
     * The current warm throughput value on the stream. This is the write throughput in MiBps that
     * the stream is currently scaled to handle.
     *
     * <p>CloudFormation property {@code CurrentMiBps}.
     */
    public WarmThroughputObject currentMiBps(int value) {
      return set("CurrentMiBps", Value.of(value));
    }

    /** Sets {@code CurrentMiBps} to this value; see {@link #currentMiBps(int)}. */
    public WarmThroughputObject currentMiBps(Value<Integer> value) {
      return set("CurrentMiBps", value);
    }

    /**
     * The target warm throughput value on the stream. This indicates that the stream is currently
     * scaling towards this target value.
     *
     * <p>CloudFormation property {@code TargetMiBps}.
     */
    public WarmThroughputObject targetMiBps(int value) {
      return set("TargetMiBps", Value.of(value));
    }

    /** Sets {@code TargetMiBps} to this value; see {@link #targetMiBps(int)}. */
    public WarmThroughputObject targetMiBps(Value<Integer> value) {
      return set("TargetMiBps", value);
    }
  }
}
