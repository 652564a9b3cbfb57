// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Adds an external destination to your Amazon Kinesis Analytics application.
 *
 * <p>If you want Amazon Kinesis Analytics to deliver data from an in-application stream within your
 * application to an external destination (such as an Amazon Kinesis stream, an Amazon Kinesis
 * Firehose delivery stream, or an Amazon Lambda function), you add the relevant configuration to
 * your application using this operation. You can configure one or more outputs for your
 * application. Each output configuration maps an in-application stream and an external destination.
 *
 * <p>You can use one of the output configurations to deliver data from your in-application error
 * stream to an external destination so that you can analyze the errors. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output.html">Understanding
 * Application Output (Destination)</a> .
 *
 * <p>Any configuration update, including adding a streaming source using this operation, results in
 * a new version of the application. You can use the <code>DescribeApplication</code> operation to
 * find the current application version.
 *
 * <p>For the limits on the number of application inputs and outputs you can configure, see <a
 * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/limits.html">Limits</a> .
 *
 * <p>This operation requires permissions to perform the
 * <code>kinesisanalytics:AddApplicationOutput</code> action.
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalytics::ApplicationOutput}.
 */
public final class ApplicationOutput extends Resource<ApplicationOutput> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationOutput")
      .required("ApplicationName", "Output")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationOutput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of the application to which you want to add the output configuration.
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
   * An array of objects, each describing one output configuration. In the output configuration, you
   * specify the name of an in-application stream, a destination (that is, an Amazon Kinesis stream,
   * an Amazon Kinesis Firehose delivery stream, or an AWS Lambda function), and record the
   * formation to use when writing to the destination.
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
   * Describes the data format when records are written to the destination. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output.html">Configuring
   * Application Output</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationOutput.DestinationSchema}.
   */
  public static final class DestinationSchema extends Struct<DestinationSchema> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalytics::ApplicationOutput.DestinationSchema");

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
   * When configuring application output, identifies an Amazon Kinesis Firehose delivery stream as
   * the destination. You provide the stream Amazon Resource Name (ARN) and an IAM role that enables
   * Amazon Kinesis Analytics to write to the stream on your behalf.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationOutput.KinesisFirehoseOutput}.
   */
  public static final class KinesisFirehoseOutput extends Struct<KinesisFirehoseOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationOutput.KinesisFirehoseOutput")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisFirehoseOutput() {
      super(SCHEMA);
    }

    /**
     * ARN of the destination Amazon Kinesis Firehose delivery stream to write to.
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

    /**
     * ARN of the IAM role that Amazon Kinesis Analytics can assume to write to the destination
     * stream on your behalf. You need to grant the necessary permissions to this role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public KinesisFirehoseOutput roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public KinesisFirehoseOutput roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * When configuring application output, identifies an Amazon Kinesis stream as the destination.
   * You provide the stream Amazon Resource Name (ARN) and also an IAM role ARN that Amazon Kinesis
   * Analytics can use to write to the stream on your behalf.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationOutput.KinesisStreamsOutput}.
   */
  public static final class KinesisStreamsOutput extends Struct<KinesisStreamsOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationOutput.KinesisStreamsOutput")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisStreamsOutput() {
      super(SCHEMA);
    }

    /**
     * ARN of the destination Amazon Kinesis stream to write to.
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

    /**
     * ARN of the IAM role that Amazon Kinesis Analytics can assume to write to the destination
     * stream on your behalf. You need to grant the necessary permissions to this role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public KinesisStreamsOutput roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public KinesisStreamsOutput roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * When configuring application output, identifies an AWS Lambda function as the destination. You
   * provide the function Amazon Resource Name (ARN) and also an IAM role ARN that Amazon Kinesis
   * Analytics can use to write to the function on your behalf.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationOutput.LambdaOutput}.
   */
  public static final class LambdaOutput extends Struct<LambdaOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationOutput.LambdaOutput")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public LambdaOutput() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) of the destination Lambda function to write to.
     *
     * <p>To specify an earlier version of the Lambda function than the latest, include the Lambda
     * function version in the Lambda function ARN. For more information about Lambda ARNs, see <a
     * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-lambda">Example
     * ARNs: AWS Lambda</a>
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

    /**
     * ARN of the IAM role that Amazon Kinesis Analytics can assume to write to the destination
     * function on your behalf. You need to grant the necessary permissions to this role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public LambdaOutput roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public LambdaOutput roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * Describes application output configuration in which you identify an in-application stream and a
   * destination where you want the in-application stream data to be written. The destination can be
   * an Amazon Kinesis stream or an Amazon Kinesis Firehose delivery stream.
   *
   * <p>For limits on how many destinations an application can write and other limitations, see <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/limits.html">Limits</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationOutput.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationOutput.Output")
        .required("DestinationSchema")
        .build();

    public Output() {
      super(SCHEMA);
    }

    /**
     * Describes the data format when records are written to the destination. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output.html">Configuring
     * Application Output</a> .
     *
     * <p>Required. CloudFormation property {@code DestinationSchema}.
     */
    public Output destinationSchema(Value<DestinationSchema> value) {
      return set("DestinationSchema", value);
    }

    /**
     * Identifies an Amazon Kinesis Firehose delivery stream as the destination.
     *
     * <p>CloudFormation property {@code KinesisFirehoseOutput}.
     */
    public Output kinesisFirehoseOutput(Value<KinesisFirehoseOutput> value) {
      return set("KinesisFirehoseOutput", value);
    }

    /**
     * Identifies an Amazon Kinesis stream as the destination.
     *
     * <p>CloudFormation property {@code KinesisStreamsOutput}.
     */
    public Output kinesisStreamsOutput(Value<KinesisStreamsOutput> value) {
      return set("KinesisStreamsOutput", value);
    }

    /**
     * Identifies an AWS Lambda function as the destination.
     *
     * <p>CloudFormation property {@code LambdaOutput}.
     */
    public Output lambdaOutput(Value<LambdaOutput> value) {
      return set("LambdaOutput", value);
    }

    /**
     * Name of the in-application stream.
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
