// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::KinesisAnalytics::Application</code> resource creates an Amazon Kinesis Data
 * Analytics application. For more information, see the <a
 * href="https://docs.aws.amazon.com//kinesisanalytics/latest/dev/what-is.html">Amazon Kinesis Data
 * Analytics Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalytics::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application")
      .required("Inputs")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more SQL statements that read input data, transform it, and generate output. For
   * example, you can write a SQL statement that reads data from one in-application stream,
   * generates a running average of the number of advertisement clicks by vendor, and insert
   * resulting rows in another in-application stream using pumps. For more information about the
   * typical pattern, see <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-app-code.html">Application
   * Code</a> .
   *
   * <p>You can provide such series of SQL statements, where output of one statement can be used as
   * the input for the next statement. You store intermediate results by creating in-application
   * streams and pumps.
   *
   * <p>Note that the application code must create the streams with names specified in the
   * <code>Outputs</code> . For example, if your <code>Outputs</code> defines output streams named
   * <code>ExampleOutputStream1</code> and <code>ExampleOutputStream2</code> , then your application
   * code must create these streams.
   *
   * <p>CloudFormation property {@code ApplicationCode}.
   */
  public Application applicationCode(String value) {
    return set("ApplicationCode", Value.of(value));
  }

  /** Sets {@code ApplicationCode} to this value; see {@link #applicationCode(String)}. */
  public Application applicationCode(Value<String> value) {
    return set("ApplicationCode", value);
  }

  /**
   * Summary description of the application.
   *
   * <p>CloudFormation property {@code ApplicationDescription}.
   */
  public Application applicationDescription(String value) {
    return set("ApplicationDescription", Value.of(value));
  }

  /**
   * Sets {@code ApplicationDescription} to this value; see {@link #applicationDescription(String)}.
   */
  public Application applicationDescription(Value<String> value) {
    return set("ApplicationDescription", value);
  }

  /**
   * Name of your Amazon Kinesis Analytics application (for example, <code>sample-app</code> ).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ApplicationName}.
   */
  public Application applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Application applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Use this parameter to configure the application input.
   *
   * <p>You can configure your application to receive input from a single streaming source. In this
   * configuration, you map this streaming source to an in-application stream that is created. Your
   * application code can then query the in-application stream like a table (you can think of it as
   * a constantly updating table).
   *
   * <p>For the streaming source, you provide its Amazon Resource Name (ARN) and format of data on
   * the stream (for example, JSON, CSV, etc.). You also must provide an IAM role that Amazon
   * Kinesis Analytics can assume to read this stream on your behalf.
   *
   * <p>To create the in-application stream, you need to specify a schema to transform your data
   * into a schematized version used in SQL. In the schema, you provide the necessary mapping of the
   * data elements in the streaming source to record columns in the in-app stream.
   *
   * <p>Required. CloudFormation property {@code Inputs}.
   */
  public Application inputs(List<Input> value) {
    return set("Inputs", Value.listOf(value));
  }

  /** Sets {@code Inputs} to this value; see {@link #inputs(List)}. */
  public Application inputs(Value<List<Input>> value) {
    return set("Inputs", value);
  }

  /** Sets {@code Inputs} to a list of these; see {@link #inputs(List)}. */
  public Application inputs(Input... values) {
    return set("Inputs", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Provides additional mapping information when the record format uses delimiters, such as CSV.
   * For example, the following sample records use CSV format, where the records use the
   * <em>'&#92;n'</em> as the row delimiter and a comma (",") as the column delimiter:
   *
   * <p><code>"name1", "address1"</code>
   *
   * <p><code>"name2", "address2"</code>
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.CSVMappingParameters}.
   */
  public static final class CSVMappingParameters extends Struct<CSVMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.CSVMappingParameters")
        .required("RecordColumnDelimiter", "RecordRowDelimiter")
        .build();

    public CSVMappingParameters() {
      super(SCHEMA);
    }

    /**
     * Column delimiter. For example, in a CSV format, a comma (",") is the typical column
     * delimiter.
     *
     * <p>Required. CloudFormation property {@code RecordColumnDelimiter}.
     */
    public CSVMappingParameters recordColumnDelimiter(String value) {
      return set("RecordColumnDelimiter", Value.of(value));
    }

    /**
     * Sets {@code RecordColumnDelimiter} to this value; see {@link #recordColumnDelimiter(String)}.
     */
    public CSVMappingParameters recordColumnDelimiter(Value<String> value) {
      return set("RecordColumnDelimiter", value);
    }

    /**
     * Row delimiter. For example, in a CSV format, <em>'&#92;n'</em> is the typical row delimiter.
     *
     * <p>Required. CloudFormation property {@code RecordRowDelimiter}.
     */
    public CSVMappingParameters recordRowDelimiter(String value) {
      return set("RecordRowDelimiter", Value.of(value));
    }

    /** Sets {@code RecordRowDelimiter} to this value; see {@link #recordRowDelimiter(String)}. */
    public CSVMappingParameters recordRowDelimiter(Value<String> value) {
      return set("RecordRowDelimiter", value);
    }
  }

  /**
   * When you configure the application input, you specify the streaming source, the in-application
   * stream name that is created, and the mapping between the two. For more information, see <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-input.html">Configuring
   * Application Input</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.Input}.
   */
  public static final class Input extends Struct<Input> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.Input")
        .required("InputSchema", "NamePrefix")
        .build();

    public Input() {
      super(SCHEMA);
    }

    /**
     * Describes the number of in-application streams to create.
     *
     * <p>Data from your source is routed to these in-application input streams.
     *
     * <p>See <a
     * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-input.html">Configuring
     * Application Input</a> .
     *
     * <p>CloudFormation property {@code InputParallelism}.
     */
    public Input inputParallelism(Value<InputParallelism> value) {
      return set("InputParallelism", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisanalytics-application-inputprocessingconfiguration.html">InputProcessingConfiguration</a>
     * for the input. An input processor transforms records as they are received from the stream,
     * before the application's SQL code executes. Currently, the only input processing
     * configuration available is <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisanalytics-application-inputlambdaprocessor.html">InputLambdaProcessor</a>
     * .
     *
     * <p>CloudFormation property {@code InputProcessingConfiguration}.
     */
    public Input inputProcessingConfiguration(Value<InputProcessingConfiguration> value) {
      return set("InputProcessingConfiguration", value);
    }

    /**
     * Describes the format of the data in the streaming source, and how each data element maps to
     * corresponding columns in the in-application stream that is being created.
     *
     * <p>Also used to describe the format of the reference data source.
     *
     * <p>Required. CloudFormation property {@code InputSchema}.
     */
    public Input inputSchema(Value<InputSchema> value) {
      return set("InputSchema", value);
    }

    /**
     * If the streaming source is an Amazon Kinesis Firehose delivery stream, identifies the
     * delivery stream's ARN and an IAM role that enables Amazon Kinesis Analytics to access the
     * stream on your behalf.
     *
     * <p>Note: Either <code>KinesisStreamsInput</code> or <code>KinesisFirehoseInput</code> is
     * required.
     *
     * <p>CloudFormation property {@code KinesisFirehoseInput}.
     */
    public Input kinesisFirehoseInput(Value<KinesisFirehoseInput> value) {
      return set("KinesisFirehoseInput", value);
    }

    /**
     * If the streaming source is an Amazon Kinesis stream, identifies the stream's Amazon Resource
     * Name (ARN) and an IAM role that enables Amazon Kinesis Analytics to access the stream on your
     * behalf.
     *
     * <p>Note: Either <code>KinesisStreamsInput</code> or <code>KinesisFirehoseInput</code> is
     * required.
     *
     * <p>CloudFormation property {@code KinesisStreamsInput}.
     */
    public Input kinesisStreamsInput(Value<KinesisStreamsInput> value) {
      return set("KinesisStreamsInput", value);
    }

    /**
     * Name prefix to use when creating an in-application stream. Suppose that you specify a prefix
     * "MyInApplicationStream." Amazon Kinesis Analytics then creates one or more (as per the
     * <code>InputParallelism</code> count you specified) in-application streams with names
     * "MyInApplicationStream_001," "MyInApplicationStream_002," and so on.
     *
     * <p>Required. CloudFormation property {@code NamePrefix}.
     */
    public Input namePrefix(String value) {
      return set("NamePrefix", Value.of(value));
    }

    /** Sets {@code NamePrefix} to this value; see {@link #namePrefix(String)}. */
    public Input namePrefix(Value<String> value) {
      return set("NamePrefix", value);
    }
  }

  /**
   * An object that contains the Amazon Resource Name (ARN) of the <a
   * href="https://docs.aws.amazon.com/lambda/">AWS Lambda</a> function that is used to preprocess
   * records in the stream, and the ARN of the IAM role that is used to access the AWS Lambda
   * function.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.InputLambdaProcessor}.
   */
  public static final class InputLambdaProcessor extends Struct<InputLambdaProcessor> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.InputLambdaProcessor")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public InputLambdaProcessor() {
      super(SCHEMA);
    }

    /**
     * The ARN of the <a href="https://docs.aws.amazon.com/lambda/">AWS Lambda</a> function that
     * operates on records in the stream.
     *
     * <p>To specify an earlier version of the Lambda function than the latest, include the Lambda
     * function version in the Lambda function ARN. For more information about Lambda ARNs, see <a
     * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-lambda">Example
     * ARNs: AWS Lambda</a>
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public InputLambdaProcessor resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public InputLambdaProcessor resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * The ARN of the IAM role that is used to access the AWS Lambda function.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public InputLambdaProcessor roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public InputLambdaProcessor roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * Describes the number of in-application streams to create for a given streaming source. For
   * information about parallelism, see <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-input.html">Configuring
   * Application Input</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.InputParallelism}.
   */
  public static final class InputParallelism extends Struct<InputParallelism> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalytics::Application.InputParallelism");

    public InputParallelism() {
      super(SCHEMA);
    }

    /**
     * Number of in-application streams to create. For more information, see <a
     * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/limits.html">Limits</a> .
     *
     * <p>CloudFormation property {@code Count}.
     */
    public InputParallelism count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public InputParallelism count(Value<Integer> value) {
      return set("Count", value);
    }
  }

  /**
   * Provides a description of a processor that is used to preprocess the records in the stream
   * before being processed by your application code. Currently, the only input processor available
   * is <a href="https://docs.aws.amazon.com/lambda/">AWS Lambda</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.InputProcessingConfiguration}.
   */
  public static final class InputProcessingConfiguration extends Struct<InputProcessingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalytics::Application.InputProcessingConfiguration");

    public InputProcessingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisanalytics-application-inputlambdaprocessor.html">InputLambdaProcessor</a>
     * that is used to preprocess the records in the stream before being processed by your
     * application code.
     *
     * <p>CloudFormation property {@code InputLambdaProcessor}.
     */
    public InputProcessingConfiguration inputLambdaProcessor(Value<InputLambdaProcessor> value) {
      return set("InputLambdaProcessor", value);
    }
  }

  /**
   * Describes the format of the data in the streaming source, and how each data element maps to
   * corresponding columns in the in-application stream that is being created.
   *
   * <p>Also used to describe the format of the reference data source.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.InputSchema}.
   */
  public static final class InputSchema extends Struct<InputSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.InputSchema")
        .required("RecordColumns", "RecordFormat")
        .build();

    public InputSchema() {
      super(SCHEMA);
    }

    /**
     * A list of <code>RecordColumn</code> objects.
     *
     * <p>Required. CloudFormation property {@code RecordColumns}.
     */
    public InputSchema recordColumns(List<RecordColumn> value) {
      return set("RecordColumns", Value.listOf(value));
    }

    /** Sets {@code RecordColumns} to this value; see {@link #recordColumns(List)}. */
    public InputSchema recordColumns(Value<List<RecordColumn>> value) {
      return set("RecordColumns", value);
    }

    /** Sets {@code RecordColumns} to a list of these; see {@link #recordColumns(List)}. */
    public InputSchema recordColumns(RecordColumn... values) {
      return set("RecordColumns", Value.list(values));
    }

    /**
     * Specifies the encoding of the records in the streaming source. For example, UTF-8.
     *
     * <p>CloudFormation property {@code RecordEncoding}.
     */
    public InputSchema recordEncoding(String value) {
      return set("RecordEncoding", Value.of(value));
    }

    /** Sets {@code RecordEncoding} to this value; see {@link #recordEncoding(String)}. */
    public InputSchema recordEncoding(Value<String> value) {
      return set("RecordEncoding", value);
    }

    /**
     * Specifies the format of the records on the streaming source.
     *
     * <p>Required. CloudFormation property {@code RecordFormat}.
     */
    public InputSchema recordFormat(Value<RecordFormat> value) {
      return set("RecordFormat", value);
    }
  }

  /**
   * Provides additional mapping information when JSON is the record format on the streaming source.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.JSONMappingParameters}.
   */
  public static final class JSONMappingParameters extends Struct<JSONMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.JSONMappingParameters")
        .required("RecordRowPath")
        .build();

    public JSONMappingParameters() {
      super(SCHEMA);
    }

    /**
     * Path to the top-level parent that contains the records.
     *
     * <p>Required. CloudFormation property {@code RecordRowPath}.
     */
    public JSONMappingParameters recordRowPath(String value) {
      return set("RecordRowPath", Value.of(value));
    }

    /** Sets {@code RecordRowPath} to this value; see {@link #recordRowPath(String)}. */
    public JSONMappingParameters recordRowPath(Value<String> value) {
      return set("RecordRowPath", value);
    }
  }

  /**
   * Identifies an Amazon Kinesis Firehose delivery stream as the streaming source. You provide the
   * delivery stream's Amazon Resource Name (ARN) and an IAM role ARN that enables Amazon Kinesis
   * Analytics to access the stream on your behalf.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.KinesisFirehoseInput}.
   */
  public static final class KinesisFirehoseInput extends Struct<KinesisFirehoseInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.KinesisFirehoseInput")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisFirehoseInput() {
      super(SCHEMA);
    }

    /**
     * ARN of the input delivery stream.
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public KinesisFirehoseInput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisFirehoseInput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * ARN of the IAM role that Amazon Kinesis Analytics can assume to access the stream on your
     * behalf. You need to make sure that the role has the necessary permissions to access the
     * stream.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public KinesisFirehoseInput roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public KinesisFirehoseInput roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * Identifies an Amazon Kinesis stream as the streaming source. You provide the stream's Amazon
   * Resource Name (ARN) and an IAM role ARN that enables Amazon Kinesis Analytics to access the
   * stream on your behalf.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.KinesisStreamsInput}.
   */
  public static final class KinesisStreamsInput extends Struct<KinesisStreamsInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.KinesisStreamsInput")
        .required("ResourceARN", "RoleARN")
        .constrain("RoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisStreamsInput() {
      super(SCHEMA);
    }

    /**
     * ARN of the input Amazon Kinesis stream to read.
     *
     * <p>Required. CloudFormation property {@code ResourceARN}.
     */
    public KinesisStreamsInput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisStreamsInput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * ARN of the IAM role that Amazon Kinesis Analytics can assume to access the stream on your
     * behalf. You need to grant the necessary permissions to this role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public KinesisStreamsInput roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public KinesisStreamsInput roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * When configuring application input at the time of creating or updating an application, provides
   * additional mapping information specific to the record format (such as JSON, CSV, or record
   * fields delimited by some delimiter) on the streaming source.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.MappingParameters}.
   */
  public static final class MappingParameters extends Struct<MappingParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalytics::Application.MappingParameters");

    public MappingParameters() {
      super(SCHEMA);
    }

    /**
     * Provides additional mapping information when the record format uses delimiters (for example,
     * CSV).
     *
     * <p>CloudFormation property {@code CSVMappingParameters}.
     */
    public MappingParameters csvMappingParameters(Value<CSVMappingParameters> value) {
      return set("CSVMappingParameters", value);
    }

    /**
     * Provides additional mapping information when JSON is the record format on the streaming
     * source.
     *
     * <p>CloudFormation property {@code JSONMappingParameters}.
     */
    public MappingParameters jsonMappingParameters(Value<JSONMappingParameters> value) {
      return set("JSONMappingParameters", value);
    }
  }

  /**
   * Describes the mapping of each data element in the streaming source to the corresponding column
   * in the in-application stream.
   *
   * <p>Also used to describe the format of the reference data source.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.RecordColumn}.
   */
  public static final class RecordColumn extends Struct<RecordColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.RecordColumn")
        .required("Name", "SqlType")
        .build();

    public RecordColumn() {
      super(SCHEMA);
    }

    /**
     * Reference to the data element in the streaming input or the reference data source. This
     * element is required if the <a
     * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_RecordFormat.html#analytics-Type-RecordFormat-RecordFormatTypel">RecordFormatType</a>
     * is <code>JSON</code> .
     *
     * <p>CloudFormation property {@code Mapping}.
     */
    public RecordColumn mapping(String value) {
      return set("Mapping", Value.of(value));
    }

    /** Sets {@code Mapping} to this value; see {@link #mapping(String)}. */
    public RecordColumn mapping(Value<String> value) {
      return set("Mapping", value);
    }

    /**
     * Name of the column created in the in-application input stream or reference table.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public RecordColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RecordColumn name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Type of column created in the in-application input stream or reference table.
     *
     * <p>Required. CloudFormation property {@code SqlType}.
     */
    public RecordColumn sqlType(String value) {
      return set("SqlType", Value.of(value));
    }

    /** Sets {@code SqlType} to this value; see {@link #sqlType(String)}. */
    public RecordColumn sqlType(Value<String> value) {
      return set("SqlType", value);
    }
  }

  /**
   * Describes the record format and relevant mapping information that should be applied to
   * schematize the records on the stream.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::Application.RecordFormat}.
   */
  public static final class RecordFormat extends Struct<RecordFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::Application.RecordFormat")
        .required("RecordFormatType")
        .build();

    public RecordFormat() {
      super(SCHEMA);
    }

    /**
     * When configuring application input at the time of creating or updating an application,
     * provides additional mapping information specific to the record format (such as JSON, CSV, or
     * record fields delimited by some delimiter) on the streaming source.
     *
     * <p>CloudFormation property {@code MappingParameters}.
     */
    public RecordFormat mappingParameters(Value<MappingParameters> value) {
      return set("MappingParameters", value);
    }

    /**
     * The type of record format.
     *
     * <p>Required. CloudFormation property {@code RecordFormatType}.
     */
    public RecordFormat recordFormatType(String value) {
      return set("RecordFormatType", Value.of(value));
    }

    /** Sets {@code RecordFormatType} to this value; see {@link #recordFormatType(String)}. */
    public RecordFormat recordFormatType(Value<String> value) {
      return set("RecordFormatType", value);
    }
  }
}
