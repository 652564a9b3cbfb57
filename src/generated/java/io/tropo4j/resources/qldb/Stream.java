// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qldb;

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
 * The <code>AWS::QLDB::Stream</code> resource specifies a journal stream for a given Amazon Quantum
 * Ledger Database (Amazon QLDB) ledger. The stream captures every document revision that is
 * committed to the ledger's journal and delivers the data to a specified Amazon Kinesis Data
 * Streams resource.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/qldb/latest/developerguide/API_StreamJournalToKinesis.html">StreamJournalToKinesis</a>
 * in the <em>Amazon QLDB API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::QLDB::Stream}.
 */
public final class Stream extends Resource<Stream> {
  private static final Schema SCHEMA = Schema.builder("AWS::QLDB::Stream")
      .required("InclusiveStartTime", "KinesisConfiguration", "LedgerName", "RoleArn", "StreamName")
      .constrain("RoleArn", Constraint.of().pattern("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The exclusive date and time that specifies when the stream ends. If you don't define this
   * parameter, the stream runs indefinitely until you cancel it.
   *
   * <p>The <code>ExclusiveEndTime</code> must be in <code>ISO 8601</code> date and time format and
   * in Universal Coordinated Time (UTC). For example: <code>2019-06-13T21:36:34Z</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExclusiveEndTime}.
   */
  public Stream exclusiveEndTime(String value) {
    return set("ExclusiveEndTime", Value.of(value));
  }

  /** Sets {@code ExclusiveEndTime} to this value; see {@link #exclusiveEndTime(String)}. */
  public Stream exclusiveEndTime(Value<String> value) {
    return set("ExclusiveEndTime", value);
  }

  /**
   * The inclusive start date and time from which to start streaming journal data. This parameter
   * must be in <code>ISO 8601</code> date and time format and in Universal Coordinated Time (UTC).
   * For example: <code>2019-06-13T21:36:34Z</code> .
   *
   * <p>The <code>InclusiveStartTime</code> cannot be in the future and must be before
   * <code>ExclusiveEndTime</code> .
   *
   * <p>If you provide an <code>InclusiveStartTime</code> that is before the ledger's
   * <code>CreationDateTime</code> , QLDB effectively defaults it to the ledger's
   * <code>CreationDateTime</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InclusiveStartTime}.
   */
  public Stream inclusiveStartTime(String value) {
    return set("InclusiveStartTime", Value.of(value));
  }

  /** Sets {@code InclusiveStartTime} to this value; see {@link #inclusiveStartTime(String)}. */
  public Stream inclusiveStartTime(Value<String> value) {
    return set("InclusiveStartTime", value);
  }

  /**
   * The configuration settings of the Kinesis Data Streams destination for your stream request.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * KinesisConfiguration}.
   */
  public Stream kinesisConfiguration(Value<KinesisConfiguration> value) {
    return set("KinesisConfiguration", value);
  }

  /**
   * The name of the ledger.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LedgerName}.
   */
  public Stream ledgerName(String value) {
    return set("LedgerName", Value.of(value));
  }

  /** Sets {@code LedgerName} to this value; see {@link #ledgerName(String)}. */
  public Stream ledgerName(Value<String> value) {
    return set("LedgerName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants QLDB permissions for a journal
   * stream to write data records to a Kinesis Data Streams resource.
   *
   * <p>To pass a role to QLDB when requesting a journal stream, you must have permissions to
   * perform the <code>iam:PassRole</code> action on the IAM role resource. This is required for all
   * journal stream requests.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]*:[0-9]*:[&#92;w+=,.&#64;-]+(/[&#92;w+=,.&#64;-]+)*}.
   * CloudFormation property {@code RoleArn}.
   */
  public Stream roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Stream roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Stream roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The name that you want to assign to the QLDB journal stream. User-defined names can help
   * identify and indicate the purpose of a stream.
   *
   * <p>Your stream name must be unique among other <em>active</em> streams for a given ledger.
   * Stream names have the same naming constraints as ledger names, as defined in <a
   * href="https://docs.aws.amazon.com/qldb/latest/developerguide/limits.html#limits.naming">Quotas
   * in Amazon QLDB</a> in the <em>Amazon QLDB Developer Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StreamName}.
   */
  public Stream streamName(String value) {
    return set("StreamName", Value.of(value));
  }

  /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
  public Stream streamName(Value<String> value) {
    return set("StreamName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
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
   * The Amazon Resource Name (ARN) of the QLDB journal stream. For example:
   * <code>arn:aws:qldb:us-east-1:123456789012:stream/exampleLedger/IiPT4brpZCqCq3f4MTHbYy</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique ID that QLDB assigns to each QLDB journal stream. For example:
   * <code>IiPT4brpZCqCq3f4MTHbYy</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The configuration settings of the Amazon Kinesis Data Streams destination for an Amazon QLDB
   * journal stream.
   *
   * <p>Property type {@code AWS::QLDB::Stream.KinesisConfiguration}.
   */
  public static final class KinesisConfiguration extends Struct<KinesisConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QLDB::Stream.KinesisConfiguration")
        .constrain("StreamArn", Constraint.of().pattern("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*"))
        .references("StreamArn", "AWS::Kinesis::Stream.Arn")
        .build();

    public KinesisConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables QLDB to publish multiple data records in a single Kinesis Data Streams record,
     * increasing the number of records sent per API call.
     *
     * <p>Default: <code>True</code>
     *
     * <p>Record aggregation has important implications for processing records and requires
     * de-aggregation in your stream consumer. To learn more, see <a
     * href="https://docs.aws.amazon.com/streams/latest/dev/kinesis-kpl-concepts.html">KPL Key
     * Concepts</a> and <a
     * href="https://docs.aws.amazon.com/streams/latest/dev/kinesis-kpl-consumer-deaggregation.html">Consumer
     * De-aggregation</a> in the <em>Amazon Kinesis Data Streams Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AggregationEnabled}.
     */
    public KinesisConfiguration aggregationEnabled(boolean value) {
      return set("AggregationEnabled", Value.of(value));
    }

    /** Sets {@code AggregationEnabled} to this value; see {@link #aggregationEnabled(boolean)}. */
    public KinesisConfiguration aggregationEnabled(Value<Boolean> value) {
      return set("AggregationEnabled", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Kinesis Data Streams resource.
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]*:[0-9]*:[&#92;w+=,.&#64;-]+(/[&#92;w+=,.&#64;-]+)*}.
     * CloudFormation property {@code StreamArn}.
     */
    public KinesisConfiguration streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisConfiguration streamArn(Value<String> value) {
      return set("StreamArn", value);
    }

    /**
     * Sets {@code StreamArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
     * #streamArn(String)}.
     */
    public KinesisConfiguration streamArn(io.tropo4j.resources.kinesis.Stream resource) {
      return set("StreamArn", resource.arn());
    }
  }
}
