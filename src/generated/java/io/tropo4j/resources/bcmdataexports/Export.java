// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bcmdataexports;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a data export and specifies the data query, the delivery preference, and any optional
 * resource tags.
 *
 * <p>A <code>DataQuery</code> consists of both a <code>QueryStatement</code> and
 * <code>TableConfigurations</code> .
 *
 * <p>The <code>QueryStatement</code> is an SQL statement. Data Exports only supports a limited
 * subset of the SQL syntax. For more information on the SQL syntax that is supported, see <a
 * href="https://docs.aws.amazon.com/cur/latest/userguide/de-data-query.html">Data query</a> . To
 * view the available tables and columns, see the <a
 * href="https://docs.aws.amazon.com/cur/latest/userguide/de-table-dictionary.html">Data Exports
 * table dictionary</a> .
 *
 * <p>The <code>TableConfigurations</code> is a collection of specified <code>TableProperties</code>
 * for the table being queried in the <code>QueryStatement</code> . TableProperties are additional
 * configurations you can provide to change the data and schema of a table. Each table can have
 * different TableProperties. However, tables are not required to have any TableProperties. Each
 * table property has a default value that it assumes if not specified. For more information on
 * table configurations, see <a
 * href="https://docs.aws.amazon.com/cur/latest/userguide/de-data-query.html">Data query</a> . To
 * view the table properties available for each table, see the <a
 * href="https://docs.aws.amazon.com/cur/latest/userguide/de-table-dictionary.html">Data Exports
 * table dictionary</a> or use the <code>ListTables</code> API to get a response of all tables and
 * their available properties.
 *
 * <p>CloudFormation type {@code AWS::BCMDataExports::Export}.
 */
public final class Export extends Resource<Export> {
  private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export")
      .required("Export")
      .refYields("ExportArn")
      .attributes("Export.ExportArn", "ExportArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Export(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The details that are available for an export.
   *
   * <p>Required. CloudFormation property {@code Export}.
   */
  public Export export(Value<ExportProperty> value) {
    return set("Export", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Export tags(List<ResourceTag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Export tags(Value<List<ResourceTag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Export tags(ResourceTag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Export tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for this export.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Export.ExportArn}.
   */
  public Value<String> exportExportArn() {
    return getAtt("Export.ExportArn");
  }

  /**
   * The Amazon Resource Name (ARN) for this export.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExportArn}.
   */
  public Value<String> exportArn() {
    return getAtt("ExportArn");
  }

  /**
   * The SQL query of column selections and row filters from the data table you want.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.DataQuery}.
   */
  public static final class DataQuery extends Struct<DataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.DataQuery")
        .required("QueryStatement")
        .constrain("QueryStatement", Constraint.of().pattern("^[\\S\\s]*$").minLength(1).maxLength(36000))
        .build();

    public DataQuery() {
      super(SCHEMA);
    }

    /**
     * The query statement.
     *
     * <p>Required. Length: 1 to 36000 characters. Pattern: {@code ^[&#92;S&#92;s]*$}.
     * CloudFormation property {@code QueryStatement}.
     */
    public DataQuery queryStatement(String value) {
      return set("QueryStatement", Value.of(value));
    }

    /** Sets {@code QueryStatement} to this value; see {@link #queryStatement(String)}. */
    public DataQuery queryStatement(Value<String> value) {
      return set("QueryStatement", value);
    }

    /**
     * The table configuration.
     *
     * <p>CloudFormation property {@code TableConfigurations}.
     */
    public DataQuery tableConfigurations(Map<String, Map<String, String>> value) {
      return set("TableConfigurations", Value.mapOf(value));
    }

    /** Sets {@code TableConfigurations} to this value; see {@link #tableConfigurations(Map)}. */
    public DataQuery tableConfigurations(Value<Map<String, Map<String, String>>> value) {
      return set("TableConfigurations", value);
    }
  }

  /**
   * The destinations used for data exports.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.DestinationConfigurations}.
   */
  public static final class DestinationConfigurations extends Struct<DestinationConfigurations> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.DestinationConfigurations")
        .required("S3Destination")
        .build();

    public DestinationConfigurations() {
      super(SCHEMA);
    }

    /**
     * An object that describes the destination of the data exports file.
     *
     * <p>Required. CloudFormation property {@code S3Destination}.
     */
    public DestinationConfigurations s3Destination(Value<S3Destination> value) {
      return set("S3Destination", value);
    }
  }

  /**
   * The details that are available for an export.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.Export}.
   */
  public static final class ExportProperty extends Struct<ExportProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.Export")
        .required("DataQuery", "DestinationConfigurations", "Name", "RefreshCadence")
        .constrain("Description", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .constrain("ExportArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:(bcm-data-exports):[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$").minLength(20).maxLength(2048))
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z\\-_]+$").minLength(1).maxLength(128))
        .build();

    public ExportProperty() {
      super(SCHEMA);
    }

    /**
     * The data query for this specific data export.
     *
     * <p>Required. CloudFormation property {@code DataQuery}.
     */
    public ExportProperty dataQuery(Value<DataQuery> value) {
      return set("DataQuery", value);
    }

    /**
     * The description for this specific data export.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
     * {@code Description}.
     */
    public ExportProperty description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ExportProperty description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The destination configuration for this specific data export.
     *
     * <p>Required. CloudFormation property {@code DestinationConfigurations}.
     */
    public ExportProperty destinationConfigurations(Value<DestinationConfigurations> value) {
      return set("DestinationConfigurations", value);
    }

    /**
     * The Amazon Resource Name (ARN) for this export.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:(bcm-data-exports):[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$}. CloudFormation
     * property {@code ExportArn}.
     */
    public ExportProperty exportArn(String value) {
      return set("ExportArn", Value.of(value));
    }

    /** Sets {@code ExportArn} to this value; see {@link #exportArn(String)}. */
    public ExportProperty exportArn(Value<String> value) {
      return set("ExportArn", value);
    }

    /**
     * The name of this specific data export.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^[0-9A-Za-z&#92;-_]+$}. CloudFormation property {@code Name}.
     */
    public ExportProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ExportProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The cadence for AWS to update the export in your S3 bucket.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * RefreshCadence}.
     */
    public ExportProperty refreshCadence(Value<RefreshCadence> value) {
      return set("RefreshCadence", value);
    }
  }

  /**
   * The cadence for AWS to update the data export in your S3 bucket.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.RefreshCadence}.
   */
  public static final class RefreshCadence extends Struct<RefreshCadence> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.RefreshCadence")
        .required("Frequency")
        .allowed("Frequency", "SYNCHRONOUS")
        .build();

    public RefreshCadence() {
      super(SCHEMA);
    }

    /**
     * The frequency that data exports are updated. The export refreshes each time the source data
     * updates, up to three times daily.
     *
     * <p>Required. Allowed values: {@code SYNCHRONOUS}. CloudFormation property {@code Frequency}.
     */
    public RefreshCadence frequency(String value) {
      return set("Frequency", Value.of(value));
    }

    /** Sets {@code Frequency} to this value; see {@link #frequency(String)}. */
    public RefreshCadence frequency(Value<String> value) {
      return set("Frequency", value);
    }
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value that's associated with the tag.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes the destination Amazon Simple Storage Service (Amazon S3) bucket name and object keys
   * of a data exports file.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.S3Destination}.
   */
  public static final class S3Destination extends Struct<S3Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.S3Destination")
        .required("S3Bucket", "S3OutputConfigurations", "S3Prefix", "S3Region")
        .constrain("S3Bucket", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024).format("AWS::S3::Bucket.Name"))
        .constrain("S3BucketOwner", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("S3Prefix", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .constrain("S3Region", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(1024))
        .build();

    public S3Destination() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket used as the destination of a data export file.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public S3Destination s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3Destination s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * S3BucketOwner}.
     */
    public S3Destination s3BucketOwner(String value) {
      return set("S3BucketOwner", Value.of(value));
    }

    /** Sets {@code S3BucketOwner} to this value; see {@link #s3BucketOwner(String)}. */
    public S3Destination s3BucketOwner(Value<String> value) {
      return set("S3BucketOwner", value);
    }

    /**
     * The output configuration for the data export.
     *
     * <p>Required. CloudFormation property {@code S3OutputConfigurations}.
     */
    public S3Destination s3OutputConfigurations(Value<S3OutputConfigurations> value) {
      return set("S3OutputConfigurations", value);
    }

    /**
     * The S3 path prefix you want prepended to the name of your data export.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation
     * property {@code S3Prefix}.
     */
    public S3Destination s3Prefix(String value) {
      return set("S3Prefix", Value.of(value));
    }

    /** Sets {@code S3Prefix} to this value; see {@link #s3Prefix(String)}. */
    public S3Destination s3Prefix(Value<String> value) {
      return set("S3Prefix", value);
    }

    /**
     * The S3 bucket Region.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation
     * property {@code S3Region}.
     */
    public S3Destination s3Region(String value) {
      return set("S3Region", Value.of(value));
    }

    /** Sets {@code S3Region} to this value; see {@link #s3Region(String)}. */
    public S3Destination s3Region(Value<String> value) {
      return set("S3Region", value);
    }
  }

  /**
   * The compression type, file format, and overwrite preference for the data export.
   *
   * <p>Property type {@code AWS::BCMDataExports::Export.S3OutputConfigurations}.
   */
  public static final class S3OutputConfigurations extends Struct<S3OutputConfigurations> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCMDataExports::Export.S3OutputConfigurations")
        .required("Compression", "Format", "OutputType", "Overwrite")
        .allowed("Compression", "GZIP", "PARQUET", "ZIP")
        .allowed("Format", "TEXT_OR_CSV", "PARQUET")
        .allowed("OutputType", "CUSTOM", "ATHENA", "REDSHIFT")
        .allowed("Overwrite", "CREATE_NEW_REPORT", "OVERWRITE_REPORT")
        .build();

    public S3OutputConfigurations() {
      super(SCHEMA);
    }

    /**
     * The compression type for the data export.
     *
     * <p>Required. Allowed values: {@code GZIP}, {@code PARQUET}, {@code ZIP}. CloudFormation
     * property {@code Compression}.
     */
    public S3OutputConfigurations compression(String value) {
      return set("Compression", Value.of(value));
    }

    /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
    public S3OutputConfigurations compression(Value<String> value) {
      return set("Compression", value);
    }

    /**
     * The file format for the data export.
     *
     * <p>Required. Allowed values: {@code TEXT_OR_CSV}, {@code PARQUET}. CloudFormation property
     * {@code Format}.
     */
    public S3OutputConfigurations format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public S3OutputConfigurations format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * The output type for the data export.
     *
     * <p>Required. Allowed values: {@code CUSTOM}, {@code ATHENA}, {@code REDSHIFT}. CloudFormation
     * property {@code OutputType}.
     */
    public S3OutputConfigurations outputType(String value) {
      return set("OutputType", Value.of(value));
    }

    /** Sets {@code OutputType} to this value; see {@link #outputType(String)}. */
    public S3OutputConfigurations outputType(Value<String> value) {
      return set("OutputType", value);
    }

    /**
     * The rule to follow when generating a version of the data export file. You have the choice to
     * overwrite the previous version or to be delivered in addition to the previous versions.
     * Overwriting exports can save on Amazon S3 storage costs. Creating new export versions allows
     * you to track the changes in cost and usage data over time.
     *
     * <p>Required. Allowed values: {@code CREATE_NEW_REPORT}, {@code OVERWRITE_REPORT}.
     * CloudFormation property {@code Overwrite}.
     */
    public S3OutputConfigurations overwrite(String value) {
      return set("Overwrite", Value.of(value));
    }

    /** Sets {@code Overwrite} to this value; see {@link #overwrite(String)}. */
    public S3OutputConfigurations overwrite(Value<String> value) {
      return set("Overwrite", value);
    }
  }
}
