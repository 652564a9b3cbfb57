// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a dataset. This operation doesn't support datasets that include uploaded files as a
 * source.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::DataSet}.
 */
public final class DataSet extends Resource<DataSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .allowed("ImportMode", "SPICE", "DIRECT_QUERY")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .allowed("UseAs", "RLS_RULES", "CATALOG")
      .attributes("Arn", "ConsumedSpiceCapacityInBytes", "CreatedTime", "LastUpdatedTime",
          "OutputColumns")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public DataSet awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public DataSet awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Groupings of columns that work together in certain Amazon Quick Sight features. Currently, only
   * geospatial hierarchy is supported.
   *
   * <p>CloudFormation property {@code ColumnGroups}.
   */
  public DataSet columnGroups(List<ColumnGroup> value) {
    return set("ColumnGroups", Value.listOf(value));
  }

  /** Sets {@code ColumnGroups} to this value; see {@link #columnGroups(List)}. */
  public DataSet columnGroups(Value<List<ColumnGroup>> value) {
    return set("ColumnGroups", value);
  }

  /** Sets {@code ColumnGroups} to a list of these; see {@link #columnGroups(List)}. */
  public DataSet columnGroups(ColumnGroup... values) {
    return set("ColumnGroups", Value.list(values));
  }

  /**
   * A set of one or more definitions of a <code>ColumnLevelPermissionRule</code> .
   *
   * <p>CloudFormation property {@code ColumnLevelPermissionRules}.
   */
  public DataSet columnLevelPermissionRules(List<ColumnLevelPermissionRule> value) {
    return set("ColumnLevelPermissionRules", Value.listOf(value));
  }

  /**
   * Sets {@code ColumnLevelPermissionRules} to this value; see {@link
   * #columnLevelPermissionRules(List)}.
   */
  public DataSet columnLevelPermissionRules(Value<List<ColumnLevelPermissionRule>> value) {
    return set("ColumnLevelPermissionRules", value);
  }

  /**
   * Sets {@code ColumnLevelPermissionRules} to a list of these; see {@link
   * #columnLevelPermissionRules(List)}.
   */
  public DataSet columnLevelPermissionRules(ColumnLevelPermissionRule... values) {
    return set("ColumnLevelPermissionRules", Value.list(values));
  }

  /**
   * The data preparation configuration associated with this dataset.
   *
   * <p>CloudFormation property {@code DataPrepConfiguration}.
   */
  public DataSet dataPrepConfiguration(Value<DataPrepConfiguration> value) {
    return set("DataPrepConfiguration", value);
  }

  /**
   * An ID for the dataset that you want to create. This ID is unique per AWS Region for each AWS
   * account.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataSetId}.
   */
  public DataSet dataSetId(String value) {
    return set("DataSetId", Value.of(value));
  }

  /** Sets {@code DataSetId} to this value; see {@link #dataSetId(String)}. */
  public DataSet dataSetId(Value<String> value) {
    return set("DataSetId", value);
  }

  /**
   * The refresh properties of a dataset.
   *
   * <p>CloudFormation property {@code DataSetRefreshProperties}.
   */
  public DataSet dataSetRefreshProperties(Value<DataSetRefreshProperties> value) {
    return set("DataSetRefreshProperties", value);
  }

  /**
   * The usage configuration to apply to child datasets that reference this dataset as a source.
   *
   * <p>CloudFormation property {@code DataSetUsageConfiguration}.
   */
  public DataSet dataSetUsageConfiguration(Value<DataSetUsageConfiguration> value) {
    return set("DataSetUsageConfiguration", value);
  }

  /**
   * The parameters that are declared in a dataset.
   *
   * <p>CloudFormation property {@code DatasetParameters}.
   */
  public DataSet datasetParameters(List<DatasetParameter> value) {
    return set("DatasetParameters", Value.listOf(value));
  }

  /** Sets {@code DatasetParameters} to this value; see {@link #datasetParameters(List)}. */
  public DataSet datasetParameters(Value<List<DatasetParameter>> value) {
    return set("DatasetParameters", value);
  }

  /** Sets {@code DatasetParameters} to a list of these; see {@link #datasetParameters(List)}. */
  public DataSet datasetParameters(DatasetParameter... values) {
    return set("DatasetParameters", Value.list(values));
  }

  /**
   * The folder that contains fields and nested subfolders for your dataset.
   *
   * <p>CloudFormation property {@code FieldFolders}.
   */
  public DataSet fieldFolders(Map<String, FieldFolder> value) {
    return set("FieldFolders", Value.mapOf(value));
  }

  /** Sets {@code FieldFolders} to this value; see {@link #fieldFolders(Map)}. */
  public DataSet fieldFolders(Value<Map<String, FieldFolder>> value) {
    return set("FieldFolders", value);
  }

  /**
   * &lt;p&gt;When you create the dataset, Amazon QuickSight adds the dataset to these
   * folders.&lt;/p&gt;
   *
   * <p>CloudFormation property {@code FolderArns}.
   */
  public DataSet folderArns(List<String> value) {
    return set("FolderArns", Value.listOf(value));
  }

  /** Sets {@code FolderArns} to this value; see {@link #folderArns(List)}. */
  public DataSet folderArns(Value<List<String>> value) {
    return set("FolderArns", value);
  }

  /**
   * Indicates whether you want to import the data into SPICE.
   *
   * <p>Allowed values: {@code SPICE}, {@code DIRECT_QUERY}. CloudFormation property {@code
   * ImportMode}.
   */
  public DataSet importMode(String value) {
    return set("ImportMode", Value.of(value));
  }

  /** Sets {@code ImportMode} to this value; see {@link #importMode(String)}. */
  public DataSet importMode(Value<String> value) {
    return set("ImportMode", value);
  }

  /**
   * The wait policy to use when creating or updating a Dataset. The default is to wait for SPICE
   * ingestion to finish with timeout of 36 hours.
   *
   * <p>CloudFormation property {@code IngestionWaitPolicy}.
   */
  public DataSet ingestionWaitPolicy(Value<IngestionWaitPolicy> value) {
    return set("IngestionWaitPolicy", value);
  }

  /**
   * CloudFormation property {@code LogicalTableMap}.
   *
   * @deprecated The specification marks {@code LogicalTableMap} deprecated.
   */
  @Deprecated
  public DataSet logicalTableMap(Map<String, LogicalTable> value) {
    return set("LogicalTableMap", Value.mapOf(value));
  }

  /**
   * Sets {@code LogicalTableMap} to this value; see {@link #logicalTableMap(Map)}.
   *
   * @deprecated The specification marks {@code LogicalTableMap} deprecated.
   */
  @Deprecated
  public DataSet logicalTableMap(Value<Map<String, LogicalTable>> value) {
    return set("LogicalTableMap", value);
  }

  /**
   * The display name for the dataset.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public DataSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The performance optimization configuration of a dataset.
   *
   * <p>CloudFormation property {@code PerformanceConfiguration}.
   */
  public DataSet performanceConfiguration(Value<PerformanceConfiguration> value) {
    return set("PerformanceConfiguration", value);
  }

  /**
   * A list of resource permissions on the dataset.
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public DataSet permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public DataSet permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public DataSet permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /**
   * Declares the physical tables that are available in the underlying data sources.
   *
   * <p>CloudFormation property {@code PhysicalTableMap}.
   */
  public DataSet physicalTableMap(Map<String, PhysicalTable> value) {
    return set("PhysicalTableMap", Value.mapOf(value));
  }

  /** Sets {@code PhysicalTableMap} to this value; see {@link #physicalTableMap(Map)}. */
  public DataSet physicalTableMap(Value<Map<String, PhysicalTable>> value) {
    return set("PhysicalTableMap", value);
  }

  /**
   * &lt;p&gt;Information about a dataset that contains permissions for row-level security (RLS).
   * The permissions dataset maps fields to users or groups. For more information, see &lt;a
   * href="https://docs.aws.amazon.com/quicksight/latest/user/restrict-access-to-a-data-set-using-row-level-security.html"&gt;Using
   * Row-Level Security (RLS) to Restrict Access to a Dataset&lt;/a&gt; in the &lt;i&gt;Amazon
   * QuickSight User Guide&lt;/i&gt;.&lt;/p&gt; &lt;p&gt;The option to deny permissions by setting
   * &lt;code&gt;PermissionPolicy&lt;/code&gt; to &lt;code&gt;DENY_ACCESS&lt;/code&gt; is not
   * supported for new RLS datasets.&lt;/p&gt;
   *
   * <p>CloudFormation property {@code RowLevelPermissionDataSet}.
   *
   * @deprecated The specification marks {@code RowLevelPermissionDataSet} deprecated.
   */
  @Deprecated
  public DataSet rowLevelPermissionDataSet(Value<RowLevelPermissionDataSet> value) {
    return set("RowLevelPermissionDataSet", value);
  }

  /**
   * &lt;p&gt;The configuration of tags on a dataset to set row-level security. &lt;/p&gt;
   *
   * <p>CloudFormation property {@code RowLevelPermissionTagConfiguration}.
   *
   * @deprecated The specification marks {@code RowLevelPermissionTagConfiguration} deprecated.
   */
  @Deprecated
  public DataSet rowLevelPermissionTagConfiguration(Value<RowLevelPermissionTagConfiguration> value) {
    return set("RowLevelPermissionTagConfiguration", value);
  }

  /**
   * The semantic model configuration associated with this dataset.
   *
   * <p>CloudFormation property {@code SemanticModelConfiguration}.
   */
  public DataSet semanticModelConfiguration(Value<SemanticModelConfiguration> value) {
    return set("SemanticModelConfiguration", value);
  }

  /**
   * Contains a map of the key-value pairs for the resource tag or tags assigned to the dataset.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The usage of the dataset.
   *
   * <p>Allowed values: {@code RLS_RULES}, {@code CATALOG}. CloudFormation property {@code UseAs}.
   */
  public DataSet useAs(String value) {
    return set("UseAs", Value.of(value));
  }

  /** Sets {@code UseAs} to this value; see {@link #useAs(String)}. */
  public DataSet useAs(Value<String> value) {
    return set("UseAs", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * &lt;p&gt;The amount of SPICE capacity used by this dataset. This is 0 if the dataset isn't
   * imported into SPICE.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConsumedSpiceCapacityInBytes}.
   */
  public Value<Double> consumedSpiceCapacityInBytes() {
    return getAtt("ConsumedSpiceCapacityInBytes");
  }

  /**
   * The time this dataset version was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The time this dataset version was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * &lt;p&gt;The list of columns after all transforms. These columns are available in templates,
   * analyses, and dashboards.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutputColumns}.
   */
  public Value<List<OutputColumn>> outputColumns() {
    return getAtt("OutputColumns");
  }

  /** Property type {@code AWS::QuickSight::DataSet.AdditionalNotes}. */
  public static final class AdditionalNotes extends Struct<AdditionalNotes> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.AdditionalNotes");

    public AdditionalNotes() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Text}. */
    public AdditionalNotes text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public AdditionalNotes text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * A transform operation that groups rows by specified columns and applies aggregation functions
   * to calculate summary values.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.AggregateOperation}.
   */
  public static final class AggregateOperation extends Struct<AggregateOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.AggregateOperation")
        .required("Aggregations", "Alias", "Source")
        .build();

    public AggregateOperation() {
      super(SCHEMA);
    }

    /**
     * The list of aggregation functions to apply to the grouped data, such as <code>SUM</code> ,
     * <code>COUNT</code> , or <code>AVERAGE</code> .
     *
     * <p>Required. CloudFormation property {@code Aggregations}.
     */
    public AggregateOperation aggregations(List<Aggregation> value) {
      return set("Aggregations", Value.listOf(value));
    }

    /** Sets {@code Aggregations} to this value; see {@link #aggregations(List)}. */
    public AggregateOperation aggregations(Value<List<Aggregation>> value) {
      return set("Aggregations", value);
    }

    /** Sets {@code Aggregations} to a list of these; see {@link #aggregations(List)}. */
    public AggregateOperation aggregations(Aggregation... values) {
      return set("Aggregations", Value.list(values));
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public AggregateOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public AggregateOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of column names to group by when performing the aggregation. Rows with the same
     * values in these columns will be grouped together.
     *
     * <p>CloudFormation property {@code GroupByColumnNames}.
     */
    public AggregateOperation groupByColumnNames(List<String> value) {
      return set("GroupByColumnNames", Value.listOf(value));
    }

    /** Sets {@code GroupByColumnNames} to this value; see {@link #groupByColumnNames(List)}. */
    public AggregateOperation groupByColumnNames(Value<List<String>> value) {
      return set("GroupByColumnNames", value);
    }

    /**
     * The source transform operation that provides input data for the aggregation.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public AggregateOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Defines an aggregation function to be applied to grouped data, creating a new column with the
   * calculated result.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.Aggregation}.
   */
  public static final class Aggregation extends Struct<Aggregation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.Aggregation")
        .required("AggregationFunction", "NewColumnId", "NewColumnName")
        .build();

    public Aggregation() {
      super(SCHEMA);
    }

    /**
     * The aggregation function to apply, such as <code>SUM</code> , <code>COUNT</code> ,
     * <code>AVERAGE</code> , <code>MIN</code> , <code>MAX</code>
     *
     * <p>Required. CloudFormation property {@code AggregationFunction}.
     */
    public Aggregation aggregationFunction(Value<DataPrepAggregationFunction> value) {
      return set("AggregationFunction", value);
    }

    /**
     * A unique identifier for the new column that will contain the aggregated values.
     *
     * <p>Required. CloudFormation property {@code NewColumnId}.
     */
    public Aggregation newColumnId(String value) {
      return set("NewColumnId", Value.of(value));
    }

    /** Sets {@code NewColumnId} to this value; see {@link #newColumnId(String)}. */
    public Aggregation newColumnId(Value<String> value) {
      return set("NewColumnId", value);
    }

    /**
     * The name for the new column that will contain the aggregated values.
     *
     * <p>Required. CloudFormation property {@code NewColumnName}.
     */
    public Aggregation newColumnName(String value) {
      return set("NewColumnName", Value.of(value));
    }

    /** Sets {@code NewColumnName} to this value; see {@link #newColumnName(String)}. */
    public Aggregation newColumnName(Value<String> value) {
      return set("NewColumnName", value);
    }
  }

  /**
   * A transform operation that combines rows from two data sources by stacking them vertically
   * (union operation).
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.AppendOperation}.
   */
  public static final class AppendOperation extends Struct<AppendOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.AppendOperation")
        .required("Alias", "AppendedColumns")
        .build();

    public AppendOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public AppendOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public AppendOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of columns to include in the appended result, mapping columns from both sources.
     *
     * <p>Required. CloudFormation property {@code AppendedColumns}.
     */
    public AppendOperation appendedColumns(List<AppendedColumn> value) {
      return set("AppendedColumns", Value.listOf(value));
    }

    /** Sets {@code AppendedColumns} to this value; see {@link #appendedColumns(List)}. */
    public AppendOperation appendedColumns(Value<List<AppendedColumn>> value) {
      return set("AppendedColumns", value);
    }

    /** Sets {@code AppendedColumns} to a list of these; see {@link #appendedColumns(List)}. */
    public AppendOperation appendedColumns(AppendedColumn... values) {
      return set("AppendedColumns", Value.list(values));
    }

    /**
     * The first data source to be included in the append operation.
     *
     * <p>CloudFormation property {@code FirstSource}.
     */
    public AppendOperation firstSource(Value<TransformOperationSource> value) {
      return set("FirstSource", value);
    }

    /**
     * The second data source to be appended to the first source.
     *
     * <p>CloudFormation property {@code SecondSource}.
     */
    public AppendOperation secondSource(Value<TransformOperationSource> value) {
      return set("SecondSource", value);
    }
  }

  /**
   * Represents a column that will be included in the result of an append operation, combining data
   * from multiple sources.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.AppendedColumn}.
   */
  public static final class AppendedColumn extends Struct<AppendedColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.AppendedColumn")
        .required("ColumnName", "NewColumnId")
        .build();

    public AppendedColumn() {
      super(SCHEMA);
    }

    /**
     * The name of the column to include in the appended result.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public AppendedColumn columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public AppendedColumn columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * A unique identifier for the column in the appended result.
     *
     * <p>Required. CloudFormation property {@code NewColumnId}.
     */
    public AppendedColumn newColumnId(String value) {
      return set("NewColumnId", Value.of(value));
    }

    /** Sets {@code NewColumnId} to this value; see {@link #newColumnId(String)}. */
    public AppendedColumn newColumnId(Value<String> value) {
      return set("NewColumnId", value);
    }
  }

  /**
   * A calculated column for a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.CalculatedColumn}.
   */
  public static final class CalculatedColumn extends Struct<CalculatedColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.CalculatedColumn")
        .required("ColumnId", "ColumnName", "Expression")
        .build();

    public CalculatedColumn() {
      super(SCHEMA);
    }

    /**
     * A unique ID to identify a calculated column. During a dataset update, if the column ID of a
     * calculated column matches that of an existing calculated column, Quick Sight preserves the
     * existing calculated column.
     *
     * <p>Required. CloudFormation property {@code ColumnId}.
     */
    public CalculatedColumn columnId(String value) {
      return set("ColumnId", Value.of(value));
    }

    /** Sets {@code ColumnId} to this value; see {@link #columnId(String)}. */
    public CalculatedColumn columnId(Value<String> value) {
      return set("ColumnId", value);
    }

    /**
     * Column name.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public CalculatedColumn columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public CalculatedColumn columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * An expression that defines the calculated column.
     *
     * <p>Required. CloudFormation property {@code Expression}.
     */
    public CalculatedColumn expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public CalculatedColumn expression(Value<String> value) {
      return set("Expression", value);
    }
  }

  /**
   * A transform operation that casts a column to a different type.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.CastColumnTypeOperation}.
   */
  public static final class CastColumnTypeOperation extends Struct<CastColumnTypeOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.CastColumnTypeOperation")
        .required("ColumnName", "NewColumnType")
        .allowed("NewColumnType", "STRING", "INTEGER", "DECIMAL", "DATETIME")
        .allowed("SubType", "FLOAT", "FIXED")
        .build();

    public CastColumnTypeOperation() {
      super(SCHEMA);
    }

    /**
     * Column name.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public CastColumnTypeOperation columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public CastColumnTypeOperation columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * When casting a column from string to datetime type, you can supply a string in a format
     * supported by Quick Sight to denote the source data format.
     *
     * <p>CloudFormation property {@code Format}.
     */
    public CastColumnTypeOperation format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public CastColumnTypeOperation format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * New column data type.
     *
     * <p>Required. Allowed values: {@code STRING}, {@code INTEGER}, {@code DECIMAL}, {@code
     * DATETIME}. CloudFormation property {@code NewColumnType}.
     */
    public CastColumnTypeOperation newColumnType(String value) {
      return set("NewColumnType", Value.of(value));
    }

    /** Sets {@code NewColumnType} to this value; see {@link #newColumnType(String)}. */
    public CastColumnTypeOperation newColumnType(Value<String> value) {
      return set("NewColumnType", value);
    }

    /**
     * The sub data type of the new column. Sub types are only available for decimal columns that
     * are part of a SPICE dataset.
     *
     * <p>Allowed values: {@code FLOAT}, {@code FIXED}. CloudFormation property {@code SubType}.
     */
    public CastColumnTypeOperation subType(String value) {
      return set("SubType", Value.of(value));
    }

    /** Sets {@code SubType} to this value; see {@link #subType(String)}. */
    public CastColumnTypeOperation subType(Value<String> value) {
      return set("SubType", value);
    }
  }

  /**
   * A transform operation that changes the data types of one or more columns in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.CastColumnTypesOperation}.
   */
  public static final class CastColumnTypesOperation extends Struct<CastColumnTypesOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.CastColumnTypesOperation")
        .required("Alias", "CastColumnTypeOperations", "Source")
        .build();

    public CastColumnTypesOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public CastColumnTypesOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public CastColumnTypesOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of column type casting operations to perform.
     *
     * <p>Required. CloudFormation property {@code CastColumnTypeOperations}.
     */
    public CastColumnTypesOperation castColumnTypeOperations(List<CastColumnTypeOperation> value) {
      return set("CastColumnTypeOperations", Value.listOf(value));
    }

    /**
     * Sets {@code CastColumnTypeOperations} to this value; see {@link
     * #castColumnTypeOperations(List)}.
     */
    public CastColumnTypesOperation castColumnTypeOperations(Value<List<CastColumnTypeOperation>> value) {
      return set("CastColumnTypeOperations", value);
    }

    /**
     * Sets {@code CastColumnTypeOperations} to a list of these; see {@link
     * #castColumnTypeOperations(List)}.
     */
    public CastColumnTypesOperation castColumnTypeOperations(CastColumnTypeOperation... values) {
      return set("CastColumnTypeOperations", Value.list(values));
    }

    /**
     * The source transform operation that provides input data for the type casting.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public CastColumnTypesOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Metadata that contains a description for a column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ColumnDescription}.
   */
  public static final class ColumnDescription extends Struct<ColumnDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ColumnDescription");

    public ColumnDescription() {
      super(SCHEMA);
    }

    /**
     * The text of a description for a column.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public ColumnDescription text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public ColumnDescription text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * Groupings of columns that work together in certain Quick Sight features. This is a variant type
   * structure. For this structure to be valid, only one of the attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ColumnGroup}.
   */
  public static final class ColumnGroup extends Struct<ColumnGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ColumnGroup");

    public ColumnGroup() {
      super(SCHEMA);
    }

    /**
     * Geospatial column group that denotes a hierarchy.
     *
     * <p>CloudFormation property {@code GeoSpatialColumnGroup}.
     */
    public ColumnGroup geoSpatialColumnGroup(Value<GeoSpatialColumnGroup> value) {
      return set("GeoSpatialColumnGroup", value);
    }
  }

  /**
   * A rule defined to grant access on one or more restricted columns. Each dataset can have
   * multiple rules. To create a restricted column, you add it to one or more rules. Each rule must
   * contain at least one column and at least one user or group. To be able to see a restricted
   * column, a user or group needs to be added to a rule for that column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ColumnLevelPermissionRule}.
   */
  public static final class ColumnLevelPermissionRule extends Struct<ColumnLevelPermissionRule> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ColumnLevelPermissionRule");

    public ColumnLevelPermissionRule() {
      super(SCHEMA);
    }

    /**
     * An array of column names.
     *
     * <p>CloudFormation property {@code ColumnNames}.
     */
    public ColumnLevelPermissionRule columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public ColumnLevelPermissionRule columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /**
     * An array of Amazon Resource Names (ARNs) for Quick users or groups.
     *
     * <p>CloudFormation property {@code Principals}.
     */
    public ColumnLevelPermissionRule principals(List<String> value) {
      return set("Principals", Value.listOf(value));
    }

    /** Sets {@code Principals} to this value; see {@link #principals(List)}. */
    public ColumnLevelPermissionRule principals(Value<List<String>> value) {
      return set("Principals", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.ColumnSemanticProperty}. */
  public static final class ColumnSemanticProperty extends Struct<ColumnSemanticProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ColumnSemanticProperty");

    public ColumnSemanticProperty() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdditionalNotes}. */
    public ColumnSemanticProperty additionalNotes(Value<AdditionalNotes> value) {
      return set("AdditionalNotes", value);
    }

    /**
     * &lt;p&gt;Metadata that contains a description for a column.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ColumnSemanticProperty description(Value<ColumnDescription> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code SemanticType}. */
    public ColumnSemanticProperty semanticType(Value<ColumnSemanticType> value) {
      return set("SemanticType", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.ColumnSemanticType}. */
  public static final class ColumnSemanticType extends Struct<ColumnSemanticType> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ColumnSemanticType")
        .allowed("GeographicalRole", "COUNTRY", "STATE", "COUNTY", "CITY", "POSTCODE", "LONGITUDE",
            "LATITUDE", "POLITICAL1", "CENSUS_TRACT", "CENSUS_BLOCK_GROUP", "CENSUS_BLOCK")
        .build();

    public ColumnSemanticType() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code COUNTRY}, {@code STATE}, {@code COUNTY}, {@code CITY}, {@code
     * POSTCODE}, {@code LONGITUDE}, {@code LATITUDE}, {@code POLITICAL1}, {@code CENSUS_TRACT},
     * {@code CENSUS_BLOCK_GROUP}, {@code CENSUS_BLOCK}. CloudFormation property {@code
     * GeographicalRole}.
     */
    public ColumnSemanticType geographicalRole(String value) {
      return set("GeographicalRole", Value.of(value));
    }

    /** Sets {@code GeographicalRole} to this value; see {@link #geographicalRole(String)}. */
    public ColumnSemanticType geographicalRole(Value<String> value) {
      return set("GeographicalRole", value);
    }
  }

  /**
   * A tag for a column in a <code><a
   * href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_TagColumnOperation.html">TagColumnOperation</a></code>
   * structure. This is a variant type structure. For this structure to be valid, only one of the
   * attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ColumnTag}.
   */
  public static final class ColumnTag extends Struct<ColumnTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ColumnTag")
        .allowed("ColumnGeographicRole", "COUNTRY", "STATE", "COUNTY", "CITY", "POSTCODE",
            "LONGITUDE", "LATITUDE", "POLITICAL1", "CENSUS_TRACT", "CENSUS_BLOCK_GROUP",
            "CENSUS_BLOCK")
        .build();

    public ColumnTag() {
      super(SCHEMA);
    }

    /**
     * A description for a column.
     *
     * <p>CloudFormation property {@code ColumnDescription}.
     */
    public ColumnTag columnDescription(Value<ColumnDescription> value) {
      return set("ColumnDescription", value);
    }

    /**
     * A geospatial role for a column.
     *
     * <p>Allowed values: {@code COUNTRY}, {@code STATE}, {@code COUNTY}, {@code CITY}, {@code
     * POSTCODE}, {@code LONGITUDE}, {@code LATITUDE}, {@code POLITICAL1}, {@code CENSUS_TRACT},
     * {@code CENSUS_BLOCK_GROUP}, {@code CENSUS_BLOCK}. CloudFormation property {@code
     * ColumnGeographicRole}.
     */
    public ColumnTag columnGeographicRole(String value) {
      return set("ColumnGeographicRole", Value.of(value));
    }

    /**
     * Sets {@code ColumnGeographicRole} to this value; see {@link #columnGeographicRole(String)}.
     */
    public ColumnTag columnGeographicRole(Value<String> value) {
      return set("ColumnGeographicRole", value);
    }
  }

  /**
   * Specifies a column to be unpivoted, transforming it from a column into rows with associated
   * values.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ColumnToUnpivot}.
   */
  public static final class ColumnToUnpivot extends Struct<ColumnToUnpivot> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ColumnToUnpivot");

    public ColumnToUnpivot() {
      super(SCHEMA);
    }

    /**
     * The name of the column to unpivot from the source data.
     *
     * <p>CloudFormation property {@code ColumnName}.
     */
    public ColumnToUnpivot columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public ColumnToUnpivot columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The value to assign to this column in the unpivoted result, typically the column name or a
     * descriptive label.
     *
     * <p>CloudFormation property {@code NewValue}.
     */
    public ColumnToUnpivot newValue(String value) {
      return set("NewValue", Value.of(value));
    }

    /** Sets {@code NewValue} to this value; see {@link #newValue(String)}. */
    public ColumnToUnpivot newValue(Value<String> value) {
      return set("NewValue", value);
    }
  }

  /**
   * A transform operation that creates calculated columns. Columns created in one such operation
   * form a lexical closure.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.CreateColumnsOperation}.
   */
  public static final class CreateColumnsOperation extends Struct<CreateColumnsOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.CreateColumnsOperation")
        .required("Columns")
        .build();

    public CreateColumnsOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>CloudFormation property {@code Alias}.
     */
    public CreateColumnsOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public CreateColumnsOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * Calculated columns to create.
     *
     * <p>Required. CloudFormation property {@code Columns}.
     */
    public CreateColumnsOperation columns(List<CalculatedColumn> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public CreateColumnsOperation columns(Value<List<CalculatedColumn>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public CreateColumnsOperation columns(CalculatedColumn... values) {
      return set("Columns", Value.list(values));
    }

    /**
     * The source transform operation that provides input data for creating new calculated columns.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public CreateColumnsOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.CustomInstruction}. */
  public static final class CustomInstruction extends Struct<CustomInstruction> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.CustomInstruction");

    public CustomInstruction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InlineCustomInstruction}. */
    public CustomInstruction inlineCustomInstruction(Value<InlineCustomInstruction> value) {
      return set("InlineCustomInstruction", value);
    }
  }

  /**
   * A physical table type built from the results of the custom SQL query.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.CustomSql}.
   */
  public static final class CustomSql extends Struct<CustomSql> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.CustomSql")
        .required("Columns", "DataSourceArn", "Name", "SqlQuery")
        .build();

    public CustomSql() {
      super(SCHEMA);
    }

    /**
     * The column schema from the SQL query result set.
     *
     * <p>Required. CloudFormation property {@code Columns}.
     */
    public CustomSql columns(List<InputColumn> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public CustomSql columns(Value<List<InputColumn>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public CustomSql columns(InputColumn... values) {
      return set("Columns", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) of the data source.
     *
     * <p>Required. CloudFormation property {@code DataSourceArn}.
     */
    public CustomSql dataSourceArn(String value) {
      return set("DataSourceArn", Value.of(value));
    }

    /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
    public CustomSql dataSourceArn(Value<String> value) {
      return set("DataSourceArn", value);
    }

    /**
     * A display name for the SQL query result.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public CustomSql name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CustomSql name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The SQL query.
     *
     * <p>Required. CloudFormation property {@code SqlQuery}.
     */
    public CustomSql sqlQuery(String value) {
      return set("SqlQuery", Value.of(value));
    }

    /** Sets {@code SqlQuery} to this value; see {@link #sqlQuery(String)}. */
    public CustomSql sqlQuery(Value<String> value) {
      return set("SqlQuery", value);
    }
  }

  /**
   * Defines the type of aggregation function to apply to data during data preparation, supporting
   * simple and list aggregations.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataPrepAggregationFunction}.
   */
  public static final class DataPrepAggregationFunction extends Struct<DataPrepAggregationFunction> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataPrepAggregationFunction");

    public DataPrepAggregationFunction() {
      super(SCHEMA);
    }

    /**
     * A list aggregation function that concatenates values from multiple rows into a single
     * delimited string.
     *
     * <p>CloudFormation property {@code ListAggregation}.
     */
    public DataPrepAggregationFunction listAggregation(Value<DataPrepListAggregationFunction> value) {
      return set("ListAggregation", value);
    }

    /** CloudFormation property {@code PercentileAggregation}. */
    public DataPrepAggregationFunction percentileAggregation(Value<DataPrepPercentileAggregationFunction> value) {
      return set("PercentileAggregation", value);
    }

    /**
     * A simple aggregation function such as <code>SUM</code> , <code>COUNT</code> ,
     * <code>AVERAGE</code> , <code>MIN</code> , <code>MAX</code> , <code>MEDIAN</code> ,
     * <code>VARIANCE</code> , or <code>STANDARD_DEVIATION</code> .
     *
     * <p>CloudFormation property {@code SimpleAggregation}.
     */
    public DataPrepAggregationFunction simpleAggregation(Value<DataPrepSimpleAggregationFunction> value) {
      return set("SimpleAggregation", value);
    }
  }

  /**
   * Configuration for data preparation operations, defining the complete pipeline from source
   * tables through transformations to destination tables.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataPrepConfiguration}.
   */
  public static final class DataPrepConfiguration extends Struct<DataPrepConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataPrepConfiguration")
        .required("DestinationTableMap", "SourceTableMap", "TransformStepMap")
        .build();

    public DataPrepConfiguration() {
      super(SCHEMA);
    }

    /**
     * A map of destination tables that receive the final prepared data.
     *
     * <p>Required. CloudFormation property {@code DestinationTableMap}.
     */
    public DataPrepConfiguration destinationTableMap(Map<String, DestinationTable> value) {
      return set("DestinationTableMap", Value.mapOf(value));
    }

    /** Sets {@code DestinationTableMap} to this value; see {@link #destinationTableMap(Map)}. */
    public DataPrepConfiguration destinationTableMap(Value<Map<String, DestinationTable>> value) {
      return set("DestinationTableMap", value);
    }

    /**
     * A map of source tables that provide information about underlying sources.
     *
     * <p>Required. CloudFormation property {@code SourceTableMap}.
     */
    public DataPrepConfiguration sourceTableMap(Map<String, SourceTable> value) {
      return set("SourceTableMap", Value.mapOf(value));
    }

    /** Sets {@code SourceTableMap} to this value; see {@link #sourceTableMap(Map)}. */
    public DataPrepConfiguration sourceTableMap(Value<Map<String, SourceTable>> value) {
      return set("SourceTableMap", value);
    }

    /**
     * A map of transformation steps that process the data.
     *
     * <p>Required. CloudFormation property {@code TransformStepMap}.
     */
    public DataPrepConfiguration transformStepMap(Map<String, TransformStep> value) {
      return set("TransformStepMap", Value.mapOf(value));
    }

    /** Sets {@code TransformStepMap} to this value; see {@link #transformStepMap(Map)}. */
    public DataPrepConfiguration transformStepMap(Value<Map<String, TransformStep>> value) {
      return set("TransformStepMap", value);
    }
  }

  /**
   * An aggregation function that concatenates values from multiple rows into a single string with a
   * specified separator.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataPrepListAggregationFunction}.
   */
  public static final class DataPrepListAggregationFunction extends Struct<DataPrepListAggregationFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataPrepListAggregationFunction")
        .required("Distinct", "Separator")
        .build();

    public DataPrepListAggregationFunction() {
      super(SCHEMA);
    }

    /**
     * Whether to include only distinct values in the concatenated result, removing duplicates.
     *
     * <p>Required. Default: {@code false}. CloudFormation property {@code Distinct}.
     */
    public DataPrepListAggregationFunction distinct(boolean value) {
      return set("Distinct", Value.of(value));
    }

    /** Sets {@code Distinct} to this value; see {@link #distinct(boolean)}. */
    public DataPrepListAggregationFunction distinct(Value<Boolean> value) {
      return set("Distinct", value);
    }

    /**
     * The name of the column containing values to be concatenated.
     *
     * <p>CloudFormation property {@code InputColumnName}.
     */
    public DataPrepListAggregationFunction inputColumnName(String value) {
      return set("InputColumnName", Value.of(value));
    }

    /** Sets {@code InputColumnName} to this value; see {@link #inputColumnName(String)}. */
    public DataPrepListAggregationFunction inputColumnName(Value<String> value) {
      return set("InputColumnName", value);
    }

    /**
     * The string used to separate values in the concatenated result.
     *
     * <p>Required. CloudFormation property {@code Separator}.
     */
    public DataPrepListAggregationFunction separator(String value) {
      return set("Separator", Value.of(value));
    }

    /** Sets {@code Separator} to this value; see {@link #separator(String)}. */
    public DataPrepListAggregationFunction separator(Value<String> value) {
      return set("Separator", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.DataPrepPercentileAggregationFunction}. */
  public static final class DataPrepPercentileAggregationFunction extends Struct<DataPrepPercentileAggregationFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataPrepPercentileAggregationFunction")
        .required("PercentileValue")
        .build();

    public DataPrepPercentileAggregationFunction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InputColumnName}. */
    public DataPrepPercentileAggregationFunction inputColumnName(String value) {
      return set("InputColumnName", Value.of(value));
    }

    /** Sets {@code InputColumnName} to this value; see {@link #inputColumnName(String)}. */
    public DataPrepPercentileAggregationFunction inputColumnName(Value<String> value) {
      return set("InputColumnName", value);
    }

    /** Required. Default: {@code 0}. CloudFormation property {@code PercentileValue}. */
    public DataPrepPercentileAggregationFunction percentileValue(double value) {
      return set("PercentileValue", Value.of(value));
    }

    /** Sets {@code PercentileValue} to this value; see {@link #percentileValue(double)}. */
    public DataPrepPercentileAggregationFunction percentileValue(Value<Double> value) {
      return set("PercentileValue", value);
    }
  }

  /**
   * A simple aggregation function that performs standard statistical operations on a column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataPrepSimpleAggregationFunction}.
   */
  public static final class DataPrepSimpleAggregationFunction extends Struct<DataPrepSimpleAggregationFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataPrepSimpleAggregationFunction")
        .required("FunctionType")
        .allowed("FunctionType", "COUNT", "DISTINCT_COUNT", "SUM", "AVERAGE", "MEDIAN", "MAX",
            "MIN", "VARIANCE", "STANDARD_DEVIATION")
        .build();

    public DataPrepSimpleAggregationFunction() {
      super(SCHEMA);
    }

    /**
     * The type of aggregation function to perform, such as <code>COUNT</code> , <code>SUM</code> ,
     * <code>AVERAGE</code> , <code>MIN</code> , <code>MAX</code> , <code>MEDIAN</code> ,
     * <code>VARIANCE</code> , or <code>STANDARD_DEVIATION</code> .
     *
     * <p>Required. Allowed values: {@code COUNT}, {@code DISTINCT_COUNT}, {@code SUM}, {@code
     * AVERAGE}, {@code MEDIAN}, {@code MAX}, {@code MIN}, {@code VARIANCE}, {@code
     * STANDARD_DEVIATION}. CloudFormation property {@code FunctionType}.
     */
    public DataPrepSimpleAggregationFunction functionType(String value) {
      return set("FunctionType", Value.of(value));
    }

    /** Sets {@code FunctionType} to this value; see {@link #functionType(String)}. */
    public DataPrepSimpleAggregationFunction functionType(Value<String> value) {
      return set("FunctionType", value);
    }

    /**
     * The name of the column on which to perform the aggregation function.
     *
     * <p>CloudFormation property {@code InputColumnName}.
     */
    public DataPrepSimpleAggregationFunction inputColumnName(String value) {
      return set("InputColumnName", Value.of(value));
    }

    /** Sets {@code InputColumnName} to this value; see {@link #inputColumnName(String)}. */
    public DataPrepSimpleAggregationFunction inputColumnName(Value<String> value) {
      return set("InputColumnName", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.DataSetColumnIdMapping}. */
  public static final class DataSetColumnIdMapping extends Struct<DataSetColumnIdMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetColumnIdMapping")
        .required("SourceColumnId", "TargetColumnId")
        .build();

    public DataSetColumnIdMapping() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code SourceColumnId}. */
    public DataSetColumnIdMapping sourceColumnId(String value) {
      return set("SourceColumnId", Value.of(value));
    }

    /** Sets {@code SourceColumnId} to this value; see {@link #sourceColumnId(String)}. */
    public DataSetColumnIdMapping sourceColumnId(Value<String> value) {
      return set("SourceColumnId", value);
    }

    /** Required. CloudFormation property {@code TargetColumnId}. */
    public DataSetColumnIdMapping targetColumnId(String value) {
      return set("TargetColumnId", Value.of(value));
    }

    /** Sets {@code TargetColumnId} to this value; see {@link #targetColumnId(String)}. */
    public DataSetColumnIdMapping targetColumnId(Value<String> value) {
      return set("TargetColumnId", value);
    }
  }

  /**
   * A filter condition that compares date values using operators like <code>BEFORE</code> ,
   * <code>AFTER</code> , or their inclusive variants.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetDateComparisonFilterCondition}.
   */
  public static final class DataSetDateComparisonFilterCondition extends Struct<DataSetDateComparisonFilterCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetDateComparisonFilterCondition")
        .required("Operator")
        .allowed("Operator", "BEFORE", "BEFORE_OR_EQUALS_TO", "AFTER", "AFTER_OR_EQUALS_TO")
        .build();

    public DataSetDateComparisonFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The comparison operator to use, such as <code>BEFORE</code> ,
     * <code>BEFORE_OR_EQUALS_TO</code> , <code>AFTER</code> , or <code>AFTER_OR_EQUALS_TO</code> .
     *
     * <p>Required. Allowed values: {@code BEFORE}, {@code BEFORE_OR_EQUALS_TO}, {@code AFTER},
     * {@code AFTER_OR_EQUALS_TO}. CloudFormation property {@code Operator}.
     */
    public DataSetDateComparisonFilterCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DataSetDateComparisonFilterCondition operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The date value to compare against.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DataSetDateComparisonFilterCondition value(Value<DataSetDateFilterValue> value) {
      return set("Value", value);
    }
  }

  /**
   * A filter condition for date columns, supporting both comparison and range-based filtering.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetDateFilterCondition}.
   */
  public static final class DataSetDateFilterCondition extends Struct<DataSetDateFilterCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetDateFilterCondition");

    public DataSetDateFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The name of the date column to filter.
     *
     * <p>CloudFormation property {@code ColumnName}.
     */
    public DataSetDateFilterCondition columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public DataSetDateFilterCondition columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * A comparison-based filter condition for the date column.
     *
     * <p>CloudFormation property {@code ComparisonFilterCondition}.
     */
    public DataSetDateFilterCondition comparisonFilterCondition(Value<DataSetDateComparisonFilterCondition> value) {
      return set("ComparisonFilterCondition", value);
    }

    /**
     * A range-based filter condition for the date column, filtering values between minimum and
     * maximum dates.
     *
     * <p>CloudFormation property {@code RangeFilterCondition}.
     */
    public DataSetDateFilterCondition rangeFilterCondition(Value<DataSetDateRangeFilterCondition> value) {
      return set("RangeFilterCondition", value);
    }
  }

  /**
   * Represents a date value used in filter conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetDateFilterValue}.
   */
  public static final class DataSetDateFilterValue extends Struct<DataSetDateFilterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetDateFilterValue");

    public DataSetDateFilterValue() {
      super(SCHEMA);
    }

    /**
     * A static date value used for filtering.
     *
     * <p>CloudFormation property {@code StaticValue}.
     */
    public DataSetDateFilterValue staticValue(String value) {
      return set("StaticValue", Value.of(value));
    }

    /** Sets {@code StaticValue} to this value; see {@link #staticValue(String)}. */
    public DataSetDateFilterValue staticValue(Value<String> value) {
      return set("StaticValue", value);
    }
  }

  /**
   * A filter condition that filters date values within a specified range.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetDateRangeFilterCondition}.
   */
  public static final class DataSetDateRangeFilterCondition extends Struct<DataSetDateRangeFilterCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetDateRangeFilterCondition");

    public DataSetDateRangeFilterCondition() {
      super(SCHEMA);
    }

    /**
     * Whether to include the maximum value in the filter range.
     *
     * <p>CloudFormation property {@code IncludeMaximum}.
     */
    public DataSetDateRangeFilterCondition includeMaximum(boolean value) {
      return set("IncludeMaximum", Value.of(value));
    }

    /** Sets {@code IncludeMaximum} to this value; see {@link #includeMaximum(boolean)}. */
    public DataSetDateRangeFilterCondition includeMaximum(Value<Boolean> value) {
      return set("IncludeMaximum", value);
    }

    /**
     * Whether to include the minimum value in the filter range.
     *
     * <p>CloudFormation property {@code IncludeMinimum}.
     */
    public DataSetDateRangeFilterCondition includeMinimum(boolean value) {
      return set("IncludeMinimum", Value.of(value));
    }

    /** Sets {@code IncludeMinimum} to this value; see {@link #includeMinimum(boolean)}. */
    public DataSetDateRangeFilterCondition includeMinimum(Value<Boolean> value) {
      return set("IncludeMinimum", value);
    }

    /**
     * The maximum date value for the range filter.
     *
     * <p>CloudFormation property {@code RangeMaximum}.
     */
    public DataSetDateRangeFilterCondition rangeMaximum(Value<DataSetDateFilterValue> value) {
      return set("RangeMaximum", value);
    }

    /**
     * The minimum date value for the range filter.
     *
     * <p>CloudFormation property {@code RangeMinimum}.
     */
    public DataSetDateRangeFilterCondition rangeMinimum(Value<DataSetDateFilterValue> value) {
      return set("RangeMinimum", value);
    }
  }

  /**
   * A filter condition that compares numeric values using operators like <code>EQUALS</code> ,
   * <code>GREATER_THAN</code> , or <code>LESS_THAN</code> .
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetNumericComparisonFilterCondition}.
   */
  public static final class DataSetNumericComparisonFilterCondition extends Struct<DataSetNumericComparisonFilterCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetNumericComparisonFilterCondition")
        .required("Operator")
        .allowed("Operator", "EQUALS", "DOES_NOT_EQUAL", "GREATER_THAN",
            "GREATER_THAN_OR_EQUALS_TO", "LESS_THAN", "LESS_THAN_OR_EQUALS_TO")
        .build();

    public DataSetNumericComparisonFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The comparison operator to use, such as <code>EQUALS</code> , <code>GREATER_THAN</code> ,
     * <code>LESS_THAN</code> , or their variants.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code DOES_NOT_EQUAL}, {@code GREATER_THAN},
     * {@code GREATER_THAN_OR_EQUALS_TO}, {@code LESS_THAN}, {@code LESS_THAN_OR_EQUALS_TO}.
     * CloudFormation property {@code Operator}.
     */
    public DataSetNumericComparisonFilterCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DataSetNumericComparisonFilterCondition operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The numeric value to compare against.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DataSetNumericComparisonFilterCondition value(Value<DataSetNumericFilterValue> value) {
      return set("Value", value);
    }
  }

  /**
   * A filter condition for numeric columns, supporting both comparison and range-based filtering.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetNumericFilterCondition}.
   */
  public static final class DataSetNumericFilterCondition extends Struct<DataSetNumericFilterCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetNumericFilterCondition");

    public DataSetNumericFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The name of the numeric column to filter.
     *
     * <p>CloudFormation property {@code ColumnName}.
     */
    public DataSetNumericFilterCondition columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public DataSetNumericFilterCondition columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * A comparison-based filter condition for the numeric column.
     *
     * <p>CloudFormation property {@code ComparisonFilterCondition}.
     */
    public DataSetNumericFilterCondition comparisonFilterCondition(Value<DataSetNumericComparisonFilterCondition> value) {
      return set("ComparisonFilterCondition", value);
    }

    /**
     * A range-based filter condition for the numeric column, filtering values between minimum and
     * maximum numbers.
     *
     * <p>CloudFormation property {@code RangeFilterCondition}.
     */
    public DataSetNumericFilterCondition rangeFilterCondition(Value<DataSetNumericRangeFilterCondition> value) {
      return set("RangeFilterCondition", value);
    }
  }

  /**
   * Represents a numeric value used in filter conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetNumericFilterValue}.
   */
  public static final class DataSetNumericFilterValue extends Struct<DataSetNumericFilterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetNumericFilterValue");

    public DataSetNumericFilterValue() {
      super(SCHEMA);
    }

    /**
     * A static numeric value used for filtering.
     *
     * <p>CloudFormation property {@code StaticValue}.
     */
    public DataSetNumericFilterValue staticValue(double value) {
      return set("StaticValue", Value.of(value));
    }

    /** Sets {@code StaticValue} to this value; see {@link #staticValue(double)}. */
    public DataSetNumericFilterValue staticValue(Value<Double> value) {
      return set("StaticValue", value);
    }
  }

  /**
   * A filter condition that filters numeric values within a specified range.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetNumericRangeFilterCondition}.
   */
  public static final class DataSetNumericRangeFilterCondition extends Struct<DataSetNumericRangeFilterCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetNumericRangeFilterCondition");

    public DataSetNumericRangeFilterCondition() {
      super(SCHEMA);
    }

    /**
     * Whether to include the maximum value in the filter range.
     *
     * <p>CloudFormation property {@code IncludeMaximum}.
     */
    public DataSetNumericRangeFilterCondition includeMaximum(boolean value) {
      return set("IncludeMaximum", Value.of(value));
    }

    /** Sets {@code IncludeMaximum} to this value; see {@link #includeMaximum(boolean)}. */
    public DataSetNumericRangeFilterCondition includeMaximum(Value<Boolean> value) {
      return set("IncludeMaximum", value);
    }

    /**
     * Whether to include the minimum value in the filter range.
     *
     * <p>CloudFormation property {@code IncludeMinimum}.
     */
    public DataSetNumericRangeFilterCondition includeMinimum(boolean value) {
      return set("IncludeMinimum", Value.of(value));
    }

    /** Sets {@code IncludeMinimum} to this value; see {@link #includeMinimum(boolean)}. */
    public DataSetNumericRangeFilterCondition includeMinimum(Value<Boolean> value) {
      return set("IncludeMinimum", value);
    }

    /**
     * The maximum numeric value for the range filter.
     *
     * <p>CloudFormation property {@code RangeMaximum}.
     */
    public DataSetNumericRangeFilterCondition rangeMaximum(Value<DataSetNumericFilterValue> value) {
      return set("RangeMaximum", value);
    }

    /**
     * The minimum numeric value for the range filter.
     *
     * <p>CloudFormation property {@code RangeMinimum}.
     */
    public DataSetNumericRangeFilterCondition rangeMinimum(Value<DataSetNumericFilterValue> value) {
      return set("RangeMinimum", value);
    }
  }

  /**
   * The refresh properties of a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetRefreshProperties}.
   */
  public static final class DataSetRefreshProperties extends Struct<DataSetRefreshProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetRefreshProperties");

    public DataSetRefreshProperties() {
      super(SCHEMA);
    }

    /**
     * The failure configuration for a dataset.
     *
     * <p>CloudFormation property {@code FailureConfiguration}.
     */
    public DataSetRefreshProperties failureConfiguration(Value<RefreshFailureConfiguration> value) {
      return set("FailureConfiguration", value);
    }

    /**
     * The refresh configuration for a dataset.
     *
     * <p>CloudFormation property {@code RefreshConfiguration}.
     */
    public DataSetRefreshProperties refreshConfiguration(Value<RefreshConfiguration> value) {
      return set("RefreshConfiguration", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.DataSetSemanticDescription}. */
  public static final class DataSetSemanticDescription extends Struct<DataSetSemanticDescription> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetSemanticDescription")
        .required("Text")
        .constrain("Text", Constraint.of().minLength(1).maxLength(500))
        .build();

    public DataSetSemanticDescription() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 500 characters. CloudFormation property {@code Text}. */
    public DataSetSemanticDescription text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public DataSetSemanticDescription text(Value<String> value) {
      return set("Text", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.DataSetSemanticMetadata}. */
  public static final class DataSetSemanticMetadata extends Struct<DataSetSemanticMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetSemanticMetadata");

    public DataSetSemanticMetadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomInstructions}. */
    public DataSetSemanticMetadata customInstructions(List<CustomInstruction> value) {
      return set("CustomInstructions", Value.listOf(value));
    }

    /** Sets {@code CustomInstructions} to this value; see {@link #customInstructions(List)}. */
    public DataSetSemanticMetadata customInstructions(Value<List<CustomInstruction>> value) {
      return set("CustomInstructions", value);
    }

    /**
     * Sets {@code CustomInstructions} to a list of these; see {@link #customInstructions(List)}.
     */
    public DataSetSemanticMetadata customInstructions(CustomInstruction... values) {
      return set("CustomInstructions", Value.list(values));
    }

    /** CloudFormation property {@code Description}. */
    public DataSetSemanticMetadata description(Value<DataSetSemanticDescription> value) {
      return set("Description", value);
    }
  }

  /**
   * A filter condition that compares string values using operators like <code>EQUALS</code> ,
   * <code>CONTAINS</code> , or <code>STARTS_WITH</code> .
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetStringComparisonFilterCondition}.
   */
  public static final class DataSetStringComparisonFilterCondition extends Struct<DataSetStringComparisonFilterCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetStringComparisonFilterCondition")
        .required("Operator")
        .allowed("Operator", "EQUALS", "DOES_NOT_EQUAL", "CONTAINS", "DOES_NOT_CONTAIN",
            "STARTS_WITH", "ENDS_WITH")
        .build();

    public DataSetStringComparisonFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The comparison operator to use, such as <code>EQUALS</code> , <code>CONTAINS</code> ,
     * <code>STARTS_WITH</code> , <code>ENDS_WITH</code> , or their negations.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code DOES_NOT_EQUAL}, {@code CONTAINS}, {@code
     * DOES_NOT_CONTAIN}, {@code STARTS_WITH}, {@code ENDS_WITH}. CloudFormation property {@code
     * Operator}.
     */
    public DataSetStringComparisonFilterCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DataSetStringComparisonFilterCondition operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The string value to compare against.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DataSetStringComparisonFilterCondition value(Value<DataSetStringFilterValue> value) {
      return set("Value", value);
    }
  }

  /**
   * A filter condition for string columns, supporting both comparison and list-based filtering.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetStringFilterCondition}.
   */
  public static final class DataSetStringFilterCondition extends Struct<DataSetStringFilterCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetStringFilterCondition");

    public DataSetStringFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The name of the string column to filter.
     *
     * <p>CloudFormation property {@code ColumnName}.
     */
    public DataSetStringFilterCondition columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public DataSetStringFilterCondition columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * A comparison-based filter condition for the string column.
     *
     * <p>CloudFormation property {@code ComparisonFilterCondition}.
     */
    public DataSetStringFilterCondition comparisonFilterCondition(Value<DataSetStringComparisonFilterCondition> value) {
      return set("ComparisonFilterCondition", value);
    }

    /**
     * A list-based filter condition that includes or excludes values from a specified list.
     *
     * <p>CloudFormation property {@code ListFilterCondition}.
     */
    public DataSetStringFilterCondition listFilterCondition(Value<DataSetStringListFilterCondition> value) {
      return set("ListFilterCondition", value);
    }
  }

  /**
   * Represents a string value used in filter conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetStringFilterValue}.
   */
  public static final class DataSetStringFilterValue extends Struct<DataSetStringFilterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetStringFilterValue");

    public DataSetStringFilterValue() {
      super(SCHEMA);
    }

    /**
     * A static string value used for filtering.
     *
     * <p>CloudFormation property {@code StaticValue}.
     */
    public DataSetStringFilterValue staticValue(String value) {
      return set("StaticValue", Value.of(value));
    }

    /** Sets {@code StaticValue} to this value; see {@link #staticValue(String)}. */
    public DataSetStringFilterValue staticValue(Value<String> value) {
      return set("StaticValue", value);
    }
  }

  /**
   * A filter condition that includes or excludes string values from a specified list.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetStringListFilterCondition}.
   */
  public static final class DataSetStringListFilterCondition extends Struct<DataSetStringListFilterCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DataSetStringListFilterCondition")
        .required("Operator")
        .allowed("Operator", "INCLUDE", "EXCLUDE")
        .build();

    public DataSetStringListFilterCondition() {
      super(SCHEMA);
    }

    /**
     * The list operator to use, either <code>INCLUDE</code> to match values in the list or
     * <code>EXCLUDE</code> to filter out values in the list.
     *
     * <p>Required. Allowed values: {@code INCLUDE}, {@code EXCLUDE}. CloudFormation property {@code
     * Operator}.
     */
    public DataSetStringListFilterCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DataSetStringListFilterCondition operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The list of string values to include or exclude in the filter.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public DataSetStringListFilterCondition values(Value<DataSetStringListFilterValue> value) {
      return set("Values", value);
    }
  }

  /**
   * Represents a list of string values used in filter conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetStringListFilterValue}.
   */
  public static final class DataSetStringListFilterValue extends Struct<DataSetStringListFilterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetStringListFilterValue");

    public DataSetStringListFilterValue() {
      super(SCHEMA);
    }

    /**
     * A list of static string values used for filtering.
     *
     * <p>CloudFormation property {@code StaticValues}.
     */
    public DataSetStringListFilterValue staticValues(List<String> value) {
      return set("StaticValues", Value.listOf(value));
    }

    /** Sets {@code StaticValues} to this value; see {@link #staticValues(List)}. */
    public DataSetStringListFilterValue staticValues(Value<List<String>> value) {
      return set("StaticValues", value);
    }
  }

  /**
   * The usage configuration to apply to child datasets that reference this dataset as a source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DataSetUsageConfiguration}.
   */
  public static final class DataSetUsageConfiguration extends Struct<DataSetUsageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DataSetUsageConfiguration");

    public DataSetUsageConfiguration() {
      super(SCHEMA);
    }

    /**
     * An option that controls whether a child dataset of a direct query can use this dataset as a
     * source.
     *
     * <p>Default: {@code false}. CloudFormation property {@code DisableUseAsDirectQuerySource}.
     */
    public DataSetUsageConfiguration disableUseAsDirectQuerySource(boolean value) {
      return set("DisableUseAsDirectQuerySource", Value.of(value));
    }

    /**
     * Sets {@code DisableUseAsDirectQuerySource} to this value; see {@link
     * #disableUseAsDirectQuerySource(boolean)}.
     */
    public DataSetUsageConfiguration disableUseAsDirectQuerySource(Value<Boolean> value) {
      return set("DisableUseAsDirectQuerySource", value);
    }

    /**
     * An option that controls whether a child dataset that's stored in Quick Sight can use this
     * dataset as a source.
     *
     * <p>Default: {@code false}. CloudFormation property {@code DisableUseAsImportedSource}.
     */
    public DataSetUsageConfiguration disableUseAsImportedSource(boolean value) {
      return set("DisableUseAsImportedSource", Value.of(value));
    }

    /**
     * Sets {@code DisableUseAsImportedSource} to this value; see {@link
     * #disableUseAsImportedSource(boolean)}.
     */
    public DataSetUsageConfiguration disableUseAsImportedSource(Value<Boolean> value) {
      return set("DisableUseAsImportedSource", value);
    }
  }

  /**
   * The parameter declarations of the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DatasetParameter}.
   */
  public static final class DatasetParameter extends Struct<DatasetParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DatasetParameter");

    public DatasetParameter() {
      super(SCHEMA);
    }

    /**
     * A date time parameter that is created in the dataset.
     *
     * <p>CloudFormation property {@code DateTimeDatasetParameter}.
     */
    public DatasetParameter dateTimeDatasetParameter(Value<DateTimeDatasetParameter> value) {
      return set("DateTimeDatasetParameter", value);
    }

    /**
     * A decimal parameter that is created in the dataset.
     *
     * <p>CloudFormation property {@code DecimalDatasetParameter}.
     */
    public DatasetParameter decimalDatasetParameter(Value<DecimalDatasetParameter> value) {
      return set("DecimalDatasetParameter", value);
    }

    /**
     * An integer parameter that is created in the dataset.
     *
     * <p>CloudFormation property {@code IntegerDatasetParameter}.
     */
    public DatasetParameter integerDatasetParameter(Value<IntegerDatasetParameter> value) {
      return set("IntegerDatasetParameter", value);
    }

    /**
     * A string parameter that is created in the dataset.
     *
     * <p>CloudFormation property {@code StringDatasetParameter}.
     */
    public DatasetParameter stringDatasetParameter(Value<StringDatasetParameter> value) {
      return set("StringDatasetParameter", value);
    }
  }

  /**
   * A date time parameter that is created in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DateTimeDatasetParameter}.
   */
  public static final class DateTimeDatasetParameter extends Struct<DateTimeDatasetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DateTimeDatasetParameter")
        .required("Id", "Name", "ValueType")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(2048))
        .allowed("TimeGranularity", "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE",
            "SECOND", "MILLISECOND")
        .allowed("ValueType", "MULTI_VALUED", "SINGLE_VALUED")
        .build();

    public DateTimeDatasetParameter() {
      super(SCHEMA);
    }

    /**
     * A list of default values for a given date time parameter. This structure only accepts static
     * values.
     *
     * <p>CloudFormation property {@code DefaultValues}.
     */
    public DateTimeDatasetParameter defaultValues(Value<DateTimeDatasetParameterDefaultValues> value) {
      return set("DefaultValues", value);
    }

    /**
     * An identifier for the parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code Id}.
     */
    public DateTimeDatasetParameter id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public DateTimeDatasetParameter id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the date time parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Name}.
     */
    public DateTimeDatasetParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DateTimeDatasetParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The time granularity of the date time parameter.
     *
     * <p>Allowed values: {@code YEAR}, {@code QUARTER}, {@code MONTH}, {@code WEEK}, {@code DAY},
     * {@code HOUR}, {@code MINUTE}, {@code SECOND}, {@code MILLISECOND}. CloudFormation property
     * {@code TimeGranularity}.
     */
    public DateTimeDatasetParameter timeGranularity(String value) {
      return set("TimeGranularity", Value.of(value));
    }

    /** Sets {@code TimeGranularity} to this value; see {@link #timeGranularity(String)}. */
    public DateTimeDatasetParameter timeGranularity(Value<String> value) {
      return set("TimeGranularity", value);
    }

    /**
     * The value type of the dataset parameter. Valid values are <code>single value</code> or
     * <code>multi value</code> .
     *
     * <p>Required. Allowed values: {@code MULTI_VALUED}, {@code SINGLE_VALUED}. CloudFormation
     * property {@code ValueType}.
     */
    public DateTimeDatasetParameter valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public DateTimeDatasetParameter valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * &lt;p&gt;The default values of a date time parameter.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DateTimeDatasetParameterDefaultValues}.
   */
  public static final class DateTimeDatasetParameterDefaultValues extends Struct<DateTimeDatasetParameterDefaultValues> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DateTimeDatasetParameterDefaultValues");

    public DateTimeDatasetParameterDefaultValues() {
      super(SCHEMA);
    }

    /**
     * A list of static default values for a given date time parameter. The valid format for this
     * property is <code>yyyy-MM-dd’T’HH:mm:ss’Z’</code> .
     *
     * <p>CloudFormation property {@code StaticValues}.
     */
    public DateTimeDatasetParameterDefaultValues staticValues(List<String> value) {
      return set("StaticValues", Value.listOf(value));
    }

    /** Sets {@code StaticValues} to this value; see {@link #staticValues(List)}. */
    public DateTimeDatasetParameterDefaultValues staticValues(Value<List<String>> value) {
      return set("StaticValues", value);
    }
  }

  /**
   * A decimal parameter that is created in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DecimalDatasetParameter}.
   */
  public static final class DecimalDatasetParameter extends Struct<DecimalDatasetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DecimalDatasetParameter")
        .required("Id", "Name", "ValueType")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(2048))
        .allowed("ValueType", "MULTI_VALUED", "SINGLE_VALUED")
        .build();

    public DecimalDatasetParameter() {
      super(SCHEMA);
    }

    /**
     * A list of default values for a given decimal parameter. This structure only accepts static
     * values.
     *
     * <p>CloudFormation property {@code DefaultValues}.
     */
    public DecimalDatasetParameter defaultValues(Value<DecimalDatasetParameterDefaultValues> value) {
      return set("DefaultValues", value);
    }

    /**
     * An identifier for the decimal parameter created in the dataset.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code Id}.
     */
    public DecimalDatasetParameter id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public DecimalDatasetParameter id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the decimal parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Name}.
     */
    public DecimalDatasetParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DecimalDatasetParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value type of the dataset parameter. Valid values are <code>single value</code> or
     * <code>multi value</code> .
     *
     * <p>Required. Allowed values: {@code MULTI_VALUED}, {@code SINGLE_VALUED}. CloudFormation
     * property {@code ValueType}.
     */
    public DecimalDatasetParameter valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public DecimalDatasetParameter valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * A list of default values for a given decimal parameter. This structure only accepts static
   * values.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DecimalDatasetParameterDefaultValues}.
   */
  public static final class DecimalDatasetParameterDefaultValues extends Struct<DecimalDatasetParameterDefaultValues> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.DecimalDatasetParameterDefaultValues");

    public DecimalDatasetParameterDefaultValues() {
      super(SCHEMA);
    }

    /**
     * A list of static default values for a given decimal parameter.
     *
     * <p>CloudFormation property {@code StaticValues}.
     */
    public DecimalDatasetParameterDefaultValues staticValues(List<Double> value) {
      return set("StaticValues", Value.listOf(value));
    }

    /** Sets {@code StaticValues} to this value; see {@link #staticValues(List)}. */
    public DecimalDatasetParameterDefaultValues staticValues(Value<List<Double>> value) {
      return set("StaticValues", value);
    }
  }

  /**
   * Defines a destination table in data preparation that receives the final transformed data.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DestinationTable}.
   */
  public static final class DestinationTable extends Struct<DestinationTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DestinationTable")
        .required("Alias", "Source")
        .build();

    public DestinationTable() {
      super(SCHEMA);
    }

    /**
     * Alias for the destination table.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public DestinationTable alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public DestinationTable alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The source configuration that specifies which transform operation provides data to this
     * destination table.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public DestinationTable source(Value<DestinationTableSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Specifies the source of data for a destination table, including the transform operation and
   * column mappings.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.DestinationTableSource}.
   */
  public static final class DestinationTableSource extends Struct<DestinationTableSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.DestinationTableSource")
        .required("TransformOperationId")
        .build();

    public DestinationTableSource() {
      super(SCHEMA);
    }

    /**
     * The identifier of the transform operation that provides data to the destination table.
     *
     * <p>Required. CloudFormation property {@code TransformOperationId}.
     */
    public DestinationTableSource transformOperationId(String value) {
      return set("TransformOperationId", Value.of(value));
    }

    /**
     * Sets {@code TransformOperationId} to this value; see {@link #transformOperationId(String)}.
     */
    public DestinationTableSource transformOperationId(Value<String> value) {
      return set("TransformOperationId", value);
    }
  }

  /**
   * A FieldFolder element is a folder that contains fields and nested subfolders.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.FieldFolder}.
   */
  public static final class FieldFolder extends Struct<FieldFolder> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.FieldFolder");

    public FieldFolder() {
      super(SCHEMA);
    }

    /**
     * A folder has a list of columns. A column can only be in one folder.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public FieldFolder columns(List<String> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public FieldFolder columns(Value<List<String>> value) {
      return set("Columns", value);
    }

    /**
     * The description for a field folder.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public FieldFolder description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public FieldFolder description(Value<String> value) {
      return set("Description", value);
    }
  }

  /**
   * A transform operation that filters rows based on a condition.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.FilterOperation}.
   */
  public static final class FilterOperation extends Struct<FilterOperation> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.FilterOperation");

    public FilterOperation() {
      super(SCHEMA);
    }

    /**
     * An expression that must evaluate to a Boolean value. Rows for which the expression evaluates
     * to true are kept in the dataset.
     *
     * <p>CloudFormation property {@code ConditionExpression}.
     */
    public FilterOperation conditionExpression(String value) {
      return set("ConditionExpression", Value.of(value));
    }

    /** Sets {@code ConditionExpression} to this value; see {@link #conditionExpression(String)}. */
    public FilterOperation conditionExpression(Value<String> value) {
      return set("ConditionExpression", value);
    }

    /**
     * A date-based filter condition within a filter operation.
     *
     * <p>CloudFormation property {@code DateFilterCondition}.
     */
    public FilterOperation dateFilterCondition(Value<DataSetDateFilterCondition> value) {
      return set("DateFilterCondition", value);
    }

    /**
     * A numeric-based filter condition within a filter operation.
     *
     * <p>CloudFormation property {@code NumericFilterCondition}.
     */
    public FilterOperation numericFilterCondition(Value<DataSetNumericFilterCondition> value) {
      return set("NumericFilterCondition", value);
    }

    /**
     * A string-based filter condition within a filter operation.
     *
     * <p>CloudFormation property {@code StringFilterCondition}.
     */
    public FilterOperation stringFilterCondition(Value<DataSetStringFilterCondition> value) {
      return set("StringFilterCondition", value);
    }
  }

  /**
   * A transform operation that applies one or more filter conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.FiltersOperation}.
   */
  public static final class FiltersOperation extends Struct<FiltersOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.FiltersOperation")
        .required("Alias", "FilterOperations", "Source")
        .build();

    public FiltersOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public FiltersOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public FiltersOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of filter operations to apply.
     *
     * <p>Required. CloudFormation property {@code FilterOperations}.
     */
    public FiltersOperation filterOperations(List<FilterOperation> value) {
      return set("FilterOperations", Value.listOf(value));
    }

    /** Sets {@code FilterOperations} to this value; see {@link #filterOperations(List)}. */
    public FiltersOperation filterOperations(Value<List<FilterOperation>> value) {
      return set("FilterOperations", value);
    }

    /** Sets {@code FilterOperations} to a list of these; see {@link #filterOperations(List)}. */
    public FiltersOperation filterOperations(FilterOperation... values) {
      return set("FilterOperations", Value.list(values));
    }

    /**
     * The source transform operation that provides input data for filtering.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public FiltersOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Geospatial column group that denotes a hierarchy.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.GeoSpatialColumnGroup}.
   */
  public static final class GeoSpatialColumnGroup extends Struct<GeoSpatialColumnGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.GeoSpatialColumnGroup")
        .required("Columns", "Name")
        .constrain("Columns", Constraint.of().minLength(1).maxLength(127))
        .allowed("CountryCode", "US")
        .constrain("Name", Constraint.of().minLength(1).maxLength(64))
        .build();

    public GeoSpatialColumnGroup() {
      super(SCHEMA);
    }

    /**
     * Columns in this hierarchy.
     *
     * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Columns}.
     */
    public GeoSpatialColumnGroup columns(List<String> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public GeoSpatialColumnGroup columns(Value<List<String>> value) {
      return set("Columns", value);
    }

    /**
     * Country code.
     *
     * <p>Allowed values: {@code US}. CloudFormation property {@code CountryCode}.
     */
    public GeoSpatialColumnGroup countryCode(String value) {
      return set("CountryCode", Value.of(value));
    }

    /** Sets {@code CountryCode} to this value; see {@link #countryCode(String)}. */
    public GeoSpatialColumnGroup countryCode(Value<String> value) {
      return set("CountryCode", value);
    }

    /**
     * A display name for the hierarchy.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
     */
    public GeoSpatialColumnGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GeoSpatialColumnGroup name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A transform operation that imports data from a source table.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ImportTableOperation}.
   */
  public static final class ImportTableOperation extends Struct<ImportTableOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ImportTableOperation")
        .required("Alias", "Source")
        .build();

    public ImportTableOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public ImportTableOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public ImportTableOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The source configuration that specifies which source table to import and any column mappings.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public ImportTableOperation source(Value<ImportTableOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Specifies the source table and column mappings for an import table operation.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ImportTableOperationSource}.
   */
  public static final class ImportTableOperationSource extends Struct<ImportTableOperationSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ImportTableOperationSource")
        .required("SourceTableId")
        .build();

    public ImportTableOperationSource() {
      super(SCHEMA);
    }

    /**
     * The mappings between source column identifiers and target column identifiers during the
     * import.
     *
     * <p>CloudFormation property {@code ColumnIdMappings}.
     */
    public ImportTableOperationSource columnIdMappings(List<DataSetColumnIdMapping> value) {
      return set("ColumnIdMappings", Value.listOf(value));
    }

    /** Sets {@code ColumnIdMappings} to this value; see {@link #columnIdMappings(List)}. */
    public ImportTableOperationSource columnIdMappings(Value<List<DataSetColumnIdMapping>> value) {
      return set("ColumnIdMappings", value);
    }

    /** Sets {@code ColumnIdMappings} to a list of these; see {@link #columnIdMappings(List)}. */
    public ImportTableOperationSource columnIdMappings(DataSetColumnIdMapping... values) {
      return set("ColumnIdMappings", Value.list(values));
    }

    /**
     * The identifier of the source table to import data from.
     *
     * <p>Required. CloudFormation property {@code SourceTableId}.
     */
    public ImportTableOperationSource sourceTableId(String value) {
      return set("SourceTableId", Value.of(value));
    }

    /** Sets {@code SourceTableId} to this value; see {@link #sourceTableId(String)}. */
    public ImportTableOperationSource sourceTableId(Value<String> value) {
      return set("SourceTableId", value);
    }
  }

  /**
   * The incremental refresh configuration for a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.IncrementalRefresh}.
   */
  public static final class IncrementalRefresh extends Struct<IncrementalRefresh> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.IncrementalRefresh")
        .required("LookbackWindow")
        .build();

    public IncrementalRefresh() {
      super(SCHEMA);
    }

    /**
     * The lookback window setup for an incremental refresh configuration.
     *
     * <p>Required. CloudFormation property {@code LookbackWindow}.
     */
    public IncrementalRefresh lookbackWindow(Value<LookbackWindow> value) {
      return set("LookbackWindow", value);
    }
  }

  /**
   * The wait policy to use when creating or updating a Dataset. The default is to wait for SPICE
   * ingestion to finish with timeout of 36 hours.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.IngestionWaitPolicy}.
   */
  public static final class IngestionWaitPolicy extends Struct<IngestionWaitPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.IngestionWaitPolicy")
        .constrain("IngestionWaitTimeInHours", Constraint.of().minimum(1).maximum(36))
        .build();

    public IngestionWaitPolicy() {
      super(SCHEMA);
    }

    /**
     * The maximum time (in hours) to wait for Ingestion to complete. Default timeout is 36 hours.
     * Applicable only when <code>DataSetImportMode</code> mode is set to SPICE and
     * <code>WaitForSpiceIngestion</code> is set to true.
     *
     * <p>Range: 1 to 36. Default: {@code 36}. CloudFormation property {@code
     * IngestionWaitTimeInHours}.
     */
    public IngestionWaitPolicy ingestionWaitTimeInHours(double value) {
      return set("IngestionWaitTimeInHours", Value.of(value));
    }

    /**
     * Sets {@code IngestionWaitTimeInHours} to this value; see {@link
     * #ingestionWaitTimeInHours(double)}.
     */
    public IngestionWaitPolicy ingestionWaitTimeInHours(Value<Double> value) {
      return set("IngestionWaitTimeInHours", value);
    }

    /**
     * Wait for SPICE ingestion to finish to mark dataset creation or update as successful. Default
     * (true). Applicable only when <code>DataSetImportMode</code> mode is set to SPICE.
     *
     * <p>Default: {@code true}. CloudFormation property {@code WaitForSpiceIngestion}.
     */
    public IngestionWaitPolicy waitForSpiceIngestion(boolean value) {
      return set("WaitForSpiceIngestion", Value.of(value));
    }

    /**
     * Sets {@code WaitForSpiceIngestion} to this value; see {@link
     * #waitForSpiceIngestion(boolean)}.
     */
    public IngestionWaitPolicy waitForSpiceIngestion(Value<Boolean> value) {
      return set("WaitForSpiceIngestion", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.InlineCustomInstruction}. */
  public static final class InlineCustomInstruction extends Struct<InlineCustomInstruction> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.InlineCustomInstruction")
        .required("InstructionText")
        .constrain("InstructionText", Constraint.of().minLength(0).maxLength(50000))
        .build();

    public InlineCustomInstruction() {
      super(SCHEMA);
    }

    /** Required. Length: 0 to 50000 characters. CloudFormation property {@code InstructionText}. */
    public InlineCustomInstruction instructionText(String value) {
      return set("InstructionText", Value.of(value));
    }

    /** Sets {@code InstructionText} to this value; see {@link #instructionText(String)}. */
    public InlineCustomInstruction instructionText(Value<String> value) {
      return set("InstructionText", value);
    }

    /** CloudFormation property {@code UploadedDocumentMetadata}. */
    public InlineCustomInstruction uploadedDocumentMetadata(Value<UploadedDocumentMetadata> value) {
      return set("UploadedDocumentMetadata", value);
    }
  }

  /**
   * Metadata for a column that is used as the input of a transform operation.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.InputColumn}.
   */
  public static final class InputColumn extends Struct<InputColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.InputColumn")
        .required("Name", "Type")
        .allowed("SubType", "FLOAT", "FIXED")
        .allowed("Type", "STRING", "INTEGER", "DECIMAL", "DATETIME", "BIT", "BOOLEAN", "JSON",
            "SEMISTRUCT")
        .build();

    public InputColumn() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for the input column.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public InputColumn id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public InputColumn id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of this column in the underlying data source.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public InputColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InputColumn name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The sub data type of the column. Sub types are only available for decimal columns that are
     * part of a SPICE dataset.
     *
     * <p>Allowed values: {@code FLOAT}, {@code FIXED}. CloudFormation property {@code SubType}.
     */
    public InputColumn subType(String value) {
      return set("SubType", Value.of(value));
    }

    /** Sets {@code SubType} to this value; see {@link #subType(String)}. */
    public InputColumn subType(Value<String> value) {
      return set("SubType", value);
    }

    /**
     * The data type of the column.
     *
     * <p>Required. Allowed values: {@code STRING}, {@code INTEGER}, {@code DECIMAL}, {@code
     * DATETIME}, {@code BIT}, {@code BOOLEAN}, {@code JSON}, {@code SEMISTRUCT}. CloudFormation
     * property {@code Type}.
     */
    public InputColumn type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public InputColumn type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An integer parameter that is created in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.IntegerDatasetParameter}.
   */
  public static final class IntegerDatasetParameter extends Struct<IntegerDatasetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.IntegerDatasetParameter")
        .required("Id", "Name", "ValueType")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(2048))
        .allowed("ValueType", "MULTI_VALUED", "SINGLE_VALUED")
        .build();

    public IntegerDatasetParameter() {
      super(SCHEMA);
    }

    /**
     * A list of default values for a given integer parameter. This structure only accepts static
     * values.
     *
     * <p>CloudFormation property {@code DefaultValues}.
     */
    public IntegerDatasetParameter defaultValues(Value<IntegerDatasetParameterDefaultValues> value) {
      return set("DefaultValues", value);
    }

    /**
     * An identifier for the integer parameter created in the dataset.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code Id}.
     */
    public IntegerDatasetParameter id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public IntegerDatasetParameter id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the integer parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Name}.
     */
    public IntegerDatasetParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IntegerDatasetParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value type of the dataset parameter. Valid values are <code>single value</code> or
     * <code>multi value</code> .
     *
     * <p>Required. Allowed values: {@code MULTI_VALUED}, {@code SINGLE_VALUED}. CloudFormation
     * property {@code ValueType}.
     */
    public IntegerDatasetParameter valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public IntegerDatasetParameter valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * A list of default values for a given integer parameter. This structure only accepts static
   * values.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.IntegerDatasetParameterDefaultValues}.
   */
  public static final class IntegerDatasetParameterDefaultValues extends Struct<IntegerDatasetParameterDefaultValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.IntegerDatasetParameterDefaultValues")
        .constrain("StaticValues", Constraint.of().format("int64"))
        .build();

    public IntegerDatasetParameterDefaultValues() {
      super(SCHEMA);
    }

    /**
     * A list of static default values for a given integer parameter.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code StaticValues}.
     */
    public IntegerDatasetParameterDefaultValues staticValues(List<Integer> value) {
      return set("StaticValues", Value.listOf(value));
    }

    /** Sets {@code StaticValues} to this value; see {@link #staticValues(List)}. */
    public IntegerDatasetParameterDefaultValues staticValues(Value<List<Integer>> value) {
      return set("StaticValues", value);
    }
  }

  /**
   * The instructions associated with a join.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.JoinInstruction}.
   */
  public static final class JoinInstruction extends Struct<JoinInstruction> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.JoinInstruction")
        .required("LeftOperand", "OnClause", "RightOperand", "Type")
        .allowed("Type", "INNER", "OUTER", "LEFT", "RIGHT")
        .build();

    public JoinInstruction() {
      super(SCHEMA);
    }

    /**
     * Join key properties of the left operand.
     *
     * <p>CloudFormation property {@code LeftJoinKeyProperties}.
     */
    public JoinInstruction leftJoinKeyProperties(Value<JoinKeyProperties> value) {
      return set("LeftJoinKeyProperties", value);
    }

    /**
     * The operand on the left side of a join.
     *
     * <p>Required. CloudFormation property {@code LeftOperand}.
     */
    public JoinInstruction leftOperand(String value) {
      return set("LeftOperand", Value.of(value));
    }

    /** Sets {@code LeftOperand} to this value; see {@link #leftOperand(String)}. */
    public JoinInstruction leftOperand(Value<String> value) {
      return set("LeftOperand", value);
    }

    /**
     * The join instructions provided in the <code>ON</code> clause of a join.
     *
     * <p>Required. CloudFormation property {@code OnClause}.
     */
    public JoinInstruction onClause(String value) {
      return set("OnClause", Value.of(value));
    }

    /** Sets {@code OnClause} to this value; see {@link #onClause(String)}. */
    public JoinInstruction onClause(Value<String> value) {
      return set("OnClause", value);
    }

    /**
     * Join key properties of the right operand.
     *
     * <p>CloudFormation property {@code RightJoinKeyProperties}.
     */
    public JoinInstruction rightJoinKeyProperties(Value<JoinKeyProperties> value) {
      return set("RightJoinKeyProperties", value);
    }

    /**
     * The operand on the right side of a join.
     *
     * <p>Required. CloudFormation property {@code RightOperand}.
     */
    public JoinInstruction rightOperand(String value) {
      return set("RightOperand", Value.of(value));
    }

    /** Sets {@code RightOperand} to this value; see {@link #rightOperand(String)}. */
    public JoinInstruction rightOperand(Value<String> value) {
      return set("RightOperand", value);
    }

    /**
     * The type of join that it is.
     *
     * <p>Required. Allowed values: {@code INNER}, {@code OUTER}, {@code LEFT}, {@code RIGHT}.
     * CloudFormation property {@code Type}.
     */
    public JoinInstruction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public JoinInstruction type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Properties associated with the columns participating in a join.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.JoinKeyProperties}.
   */
  public static final class JoinKeyProperties extends Struct<JoinKeyProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.JoinKeyProperties");

    public JoinKeyProperties() {
      super(SCHEMA);
    }

    /**
     * A value that indicates that a row in a table is uniquely identified by the columns in a join
     * key. This is used by Quick to optimize query performance.
     *
     * <p>CloudFormation property {@code UniqueKey}.
     */
    public JoinKeyProperties uniqueKey(boolean value) {
      return set("UniqueKey", Value.of(value));
    }

    /** Sets {@code UniqueKey} to this value; see {@link #uniqueKey(boolean)}. */
    public JoinKeyProperties uniqueKey(Value<Boolean> value) {
      return set("UniqueKey", value);
    }
  }

  /**
   * Properties that control how columns are handled for a join operand, including column name
   * overrides.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.JoinOperandProperties}.
   */
  public static final class JoinOperandProperties extends Struct<JoinOperandProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.JoinOperandProperties")
        .required("OutputColumnNameOverrides")
        .build();

    public JoinOperandProperties() {
      super(SCHEMA);
    }

    /**
     * A list of column name overrides to apply to the join operand's output columns.
     *
     * <p>Required. CloudFormation property {@code OutputColumnNameOverrides}.
     */
    public JoinOperandProperties outputColumnNameOverrides(List<OutputColumnNameOverride> value) {
      return set("OutputColumnNameOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code OutputColumnNameOverrides} to this value; see {@link
     * #outputColumnNameOverrides(List)}.
     */
    public JoinOperandProperties outputColumnNameOverrides(Value<List<OutputColumnNameOverride>> value) {
      return set("OutputColumnNameOverrides", value);
    }

    /**
     * Sets {@code OutputColumnNameOverrides} to a list of these; see {@link
     * #outputColumnNameOverrides(List)}.
     */
    public JoinOperandProperties outputColumnNameOverrides(OutputColumnNameOverride... values) {
      return set("OutputColumnNameOverrides", Value.list(values));
    }
  }

  /**
   * A transform operation that combines data from two sources based on specified join conditions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.JoinOperation}.
   */
  public static final class JoinOperation extends Struct<JoinOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.JoinOperation")
        .required("Alias", "LeftOperand", "OnClause", "RightOperand", "Type")
        .allowed("Type", "INNER", "OUTER", "LEFT", "RIGHT")
        .build();

    public JoinOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public JoinOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public JoinOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The left operand for the join operation.
     *
     * <p>Required. CloudFormation property {@code LeftOperand}.
     */
    public JoinOperation leftOperand(Value<TransformOperationSource> value) {
      return set("LeftOperand", value);
    }

    /**
     * Properties that control how the left operand's columns are handled in the join result.
     *
     * <p>CloudFormation property {@code LeftOperandProperties}.
     */
    public JoinOperation leftOperandProperties(Value<JoinOperandProperties> value) {
      return set("LeftOperandProperties", value);
    }

    /**
     * The join condition that specifies how to match rows between the left and right operands.
     *
     * <p>Required. CloudFormation property {@code OnClause}.
     */
    public JoinOperation onClause(String value) {
      return set("OnClause", Value.of(value));
    }

    /** Sets {@code OnClause} to this value; see {@link #onClause(String)}. */
    public JoinOperation onClause(Value<String> value) {
      return set("OnClause", value);
    }

    /**
     * The right operand for the join operation.
     *
     * <p>Required. CloudFormation property {@code RightOperand}.
     */
    public JoinOperation rightOperand(Value<TransformOperationSource> value) {
      return set("RightOperand", value);
    }

    /**
     * Properties that control how the right operand's columns are handled in the join result.
     *
     * <p>CloudFormation property {@code RightOperandProperties}.
     */
    public JoinOperation rightOperandProperties(Value<JoinOperandProperties> value) {
      return set("RightOperandProperties", value);
    }

    /**
     * The type of join to perform, such as <code>INNER</code> , <code>LEFT</code> ,
     * <code>RIGHT</code> , or <code>OUTER</code> .
     *
     * <p>Required. Allowed values: {@code INNER}, {@code OUTER}, {@code LEFT}, {@code RIGHT}.
     * CloudFormation property {@code Type}.
     */
    public JoinOperation type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public JoinOperation type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * &lt;p&gt;A &lt;i&gt;logical table&lt;/i&gt; is a unit that joins and that data transformations
   * operate on. A logical table has a source, which can be either a physical table or result of a
   * join. When a logical table points to a physical table, the logical table acts as a mutable copy
   * of that physical table through transform operations.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.LogicalTable}.
   */
  public static final class LogicalTable extends Struct<LogicalTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.LogicalTable")
        .required("Alias", "Source")
        .build();

    public LogicalTable() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;A display name for the logical table.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public LogicalTable alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public LogicalTable alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * &lt;p&gt;Transform operations that act on this logical table. For this structure to be valid,
     * only one of the attributes can be non-null. &lt;/p&gt;
     *
     * <p>CloudFormation property {@code DataTransforms}.
     */
    public LogicalTable dataTransforms(List<TransformOperation> value) {
      return set("DataTransforms", Value.listOf(value));
    }

    /** Sets {@code DataTransforms} to this value; see {@link #dataTransforms(List)}. */
    public LogicalTable dataTransforms(Value<List<TransformOperation>> value) {
      return set("DataTransforms", value);
    }

    /** Sets {@code DataTransforms} to a list of these; see {@link #dataTransforms(List)}. */
    public LogicalTable dataTransforms(TransformOperation... values) {
      return set("DataTransforms", Value.list(values));
    }

    /**
     * &lt;p&gt;Information about the source of a logical table. This is a variant type structure.
     * For this structure to be valid, only one of the attributes can be non-null.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public LogicalTable source(Value<LogicalTableSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Information about the source of a logical table. This is a variant type structure. For this
   * structure to be valid, only one of the attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.LogicalTableSource}.
   */
  public static final class LogicalTableSource extends Struct<LogicalTableSource> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.LogicalTableSource");

    public LogicalTableSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Number (ARN) of the parent dataset.
     *
     * <p>CloudFormation property {@code DataSetArn}.
     */
    public LogicalTableSource dataSetArn(String value) {
      return set("DataSetArn", Value.of(value));
    }

    /** Sets {@code DataSetArn} to this value; see {@link #dataSetArn(String)}. */
    public LogicalTableSource dataSetArn(Value<String> value) {
      return set("DataSetArn", value);
    }

    /**
     * Specifies the result of a join of two logical tables.
     *
     * <p>CloudFormation property {@code JoinInstruction}.
     */
    public LogicalTableSource joinInstruction(Value<JoinInstruction> value) {
      return set("JoinInstruction", value);
    }

    /**
     * Physical table ID.
     *
     * <p>CloudFormation property {@code PhysicalTableId}.
     */
    public LogicalTableSource physicalTableId(String value) {
      return set("PhysicalTableId", Value.of(value));
    }

    /** Sets {@code PhysicalTableId} to this value; see {@link #physicalTableId(String)}. */
    public LogicalTableSource physicalTableId(Value<String> value) {
      return set("PhysicalTableId", value);
    }
  }

  /**
   * The lookback window setup of an incremental refresh configuration.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.LookbackWindow}.
   */
  public static final class LookbackWindow extends Struct<LookbackWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.LookbackWindow")
        .required("ColumnName", "Size", "SizeUnit")
        .constrain("Size", Constraint.of().minimum(1))
        .allowed("SizeUnit", "HOUR", "DAY", "WEEK")
        .build();

    public LookbackWindow() {
      super(SCHEMA);
    }

    /**
     * The name of the lookback window column.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public LookbackWindow columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public LookbackWindow columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The lookback window column size.
     *
     * <p>Required. Range: at least 1. Default: {@code 0}. CloudFormation property {@code Size}.
     */
    public LookbackWindow size(double value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(double)}. */
    public LookbackWindow size(Value<Double> value) {
      return set("Size", value);
    }

    /**
     * The size unit that is used for the lookback window column. Valid values for this structure
     * are <code>HOUR</code> , <code>DAY</code> , and <code>WEEK</code> .
     *
     * <p>Required. Allowed values: {@code HOUR}, {@code DAY}, {@code WEEK}. CloudFormation property
     * {@code SizeUnit}.
     */
    public LookbackWindow sizeUnit(String value) {
      return set("SizeUnit", Value.of(value));
    }

    /** Sets {@code SizeUnit} to this value; see {@link #sizeUnit(String)}. */
    public LookbackWindow sizeUnit(Value<String> value) {
      return set("SizeUnit", value);
    }
  }

  /**
   * The new default values for the parameter.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.NewDefaultValues}.
   */
  public static final class NewDefaultValues extends Struct<NewDefaultValues> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.NewDefaultValues");

    public NewDefaultValues() {
      super(SCHEMA);
    }

    /**
     * A list of static default values for a given date time parameter. The valid format for this
     * property is <code>yyyy-MM-dd’T’HH:mm:ss’Z’</code> .
     *
     * <p>CloudFormation property {@code DateTimeStaticValues}.
     */
    public NewDefaultValues dateTimeStaticValues(List<String> value) {
      return set("DateTimeStaticValues", Value.listOf(value));
    }

    /** Sets {@code DateTimeStaticValues} to this value; see {@link #dateTimeStaticValues(List)}. */
    public NewDefaultValues dateTimeStaticValues(Value<List<String>> value) {
      return set("DateTimeStaticValues", value);
    }

    /**
     * A list of static default values for a given decimal parameter.
     *
     * <p>CloudFormation property {@code DecimalStaticValues}.
     */
    public NewDefaultValues decimalStaticValues(List<Double> value) {
      return set("DecimalStaticValues", Value.listOf(value));
    }

    /** Sets {@code DecimalStaticValues} to this value; see {@link #decimalStaticValues(List)}. */
    public NewDefaultValues decimalStaticValues(Value<List<Double>> value) {
      return set("DecimalStaticValues", value);
    }

    /**
     * A list of static default values for a given integer parameter.
     *
     * <p>CloudFormation property {@code IntegerStaticValues}.
     */
    public NewDefaultValues integerStaticValues(List<Integer> value) {
      return set("IntegerStaticValues", Value.listOf(value));
    }

    /** Sets {@code IntegerStaticValues} to this value; see {@link #integerStaticValues(List)}. */
    public NewDefaultValues integerStaticValues(Value<List<Integer>> value) {
      return set("IntegerStaticValues", value);
    }

    /**
     * A list of static default values for a given string parameter.
     *
     * <p>CloudFormation property {@code StringStaticValues}.
     */
    public NewDefaultValues stringStaticValues(List<String> value) {
      return set("StringStaticValues", Value.listOf(value));
    }

    /** Sets {@code StringStaticValues} to this value; see {@link #stringStaticValues(List)}. */
    public NewDefaultValues stringStaticValues(Value<List<String>> value) {
      return set("StringStaticValues", value);
    }
  }

  /**
   * Output column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.OutputColumn}.
   */
  public static final class OutputColumn extends Struct<OutputColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.OutputColumn")
        .allowed("SubType", "FLOAT", "FIXED")
        .allowed("Type", "STRING", "INTEGER", "DECIMAL", "DATETIME")
        .build();

    public OutputColumn() {
      super(SCHEMA);
    }

    /**
     * A description for a column.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public OutputColumn description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public OutputColumn description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A unique identifier for the output column.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public OutputColumn id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public OutputColumn id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The display name of the column..
     *
     * <p>CloudFormation property {@code Name}.
     */
    public OutputColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OutputColumn name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The sub data type of the column.
     *
     * <p>Allowed values: {@code FLOAT}, {@code FIXED}. CloudFormation property {@code SubType}.
     */
    public OutputColumn subType(String value) {
      return set("SubType", Value.of(value));
    }

    /** Sets {@code SubType} to this value; see {@link #subType(String)}. */
    public OutputColumn subType(Value<String> value) {
      return set("SubType", value);
    }

    /**
     * The data type of the column.
     *
     * <p>Allowed values: {@code STRING}, {@code INTEGER}, {@code DECIMAL}, {@code DATETIME}.
     * CloudFormation property {@code Type}.
     */
    public OutputColumn type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public OutputColumn type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies a mapping to override the name of an output column from a transform operation.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.OutputColumnNameOverride}.
   */
  public static final class OutputColumnNameOverride extends Struct<OutputColumnNameOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.OutputColumnNameOverride")
        .required("OutputColumnName")
        .build();

    public OutputColumnNameOverride() {
      super(SCHEMA);
    }

    /**
     * The new name to assign to the column in the output.
     *
     * <p>Required. CloudFormation property {@code OutputColumnName}.
     */
    public OutputColumnNameOverride outputColumnName(String value) {
      return set("OutputColumnName", Value.of(value));
    }

    /** Sets {@code OutputColumnName} to this value; see {@link #outputColumnName(String)}. */
    public OutputColumnNameOverride outputColumnName(Value<String> value) {
      return set("OutputColumnName", value);
    }

    /**
     * The original name of the column from the source transform operation.
     *
     * <p>CloudFormation property {@code SourceColumnName}.
     */
    public OutputColumnNameOverride sourceColumnName(String value) {
      return set("SourceColumnName", Value.of(value));
    }

    /** Sets {@code SourceColumnName} to this value; see {@link #sourceColumnName(String)}. */
    public OutputColumnNameOverride sourceColumnName(Value<String> value) {
      return set("SourceColumnName", value);
    }
  }

  /**
   * A transform operation that overrides the dataset parameter values that are defined in another
   * dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.OverrideDatasetParameterOperation}.
   */
  public static final class OverrideDatasetParameterOperation extends Struct<OverrideDatasetParameterOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.OverrideDatasetParameterOperation")
        .required("ParameterName")
        .build();

    public OverrideDatasetParameterOperation() {
      super(SCHEMA);
    }

    /**
     * The new default values for the parameter.
     *
     * <p>CloudFormation property {@code NewDefaultValues}.
     */
    public OverrideDatasetParameterOperation newDefaultValues(Value<NewDefaultValues> value) {
      return set("NewDefaultValues", value);
    }

    /**
     * The new name for the parameter.
     *
     * <p>CloudFormation property {@code NewParameterName}.
     */
    public OverrideDatasetParameterOperation newParameterName(String value) {
      return set("NewParameterName", Value.of(value));
    }

    /** Sets {@code NewParameterName} to this value; see {@link #newParameterName(String)}. */
    public OverrideDatasetParameterOperation newParameterName(Value<String> value) {
      return set("NewParameterName", value);
    }

    /**
     * The name of the parameter to be overridden with different values.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public OverrideDatasetParameterOperation parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public OverrideDatasetParameterOperation parameterName(Value<String> value) {
      return set("ParameterName", value);
    }
  }

  /**
   * References a parent dataset that serves as a data source, including its columns and metadata.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ParentDataSet}.
   */
  public static final class ParentDataSet extends Struct<ParentDataSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ParentDataSet")
        .required("DataSetArn", "InputColumns")
        .build();

    public ParentDataSet() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the parent dataset.
     *
     * <p>Required. CloudFormation property {@code DataSetArn}.
     */
    public ParentDataSet dataSetArn(String value) {
      return set("DataSetArn", Value.of(value));
    }

    /** Sets {@code DataSetArn} to this value; see {@link #dataSetArn(String)}. */
    public ParentDataSet dataSetArn(Value<String> value) {
      return set("DataSetArn", value);
    }

    /**
     * The list of input columns available from the parent dataset.
     *
     * <p>Required. CloudFormation property {@code InputColumns}.
     */
    public ParentDataSet inputColumns(List<InputColumn> value) {
      return set("InputColumns", Value.listOf(value));
    }

    /** Sets {@code InputColumns} to this value; see {@link #inputColumns(List)}. */
    public ParentDataSet inputColumns(Value<List<InputColumn>> value) {
      return set("InputColumns", value);
    }

    /** Sets {@code InputColumns} to a list of these; see {@link #inputColumns(List)}. */
    public ParentDataSet inputColumns(InputColumn... values) {
      return set("InputColumns", Value.list(values));
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.PerformanceConfiguration}. */
  public static final class PerformanceConfiguration extends Struct<PerformanceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.PerformanceConfiguration");

    public PerformanceConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code UniqueKeys}. */
    public PerformanceConfiguration uniqueKeys(List<UniqueKey> value) {
      return set("UniqueKeys", Value.listOf(value));
    }

    /** Sets {@code UniqueKeys} to this value; see {@link #uniqueKeys(List)}. */
    public PerformanceConfiguration uniqueKeys(Value<List<UniqueKey>> value) {
      return set("UniqueKeys", value);
    }

    /** Sets {@code UniqueKeys} to a list of these; see {@link #uniqueKeys(List)}. */
    public PerformanceConfiguration uniqueKeys(UniqueKey... values) {
      return set("UniqueKeys", Value.list(values));
    }
  }

  /**
   * A view of a data source that contains information about the shape of the data in the underlying
   * source. This is a variant type structure. For this structure to be valid, only one of the
   * attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.PhysicalTable}.
   */
  public static final class PhysicalTable extends Struct<PhysicalTable> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.PhysicalTable");

    public PhysicalTable() {
      super(SCHEMA);
    }

    /**
     * A physical table type built from the results of the custom SQL query.
     *
     * <p>CloudFormation property {@code CustomSql}.
     */
    public PhysicalTable customSql(Value<CustomSql> value) {
      return set("CustomSql", value);
    }

    /**
     * A physical table type for relational data sources.
     *
     * <p>CloudFormation property {@code RelationalTable}.
     */
    public PhysicalTable relationalTable(Value<RelationalTable> value) {
      return set("RelationalTable", value);
    }

    /**
     * A physical table type for as S3 data source.
     *
     * <p>CloudFormation property {@code S3Source}.
     */
    public PhysicalTable s3Source(Value<S3Source> value) {
      return set("S3Source", value);
    }

    /**
     * A physical table type for Software-as-a-Service (SaaS) sources.
     *
     * <p>CloudFormation property {@code SaaSTable}.
     */
    public PhysicalTable saaSTable(Value<SaaSTable> value) {
      return set("SaaSTable", value);
    }
  }

  /**
   * Configuration for a pivot operation, specifying which column contains labels and how to pivot
   * them.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.PivotConfiguration}.
   */
  public static final class PivotConfiguration extends Struct<PivotConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.PivotConfiguration")
        .required("PivotedLabels")
        .build();

    public PivotConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the column that contains the labels to be pivoted into separate columns.
     *
     * <p>CloudFormation property {@code LabelColumnName}.
     */
    public PivotConfiguration labelColumnName(String value) {
      return set("LabelColumnName", Value.of(value));
    }

    /** Sets {@code LabelColumnName} to this value; see {@link #labelColumnName(String)}. */
    public PivotConfiguration labelColumnName(Value<String> value) {
      return set("LabelColumnName", value);
    }

    /**
     * The list of specific label values to pivot into separate columns.
     *
     * <p>Required. CloudFormation property {@code PivotedLabels}.
     */
    public PivotConfiguration pivotedLabels(List<PivotedLabel> value) {
      return set("PivotedLabels", Value.listOf(value));
    }

    /** Sets {@code PivotedLabels} to this value; see {@link #pivotedLabels(List)}. */
    public PivotConfiguration pivotedLabels(Value<List<PivotedLabel>> value) {
      return set("PivotedLabels", value);
    }

    /** Sets {@code PivotedLabels} to a list of these; see {@link #pivotedLabels(List)}. */
    public PivotConfiguration pivotedLabels(PivotedLabel... values) {
      return set("PivotedLabels", Value.list(values));
    }
  }

  /**
   * A transform operation that pivots data by converting row values into columns.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.PivotOperation}.
   */
  public static final class PivotOperation extends Struct<PivotOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.PivotOperation")
        .required("Alias", "PivotConfiguration", "Source", "ValueColumnConfiguration")
        .build();

    public PivotOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public PivotOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public PivotOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of column names to group by when performing the pivot operation.
     *
     * <p>CloudFormation property {@code GroupByColumnNames}.
     */
    public PivotOperation groupByColumnNames(List<String> value) {
      return set("GroupByColumnNames", Value.listOf(value));
    }

    /** Sets {@code GroupByColumnNames} to this value; see {@link #groupByColumnNames(List)}. */
    public PivotOperation groupByColumnNames(Value<List<String>> value) {
      return set("GroupByColumnNames", value);
    }

    /**
     * Configuration that specifies which labels to pivot and how to structure the resulting
     * columns.
     *
     * <p>Required. CloudFormation property {@code PivotConfiguration}.
     */
    public PivotOperation pivotConfiguration(Value<PivotConfiguration> value) {
      return set("PivotConfiguration", value);
    }

    /**
     * The source transform operation that provides input data for pivoting.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public PivotOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }

    /**
     * Configuration for how to aggregate values when multiple rows map to the same pivoted column.
     *
     * <p>Required. CloudFormation property {@code ValueColumnConfiguration}.
     */
    public PivotOperation valueColumnConfiguration(Value<ValueColumnConfiguration> value) {
      return set("ValueColumnConfiguration", value);
    }
  }

  /**
   * Specifies a label value to be pivoted into a separate column, including the new column name and
   * identifier.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.PivotedLabel}.
   */
  public static final class PivotedLabel extends Struct<PivotedLabel> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.PivotedLabel")
        .required("LabelName", "NewColumnId", "NewColumnName")
        .build();

    public PivotedLabel() {
      super(SCHEMA);
    }

    /**
     * The label value from the source data to be pivoted.
     *
     * <p>Required. CloudFormation property {@code LabelName}.
     */
    public PivotedLabel labelName(String value) {
      return set("LabelName", Value.of(value));
    }

    /** Sets {@code LabelName} to this value; see {@link #labelName(String)}. */
    public PivotedLabel labelName(Value<String> value) {
      return set("LabelName", value);
    }

    /**
     * A unique identifier for the new column created from this pivoted label.
     *
     * <p>Required. CloudFormation property {@code NewColumnId}.
     */
    public PivotedLabel newColumnId(String value) {
      return set("NewColumnId", Value.of(value));
    }

    /** Sets {@code NewColumnId} to this value; see {@link #newColumnId(String)}. */
    public PivotedLabel newColumnId(Value<String> value) {
      return set("NewColumnId", value);
    }

    /**
     * The name for the new column created from this pivoted label.
     *
     * <p>Required. CloudFormation property {@code NewColumnName}.
     */
    public PivotedLabel newColumnName(String value) {
      return set("NewColumnName", Value.of(value));
    }

    /** Sets {@code NewColumnName} to this value; see {@link #newColumnName(String)}. */
    public PivotedLabel newColumnName(Value<String> value) {
      return set("NewColumnName", value);
    }
  }

  /**
   * A transform operation that projects columns. Operations that come after a projection can only
   * refer to projected columns.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ProjectOperation}.
   */
  public static final class ProjectOperation extends Struct<ProjectOperation> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ProjectOperation");

    public ProjectOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>CloudFormation property {@code Alias}.
     */
    public ProjectOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public ProjectOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * Projected columns.
     *
     * <p>CloudFormation property {@code ProjectedColumns}.
     */
    public ProjectOperation projectedColumns(List<String> value) {
      return set("ProjectedColumns", Value.listOf(value));
    }

    /** Sets {@code ProjectedColumns} to this value; see {@link #projectedColumns(List)}. */
    public ProjectOperation projectedColumns(Value<List<String>> value) {
      return set("ProjectedColumns", value);
    }

    /**
     * The source transform operation that provides input data for column projection.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public ProjectOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * The refresh configuration of a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RefreshConfiguration}.
   */
  public static final class RefreshConfiguration extends Struct<RefreshConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RefreshConfiguration")
        .required("IncrementalRefresh")
        .build();

    public RefreshConfiguration() {
      super(SCHEMA);
    }

    /**
     * The incremental refresh for the dataset.
     *
     * <p>Required. CloudFormation property {@code IncrementalRefresh}.
     */
    public RefreshConfiguration incrementalRefresh(Value<IncrementalRefresh> value) {
      return set("IncrementalRefresh", value);
    }
  }

  /**
   * The failure configuration of a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RefreshFailureConfiguration}.
   */
  public static final class RefreshFailureConfiguration extends Struct<RefreshFailureConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.RefreshFailureConfiguration");

    public RefreshFailureConfiguration() {
      super(SCHEMA);
    }

    /**
     * The email alert configuration for a dataset refresh failure.
     *
     * <p>CloudFormation property {@code EmailAlert}.
     */
    public RefreshFailureConfiguration emailAlert(Value<RefreshFailureEmailAlert> value) {
      return set("EmailAlert", value);
    }
  }

  /**
   * The configuration settings for the email alerts that are sent when a dataset refresh fails.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RefreshFailureEmailAlert}.
   */
  public static final class RefreshFailureEmailAlert extends Struct<RefreshFailureEmailAlert> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RefreshFailureEmailAlert")
        .allowed("AlertStatus", "ENABLED", "DISABLED")
        .build();

    public RefreshFailureEmailAlert() {
      super(SCHEMA);
    }

    /**
     * The status value that determines if email alerts are sent.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AlertStatus}.
     */
    public RefreshFailureEmailAlert alertStatus(String value) {
      return set("AlertStatus", Value.of(value));
    }

    /** Sets {@code AlertStatus} to this value; see {@link #alertStatus(String)}. */
    public RefreshFailureEmailAlert alertStatus(Value<String> value) {
      return set("AlertStatus", value);
    }
  }

  /**
   * A physical table type for relational data sources.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RelationalTable}.
   */
  public static final class RelationalTable extends Struct<RelationalTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RelationalTable")
        .required("DataSourceArn", "InputColumns", "Name")
        .build();

    public RelationalTable() {
      super(SCHEMA);
    }

    /**
     * The catalog associated with a table.
     *
     * <p>CloudFormation property {@code Catalog}.
     */
    public RelationalTable catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public RelationalTable catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the data source.
     *
     * <p>Required. CloudFormation property {@code DataSourceArn}.
     */
    public RelationalTable dataSourceArn(String value) {
      return set("DataSourceArn", Value.of(value));
    }

    /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
    public RelationalTable dataSourceArn(Value<String> value) {
      return set("DataSourceArn", value);
    }

    /**
     * The column schema of the table.
     *
     * <p>Required. CloudFormation property {@code InputColumns}.
     */
    public RelationalTable inputColumns(List<InputColumn> value) {
      return set("InputColumns", Value.listOf(value));
    }

    /** Sets {@code InputColumns} to this value; see {@link #inputColumns(List)}. */
    public RelationalTable inputColumns(Value<List<InputColumn>> value) {
      return set("InputColumns", value);
    }

    /** Sets {@code InputColumns} to a list of these; see {@link #inputColumns(List)}. */
    public RelationalTable inputColumns(InputColumn... values) {
      return set("InputColumns", Value.list(values));
    }

    /**
     * The name of the relational table.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public RelationalTable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RelationalTable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The schema name. This name applies to certain relational database engines.
     *
     * <p>CloudFormation property {@code Schema}.
     */
    public RelationalTable schemaProperty(String value) {
      return set("Schema", Value.of(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(String)}. */
    public RelationalTable schemaProperty(Value<String> value) {
      return set("Schema", value);
    }
  }

  /**
   * A transform operation that renames a column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RenameColumnOperation}.
   */
  public static final class RenameColumnOperation extends Struct<RenameColumnOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RenameColumnOperation")
        .required("ColumnName", "NewColumnName")
        .build();

    public RenameColumnOperation() {
      super(SCHEMA);
    }

    /**
     * The name of the column to be renamed.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public RenameColumnOperation columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public RenameColumnOperation columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The new name for the column.
     *
     * <p>Required. CloudFormation property {@code NewColumnName}.
     */
    public RenameColumnOperation newColumnName(String value) {
      return set("NewColumnName", Value.of(value));
    }

    /** Sets {@code NewColumnName} to this value; see {@link #newColumnName(String)}. */
    public RenameColumnOperation newColumnName(Value<String> value) {
      return set("NewColumnName", value);
    }
  }

  /**
   * A transform operation that renames one or more columns in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RenameColumnsOperation}.
   */
  public static final class RenameColumnsOperation extends Struct<RenameColumnsOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RenameColumnsOperation")
        .required("Alias", "RenameColumnOperations", "Source")
        .build();

    public RenameColumnsOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public RenameColumnsOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public RenameColumnsOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of column rename operations to perform, specifying old and new column names.
     *
     * <p>Required. CloudFormation property {@code RenameColumnOperations}.
     */
    public RenameColumnsOperation renameColumnOperations(List<RenameColumnOperation> value) {
      return set("RenameColumnOperations", Value.listOf(value));
    }

    /**
     * Sets {@code RenameColumnOperations} to this value; see {@link #renameColumnOperations(List)}.
     */
    public RenameColumnsOperation renameColumnOperations(Value<List<RenameColumnOperation>> value) {
      return set("RenameColumnOperations", value);
    }

    /**
     * Sets {@code RenameColumnOperations} to a list of these; see {@link
     * #renameColumnOperations(List)}.
     */
    public RenameColumnsOperation renameColumnOperations(RenameColumnOperation... values) {
      return set("RenameColumnOperations", Value.list(values));
    }

    /**
     * The source transform operation that provides input data for column renaming.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public RenameColumnsOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Permission for the resource.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * The IAM action to grant or revoke permisions on
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the principal. This can be one of the following:
     *
     * <ul> <li>The ARN of an Amazon Quick user or group associated with a data source or dataset.
     * (This is common.) <li>The ARN of an Amazon Quick user, group, or namespace associated with an
     * analysis, dashboard, template, or theme. (This is common.) <li>The ARN of an AWS account
     * root: This is an IAM ARN rather than a Quick ARN. Use this option only to share resources
     * (templates) across AWS accounts . (This is less common.) </ul>
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }
  }

  /**
   * Configuration for row level security.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RowLevelPermissionConfiguration}.
   */
  public static final class RowLevelPermissionConfiguration extends Struct<RowLevelPermissionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.RowLevelPermissionConfiguration");

    public RowLevelPermissionConfiguration() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;Information about a dataset that contains permissions for row-level security (RLS).
     * The permissions dataset maps fields to users or groups. For more information, see &lt;a
     * href="https://docs.aws.amazon.com/quicksight/latest/user/restrict-access-to-a-data-set-using-row-level-security.html"&gt;Using
     * Row-Level Security (RLS) to Restrict Access to a Dataset&lt;/a&gt; in the &lt;i&gt;Amazon
     * QuickSight User Guide&lt;/i&gt;.&lt;/p&gt; &lt;p&gt;The option to deny permissions by setting
     * &lt;code&gt;PermissionPolicy&lt;/code&gt; to &lt;code&gt;DENY_ACCESS&lt;/code&gt; is not
     * supported for new RLS datasets.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code RowLevelPermissionDataSet}.
     */
    public RowLevelPermissionConfiguration rowLevelPermissionDataSet(Value<RowLevelPermissionDataSet> value) {
      return set("RowLevelPermissionDataSet", value);
    }

    /**
     * &lt;p&gt;The configuration of tags on a dataset to set row-level security. &lt;/p&gt;
     *
     * <p>CloudFormation property {@code TagConfiguration}.
     */
    public RowLevelPermissionConfiguration tagConfiguration(Value<RowLevelPermissionTagConfiguration> value) {
      return set("TagConfiguration", value);
    }
  }

  /**
   * Information about a dataset that contains permissions for row-level security (RLS). The
   * permissions dataset maps fields to users or groups. For more information, see <a
   * href="https://docs.aws.amazon.com/quicksight/latest/user/restrict-access-to-a-data-set-using-row-level-security.html">Using
   * Row-Level Security (RLS) to Restrict Access to a Dataset</a> in the <em>Quick Sight User
   * Guide</em> .
   *
   * <p>The option to deny permissions by setting <code>PermissionPolicy</code> to
   * <code>DENY_ACCESS</code> is not supported for new RLS datasets.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RowLevelPermissionDataSet}.
   */
  public static final class RowLevelPermissionDataSet extends Struct<RowLevelPermissionDataSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RowLevelPermissionDataSet")
        .required("Arn", "PermissionPolicy")
        .references("Arn", "AWS::QuickSight::DataSet.Arn")
        .allowed("FormatVersion", "VERSION_1", "VERSION_2")
        .constrain("Namespace", Constraint.of().pattern("^[a-zA-Z0-9._-]*$").minLength(0).maxLength(64))
        .allowed("PermissionPolicy", "GRANT_ACCESS", "DENY_ACCESS")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public RowLevelPermissionDataSet() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the dataset that contains permissions for RLS.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public RowLevelPermissionDataSet arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public RowLevelPermissionDataSet arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Sets {@code Arn} to the Arn of {@code AWS::QuickSight::DataSet}; see {@link #arn(String)}.
     */
    public RowLevelPermissionDataSet arn(DataSet resource) {
      return set("Arn", resource.arn());
    }

    /**
     * The user or group rules associated with the dataset that contains permissions for RLS.
     *
     * <p>By default, <code>FormatVersion</code> is <code>VERSION_1</code> . When
     * <code>FormatVersion</code> is <code>VERSION_1</code> , <code>UserName</code> and
     * <code>GroupName</code> are required. When <code>FormatVersion</code> is
     * <code>VERSION_2</code> , <code>UserARN</code> and <code>GroupARN</code> are required, and
     * <code>Namespace</code> must not exist.
     *
     * <p>Allowed values: {@code VERSION_1}, {@code VERSION_2}. CloudFormation property {@code
     * FormatVersion}.
     */
    public RowLevelPermissionDataSet formatVersion(String value) {
      return set("FormatVersion", Value.of(value));
    }

    /** Sets {@code FormatVersion} to this value; see {@link #formatVersion(String)}. */
    public RowLevelPermissionDataSet formatVersion(Value<String> value) {
      return set("FormatVersion", value);
    }

    /**
     * The namespace associated with the dataset that contains permissions for RLS.
     *
     * <p>Length: 0 to 64 characters. Pattern: {@code ^[a-zA-Z0-9._-]*$}. CloudFormation property
     * {@code Namespace}.
     */
    public RowLevelPermissionDataSet namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public RowLevelPermissionDataSet namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The type of permissions to use when interpreting the permissions for RLS.
     * <code>DENY_ACCESS</code> is included for backward compatibility only.
     *
     * <p>Required. Allowed values: {@code GRANT_ACCESS}, {@code DENY_ACCESS}. CloudFormation
     * property {@code PermissionPolicy}.
     */
    public RowLevelPermissionDataSet permissionPolicy(String value) {
      return set("PermissionPolicy", Value.of(value));
    }

    /** Sets {@code PermissionPolicy} to this value; see {@link #permissionPolicy(String)}. */
    public RowLevelPermissionDataSet permissionPolicy(Value<String> value) {
      return set("PermissionPolicy", value);
    }

    /**
     * The status of the row-level security permission dataset. If enabled, the status is
     * <code>ENABLED</code> . If disabled, the status is <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public RowLevelPermissionDataSet status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RowLevelPermissionDataSet status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The element you can use to define tags for row-level security.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RowLevelPermissionTagConfiguration}.
   */
  public static final class RowLevelPermissionTagConfiguration extends Struct<RowLevelPermissionTagConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RowLevelPermissionTagConfiguration")
        .required("TagRules")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public RowLevelPermissionTagConfiguration() {
      super(SCHEMA);
    }

    /**
     * The status of row-level security tags. If enabled, the status is <code>ENABLED</code> . If
     * disabled, the status is <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public RowLevelPermissionTagConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RowLevelPermissionTagConfiguration status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The configuration of tags on a dataset to set row-level security.
     *
     * <p>CloudFormation property {@code TagRuleConfigurations}.
     */
    public RowLevelPermissionTagConfiguration tagRuleConfigurations(List<List<String>> value) {
      return set("TagRuleConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code TagRuleConfigurations} to this value; see {@link #tagRuleConfigurations(List)}.
     */
    public RowLevelPermissionTagConfiguration tagRuleConfigurations(Value<List<List<String>>> value) {
      return set("TagRuleConfigurations", value);
    }

    /**
     * A set of rules associated with row-level security, such as the tag names and columns that
     * they are assigned to.
     *
     * <p>Required. CloudFormation property {@code TagRules}.
     */
    public RowLevelPermissionTagConfiguration tagRules(List<RowLevelPermissionTagRule> value) {
      return set("TagRules", Value.listOf(value));
    }

    /** Sets {@code TagRules} to this value; see {@link #tagRules(List)}. */
    public RowLevelPermissionTagConfiguration tagRules(Value<List<RowLevelPermissionTagRule>> value) {
      return set("TagRules", value);
    }

    /** Sets {@code TagRules} to a list of these; see {@link #tagRules(List)}. */
    public RowLevelPermissionTagConfiguration tagRules(RowLevelPermissionTagRule... values) {
      return set("TagRules", Value.list(values));
    }
  }

  /**
   * A set of rules associated with a tag.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.RowLevelPermissionTagRule}.
   */
  public static final class RowLevelPermissionTagRule extends Struct<RowLevelPermissionTagRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.RowLevelPermissionTagRule")
        .required("ColumnName", "TagKey")
        .constrain("MatchAllValue", Constraint.of().minLength(1).maxLength(256))
        .constrain("TagKey", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagMultiValueDelimiter", Constraint.of().minLength(0).maxLength(10))
        .build();

    public RowLevelPermissionTagRule() {
      super(SCHEMA);
    }

    /**
     * The column name that a tag key is assigned to.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public RowLevelPermissionTagRule columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public RowLevelPermissionTagRule columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * A string that you want to use to filter by all the values in a column in the dataset and
     * don’t want to list the values one by one. For example, you can use an asterisk as your match
     * all value.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code MatchAllValue}.
     */
    public RowLevelPermissionTagRule matchAllValue(String value) {
      return set("MatchAllValue", Value.of(value));
    }

    /** Sets {@code MatchAllValue} to this value; see {@link #matchAllValue(String)}. */
    public RowLevelPermissionTagRule matchAllValue(Value<String> value) {
      return set("MatchAllValue", value);
    }

    /**
     * The unique key for a tag.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code TagKey}.
     */
    public RowLevelPermissionTagRule tagKey(String value) {
      return set("TagKey", Value.of(value));
    }

    /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
    public RowLevelPermissionTagRule tagKey(Value<String> value) {
      return set("TagKey", value);
    }

    /**
     * A string that you want to use to delimit the values when you pass the values at run time. For
     * example, you can delimit the values with a comma.
     *
     * <p>Length: 0 to 10 characters. CloudFormation property {@code TagMultiValueDelimiter}.
     */
    public RowLevelPermissionTagRule tagMultiValueDelimiter(String value) {
      return set("TagMultiValueDelimiter", Value.of(value));
    }

    /**
     * Sets {@code TagMultiValueDelimiter} to this value; see {@link
     * #tagMultiValueDelimiter(String)}.
     */
    public RowLevelPermissionTagRule tagMultiValueDelimiter(Value<String> value) {
      return set("TagMultiValueDelimiter", value);
    }
  }

  /**
   * A physical table type for an S3 data source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.S3Source}.
   */
  public static final class S3Source extends Struct<S3Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.S3Source")
        .required("DataSourceArn", "InputColumns")
        .build();

    public S3Source() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the data source.
     *
     * <p>Required. CloudFormation property {@code DataSourceArn}.
     */
    public S3Source dataSourceArn(String value) {
      return set("DataSourceArn", Value.of(value));
    }

    /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
    public S3Source dataSourceArn(Value<String> value) {
      return set("DataSourceArn", value);
    }

    /**
     * A physical table type for an S3 data source.
     *
     * <p>For files that aren't JSON, only <code>STRING</code> data types are supported in input
     * columns.
     *
     * <p>Required. CloudFormation property {@code InputColumns}.
     */
    public S3Source inputColumns(List<InputColumn> value) {
      return set("InputColumns", Value.listOf(value));
    }

    /** Sets {@code InputColumns} to this value; see {@link #inputColumns(List)}. */
    public S3Source inputColumns(Value<List<InputColumn>> value) {
      return set("InputColumns", value);
    }

    /** Sets {@code InputColumns} to a list of these; see {@link #inputColumns(List)}. */
    public S3Source inputColumns(InputColumn... values) {
      return set("InputColumns", Value.list(values));
    }

    /**
     * Information about the format for the S3 source file or files.
     *
     * <p>CloudFormation property {@code UploadSettings}.
     */
    public S3Source uploadSettings(Value<UploadSettings> value) {
      return set("UploadSettings", value);
    }
  }

  /**
   * A table from a Software-as-a-Service (SaaS) data source, including connection details and
   * column definitions.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.SaaSTable}.
   */
  public static final class SaaSTable extends Struct<SaaSTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.SaaSTable")
        .required("DataSourceArn", "InputColumns", "TablePath")
        .build();

    public SaaSTable() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the SaaS data source.
     *
     * <p>Required. CloudFormation property {@code DataSourceArn}.
     */
    public SaaSTable dataSourceArn(String value) {
      return set("DataSourceArn", Value.of(value));
    }

    /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
    public SaaSTable dataSourceArn(Value<String> value) {
      return set("DataSourceArn", value);
    }

    /**
     * The list of input columns available from the SaaS table.
     *
     * <p>Required. CloudFormation property {@code InputColumns}.
     */
    public SaaSTable inputColumns(List<InputColumn> value) {
      return set("InputColumns", Value.listOf(value));
    }

    /** Sets {@code InputColumns} to this value; see {@link #inputColumns(List)}. */
    public SaaSTable inputColumns(Value<List<InputColumn>> value) {
      return set("InputColumns", value);
    }

    /** Sets {@code InputColumns} to a list of these; see {@link #inputColumns(List)}. */
    public SaaSTable inputColumns(InputColumn... values) {
      return set("InputColumns", Value.list(values));
    }

    /**
     * The hierarchical path to the table within the SaaS data source.
     *
     * <p>Required. CloudFormation property {@code TablePath}.
     */
    public SaaSTable tablePath(List<TablePathElement> value) {
      return set("TablePath", Value.listOf(value));
    }

    /** Sets {@code TablePath} to this value; see {@link #tablePath(List)}. */
    public SaaSTable tablePath(Value<List<TablePathElement>> value) {
      return set("TablePath", value);
    }

    /** Sets {@code TablePath} to a list of these; see {@link #tablePath(List)}. */
    public SaaSTable tablePath(TablePathElement... values) {
      return set("TablePath", Value.list(values));
    }
  }

  /**
   * Configuration for the semantic model that defines how prepared data is structured for analysis
   * and reporting.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.SemanticModelConfiguration}.
   */
  public static final class SemanticModelConfiguration extends Struct<SemanticModelConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.SemanticModelConfiguration");

    public SemanticModelConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SemanticMetadata}. */
    public SemanticModelConfiguration semanticMetadata(List<DataSetSemanticMetadata> value) {
      return set("SemanticMetadata", Value.listOf(value));
    }

    /** Sets {@code SemanticMetadata} to this value; see {@link #semanticMetadata(List)}. */
    public SemanticModelConfiguration semanticMetadata(Value<List<DataSetSemanticMetadata>> value) {
      return set("SemanticMetadata", value);
    }

    /** Sets {@code SemanticMetadata} to a list of these; see {@link #semanticMetadata(List)}. */
    public SemanticModelConfiguration semanticMetadata(DataSetSemanticMetadata... values) {
      return set("SemanticMetadata", Value.list(values));
    }

    /**
     * A map of semantic tables that define the analytical structure.
     *
     * <p>CloudFormation property {@code TableMap}.
     */
    public SemanticModelConfiguration tableMap(Map<String, SemanticTable> value) {
      return set("TableMap", Value.mapOf(value));
    }

    /** Sets {@code TableMap} to this value; see {@link #tableMap(Map)}. */
    public SemanticModelConfiguration tableMap(Value<Map<String, SemanticTable>> value) {
      return set("TableMap", value);
    }
  }

  /**
   * A semantic table that represents the final analytical structure of the data.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.SemanticTable}.
   */
  public static final class SemanticTable extends Struct<SemanticTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.SemanticTable")
        .required("Alias", "DestinationTableId")
        .build();

    public SemanticTable() {
      super(SCHEMA);
    }

    /**
     * Alias for the semantic table.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public SemanticTable alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public SemanticTable alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The identifier of the destination table from data preparation that provides data to this
     * semantic table.
     *
     * <p>Required. CloudFormation property {@code DestinationTableId}.
     */
    public SemanticTable destinationTableId(String value) {
      return set("DestinationTableId", Value.of(value));
    }

    /** Sets {@code DestinationTableId} to this value; see {@link #destinationTableId(String)}. */
    public SemanticTable destinationTableId(Value<String> value) {
      return set("DestinationTableId", value);
    }

    /**
     * Configuration for row level security that control data access for this semantic table.
     *
     * <p>CloudFormation property {@code RowLevelPermissionConfiguration}.
     */
    public SemanticTable rowLevelPermissionConfiguration(Value<RowLevelPermissionConfiguration> value) {
      return set("RowLevelPermissionConfiguration", value);
    }

    /** CloudFormation property {@code SemanticMetadata}. */
    public SemanticTable semanticMetadata(Value<TableSemanticMetadata> value) {
      return set("SemanticMetadata", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.SharedColumnSemanticMetadata}. */
  public static final class SharedColumnSemanticMetadata extends Struct<SharedColumnSemanticMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.SharedColumnSemanticMetadata")
        .required("ColumnProperties")
        .build();

    public SharedColumnSemanticMetadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ColumnNames}. */
    public SharedColumnSemanticMetadata columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public SharedColumnSemanticMetadata columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /** Required. CloudFormation property {@code ColumnProperties}. */
    public SharedColumnSemanticMetadata columnProperties(List<ColumnSemanticProperty> value) {
      return set("ColumnProperties", Value.listOf(value));
    }

    /** Sets {@code ColumnProperties} to this value; see {@link #columnProperties(List)}. */
    public SharedColumnSemanticMetadata columnProperties(Value<List<ColumnSemanticProperty>> value) {
      return set("ColumnProperties", value);
    }

    /** Sets {@code ColumnProperties} to a list of these; see {@link #columnProperties(List)}. */
    public SharedColumnSemanticMetadata columnProperties(ColumnSemanticProperty... values) {
      return set("ColumnProperties", Value.list(values));
    }
  }

  /**
   * A source table that provides initial data from either a physical table or parent dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.SourceTable}.
   */
  public static final class SourceTable extends Struct<SourceTable> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.SourceTable");

    public SourceTable() {
      super(SCHEMA);
    }

    /**
     * A parent dataset that serves as the data source instead of a physical table.
     *
     * <p>CloudFormation property {@code DataSet}.
     */
    public SourceTable dataSet(Value<ParentDataSet> value) {
      return set("DataSet", value);
    }

    /**
     * The identifier of the physical table that serves as the data source.
     *
     * <p>CloudFormation property {@code PhysicalTableId}.
     */
    public SourceTable physicalTableId(String value) {
      return set("PhysicalTableId", Value.of(value));
    }

    /** Sets {@code PhysicalTableId} to this value; see {@link #physicalTableId(String)}. */
    public SourceTable physicalTableId(Value<String> value) {
      return set("PhysicalTableId", value);
    }
  }

  /**
   * A string parameter that is created in the dataset.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.StringDatasetParameter}.
   */
  public static final class StringDatasetParameter extends Struct<StringDatasetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.StringDatasetParameter")
        .required("Id", "Name", "ValueType")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(2048))
        .allowed("ValueType", "MULTI_VALUED", "SINGLE_VALUED")
        .build();

    public StringDatasetParameter() {
      super(SCHEMA);
    }

    /**
     * A list of default values for a given string dataset parameter type. This structure only
     * accepts static values.
     *
     * <p>CloudFormation property {@code DefaultValues}.
     */
    public StringDatasetParameter defaultValues(Value<StringDatasetParameterDefaultValues> value) {
      return set("DefaultValues", value);
    }

    /**
     * An identifier for the string parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code Id}.
     */
    public StringDatasetParameter id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public StringDatasetParameter id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the string parameter that is created in the dataset.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Name}.
     */
    public StringDatasetParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public StringDatasetParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value type of the dataset parameter. Valid values are <code>single value</code> or
     * <code>multi value</code> .
     *
     * <p>Required. Allowed values: {@code MULTI_VALUED}, {@code SINGLE_VALUED}. CloudFormation
     * property {@code ValueType}.
     */
    public StringDatasetParameter valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public StringDatasetParameter valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * A list of default values for a given string dataset parameter type. This structure only accepts
   * static values.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.StringDatasetParameterDefaultValues}.
   */
  public static final class StringDatasetParameterDefaultValues extends Struct<StringDatasetParameterDefaultValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.StringDatasetParameterDefaultValues")
        .constrain("StaticValues", Constraint.of().minLength(0).maxLength(512))
        .build();

    public StringDatasetParameterDefaultValues() {
      super(SCHEMA);
    }

    /**
     * A list of static default values for a given string parameter.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code StaticValues}.
     */
    public StringDatasetParameterDefaultValues staticValues(List<String> value) {
      return set("StaticValues", Value.listOf(value));
    }

    /** Sets {@code StaticValues} to this value; see {@link #staticValues(List)}. */
    public StringDatasetParameterDefaultValues staticValues(Value<List<String>> value) {
      return set("StaticValues", value);
    }
  }

  /**
   * An element in the hierarchical path to a table within a data source, containing both name and
   * identifier.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.TablePathElement}.
   */
  public static final class TablePathElement extends Struct<TablePathElement> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.TablePathElement");

    public TablePathElement() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the path element.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public TablePathElement id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public TablePathElement id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the path element.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public TablePathElement name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TablePathElement name(Value<String> value) {
      return set("Name", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.TableSemanticMetadata}. */
  public static final class TableSemanticMetadata extends Struct<TableSemanticMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.TableSemanticMetadata");

    public TableSemanticMetadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ColumnMetadata}. */
    public TableSemanticMetadata columnMetadata(List<SharedColumnSemanticMetadata> value) {
      return set("ColumnMetadata", Value.listOf(value));
    }

    /** Sets {@code ColumnMetadata} to this value; see {@link #columnMetadata(List)}. */
    public TableSemanticMetadata columnMetadata(Value<List<SharedColumnSemanticMetadata>> value) {
      return set("ColumnMetadata", value);
    }

    /** Sets {@code ColumnMetadata} to a list of these; see {@link #columnMetadata(List)}. */
    public TableSemanticMetadata columnMetadata(SharedColumnSemanticMetadata... values) {
      return set("ColumnMetadata", Value.list(values));
    }
  }

  /**
   * A transform operation that tags a column with additional information.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.TagColumnOperation}.
   */
  public static final class TagColumnOperation extends Struct<TagColumnOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.TagColumnOperation")
        .required("ColumnName", "Tags")
        .build();

    public TagColumnOperation() {
      super(SCHEMA);
    }

    /**
     * The column that this operation acts on.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public TagColumnOperation columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public TagColumnOperation columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The dataset column tag, currently only used for geospatial type tagging.
     *
     * <p>This is not tags for the AWS tagging feature.
     *
     * <p>Required. CloudFormation property {@code Tags}.
     */
    public TagColumnOperation tags(List<ColumnTag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagColumnOperation tags(Value<List<ColumnTag>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public TagColumnOperation tags(ColumnTag... values) {
      return set("Tags", Value.list(values));
    }
  }

  /**
   * A data transformation on a logical table. This is a variant type structure. For this structure
   * to be valid, only one of the attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.TransformOperation}.
   */
  public static final class TransformOperation extends Struct<TransformOperation> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.TransformOperation");

    public TransformOperation() {
      super(SCHEMA);
    }

    /**
     * A transform operation that casts a column to a different type.
     *
     * <p>CloudFormation property {@code CastColumnTypeOperation}.
     */
    public TransformOperation castColumnTypeOperation(Value<CastColumnTypeOperation> value) {
      return set("CastColumnTypeOperation", value);
    }

    /**
     * An operation that creates calculated columns. Columns created in one such operation form a
     * lexical closure.
     *
     * <p>CloudFormation property {@code CreateColumnsOperation}.
     */
    public TransformOperation createColumnsOperation(Value<CreateColumnsOperation> value) {
      return set("CreateColumnsOperation", value);
    }

    /**
     * An operation that filters rows based on some condition.
     *
     * <p>CloudFormation property {@code FilterOperation}.
     */
    public TransformOperation filterOperation(Value<FilterOperation> value) {
      return set("FilterOperation", value);
    }

    /**
     * A transform operation that overrides the dataset parameter values that are defined in another
     * dataset.
     *
     * <p>CloudFormation property {@code OverrideDatasetParameterOperation}.
     */
    public TransformOperation overrideDatasetParameterOperation(Value<OverrideDatasetParameterOperation> value) {
      return set("OverrideDatasetParameterOperation", value);
    }

    /**
     * An operation that projects columns. Operations that come after a projection can only refer to
     * projected columns.
     *
     * <p>CloudFormation property {@code ProjectOperation}.
     */
    public TransformOperation projectOperation(Value<ProjectOperation> value) {
      return set("ProjectOperation", value);
    }

    /**
     * An operation that renames a column.
     *
     * <p>CloudFormation property {@code RenameColumnOperation}.
     */
    public TransformOperation renameColumnOperation(Value<RenameColumnOperation> value) {
      return set("RenameColumnOperation", value);
    }

    /**
     * An operation that tags a column with additional information.
     *
     * <p>CloudFormation property {@code TagColumnOperation}.
     */
    public TransformOperation tagColumnOperation(Value<TagColumnOperation> value) {
      return set("TagColumnOperation", value);
    }

    /**
     * &lt;p&gt;A transform operation that removes tags associated with a column.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code UntagColumnOperation}.
     */
    public TransformOperation untagColumnOperation(Value<UntagColumnOperation> value) {
      return set("UntagColumnOperation", value);
    }
  }

  /**
   * Specifies the source of data for a transform operation, including the source operation and
   * column mappings.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.TransformOperationSource}.
   */
  public static final class TransformOperationSource extends Struct<TransformOperationSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.TransformOperationSource")
        .required("TransformOperationId")
        .build();

    public TransformOperationSource() {
      super(SCHEMA);
    }

    /**
     * The mappings between source column identifiers and target column identifiers for this
     * transformation.
     *
     * <p>CloudFormation property {@code ColumnIdMappings}.
     */
    public TransformOperationSource columnIdMappings(List<DataSetColumnIdMapping> value) {
      return set("ColumnIdMappings", Value.listOf(value));
    }

    /** Sets {@code ColumnIdMappings} to this value; see {@link #columnIdMappings(List)}. */
    public TransformOperationSource columnIdMappings(Value<List<DataSetColumnIdMapping>> value) {
      return set("ColumnIdMappings", value);
    }

    /** Sets {@code ColumnIdMappings} to a list of these; see {@link #columnIdMappings(List)}. */
    public TransformOperationSource columnIdMappings(DataSetColumnIdMapping... values) {
      return set("ColumnIdMappings", Value.list(values));
    }

    /**
     * The identifier of the transform operation that provides input data.
     *
     * <p>Required. CloudFormation property {@code TransformOperationId}.
     */
    public TransformOperationSource transformOperationId(String value) {
      return set("TransformOperationId", Value.of(value));
    }

    /**
     * Sets {@code TransformOperationId} to this value; see {@link #transformOperationId(String)}.
     */
    public TransformOperationSource transformOperationId(Value<String> value) {
      return set("TransformOperationId", value);
    }
  }

  /**
   * A step in data preparation that performs a specific operation on the data.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.TransformStep}.
   */
  public static final class TransformStep extends Struct<TransformStep> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.TransformStep");

    public TransformStep() {
      super(SCHEMA);
    }

    /**
     * A transform step that groups data and applies aggregation functions to calculate summary
     * values.
     *
     * <p>CloudFormation property {@code AggregateStep}.
     */
    public TransformStep aggregateStep(Value<AggregateOperation> value) {
      return set("AggregateStep", value);
    }

    /**
     * A transform step that combines rows from multiple sources by stacking them vertically.
     *
     * <p>CloudFormation property {@code AppendStep}.
     */
    public TransformStep appendStep(Value<AppendOperation> value) {
      return set("AppendStep", value);
    }

    /**
     * A transform step that changes the data types of one or more columns.
     *
     * <p>CloudFormation property {@code CastColumnTypesStep}.
     */
    public TransformStep castColumnTypesStep(Value<CastColumnTypesOperation> value) {
      return set("CastColumnTypesStep", value);
    }

    /**
     * &lt;p&gt;A transform operation that creates calculated columns. Columns created in one such
     * operation form a lexical closure.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code CreateColumnsStep}.
     */
    public TransformStep createColumnsStep(Value<CreateColumnsOperation> value) {
      return set("CreateColumnsStep", value);
    }

    /**
     * A transform step that applies filter conditions.
     *
     * <p>CloudFormation property {@code FiltersStep}.
     */
    public TransformStep filtersStep(Value<FiltersOperation> value) {
      return set("FiltersStep", value);
    }

    /**
     * A transform step that brings data from a source table.
     *
     * <p>CloudFormation property {@code ImportTableStep}.
     */
    public TransformStep importTableStep(Value<ImportTableOperation> value) {
      return set("ImportTableStep", value);
    }

    /**
     * A transform step that combines data from two sources based on specified join conditions.
     *
     * <p>CloudFormation property {@code JoinStep}.
     */
    public TransformStep joinStep(Value<JoinOperation> value) {
      return set("JoinStep", value);
    }

    /**
     * A transform step that converts row values into columns to reshape the data structure.
     *
     * <p>CloudFormation property {@code PivotStep}.
     */
    public TransformStep pivotStep(Value<PivotOperation> value) {
      return set("PivotStep", value);
    }

    /**
     * &lt;p&gt;A transform operation that projects columns. Operations that come after a projection
     * can only refer to projected columns.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code ProjectStep}.
     */
    public TransformStep projectStep(Value<ProjectOperation> value) {
      return set("ProjectStep", value);
    }

    /**
     * A transform step that changes the names of one or more columns.
     *
     * <p>CloudFormation property {@code RenameColumnsStep}.
     */
    public TransformStep renameColumnsStep(Value<RenameColumnsOperation> value) {
      return set("RenameColumnsStep", value);
    }

    /**
     * A transform step that converts columns into rows to normalize the data structure.
     *
     * <p>CloudFormation property {@code UnpivotStep}.
     */
    public TransformStep unpivotStep(Value<UnpivotOperation> value) {
      return set("UnpivotStep", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.UniqueKey}. */
  public static final class UniqueKey extends Struct<UniqueKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.UniqueKey")
        .required("ColumnNames")
        .constrain("ColumnNames", Constraint.of().minLength(1).maxLength(127))
        .build();

    public UniqueKey() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 127 characters. CloudFormation property {@code ColumnNames}. */
    public UniqueKey columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public UniqueKey columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }
  }

  /**
   * A transform operation that converts columns into rows, normalizing the data structure.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.UnpivotOperation}.
   */
  public static final class UnpivotOperation extends Struct<UnpivotOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.UnpivotOperation")
        .required("Alias", "ColumnsToUnpivot", "Source", "UnpivotedLabelColumnId",
            "UnpivotedLabelColumnName", "UnpivotedValueColumnId", "UnpivotedValueColumnName")
        .build();

    public UnpivotOperation() {
      super(SCHEMA);
    }

    /**
     * Alias for this operation.
     *
     * <p>Required. CloudFormation property {@code Alias}.
     */
    public UnpivotOperation alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public UnpivotOperation alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The list of columns to unpivot from the source data.
     *
     * <p>Required. CloudFormation property {@code ColumnsToUnpivot}.
     */
    public UnpivotOperation columnsToUnpivot(List<ColumnToUnpivot> value) {
      return set("ColumnsToUnpivot", Value.listOf(value));
    }

    /** Sets {@code ColumnsToUnpivot} to this value; see {@link #columnsToUnpivot(List)}. */
    public UnpivotOperation columnsToUnpivot(Value<List<ColumnToUnpivot>> value) {
      return set("ColumnsToUnpivot", value);
    }

    /** Sets {@code ColumnsToUnpivot} to a list of these; see {@link #columnsToUnpivot(List)}. */
    public UnpivotOperation columnsToUnpivot(ColumnToUnpivot... values) {
      return set("ColumnsToUnpivot", Value.list(values));
    }

    /**
     * The source transform operation that provides input data for unpivoting.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public UnpivotOperation source(Value<TransformOperationSource> value) {
      return set("Source", value);
    }

    /**
     * A unique identifier for the new column that will contain the unpivoted column names.
     *
     * <p>Required. CloudFormation property {@code UnpivotedLabelColumnId}.
     */
    public UnpivotOperation unpivotedLabelColumnId(String value) {
      return set("UnpivotedLabelColumnId", Value.of(value));
    }

    /**
     * Sets {@code UnpivotedLabelColumnId} to this value; see {@link
     * #unpivotedLabelColumnId(String)}.
     */
    public UnpivotOperation unpivotedLabelColumnId(Value<String> value) {
      return set("UnpivotedLabelColumnId", value);
    }

    /**
     * The name for the new column that will contain the unpivoted column names.
     *
     * <p>Required. CloudFormation property {@code UnpivotedLabelColumnName}.
     */
    public UnpivotOperation unpivotedLabelColumnName(String value) {
      return set("UnpivotedLabelColumnName", Value.of(value));
    }

    /**
     * Sets {@code UnpivotedLabelColumnName} to this value; see {@link
     * #unpivotedLabelColumnName(String)}.
     */
    public UnpivotOperation unpivotedLabelColumnName(Value<String> value) {
      return set("UnpivotedLabelColumnName", value);
    }

    /**
     * A unique identifier for the new column that will contain the unpivoted values.
     *
     * <p>Required. CloudFormation property {@code UnpivotedValueColumnId}.
     */
    public UnpivotOperation unpivotedValueColumnId(String value) {
      return set("UnpivotedValueColumnId", Value.of(value));
    }

    /**
     * Sets {@code UnpivotedValueColumnId} to this value; see {@link
     * #unpivotedValueColumnId(String)}.
     */
    public UnpivotOperation unpivotedValueColumnId(Value<String> value) {
      return set("UnpivotedValueColumnId", value);
    }

    /**
     * The name for the new column that will contain the unpivoted values.
     *
     * <p>Required. CloudFormation property {@code UnpivotedValueColumnName}.
     */
    public UnpivotOperation unpivotedValueColumnName(String value) {
      return set("UnpivotedValueColumnName", Value.of(value));
    }

    /**
     * Sets {@code UnpivotedValueColumnName} to this value; see {@link
     * #unpivotedValueColumnName(String)}.
     */
    public UnpivotOperation unpivotedValueColumnName(Value<String> value) {
      return set("UnpivotedValueColumnName", value);
    }
  }

  /**
   * A transform operation that removes tags associated with a column.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.UntagColumnOperation}.
   */
  public static final class UntagColumnOperation extends Struct<UntagColumnOperation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.UntagColumnOperation")
        .required("ColumnName", "TagNames")
        .allowed("TagNames", "COLUMN_GEOGRAPHIC_ROLE", "COLUMN_DESCRIPTION")
        .build();

    public UntagColumnOperation() {
      super(SCHEMA);
    }

    /**
     * The column that this operation acts on.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public UntagColumnOperation columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public UntagColumnOperation columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The column tags to remove from this column.
     *
     * <p>Required. Allowed values: {@code COLUMN_GEOGRAPHIC_ROLE}, {@code COLUMN_DESCRIPTION}.
     * CloudFormation property {@code TagNames}.
     */
    public UntagColumnOperation tagNames(List<String> value) {
      return set("TagNames", Value.listOf(value));
    }

    /** Sets {@code TagNames} to this value; see {@link #tagNames(List)}. */
    public UntagColumnOperation tagNames(Value<List<String>> value) {
      return set("TagNames", value);
    }
  }

  /**
   * Information about the format for a source file or files.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.UploadSettings}.
   */
  public static final class UploadSettings extends Struct<UploadSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.UploadSettings")
        .allowed("Format", "CSV", "TSV", "CLF", "ELF", "XLSX", "JSON")
        .allowed("TextQualifier", "DOUBLE_QUOTE", "SINGLE_QUOTE")
        .build();

    public UploadSettings() {
      super(SCHEMA);
    }

    /**
     * Whether the file has a header row, or the files each have a header row.
     *
     * <p>CloudFormation property {@code ContainsHeader}.
     */
    public UploadSettings containsHeader(boolean value) {
      return set("ContainsHeader", Value.of(value));
    }

    /** Sets {@code ContainsHeader} to this value; see {@link #containsHeader(boolean)}. */
    public UploadSettings containsHeader(Value<Boolean> value) {
      return set("ContainsHeader", value);
    }

    /**
     * The delimiter between values in the file.
     *
     * <p>CloudFormation property {@code Delimiter}.
     */
    public UploadSettings delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public UploadSettings delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * File format.
     *
     * <p>Allowed values: {@code CSV}, {@code TSV}, {@code CLF}, {@code ELF}, {@code XLSX}, {@code
     * JSON}. CloudFormation property {@code Format}.
     */
    public UploadSettings format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public UploadSettings format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * A row number to start reading data from.
     *
     * <p>CloudFormation property {@code StartFromRow}.
     */
    public UploadSettings startFromRow(double value) {
      return set("StartFromRow", Value.of(value));
    }

    /** Sets {@code StartFromRow} to this value; see {@link #startFromRow(double)}. */
    public UploadSettings startFromRow(Value<Double> value) {
      return set("StartFromRow", value);
    }

    /**
     * Text qualifier.
     *
     * <p>Allowed values: {@code DOUBLE_QUOTE}, {@code SINGLE_QUOTE}. CloudFormation property {@code
     * TextQualifier}.
     */
    public UploadSettings textQualifier(String value) {
      return set("TextQualifier", Value.of(value));
    }

    /** Sets {@code TextQualifier} to this value; see {@link #textQualifier(String)}. */
    public UploadSettings textQualifier(Value<String> value) {
      return set("TextQualifier", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSet.UploadedDocumentMetadata}. */
  public static final class UploadedDocumentMetadata extends Struct<UploadedDocumentMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSet.UploadedDocumentMetadata")
        .constrain("Name", Constraint.of().minLength(1).maxLength(127))
        .build();

    public UploadedDocumentMetadata() {
      super(SCHEMA);
    }

    /** Length: 1 to 127 characters. CloudFormation property {@code Name}. */
    public UploadedDocumentMetadata name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public UploadedDocumentMetadata name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Configuration for how to handle value columns in pivot operations, including aggregation
   * settings.
   *
   * <p>Property type {@code AWS::QuickSight::DataSet.ValueColumnConfiguration}.
   */
  public static final class ValueColumnConfiguration extends Struct<ValueColumnConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSet.ValueColumnConfiguration");

    public ValueColumnConfiguration() {
      super(SCHEMA);
    }

    /**
     * The aggregation function to apply when multiple values map to the same pivoted cell.
     *
     * <p>CloudFormation property {@code AggregationFunction}.
     */
    public ValueColumnConfiguration aggregationFunction(Value<DataPrepAggregationFunction> value) {
      return set("AggregationFunction", value);
    }
  }
}
