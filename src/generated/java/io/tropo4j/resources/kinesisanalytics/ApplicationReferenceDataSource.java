// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a reference data source to an existing application.
 *
 * <p>Amazon Kinesis Analytics reads reference data (that is, an Amazon S3 object) and creates an
 * in-application table within your application. In the request, you provide the source (S3 bucket
 * name and object key name), name of the in-application table to create, and the necessary mapping
 * information that describes how data in Amazon S3 object maps to columns in the resulting
 * in-application table.
 *
 * <p>For conceptual information, see <a
 * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-input.html">Configuring
 * Application Input</a> . For the limits on data sources you can add to your application, see <a
 * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/limits.html">Limits</a> .
 *
 * <p>This operation requires permissions to perform the
 * <code>kinesisanalytics:AddApplicationOutput</code> action.
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalytics::ApplicationReferenceDataSource}.
 */
public final class ApplicationReferenceDataSource extends Resource<ApplicationReferenceDataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource")
      .required("ApplicationName", "ReferenceDataSource")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationReferenceDataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of an existing application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ApplicationName}.
   */
  public ApplicationReferenceDataSource applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public ApplicationReferenceDataSource applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * The reference data source can be an object in your Amazon S3 bucket. Amazon Kinesis Analytics
   * reads the object and copies the data into the in-application table that is created. You provide
   * an S3 bucket, object key name, and the resulting in-application table that is created. You must
   * also provide an IAM role with the necessary permissions that Amazon Kinesis Analytics can
   * assume to read the object from your S3 bucket on your behalf.
   *
   * <p>Required. CloudFormation property {@code ReferenceDataSource}.
   */
  public ApplicationReferenceDataSource referenceDataSource(Value<ReferenceDataSource> value) {
    return set("ReferenceDataSource", value);
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
   * <p>Property type {@code
   * AWS::KinesisAnalytics::ApplicationReferenceDataSource.CSVMappingParameters}.
   */
  public static final class CSVMappingParameters extends Struct<CSVMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.CSVMappingParameters")
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
   * Provides additional mapping information when JSON is the record format on the streaming source.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalytics::ApplicationReferenceDataSource.JSONMappingParameters}.
   */
  public static final class JSONMappingParameters extends Struct<JSONMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.JSONMappingParameters")
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
   * When configuring application input at the time of creating or updating an application, provides
   * additional mapping information specific to the record format (such as JSON, CSV, or record
   * fields delimited by some delimiter) on the streaming source.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalytics::ApplicationReferenceDataSource.MappingParameters}.
   */
  public static final class MappingParameters extends Struct<MappingParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalytics::ApplicationReferenceDataSource.MappingParameters");

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
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordColumn}.
   */
  public static final class RecordColumn extends Struct<RecordColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordColumn")
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
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordFormat}.
   */
  public static final class RecordFormat extends Struct<RecordFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.RecordFormat")
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

  /**
   * Describes the reference data source by providing the source information (S3 bucket name and
   * object key name), the resulting in-application table name that is created, and the necessary
   * schema to map the data elements in the Amazon S3 object to the in-application table.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceDataSource}.
   */
  public static final class ReferenceDataSource extends Struct<ReferenceDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceDataSource")
        .required("ReferenceSchema")
        .build();

    public ReferenceDataSource() {
      super(SCHEMA);
    }

    /**
     * Describes the format of the data in the streaming source, and how each data element maps to
     * corresponding columns created in the in-application stream.
     *
     * <p>Required. CloudFormation property {@code ReferenceSchema}.
     */
    public ReferenceDataSource referenceSchema(Value<ReferenceSchema> value) {
      return set("ReferenceSchema", value);
    }

    /**
     * Identifies the S3 bucket and object that contains the reference data. Also identifies the IAM
     * role Amazon Kinesis Analytics can assume to read this object on your behalf. An Amazon
     * Kinesis Analytics application loads reference data only once. If the data changes, you call
     * the <code>UpdateApplication</code> operation to trigger reloading of data into your
     * application.
     *
     * <p>CloudFormation property {@code S3ReferenceDataSource}.
     */
    public ReferenceDataSource s3ReferenceDataSource(Value<S3ReferenceDataSource> value) {
      return set("S3ReferenceDataSource", value);
    }

    /**
     * Name of the in-application table to create.
     *
     * <p>CloudFormation property {@code TableName}.
     */
    public ReferenceDataSource tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public ReferenceDataSource tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * The ReferenceSchema property type specifies the format of the data in the reference source for
   * a SQL-based Amazon Kinesis Data Analytics application.
   *
   * <p>Property type {@code AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceSchema}.
   */
  public static final class ReferenceSchema extends Struct<ReferenceSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.ReferenceSchema")
        .required("RecordColumns", "RecordFormat")
        .build();

    public ReferenceSchema() {
      super(SCHEMA);
    }

    /**
     * A list of RecordColumn objects.
     *
     * <p>Required. CloudFormation property {@code RecordColumns}.
     */
    public ReferenceSchema recordColumns(List<RecordColumn> value) {
      return set("RecordColumns", Value.listOf(value));
    }

    /** Sets {@code RecordColumns} to this value; see {@link #recordColumns(List)}. */
    public ReferenceSchema recordColumns(Value<List<RecordColumn>> value) {
      return set("RecordColumns", value);
    }

    /** Sets {@code RecordColumns} to a list of these; see {@link #recordColumns(List)}. */
    public ReferenceSchema recordColumns(RecordColumn... values) {
      return set("RecordColumns", Value.list(values));
    }

    /**
     * Specifies the encoding of the records in the reference source. For example, UTF-8.
     *
     * <p>CloudFormation property {@code RecordEncoding}.
     */
    public ReferenceSchema recordEncoding(String value) {
      return set("RecordEncoding", Value.of(value));
    }

    /** Sets {@code RecordEncoding} to this value; see {@link #recordEncoding(String)}. */
    public ReferenceSchema recordEncoding(Value<String> value) {
      return set("RecordEncoding", value);
    }

    /**
     * Specifies the format of the records on the reference source.
     *
     * <p>Required. CloudFormation property {@code RecordFormat}.
     */
    public ReferenceSchema recordFormat(Value<RecordFormat> value) {
      return set("RecordFormat", value);
    }
  }

  /**
   * Identifies the S3 bucket and object that contains the reference data. Also identifies the IAM
   * role Amazon Kinesis Analytics can assume to read this object on your behalf.
   *
   * <p>An Amazon Kinesis Analytics application loads reference data only once. If the data changes,
   * you call the <a
   * href="https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_UpdateApplication.html">UpdateApplication</a>
   * operation to trigger reloading of data into your application.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalytics::ApplicationReferenceDataSource.S3ReferenceDataSource}.
   */
  public static final class S3ReferenceDataSource extends Struct<S3ReferenceDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalytics::ApplicationReferenceDataSource.S3ReferenceDataSource")
        .required("BucketARN", "FileKey", "ReferenceRoleARN")
        .constrain("ReferenceRoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public S3ReferenceDataSource() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) of the S3 bucket.
     *
     * <p>Required. CloudFormation property {@code BucketARN}.
     */
    public S3ReferenceDataSource bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public S3ReferenceDataSource bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * Object key name containing reference data.
     *
     * <p>Required. CloudFormation property {@code FileKey}.
     */
    public S3ReferenceDataSource fileKey(String value) {
      return set("FileKey", Value.of(value));
    }

    /** Sets {@code FileKey} to this value; see {@link #fileKey(String)}. */
    public S3ReferenceDataSource fileKey(Value<String> value) {
      return set("FileKey", value);
    }

    /**
     * ARN of the IAM role that the service can assume to read data on your behalf. This role must
     * have permission for the <code>s3:GetObject</code> action on the object and trust policy that
     * allows Amazon Kinesis Analytics service principal to assume this role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * ReferenceRoleARN}.
     */
    public S3ReferenceDataSource referenceRoleARN(String value) {
      return set("ReferenceRoleARN", Value.of(value));
    }

    /** Sets {@code ReferenceRoleARN} to this value; see {@link #referenceRoleARN(String)}. */
    public S3ReferenceDataSource referenceRoleARN(Value<String> value) {
      return set("ReferenceRoleARN", value);
    }
  }
}
