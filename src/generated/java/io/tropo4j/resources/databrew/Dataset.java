// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.databrew;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new DataBrew dataset.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset")
      .required("Input", "Name")
      .allowed("Format", "CSV", "JSON", "PARQUET", "EXCEL", "ORC")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .allowed("Source", "S3", "DATA-CATALOG", "DATABASE")
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The file format of a dataset that is created from an Amazon S3 file or folder.
   *
   * <p>Allowed values: {@code CSV}, {@code JSON}, {@code PARQUET}, {@code EXCEL}, {@code ORC}.
   * CloudFormation property {@code Format}.
   */
  public Dataset format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public Dataset format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * A set of options that define how DataBrew interprets the data in the dataset.
   *
   * <p>CloudFormation property {@code FormatOptions}.
   */
  public Dataset formatOptions(Value<FormatOptions> value) {
    return set("FormatOptions", value);
  }

  /**
   * Information on how DataBrew can find the dataset, in either the AWS Glue Data Catalog or Amazon
   * S3 .
   *
   * <p>Required. CloudFormation property {@code Input}.
   */
  public Dataset input(Value<Input> value) {
    return set("Input", value);
  }

  /**
   * The unique name of the dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Dataset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dataset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A set of options that defines how DataBrew interprets an Amazon S3 path of the dataset.
   *
   * <p>CloudFormation property {@code PathOptions}.
   */
  public Dataset pathOptions(Value<PathOptions> value) {
    return set("PathOptions", value);
  }

  /**
   * The location of the data for the dataset, either Amazon S3 or the AWS Glue Data Catalog .
   *
   * <p>Allowed values: {@code S3}, {@code DATA-CATALOG}, {@code DATABASE}. CloudFormation property
   * {@code Source}.
   */
  public Dataset source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public Dataset source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * Metadata tags that have been applied to the dataset.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Represents a set of options that define how DataBrew will read a comma-separated value (CSV)
   * file when creating a dataset from that file.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.CsvOptions}.
   */
  public static final class CsvOptions extends Struct<CsvOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.CsvOptions")
        .constrain("Delimiter", Constraint.of().minLength(1).maxLength(1))
        .build();

    public CsvOptions() {
      super(SCHEMA);
    }

    /**
     * A single character that specifies the delimiter being used in the CSV file.
     *
     * <p>Length: 1 to 1 characters. CloudFormation property {@code Delimiter}.
     */
    public CsvOptions delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public CsvOptions delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * A variable that specifies whether the first row in the file is parsed as the header. If this
     * value is false, column names are auto-generated.
     *
     * <p>CloudFormation property {@code HeaderRow}.
     */
    public CsvOptions headerRow(boolean value) {
      return set("HeaderRow", Value.of(value));
    }

    /** Sets {@code HeaderRow} to this value; see {@link #headerRow(boolean)}. */
    public CsvOptions headerRow(Value<Boolean> value) {
      return set("HeaderRow", value);
    }
  }

  /**
   * Represents how metadata stored in the AWS Glue Data Catalog is defined in a DataBrew dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.DataCatalogInputDefinition}.
   */
  public static final class DataCatalogInputDefinition extends Struct<DataCatalogInputDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.DataCatalogInputDefinition")
        .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataCatalogInputDefinition() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the AWS account that holds the Data Catalog that stores the data.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CatalogId}.
     */
    public DataCatalogInputDefinition catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public DataCatalogInputDefinition catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of a database in the Data Catalog.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public DataCatalogInputDefinition databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DataCatalogInputDefinition databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of a database table in the Data Catalog. This table corresponds to a DataBrew
     * dataset.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code TableName}.
     */
    public DataCatalogInputDefinition tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataCatalogInputDefinition tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * An Amazon location that AWS Glue Data Catalog can use as a temporary directory.
     *
     * <p>CloudFormation property {@code TempDirectory}.
     */
    public DataCatalogInputDefinition tempDirectory(Value<S3Location> value) {
      return set("TempDirectory", value);
    }

    /**
     * Sets {@code TempDirectory} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #tempDirectory(Value)}.
     */
    public DataCatalogInputDefinition tempDirectory(Asset asset) {
      return set("TempDirectory", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Connection information for dataset input files stored in a database.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.DatabaseInputDefinition}.
   */
  public static final class DatabaseInputDefinition extends Struct<DatabaseInputDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.DatabaseInputDefinition")
        .required("GlueConnectionName")
        .constrain("DatabaseTableName", Constraint.of().minLength(1).maxLength(255))
        .constrain("GlueConnectionName", Constraint.of().minLength(1).maxLength(255))
        .constrain("QueryString", Constraint.of().minLength(1).maxLength(10000))
        .build();

    public DatabaseInputDefinition() {
      super(SCHEMA);
    }

    /**
     * The table within the target database.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DatabaseTableName}.
     */
    public DatabaseInputDefinition databaseTableName(String value) {
      return set("DatabaseTableName", Value.of(value));
    }

    /** Sets {@code DatabaseTableName} to this value; see {@link #databaseTableName(String)}. */
    public DatabaseInputDefinition databaseTableName(Value<String> value) {
      return set("DatabaseTableName", value);
    }

    /**
     * The AWS Glue Connection that stores the connection information for the target database.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code GlueConnectionName}.
     */
    public DatabaseInputDefinition glueConnectionName(String value) {
      return set("GlueConnectionName", Value.of(value));
    }

    /** Sets {@code GlueConnectionName} to this value; see {@link #glueConnectionName(String)}. */
    public DatabaseInputDefinition glueConnectionName(Value<String> value) {
      return set("GlueConnectionName", value);
    }

    /**
     * Custom SQL to run against the provided AWS Glue connection. This SQL will be used as the
     * input for DataBrew projects and jobs.
     *
     * <p>Length: 1 to 10000 characters. CloudFormation property {@code QueryString}.
     */
    public DatabaseInputDefinition queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public DatabaseInputDefinition queryString(Value<String> value) {
      return set("QueryString", value);
    }

    /**
     * An Amazon location that AWS Glue Data Catalog can use as a temporary directory.
     *
     * <p>CloudFormation property {@code TempDirectory}.
     */
    public DatabaseInputDefinition tempDirectory(Value<S3Location> value) {
      return set("TempDirectory", value);
    }

    /**
     * Sets {@code TempDirectory} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #tempDirectory(Value)}.
     */
    public DatabaseInputDefinition tempDirectory(Asset asset) {
      return set("TempDirectory", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Represents a dataset paramater that defines type and conditions for a parameter in the Amazon
   * S3 path of the dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.DatasetParameter}.
   */
  public static final class DatasetParameter extends Struct<DatasetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.DatasetParameter")
        .required("Name", "Type")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .allowed("Type", "String", "Number", "Datetime")
        .build();

    public DatasetParameter() {
      super(SCHEMA);
    }

    /**
     * Optional boolean value that defines whether the captured value of this parameter should be
     * loaded as an additional column in the dataset.
     *
     * <p>CloudFormation property {@code CreateColumn}.
     */
    public DatasetParameter createColumn(boolean value) {
      return set("CreateColumn", Value.of(value));
    }

    /** Sets {@code CreateColumn} to this value; see {@link #createColumn(boolean)}. */
    public DatasetParameter createColumn(Value<Boolean> value) {
      return set("CreateColumn", value);
    }

    /**
     * Additional parameter options such as a format and a timezone. Required for datetime
     * parameters.
     *
     * <p>CloudFormation property {@code DatetimeOptions}.
     */
    public DatasetParameter datetimeOptions(Value<DatetimeOptions> value) {
      return set("DatetimeOptions", value);
    }

    /**
     * The optional filter expression structure to apply additional matching criteria to the
     * parameter.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public DatasetParameter filter(Value<FilterExpression> value) {
      return set("Filter", value);
    }

    /**
     * The name of the parameter that is used in the dataset's Amazon S3 path.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public DatasetParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DatasetParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of the dataset parameter, can be one of a 'String', 'Number' or 'Datetime'.
     *
     * <p>Required. Allowed values: {@code String}, {@code Number}, {@code Datetime}. CloudFormation
     * property {@code Type}.
     */
    public DatasetParameter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DatasetParameter type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Represents additional options for correct interpretation of datetime parameters used in the
   * Amazon S3 path of a dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.DatetimeOptions}.
   */
  public static final class DatetimeOptions extends Struct<DatetimeOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.DatetimeOptions")
        .required("Format")
        .constrain("Format", Constraint.of().minLength(2).maxLength(100))
        .constrain("LocaleCode", Constraint.of().pattern("^[A-Za-z0-9_\\.#@\\-]+$").minLength(2).maxLength(100))
        .constrain("TimezoneOffset", Constraint.of().pattern("^(Z|[-+](\\d|\\d{2}|\\d{2}:?\\d{2}))$").minLength(1).maxLength(6))
        .build();

    public DatetimeOptions() {
      super(SCHEMA);
    }

    /**
     * Required option, that defines the datetime format used for a date parameter in the Amazon S3
     * path. Should use only supported datetime specifiers and separation characters, all litera a-z
     * or A-Z character should be escaped with single quotes. E.g. "MM.dd.yyyy-'at'-HH:mm".
     *
     * <p>Required. Length: 2 to 100 characters. CloudFormation property {@code Format}.
     */
    public DatetimeOptions format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public DatetimeOptions format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * Optional value for a non-US locale code, needed for correct interpretation of some date
     * formats.
     *
     * <p>Length: 2 to 100 characters. Pattern: {@code ^[A-Za-z0-9_&#92;.#&#64;&#92;-]+$}.
     * CloudFormation property {@code LocaleCode}.
     */
    public DatetimeOptions localeCode(String value) {
      return set("LocaleCode", Value.of(value));
    }

    /** Sets {@code LocaleCode} to this value; see {@link #localeCode(String)}. */
    public DatetimeOptions localeCode(Value<String> value) {
      return set("LocaleCode", value);
    }

    /**
     * Optional value for a timezone offset of the datetime parameter value in the Amazon S3 path.
     * Shouldn't be used if Format for this parameter includes timezone fields. If no offset
     * specified, UTC is assumed.
     *
     * <p>Length: 1 to 6 characters. Pattern: {@code
     * ^(Z|[-+](&#92;d|&#92;d{2}|&#92;d{2}:?&#92;d{2}))$}. CloudFormation property {@code
     * TimezoneOffset}.
     */
    public DatetimeOptions timezoneOffset(String value) {
      return set("TimezoneOffset", Value.of(value));
    }

    /** Sets {@code TimezoneOffset} to this value; see {@link #timezoneOffset(String)}. */
    public DatetimeOptions timezoneOffset(Value<String> value) {
      return set("TimezoneOffset", value);
    }
  }

  /**
   * Represents a set of options that define how DataBrew will interpret a Microsoft Excel file when
   * creating a dataset from that file.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.ExcelOptions}.
   */
  public static final class ExcelOptions extends Struct<ExcelOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.ExcelOptions")
        .constrain("SheetIndexes", Constraint.of().minimum(0).maximum(200))
        .constrain("SheetNames", Constraint.of().minLength(1).maxLength(31))
        .build();

    public ExcelOptions() {
      super(SCHEMA);
    }

    /**
     * A variable that specifies whether the first row in the file is parsed as the header. If this
     * value is false, column names are auto-generated.
     *
     * <p>CloudFormation property {@code HeaderRow}.
     */
    public ExcelOptions headerRow(boolean value) {
      return set("HeaderRow", Value.of(value));
    }

    /** Sets {@code HeaderRow} to this value; see {@link #headerRow(boolean)}. */
    public ExcelOptions headerRow(Value<Boolean> value) {
      return set("HeaderRow", value);
    }

    /**
     * One or more sheet numbers in the Excel file that will be included in the dataset.
     *
     * <p>Range: 0 to 200. CloudFormation property {@code SheetIndexes}.
     */
    public ExcelOptions sheetIndexes(List<Integer> value) {
      return set("SheetIndexes", Value.listOf(value));
    }

    /** Sets {@code SheetIndexes} to this value; see {@link #sheetIndexes(List)}. */
    public ExcelOptions sheetIndexes(Value<List<Integer>> value) {
      return set("SheetIndexes", value);
    }

    /**
     * One or more named sheets in the Excel file that will be included in the dataset.
     *
     * <p>Length: 1 to 31 characters. CloudFormation property {@code SheetNames}.
     */
    public ExcelOptions sheetNames(List<String> value) {
      return set("SheetNames", Value.listOf(value));
    }

    /** Sets {@code SheetNames} to this value; see {@link #sheetNames(List)}. */
    public ExcelOptions sheetNames(Value<List<String>> value) {
      return set("SheetNames", value);
    }
  }

  /**
   * Represents a limit imposed on number of Amazon S3 files that should be selected for a dataset
   * from a connected Amazon S3 path.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.FilesLimit}.
   */
  public static final class FilesLimit extends Struct<FilesLimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.FilesLimit")
        .required("MaxFiles")
        .constrain("MaxFiles", Constraint.of().minimum(1))
        .allowed("Order", "ASCENDING", "DESCENDING")
        .allowed("OrderedBy", "LAST_MODIFIED_DATE")
        .build();

    public FilesLimit() {
      super(SCHEMA);
    }

    /**
     * The number of Amazon S3 files to select.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxFiles}.
     */
    public FilesLimit maxFiles(int value) {
      return set("MaxFiles", Value.of(value));
    }

    /** Sets {@code MaxFiles} to this value; see {@link #maxFiles(int)}. */
    public FilesLimit maxFiles(Value<Integer> value) {
      return set("MaxFiles", value);
    }

    /**
     * A criteria to use for Amazon S3 files sorting before their selection. By default uses
     * DESCENDING order, i.e. most recent files are selected first. Anotherpossible value is
     * ASCENDING.
     *
     * <p>Allowed values: {@code ASCENDING}, {@code DESCENDING}. CloudFormation property {@code
     * Order}.
     */
    public FilesLimit order(String value) {
      return set("Order", Value.of(value));
    }

    /** Sets {@code Order} to this value; see {@link #order(String)}. */
    public FilesLimit order(Value<String> value) {
      return set("Order", value);
    }

    /**
     * A criteria to use for Amazon S3 files sorting before their selection. By default uses
     * LAST_MODIFIED_DATE as a sorting criteria. Currently it's the only allowed value.
     *
     * <p>Allowed values: {@code LAST_MODIFIED_DATE}. CloudFormation property {@code OrderedBy}.
     */
    public FilesLimit orderedBy(String value) {
      return set("OrderedBy", Value.of(value));
    }

    /** Sets {@code OrderedBy} to this value; see {@link #orderedBy(String)}. */
    public FilesLimit orderedBy(Value<String> value) {
      return set("OrderedBy", value);
    }
  }

  /**
   * Represents a structure for defining parameter conditions.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.FilterExpression}.
   */
  public static final class FilterExpression extends Struct<FilterExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.FilterExpression")
        .required("Expression", "ValuesMap")
        .constrain("Expression", Constraint.of().pattern("^[><0-9A-Za-z_.,:)(!= ]+$").minLength(4).maxLength(1024))
        .build();

    public FilterExpression() {
      super(SCHEMA);
    }

    /**
     * The expression which includes condition names followed by substitution variables, possibly
     * grouped and combined with other conditions. For example, "(starts_with :prefix1 or
     * starts_with :prefix2) and (ends_with :suffix1 or ends_with :suffix2)". Substitution variables
     * should start with ':' symbol.
     *
     * <p>Required. Length: 4 to 1024 characters. Pattern: {@code ^[&gt;&lt;0-9A-Za-z_.,:)(!= ]+$}.
     * CloudFormation property {@code Expression}.
     */
    public FilterExpression expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public FilterExpression expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The map of substitution variable names to their values used in this filter expression.
     *
     * <p>Required. CloudFormation property {@code ValuesMap}.
     */
    public FilterExpression valuesMap(List<FilterValue> value) {
      return set("ValuesMap", Value.listOf(value));
    }

    /** Sets {@code ValuesMap} to this value; see {@link #valuesMap(List)}. */
    public FilterExpression valuesMap(Value<List<FilterValue>> value) {
      return set("ValuesMap", value);
    }

    /** Sets {@code ValuesMap} to a list of these; see {@link #valuesMap(List)}. */
    public FilterExpression valuesMap(FilterValue... values) {
      return set("ValuesMap", Value.list(values));
    }
  }

  /**
   * Represents a single entry in the <code>ValuesMap</code> of a <code>FilterExpression</code> . A
   * <code>FilterValue</code> associates the name of a substitution variable in an expression to its
   * value.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.FilterValue}.
   */
  public static final class FilterValue extends Struct<FilterValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.FilterValue")
        .required("Value", "ValueReference")
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .constrain("ValueReference", Constraint.of().pattern("^:[A-Za-z0-9_]+$").minLength(2).maxLength(128))
        .build();

    public FilterValue() {
      super(SCHEMA);
    }

    /**
     * The value to be associated with the substitution variable.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public FilterValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FilterValue value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * The substitution variable reference.
     *
     * <p>Required. Length: 2 to 128 characters. Pattern: {@code ^:[A-Za-z0-9_]+$}. CloudFormation
     * property {@code ValueReference}.
     */
    public FilterValue valueReference(String value) {
      return set("ValueReference", Value.of(value));
    }

    /** Sets {@code ValueReference} to this value; see {@link #valueReference(String)}. */
    public FilterValue valueReference(Value<String> value) {
      return set("ValueReference", value);
    }
  }

  /**
   * Represents a set of options that define the structure of either comma-separated value (CSV),
   * Excel, or JSON input.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.FormatOptions}.
   */
  public static final class FormatOptions extends Struct<FormatOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Dataset.FormatOptions");

    public FormatOptions() {
      super(SCHEMA);
    }

    /**
     * Options that define how CSV input is to be interpreted by DataBrew.
     *
     * <p>CloudFormation property {@code Csv}.
     */
    public FormatOptions csv(Value<CsvOptions> value) {
      return set("Csv", value);
    }

    /**
     * Options that define how Excel input is to be interpreted by DataBrew.
     *
     * <p>CloudFormation property {@code Excel}.
     */
    public FormatOptions excel(Value<ExcelOptions> value) {
      return set("Excel", value);
    }

    /**
     * Options that define how JSON input is to be interpreted by DataBrew.
     *
     * <p>CloudFormation property {@code Json}.
     */
    public FormatOptions json(Value<JsonOptions> value) {
      return set("Json", value);
    }
  }

  /**
   * Represents information on how DataBrew can find data, in either the AWS Glue Data Catalog or
   * Amazon S3.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.Input}.
   */
  public static final class Input extends Struct<Input> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Dataset.Input");

    public Input() {
      super(SCHEMA);
    }

    /**
     * The AWS Glue Data Catalog parameters for the data.
     *
     * <p>CloudFormation property {@code DataCatalogInputDefinition}.
     */
    public Input dataCatalogInputDefinition(Value<DataCatalogInputDefinition> value) {
      return set("DataCatalogInputDefinition", value);
    }

    /**
     * Connection information for dataset input files stored in a database.
     *
     * <p>CloudFormation property {@code DatabaseInputDefinition}.
     */
    public Input databaseInputDefinition(Value<DatabaseInputDefinition> value) {
      return set("DatabaseInputDefinition", value);
    }

    /**
     * Contains additional resource information needed for specific datasets.
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public Input metadata(Value<Metadata> value) {
      return set("Metadata", value);
    }

    /**
     * The Amazon S3 location where the data is stored.
     *
     * <p>CloudFormation property {@code S3InputDefinition}.
     */
    public Input s3InputDefinition(Value<S3Location> value) {
      return set("S3InputDefinition", value);
    }

    /**
     * Sets {@code S3InputDefinition} to the asset's bucket and key, where the deployer uploads it;
     * see {@link #s3InputDefinition(Value)}.
     */
    public Input s3InputDefinition(Asset asset) {
      return set("S3InputDefinition", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Represents the JSON-specific options that define how input is to be interpreted by AWS Glue
   * DataBrew .
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.JsonOptions}.
   */
  public static final class JsonOptions extends Struct<JsonOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Dataset.JsonOptions");

    public JsonOptions() {
      super(SCHEMA);
    }

    /**
     * A value that specifies whether JSON input contains embedded new line characters.
     *
     * <p>CloudFormation property {@code MultiLine}.
     */
    public JsonOptions multiLine(boolean value) {
      return set("MultiLine", Value.of(value));
    }

    /** Sets {@code MultiLine} to this value; see {@link #multiLine(boolean)}. */
    public JsonOptions multiLine(Value<Boolean> value) {
      return set("MultiLine", value);
    }
  }

  /**
   * Contains additional resource information needed for specific datasets.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.Metadata}.
   */
  public static final class Metadata extends Struct<Metadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.Metadata")
        .constrain("SourceArn", Constraint.of().minLength(20).maxLength(2048))
        .build();

    public Metadata() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) associated with the dataset. Currently, DataBrew only supports
     * ARNs from Amazon AppFlow.
     *
     * <p>Length: 20 to 2048 characters. CloudFormation property {@code SourceArn}.
     */
    public Metadata sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public Metadata sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }
  }

  /**
   * Represents a set of options that define how DataBrew selects files for a given Amazon S3 path
   * in a dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.PathOptions}.
   */
  public static final class PathOptions extends Struct<PathOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Dataset.PathOptions");

    public PathOptions() {
      super(SCHEMA);
    }

    /**
     * If provided, this structure imposes a limit on a number of files that should be selected.
     *
     * <p>CloudFormation property {@code FilesLimit}.
     */
    public PathOptions filesLimit(Value<FilesLimit> value) {
      return set("FilesLimit", value);
    }

    /**
     * If provided, this structure defines a date range for matching Amazon S3 objects based on
     * their LastModifiedDate attribute in Amazon S3 .
     *
     * <p>CloudFormation property {@code LastModifiedDateCondition}.
     */
    public PathOptions lastModifiedDateCondition(Value<FilterExpression> value) {
      return set("LastModifiedDateCondition", value);
    }

    /**
     * A structure that maps names of parameters used in the Amazon S3 path of a dataset to their
     * definitions.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public PathOptions parameters(List<PathParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public PathOptions parameters(Value<List<PathParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public PathOptions parameters(PathParameter... values) {
      return set("Parameters", Value.list(values));
    }
  }

  /**
   * Represents a single entry in the path parameters of a dataset. Each <code>PathParameter</code>
   * consists of a name and a parameter definition.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.PathParameter}.
   */
  public static final class PathParameter extends Struct<PathParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.PathParameter")
        .required("DatasetParameter", "PathParameterName")
        .constrain("PathParameterName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public PathParameter() {
      super(SCHEMA);
    }

    /**
     * The path parameter definition.
     *
     * <p>Required. CloudFormation property {@code DatasetParameter}.
     */
    public PathParameter datasetParameter(Value<DatasetParameter> value) {
      return set("DatasetParameter", value);
    }

    /**
     * The name of the path parameter.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code PathParameterName}.
     */
    public PathParameter pathParameterName(String value) {
      return set("PathParameterName", Value.of(value));
    }

    /** Sets {@code PathParameterName} to this value; see {@link #pathParameterName(String)}. */
    public PathParameter pathParameterName(Value<String> value) {
      return set("PathParameterName", value);
    }
  }

  /**
   * Represents an Amazon S3 location (bucket name, bucket owner, and object key) where DataBrew can
   * read input data, or write output from a job.
   *
   * <p>Property type {@code AWS::DataBrew::Dataset.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Dataset.S3Location")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("BucketOwner", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1280))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The AWS account ID of the bucket owner.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * BucketOwner}.
     */
    public S3Location bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3Location bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The unique name of the object in the bucket.
     *
     * <p>Length: 1 to 1280 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }
  }
}
