// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalyticsv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Adds an external destination to your SQL-based Amazon Kinesis Data Analytics application.
 *
 * <p>If you want Kinesis Data Analytics to deliver data from an in-application stream within your
 * application to an external destination (such as an Kinesis data stream, a Kinesis Data Firehose
 * delivery stream, or an Amazon Lambda function), you add the relevant configuration to your
 * application using this operation. You can configure one or more outputs for your application.
 * Each output configuration maps an in-application stream and an external destination.
 *
 * <p>You can use one of the output configurations to deliver data from your in-application error
 * stream to an external destination so that you can analyze the errors.
 *
 * <p>Any configuration update, including adding a streaming source using this operation, results in
 * a new version of the application. You can use the <a
 * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DescribeApplication.html">DescribeApplication</a>
 * operation to find the current application version.
 *
 * <p>Creation of multiple outputs should be sequential (use of DependsOn) to avoid a problem with a
 * stale application version ( <em>ConcurrentModificationException</em> ).
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalyticsV2::ApplicationOutput}.
 */
public final class ApplicationOutput extends Resource<ApplicationOutput> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationOutput")
      .required("ApplicationName", "Output")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationOutput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ApplicationName}.
   */
  public ApplicationOutput applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public ApplicationOutput applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Describes a SQL-based Kinesis Data Analytics application's output configuration, in which you
   * identify an in-application stream and a destination where you want the in-application stream
   * data to be written. The destination can be a Kinesis data stream or a Kinesis Data Firehose
   * delivery stream.
   *
   * <p>Required. CloudFormation property {@code Output}.
   */
  public ApplicationOutput output(Value<Output> value) {
    return set("Output", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes the data format when records are written to the destination in a SQL-based Kinesis
   * Data Analytics application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationOutput.DestinationSchema}.
   */
  public static final class DestinationSchema extends Struct<DestinationSchema> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::ApplicationOutput.DestinationSchema");

    public DestinationSchema() {
      super(SCHEMA);
    }

    /**
     * Specifies the format of the records on the output stream.
     *
     * <p>CloudFormation property {@code RecordFormatType}.
     */
    public DestinationSchema recordFormatType(String value) {
      return set("RecordFormatType", Value.of(value));
    }

    /** Sets {@code RecordFormatType} to this value; see {@link #recordFormatType(String)}. */
    public DestinationSchema recordFormatType(Value<String> value) {
      return set("RecordFormatType", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, when configuring application output,
   * identifies a Kinesis Data Firehose delivery stream as the destination. You provide the stream
   * Amazon Resource Name (ARN) of the delivery stream.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisFirehoseOutput}.
   */
  public static final class KinesisFirehoseOutput extends Struct<KinesisFirehoseOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisFirehoseOutput")
        .required("ResourceARN")
        .build();

    public KinesisFirehoseOutput() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination delivery stream to write to.
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public KinesisFirehoseOutput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisFirehoseOutput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * When you configure a SQL-based Kinesis Data Analytics application's output, identifies a
   * Kinesis data stream as the destination. You provide the stream Amazon Resource Name (ARN).
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisStreamsOutput}.
   */
  public static final class KinesisStreamsOutput extends Struct<KinesisStreamsOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisStreamsOutput")
        .required("ResourceARN")
        .build();

    public KinesisStreamsOutput() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination Kinesis data stream to write to.
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public KinesisStreamsOutput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisStreamsOutput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * When you configure a SQL-based Kinesis Data Analytics application's output, identifies an
   * Amazon Lambda function as the destination. You provide the function Amazon Resource Name (ARN)
   * of the Lambda function.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationOutput.LambdaOutput}.
   */
  public static final class LambdaOutput extends Struct<LambdaOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationOutput.LambdaOutput")
        .required("ResourceARN")
        .build();

    public LambdaOutput() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination Lambda function to write to.
     *
     * <p>To specify an earlier version of the Lambda function than the latest, include the Lambda
     * function version in the Lambda function ARN. For more information about Lambda ARNs, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-lambda">Example
     * ARNs: Amazon Lambda</a>
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public LambdaOutput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public LambdaOutput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * Describes a SQL-based Kinesis Data Analytics application's output configuration, in which you
   * identify an in-application stream and a destination where you want the in-application stream
   * data to be written. The destination can be a Kinesis data stream or a Kinesis Data Firehose
   * delivery stream.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationOutput.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationOutput.Output")
        .required("DestinationSchema")
        .build();

    public Output() {
      super(SCHEMA);
    }

    /**
     * Describes the data format when records are written to the destination.
     *
     * <p>Required. CloudFormation property {@code DestinationSchema}.
     */
    public Output destinationSchema(Value<DestinationSchema> value) {
      return set("DestinationSchema", value);
    }

    /**
     * Identifies a Kinesis Data Firehose delivery stream as the destination.
     *
     * <p>CloudFormation property {@code KinesisFirehoseOutput}.
     */
    public Output kinesisFirehoseOutput(Value<KinesisFirehoseOutput> value) {
      return set("KinesisFirehoseOutput", value);
    }

    /**
     * Identifies a Kinesis data stream as the destination.
     *
     * <p>CloudFormation property {@code KinesisStreamsOutput}.
     */
    public Output kinesisStreamsOutput(Value<KinesisStreamsOutput> value) {
      return set("KinesisStreamsOutput", value);
    }

    /**
     * Identifies an Amazon Lambda function as the destination.
     *
     * <p>CloudFormation property {@code LambdaOutput}.
     */
    public Output lambdaOutput(Value<LambdaOutput> value) {
      return set("LambdaOutput", value);
    }

    /**
     * The name of the in-application stream.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Output name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Output name(Value<String> value) {
      return set("Name", value);
    }
  }
}
