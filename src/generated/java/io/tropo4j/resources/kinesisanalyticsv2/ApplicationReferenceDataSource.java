// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalyticsv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a reference data source to an existing SQL-based Kinesis Data Analytics application.
 *
 * <p>Kinesis Data Analytics reads reference data (that is, an Amazon S3 object) and creates an
 * in-application table within your application. In the request, you provide the source (S3 bucket
 * name and object key name), name of the in-application table to create, and the necessary mapping
 * information that describes how data in an Amazon S3 object maps to columns in the resulting
 * in-application table.
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource}.
 */
public final class ApplicationReferenceDataSource extends Resource<ApplicationReferenceDataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource")
      .required("ApplicationName", "ReferenceDataSource")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationReferenceDataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the application.
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
   * For a SQL-based Kinesis Data Analytics application, describes the reference data source by
   * providing the source information (Amazon S3 bucket name and object key name), the resulting
   * in-application table name that is created, and the necessary schema to map the data elements in
   * the Amazon S3 object to the in-application table.
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
   * For a SQL-based Kinesis Data Analytics application, provides additional mapping information
   * when the record format uses delimiters, such as CSV. For example, the following sample records
   * use CSV format, where the records use the <em>'&#92;n'</em> as the row delimiter and a comma
   * (",") as the column delimiter:
   *
   * <p><code>"name1", "address1"</code>
   *
   * <p><code>"name2", "address2"</code>
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.CSVMappingParameters}.
   */
  public static final class CSVMappingParameters extends Struct<CSVMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.CSVMappingParameters")
        .required("RecordColumnDelimiter", "RecordRowDelimiter")
        .build();

    public CSVMappingParameters() {
      super(SCHEMA);
    }

    /**
     * The column delimiter. For example, in a CSV format, a comma (",") is the typical column
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
     * The row delimiter. For example, in a CSV format, <em>'&#92;n'</em> is the typical row
     * delimiter.
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
   * For a SQL-based Kinesis Data Analytics application, provides additional mapping information
   * when JSON is the record format on the streaming source.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.JSONMappingParameters}.
   */
  public static final class JSONMappingParameters extends Struct<JSONMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.JSONMappingParameters")
        .required("RecordRowPath")
        .build();

    public JSONMappingParameters() {
      super(SCHEMA);
    }

    /**
     * The path to the top-level parent that contains the records.
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
   * When you configure a SQL-based Kinesis Data Analytics application's input at the time of
   * creating or updating an application, provides additional mapping information specific to the
   * record format (such as JSON, CSV, or record fields delimited by some delimiter) on the
   * streaming source.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.MappingParameters}.
   */
  public static final class MappingParameters extends Struct<MappingParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.MappingParameters");

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
   * For a SQL-based Kinesis Data Analytics application, describes the mapping of each data element
   * in the streaming source to the corresponding column in the in-application stream.
   *
   * <p>Also used to describe the format of the reference data source.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.RecordColumn}.
   */
  public static final class RecordColumn extends Struct<RecordColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.RecordColumn")
        .required("Name", "SqlType")
        .build();

    public RecordColumn() {
      super(SCHEMA);
    }

    /**
     * A reference to the data element in the streaming input or the reference data source.
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
     * The name of the column that is created in the in-application input stream or reference table.
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
     * The type of column created in the in-application input stream or reference table.
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
   * For a SQL-based Kinesis Data Analytics application, describes the record format and relevant
   * mapping information that should be applied to schematize the records on the stream.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.RecordFormat}.
   */
  public static final class RecordFormat extends Struct<RecordFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.RecordFormat")
        .required("RecordFormatType")
        .build();

    public RecordFormat() {
      super(SCHEMA);
    }

    /**
     * When you configure application input at the time of creating or updating an application,
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
   * For a SQL-based Kinesis Data Analytics application, describes the reference data source by
   * providing the source information (Amazon S3 bucket name and object key name), the resulting
   * in-application table name that is created, and the necessary schema to map the data elements in
   * the Amazon S3 object to the in-application table.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.ReferenceDataSource}.
   */
  public static final class ReferenceDataSource extends Struct<ReferenceDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.ReferenceDataSource")
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
     * Identifies the S3 bucket and object that contains the reference data. A Kinesis Data
     * Analytics application loads reference data only once. If the data changes, you call the <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_UpdateApplication.html">UpdateApplication</a>
     * operation to trigger reloading of data into your application.
     *
     * <p>CloudFormation property {@code S3ReferenceDataSource}.
     */
    public ReferenceDataSource s3ReferenceDataSource(Value<S3ReferenceDataSource> value) {
      return set("S3ReferenceDataSource", value);
    }

    /**
     * The name of the in-application table to create.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TableName}.
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
   * For a SQL-based Kinesis Data Analytics application, describes the format of the data in the
   * streaming source, and how each data element maps to corresponding columns created in the
   * in-application stream.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.ReferenceSchema}.
   */
  public static final class ReferenceSchema extends Struct<ReferenceSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.ReferenceSchema")
        .required("RecordColumns", "RecordFormat")
        .build();

    public ReferenceSchema() {
      super(SCHEMA);
    }

    /**
     * A list of <code>RecordColumn</code> objects.
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
     * Specifies the encoding of the records in the streaming source. For example, UTF-8.
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
     * Specifies the format of the records on the streaming source.
     *
     * <p>Required. CloudFormation property {@code RecordFormat}.
     */
    public ReferenceSchema recordFormat(Value<RecordFormat> value) {
      return set("RecordFormat", value);
    }
  }

  /**
   * For an SQL-based Amazon Kinesis Data Analytics application, identifies the Amazon S3 bucket and
   * object that contains the reference data.
   *
   * <p>A Kinesis Data Analytics application loads reference data only once. If the data changes,
   * you call the <a
   * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_UpdateApplication.html">UpdateApplication</a>
   * operation to trigger reloading of data into your application.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.S3ReferenceDataSource}.
   */
  public static final class S3ReferenceDataSource extends Struct<S3ReferenceDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource.S3ReferenceDataSource")
        .required("BucketARN", "FileKey")
        .build();

    public S3ReferenceDataSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the S3 bucket.
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
     * The object key name containing the reference data.
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
  }
}
