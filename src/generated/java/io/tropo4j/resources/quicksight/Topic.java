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
 * Creates a new Q topic.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Topic}.
 */
public final class Topic extends Resource<Topic> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .constrain("TopicId", Constraint.of().pattern("^[A-Za-z0-9-_.\\\\+]*$").minLength(0).maxLength(256))
      .allowed("UserExperienceVersion", "LEGACY", "NEW_READER_EXPERIENCE")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Topic(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AWS account that you want to create a topic in.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Topic awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Topic awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Configuration options for a <code>Topic</code> .
   *
   * <p>CloudFormation property {@code ConfigOptions}.
   */
  public Topic configOptions(Value<TopicConfigOptions> value) {
    return set("ConfigOptions", value);
  }

  /**
   * &lt;p&gt;Instructions that provide additional guidance and context for response
   * generation.&lt;/p&gt;
   *
   * <p>CloudFormation property {@code CustomInstructions}.
   */
  public Topic customInstructions(Value<CustomInstructions> value) {
    return set("CustomInstructions", value);
  }

  /**
   * The data sets that the topic is associated with.
   *
   * <p>CloudFormation property {@code DataSets}.
   */
  public Topic dataSets(List<DatasetMetadata> value) {
    return set("DataSets", Value.listOf(value));
  }

  /** Sets {@code DataSets} to this value; see {@link #dataSets(List)}. */
  public Topic dataSets(Value<List<DatasetMetadata>> value) {
    return set("DataSets", value);
  }

  /** Sets {@code DataSets} to a list of these; see {@link #dataSets(List)}. */
  public Topic dataSets(DatasetMetadata... values) {
    return set("DataSets", Value.list(values));
  }

  /**
   * The description of the topic.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Topic description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Topic description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code FolderArns}. */
  public Topic folderArns(List<String> value) {
    return set("FolderArns", Value.listOf(value));
  }

  /** Sets {@code FolderArns} to this value; see {@link #folderArns(List)}. */
  public Topic folderArns(Value<List<String>> value) {
    return set("FolderArns", value);
  }

  /**
   * The name of the topic.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public Topic name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Topic name(Value<String> value) {
    return set("Name", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public Topic tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Topic tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Topic tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID for the topic. This ID is unique per AWS Region for each AWS account.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9-_.&#92;&#92;+]*$}. CloudFormation property {@code TopicId}.
   */
  public Topic topicId(String value) {
    return set("TopicId", Value.of(value));
  }

  /** Sets {@code TopicId} to this value; see {@link #topicId(String)}. */
  public Topic topicId(Value<String> value) {
    return set("TopicId", value);
  }

  /**
   * The user experience version of the topic.
   *
   * <p>Allowed values: {@code LEGACY}, {@code NEW_READER_EXPERIENCE}. CloudFormation property
   * {@code UserExperienceVersion}.
   */
  public Topic userExperienceVersion(String value) {
    return set("UserExperienceVersion", Value.of(value));
  }

  /**
   * Sets {@code UserExperienceVersion} to this value; see {@link #userExperienceVersion(String)}.
   */
  public Topic userExperienceVersion(Value<String> value) {
    return set("UserExperienceVersion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the topic.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A structure that represents the cell value synonym.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.CellValueSynonym}.
   */
  public static final class CellValueSynonym extends Struct<CellValueSynonym> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.CellValueSynonym")
        .constrain("CellValue", Constraint.of().minLength(0).maxLength(256))
        .build();

    public CellValueSynonym() {
      super(SCHEMA);
    }

    /**
     * The cell value.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code CellValue}.
     */
    public CellValueSynonym cellValue(String value) {
      return set("CellValue", Value.of(value));
    }

    /** Sets {@code CellValue} to this value; see {@link #cellValue(String)}. */
    public CellValueSynonym cellValue(Value<String> value) {
      return set("CellValue", value);
    }

    /**
     * Other names or aliases for the cell value.
     *
     * <p>CloudFormation property {@code Synonyms}.
     */
    public CellValueSynonym synonyms(List<String> value) {
      return set("Synonyms", Value.listOf(value));
    }

    /** Sets {@code Synonyms} to this value; see {@link #synonyms(List)}. */
    public CellValueSynonym synonyms(Value<List<String>> value) {
      return set("Synonyms", value);
    }
  }

  /**
   * A structure that represents a collective constant.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.CollectiveConstant}.
   */
  public static final class CollectiveConstant extends Struct<CollectiveConstant> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Topic.CollectiveConstant");

    public CollectiveConstant() {
      super(SCHEMA);
    }

    /**
     * A list of values for the collective constant.
     *
     * <p>CloudFormation property {@code ValueList}.
     */
    public CollectiveConstant valueList(List<String> value) {
      return set("ValueList", Value.listOf(value));
    }

    /** Sets {@code ValueList} to this value; see {@link #valueList(List)}. */
    public CollectiveConstant valueList(Value<List<String>> value) {
      return set("ValueList", value);
    }
  }

  /**
   * The order in which data is displayed for the column when it's used in a comparative context.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.ComparativeOrder}.
   */
  public static final class ComparativeOrder extends Struct<ComparativeOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.ComparativeOrder")
        .allowed("TreatUndefinedSpecifiedValues", "LEAST", "MOST")
        .allowed("UseOrdering", "GREATER_IS_BETTER", "LESSER_IS_BETTER", "SPECIFIED")
        .build();

    public ComparativeOrder() {
      super(SCHEMA);
    }

    /**
     * The list of columns to be used in the ordering.
     *
     * <p>CloudFormation property {@code SpecifedOrder}.
     */
    public ComparativeOrder specifedOrder(List<String> value) {
      return set("SpecifedOrder", Value.listOf(value));
    }

    /** Sets {@code SpecifedOrder} to this value; see {@link #specifedOrder(List)}. */
    public ComparativeOrder specifedOrder(Value<List<String>> value) {
      return set("SpecifedOrder", value);
    }

    /**
     * The treat of undefined specified values. Valid values for this structure are
     * <code>LEAST</code> and <code>MOST</code> .
     *
     * <p>Allowed values: {@code LEAST}, {@code MOST}. CloudFormation property {@code
     * TreatUndefinedSpecifiedValues}.
     */
    public ComparativeOrder treatUndefinedSpecifiedValues(String value) {
      return set("TreatUndefinedSpecifiedValues", Value.of(value));
    }

    /**
     * Sets {@code TreatUndefinedSpecifiedValues} to this value; see {@link
     * #treatUndefinedSpecifiedValues(String)}.
     */
    public ComparativeOrder treatUndefinedSpecifiedValues(Value<String> value) {
      return set("TreatUndefinedSpecifiedValues", value);
    }

    /**
     * The ordering type for a column. Valid values for this structure are
     * <code>GREATER_IS_BETTER</code> , <code>LESSER_IS_BETTER</code> and <code>SPECIFIED</code> .
     *
     * <p>Allowed values: {@code GREATER_IS_BETTER}, {@code LESSER_IS_BETTER}, {@code SPECIFIED}.
     * CloudFormation property {@code UseOrdering}.
     */
    public ComparativeOrder useOrdering(String value) {
      return set("UseOrdering", Value.of(value));
    }

    /** Sets {@code UseOrdering} to this value; see {@link #useOrdering(String)}. */
    public ComparativeOrder useOrdering(Value<String> value) {
      return set("UseOrdering", value);
    }
  }

  /**
   * &lt;p&gt;Instructions that provide additional guidance and context for response
   * generation.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::Topic.CustomInstructions}.
   */
  public static final class CustomInstructions extends Struct<CustomInstructions> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.CustomInstructions")
        .required("CustomInstructionsString")
        .constrain("CustomInstructionsString", Constraint.of().minLength(0).maxLength(10000))
        .build();

    public CustomInstructions() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;A text field for providing additional guidance or context for response
     * generation.&lt;/p&gt;
     *
     * <p>Required. Length: 0 to 10000 characters. CloudFormation property {@code
     * CustomInstructionsString}.
     */
    public CustomInstructions customInstructionsString(String value) {
      return set("CustomInstructionsString", Value.of(value));
    }

    /**
     * Sets {@code CustomInstructionsString} to this value; see {@link
     * #customInstructionsString(String)}.
     */
    public CustomInstructions customInstructionsString(Value<String> value) {
      return set("CustomInstructionsString", value);
    }
  }

  /**
   * The definition of a data aggregation.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.DataAggregation}.
   */
  public static final class DataAggregation extends Struct<DataAggregation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.DataAggregation")
        .allowed("DatasetRowDateGranularity", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH",
            "QUARTER", "YEAR")
        .constrain("DefaultDateColumnName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public DataAggregation() {
      super(SCHEMA);
    }

    /**
     * The level of time precision that is used to aggregate <code>DateTime</code> values.
     *
     * <p>Allowed values: {@code SECOND}, {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code WEEK},
     * {@code MONTH}, {@code QUARTER}, {@code YEAR}. CloudFormation property {@code
     * DatasetRowDateGranularity}.
     */
    public DataAggregation datasetRowDateGranularity(String value) {
      return set("DatasetRowDateGranularity", Value.of(value));
    }

    /**
     * Sets {@code DatasetRowDateGranularity} to this value; see {@link
     * #datasetRowDateGranularity(String)}.
     */
    public DataAggregation datasetRowDateGranularity(Value<String> value) {
      return set("DatasetRowDateGranularity", value);
    }

    /**
     * The column name for the default date.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DefaultDateColumnName}.
     */
    public DataAggregation defaultDateColumnName(String value) {
      return set("DefaultDateColumnName", Value.of(value));
    }

    /**
     * Sets {@code DefaultDateColumnName} to this value; see {@link #defaultDateColumnName(String)}.
     */
    public DataAggregation defaultDateColumnName(Value<String> value) {
      return set("DefaultDateColumnName", value);
    }
  }

  /**
   * A structure that represents a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.DatasetMetadata}.
   */
  public static final class DatasetMetadata extends Struct<DatasetMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.DatasetMetadata")
        .required("DatasetArn")
        .constrain("DatasetDescription", Constraint.of().minLength(0).maxLength(256))
        .constrain("DatasetName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public DatasetMetadata() {
      super(SCHEMA);
    }

    /**
     * The list of calculated field definitions.
     *
     * <p>CloudFormation property {@code CalculatedFields}.
     */
    public DatasetMetadata calculatedFields(List<TopicCalculatedField> value) {
      return set("CalculatedFields", Value.listOf(value));
    }

    /** Sets {@code CalculatedFields} to this value; see {@link #calculatedFields(List)}. */
    public DatasetMetadata calculatedFields(Value<List<TopicCalculatedField>> value) {
      return set("CalculatedFields", value);
    }

    /** Sets {@code CalculatedFields} to a list of these; see {@link #calculatedFields(List)}. */
    public DatasetMetadata calculatedFields(TopicCalculatedField... values) {
      return set("CalculatedFields", Value.list(values));
    }

    /**
     * The list of column definitions.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public DatasetMetadata columns(List<TopicColumn> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public DatasetMetadata columns(Value<List<TopicColumn>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public DatasetMetadata columns(TopicColumn... values) {
      return set("Columns", Value.list(values));
    }

    /**
     * The definition of a data aggregation.
     *
     * <p>CloudFormation property {@code DataAggregation}.
     */
    public DatasetMetadata dataAggregation(Value<DataAggregation> value) {
      return set("DataAggregation", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the dataset.
     *
     * <p>Required. CloudFormation property {@code DatasetArn}.
     */
    public DatasetMetadata datasetArn(String value) {
      return set("DatasetArn", Value.of(value));
    }

    /** Sets {@code DatasetArn} to this value; see {@link #datasetArn(String)}. */
    public DatasetMetadata datasetArn(Value<String> value) {
      return set("DatasetArn", value);
    }

    /**
     * The description of the dataset.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DatasetDescription}.
     */
    public DatasetMetadata datasetDescription(String value) {
      return set("DatasetDescription", Value.of(value));
    }

    /** Sets {@code DatasetDescription} to this value; see {@link #datasetDescription(String)}. */
    public DatasetMetadata datasetDescription(Value<String> value) {
      return set("DatasetDescription", value);
    }

    /**
     * The name of the dataset.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DatasetName}.
     */
    public DatasetMetadata datasetName(String value) {
      return set("DatasetName", Value.of(value));
    }

    /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
    public DatasetMetadata datasetName(Value<String> value) {
      return set("DatasetName", value);
    }

    /**
     * The list of filter definitions.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public DatasetMetadata filters(List<TopicFilter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public DatasetMetadata filters(Value<List<TopicFilter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public DatasetMetadata filters(TopicFilter... values) {
      return set("Filters", Value.list(values));
    }

    /**
     * The list of named entities definitions.
     *
     * <p>CloudFormation property {@code NamedEntities}.
     */
    public DatasetMetadata namedEntities(List<TopicNamedEntity> value) {
      return set("NamedEntities", Value.listOf(value));
    }

    /** Sets {@code NamedEntities} to this value; see {@link #namedEntities(List)}. */
    public DatasetMetadata namedEntities(Value<List<TopicNamedEntity>> value) {
      return set("NamedEntities", value);
    }

    /** Sets {@code NamedEntities} to a list of these; see {@link #namedEntities(List)}. */
    public DatasetMetadata namedEntities(TopicNamedEntity... values) {
      return set("NamedEntities", Value.list(values));
    }
  }

  /**
   * A structure that represents a default formatting definition.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.DefaultFormatting}.
   */
  public static final class DefaultFormatting extends Struct<DefaultFormatting> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.DefaultFormatting")
        .allowed("DisplayFormat", "AUTO", "PERCENT", "CURRENCY", "NUMBER", "DATE", "STRING")
        .build();

    public DefaultFormatting() {
      super(SCHEMA);
    }

    /**
     * The display format. Valid values for this structure are <code>AUTO</code> ,
     * <code>PERCENT</code> , <code>CURRENCY</code> , <code>NUMBER</code> , <code>DATE</code> , and
     * <code>STRING</code> .
     *
     * <p>Allowed values: {@code AUTO}, {@code PERCENT}, {@code CURRENCY}, {@code NUMBER}, {@code
     * DATE}, {@code STRING}. CloudFormation property {@code DisplayFormat}.
     */
    public DefaultFormatting displayFormat(String value) {
      return set("DisplayFormat", Value.of(value));
    }

    /** Sets {@code DisplayFormat} to this value; see {@link #displayFormat(String)}. */
    public DefaultFormatting displayFormat(Value<String> value) {
      return set("DisplayFormat", value);
    }

    /**
     * The additional options for display formatting.
     *
     * <p>CloudFormation property {@code DisplayFormatOptions}.
     */
    public DefaultFormatting displayFormatOptions(Value<DisplayFormatOptions> value) {
      return set("DisplayFormatOptions", value);
    }
  }

  /**
   * A structure that represents additional options for display formatting.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.DisplayFormatOptions}.
   */
  public static final class DisplayFormatOptions extends Struct<DisplayFormatOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.DisplayFormatOptions")
        .constrain("BlankCellFormat", Constraint.of().minLength(0).maxLength(256))
        .constrain("CurrencySymbol", Constraint.of().minLength(0).maxLength(256))
        .constrain("DateFormat", Constraint.of().minLength(0).maxLength(256))
        .allowed("DecimalSeparator", "COMMA", "DOT")
        .constrain("GroupingSeparator", Constraint.of().minLength(0).maxLength(256))
        .constrain("Prefix", Constraint.of().minLength(0).maxLength(256))
        .constrain("Suffix", Constraint.of().minLength(0).maxLength(256))
        .allowed("UnitScaler", "NONE", "AUTO", "THOUSANDS", "MILLIONS", "BILLIONS", "TRILLIONS",
            "LAKHS", "CRORES")
        .build();

    public DisplayFormatOptions() {
      super(SCHEMA);
    }

    /**
     * Determines the blank cell format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code BlankCellFormat}.
     */
    public DisplayFormatOptions blankCellFormat(String value) {
      return set("BlankCellFormat", Value.of(value));
    }

    /** Sets {@code BlankCellFormat} to this value; see {@link #blankCellFormat(String)}. */
    public DisplayFormatOptions blankCellFormat(Value<String> value) {
      return set("BlankCellFormat", value);
    }

    /**
     * The currency symbol, such as <code>USD</code> .
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code CurrencySymbol}.
     */
    public DisplayFormatOptions currencySymbol(String value) {
      return set("CurrencySymbol", Value.of(value));
    }

    /** Sets {@code CurrencySymbol} to this value; see {@link #currencySymbol(String)}. */
    public DisplayFormatOptions currencySymbol(Value<String> value) {
      return set("CurrencySymbol", value);
    }

    /**
     * Determines the <code>DateTime</code> format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DateFormat}.
     */
    public DisplayFormatOptions dateFormat(String value) {
      return set("DateFormat", Value.of(value));
    }

    /** Sets {@code DateFormat} to this value; see {@link #dateFormat(String)}. */
    public DisplayFormatOptions dateFormat(Value<String> value) {
      return set("DateFormat", value);
    }

    /**
     * Determines the decimal separator.
     *
     * <p>Allowed values: {@code COMMA}, {@code DOT}. CloudFormation property {@code
     * DecimalSeparator}.
     */
    public DisplayFormatOptions decimalSeparator(String value) {
      return set("DecimalSeparator", Value.of(value));
    }

    /** Sets {@code DecimalSeparator} to this value; see {@link #decimalSeparator(String)}. */
    public DisplayFormatOptions decimalSeparator(Value<String> value) {
      return set("DecimalSeparator", value);
    }

    /**
     * Determines the number of fraction digits.
     *
     * <p>Default: {@code 0}. CloudFormation property {@code FractionDigits}.
     */
    public DisplayFormatOptions fractionDigits(double value) {
      return set("FractionDigits", Value.of(value));
    }

    /** Sets {@code FractionDigits} to this value; see {@link #fractionDigits(double)}. */
    public DisplayFormatOptions fractionDigits(Value<Double> value) {
      return set("FractionDigits", value);
    }

    /**
     * Determines the grouping separator.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code GroupingSeparator}.
     */
    public DisplayFormatOptions groupingSeparator(String value) {
      return set("GroupingSeparator", Value.of(value));
    }

    /** Sets {@code GroupingSeparator} to this value; see {@link #groupingSeparator(String)}. */
    public DisplayFormatOptions groupingSeparator(Value<String> value) {
      return set("GroupingSeparator", value);
    }

    /**
     * The negative format.
     *
     * <p>CloudFormation property {@code NegativeFormat}.
     */
    public DisplayFormatOptions negativeFormat(Value<NegativeFormat> value) {
      return set("NegativeFormat", value);
    }

    /**
     * The prefix value for a display format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Prefix}.
     */
    public DisplayFormatOptions prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public DisplayFormatOptions prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The suffix value for a display format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Suffix}.
     */
    public DisplayFormatOptions suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public DisplayFormatOptions suffix(Value<String> value) {
      return set("Suffix", value);
    }

    /**
     * The unit scaler. Valid values for this structure are: <code>NONE</code> , <code>AUTO</code> ,
     * <code>THOUSANDS</code> , <code>MILLIONS</code> , <code>BILLIONS</code> , and
     * <code>TRILLIONS</code> .
     *
     * <p>Allowed values: {@code NONE}, {@code AUTO}, {@code THOUSANDS}, {@code MILLIONS}, {@code
     * BILLIONS}, {@code TRILLIONS}, {@code LAKHS}, {@code CRORES}. CloudFormation property {@code
     * UnitScaler}.
     */
    public DisplayFormatOptions unitScaler(String value) {
      return set("UnitScaler", Value.of(value));
    }

    /** Sets {@code UnitScaler} to this value; see {@link #unitScaler(String)}. */
    public DisplayFormatOptions unitScaler(Value<String> value) {
      return set("UnitScaler", value);
    }

    /**
     * A Boolean value that indicates whether to use blank cell format.
     *
     * <p>Default: {@code false}. CloudFormation property {@code UseBlankCellFormat}.
     */
    public DisplayFormatOptions useBlankCellFormat(boolean value) {
      return set("UseBlankCellFormat", Value.of(value));
    }

    /** Sets {@code UseBlankCellFormat} to this value; see {@link #useBlankCellFormat(boolean)}. */
    public DisplayFormatOptions useBlankCellFormat(Value<Boolean> value) {
      return set("UseBlankCellFormat", value);
    }

    /**
     * A Boolean value that indicates whether to use grouping.
     *
     * <p>Default: {@code false}. CloudFormation property {@code UseGrouping}.
     */
    public DisplayFormatOptions useGrouping(boolean value) {
      return set("UseGrouping", Value.of(value));
    }

    /** Sets {@code UseGrouping} to this value; see {@link #useGrouping(boolean)}. */
    public DisplayFormatOptions useGrouping(Value<Boolean> value) {
      return set("UseGrouping", value);
    }
  }

  /**
   * A structure that represents a named entity.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.NamedEntityDefinition}.
   */
  public static final class NamedEntityDefinition extends Struct<NamedEntityDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.NamedEntityDefinition")
        .constrain("FieldName", Constraint.of().minLength(0).maxLength(256))
        .constrain("PropertyName", Constraint.of().minLength(0).maxLength(256))
        .allowed("PropertyRole", "PRIMARY", "ID")
        .allowed("PropertyUsage", "INHERIT", "DIMENSION", "MEASURE")
        .build();

    public NamedEntityDefinition() {
      super(SCHEMA);
    }

    /**
     * The name of the entity.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code FieldName}.
     */
    public NamedEntityDefinition fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public NamedEntityDefinition fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * The definition of a metric.
     *
     * <p>CloudFormation property {@code Metric}.
     */
    public NamedEntityDefinition metric(Value<NamedEntityDefinitionMetric> value) {
      return set("Metric", value);
    }

    /**
     * The property name to be used for the named entity.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code PropertyName}.
     */
    public NamedEntityDefinition propertyName(String value) {
      return set("PropertyName", Value.of(value));
    }

    /** Sets {@code PropertyName} to this value; see {@link #propertyName(String)}. */
    public NamedEntityDefinition propertyName(Value<String> value) {
      return set("PropertyName", value);
    }

    /**
     * The property role. Valid values for this structure are <code>PRIMARY</code> and
     * <code>ID</code> .
     *
     * <p>Allowed values: {@code PRIMARY}, {@code ID}. CloudFormation property {@code PropertyRole}.
     */
    public NamedEntityDefinition propertyRole(String value) {
      return set("PropertyRole", Value.of(value));
    }

    /** Sets {@code PropertyRole} to this value; see {@link #propertyRole(String)}. */
    public NamedEntityDefinition propertyRole(Value<String> value) {
      return set("PropertyRole", value);
    }

    /**
     * The property usage. Valid values for this structure are <code>INHERIT</code> ,
     * <code>DIMENSION</code> , and <code>MEASURE</code> .
     *
     * <p>Allowed values: {@code INHERIT}, {@code DIMENSION}, {@code MEASURE}. CloudFormation
     * property {@code PropertyUsage}.
     */
    public NamedEntityDefinition propertyUsage(String value) {
      return set("PropertyUsage", Value.of(value));
    }

    /** Sets {@code PropertyUsage} to this value; see {@link #propertyUsage(String)}. */
    public NamedEntityDefinition propertyUsage(Value<String> value) {
      return set("PropertyUsage", value);
    }
  }

  /**
   * A structure that represents a metric.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.NamedEntityDefinitionMetric}.
   */
  public static final class NamedEntityDefinitionMetric extends Struct<NamedEntityDefinitionMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.NamedEntityDefinitionMetric")
        .allowed("Aggregation", "SUM", "MIN", "MAX", "COUNT", "AVERAGE", "DISTINCT_COUNT", "STDEV",
            "STDEVP", "VAR", "VARP", "PERCENTILE", "MEDIAN", "CUSTOM")
        .build();

    public NamedEntityDefinitionMetric() {
      super(SCHEMA);
    }

    /**
     * The aggregation of a named entity. Valid values for this structure are <code>SUM</code> ,
     * <code>MIN</code> , <code>MAX</code> , <code>COUNT</code> , <code>AVERAGE</code> ,
     * <code>DISTINCT_COUNT</code> , <code>STDEV</code> , <code>STDEVP</code> , <code>VAR</code> ,
     * <code>VARP</code> , <code>PERCENTILE</code> , <code>MEDIAN</code> , and <code>CUSTOM</code> .
     *
     * <p>Allowed values: {@code SUM}, {@code MIN}, {@code MAX}, {@code COUNT}, {@code AVERAGE},
     * {@code DISTINCT_COUNT}, {@code STDEV}, {@code STDEVP}, {@code VAR}, {@code VARP}, {@code
     * PERCENTILE}, {@code MEDIAN}, {@code CUSTOM}. CloudFormation property {@code Aggregation}.
     */
    public NamedEntityDefinitionMetric aggregation(String value) {
      return set("Aggregation", Value.of(value));
    }

    /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
    public NamedEntityDefinitionMetric aggregation(Value<String> value) {
      return set("Aggregation", value);
    }

    /**
     * The additional parameters for an aggregation function.
     *
     * <p>CloudFormation property {@code AggregationFunctionParameters}.
     */
    public NamedEntityDefinitionMetric aggregationFunctionParameters(Map<String, String> value) {
      return set("AggregationFunctionParameters", Value.mapOf(value));
    }

    /**
     * Sets {@code AggregationFunctionParameters} to this value; see {@link
     * #aggregationFunctionParameters(Map)}.
     */
    public NamedEntityDefinitionMetric aggregationFunctionParameters(Value<Map<String, String>> value) {
      return set("AggregationFunctionParameters", value);
    }
  }

  /**
   * A structure that represents a negative format.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.NegativeFormat}.
   */
  public static final class NegativeFormat extends Struct<NegativeFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.NegativeFormat")
        .constrain("Prefix", Constraint.of().minLength(0).maxLength(256))
        .constrain("Suffix", Constraint.of().minLength(0).maxLength(256))
        .build();

    public NegativeFormat() {
      super(SCHEMA);
    }

    /**
     * The prefix for a negative format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Prefix}.
     */
    public NegativeFormat prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public NegativeFormat prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The suffix for a negative format.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Suffix}.
     */
    public NegativeFormat suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public NegativeFormat suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * The value of the constant that is used to specify the endpoints of a range filter.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.RangeConstant}.
   */
  public static final class RangeConstant extends Struct<RangeConstant> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.RangeConstant")
        .constrain("Maximum", Constraint.of().minLength(0).maxLength(256))
        .constrain("Minimum", Constraint.of().minLength(0).maxLength(256))
        .build();

    public RangeConstant() {
      super(SCHEMA);
    }

    /**
     * The maximum value for a range constant.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Maximum}.
     */
    public RangeConstant maximum(String value) {
      return set("Maximum", Value.of(value));
    }

    /** Sets {@code Maximum} to this value; see {@link #maximum(String)}. */
    public RangeConstant maximum(Value<String> value) {
      return set("Maximum", value);
    }

    /**
     * The minimum value for a range constant.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Minimum}.
     */
    public RangeConstant minimum(String value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(String)}. */
    public RangeConstant minimum(Value<String> value) {
      return set("Minimum", value);
    }
  }

  /**
   * A structure that represents a semantic entity type.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.SemanticEntityType}.
   */
  public static final class SemanticEntityType extends Struct<SemanticEntityType> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.SemanticEntityType")
        .constrain("SubTypeName", Constraint.of().minLength(0).maxLength(256))
        .constrain("TypeName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public SemanticEntityType() {
      super(SCHEMA);
    }

    /**
     * The semantic entity sub type name.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SubTypeName}.
     */
    public SemanticEntityType subTypeName(String value) {
      return set("SubTypeName", Value.of(value));
    }

    /** Sets {@code SubTypeName} to this value; see {@link #subTypeName(String)}. */
    public SemanticEntityType subTypeName(Value<String> value) {
      return set("SubTypeName", value);
    }

    /**
     * The semantic entity type name.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code TypeName}.
     */
    public SemanticEntityType typeName(String value) {
      return set("TypeName", Value.of(value));
    }

    /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
    public SemanticEntityType typeName(Value<String> value) {
      return set("TypeName", value);
    }

    /**
     * The semantic entity type parameters.
     *
     * <p>CloudFormation property {@code TypeParameters}.
     */
    public SemanticEntityType typeParameters(Map<String, String> value) {
      return set("TypeParameters", Value.mapOf(value));
    }

    /** Sets {@code TypeParameters} to this value; see {@link #typeParameters(Map)}. */
    public SemanticEntityType typeParameters(Value<Map<String, String>> value) {
      return set("TypeParameters", value);
    }
  }

  /**
   * A structure that represents a semantic type.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.SemanticType}.
   */
  public static final class SemanticType extends Struct<SemanticType> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.SemanticType")
        .constrain("SubTypeName", Constraint.of().minLength(0).maxLength(256))
        .constrain("TypeName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public SemanticType() {
      super(SCHEMA);
    }

    /**
     * The semantic type falsey cell value.
     *
     * <p>CloudFormation property {@code FalseyCellValue}.
     */
    public SemanticType falseyCellValue(String value) {
      return set("FalseyCellValue", Value.of(value));
    }

    /** Sets {@code FalseyCellValue} to this value; see {@link #falseyCellValue(String)}. */
    public SemanticType falseyCellValue(Value<String> value) {
      return set("FalseyCellValue", value);
    }

    /**
     * The other names or aliases for the false cell value.
     *
     * <p>CloudFormation property {@code FalseyCellValueSynonyms}.
     */
    public SemanticType falseyCellValueSynonyms(List<String> value) {
      return set("FalseyCellValueSynonyms", Value.listOf(value));
    }

    /**
     * Sets {@code FalseyCellValueSynonyms} to this value; see {@link
     * #falseyCellValueSynonyms(List)}.
     */
    public SemanticType falseyCellValueSynonyms(Value<List<String>> value) {
      return set("FalseyCellValueSynonyms", value);
    }

    /**
     * The semantic type sub type name.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SubTypeName}.
     */
    public SemanticType subTypeName(String value) {
      return set("SubTypeName", Value.of(value));
    }

    /** Sets {@code SubTypeName} to this value; see {@link #subTypeName(String)}. */
    public SemanticType subTypeName(Value<String> value) {
      return set("SubTypeName", value);
    }

    /**
     * The semantic type truthy cell value.
     *
     * <p>CloudFormation property {@code TruthyCellValue}.
     */
    public SemanticType truthyCellValue(String value) {
      return set("TruthyCellValue", Value.of(value));
    }

    /** Sets {@code TruthyCellValue} to this value; see {@link #truthyCellValue(String)}. */
    public SemanticType truthyCellValue(Value<String> value) {
      return set("TruthyCellValue", value);
    }

    /**
     * The other names or aliases for the true cell value.
     *
     * <p>CloudFormation property {@code TruthyCellValueSynonyms}.
     */
    public SemanticType truthyCellValueSynonyms(List<String> value) {
      return set("TruthyCellValueSynonyms", Value.listOf(value));
    }

    /**
     * Sets {@code TruthyCellValueSynonyms} to this value; see {@link
     * #truthyCellValueSynonyms(List)}.
     */
    public SemanticType truthyCellValueSynonyms(Value<List<String>> value) {
      return set("TruthyCellValueSynonyms", value);
    }

    /**
     * The semantic type name.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code TypeName}.
     */
    public SemanticType typeName(String value) {
      return set("TypeName", Value.of(value));
    }

    /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
    public SemanticType typeName(Value<String> value) {
      return set("TypeName", value);
    }

    /**
     * The semantic type parameters.
     *
     * <p>CloudFormation property {@code TypeParameters}.
     */
    public SemanticType typeParameters(Map<String, String> value) {
      return set("TypeParameters", Value.mapOf(value));
    }

    /** Sets {@code TypeParameters} to this value; see {@link #typeParameters(Map)}. */
    public SemanticType typeParameters(Value<Map<String, String>> value) {
      return set("TypeParameters", value);
    }
  }

  /**
   * A structure that represents a calculated field.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicCalculatedField}.
   */
  public static final class TopicCalculatedField extends Struct<TopicCalculatedField> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicCalculatedField")
        .required("CalculatedFieldName", "Expression")
        .allowed("Aggregation", "SUM", "MAX", "MIN", "COUNT", "DISTINCT_COUNT", "AVERAGE", "MEDIAN",
            "STDEV", "STDEVP", "VAR", "VARP")
        .allowed("AllowedAggregations", "COUNT", "DISTINCT_COUNT", "MIN", "MAX", "MEDIAN", "SUM",
            "AVERAGE", "STDEV", "STDEVP", "VAR", "VARP", "PERCENTILE")
        .constrain("CalculatedFieldDescription", Constraint.of().minLength(0).maxLength(500))
        .constrain("CalculatedFieldName", Constraint.of().minLength(0).maxLength(256))
        .constrain("CalculatedFieldSynonyms", Constraint.of().minLength(0).maxLength(256))
        .allowed("ColumnDataRole", "DIMENSION", "MEASURE")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(4096))
        .allowed("NotAllowedAggregations", "COUNT", "DISTINCT_COUNT", "MIN", "MAX", "MEDIAN", "SUM",
            "AVERAGE", "STDEV", "STDEVP", "VAR", "VARP", "PERCENTILE")
        .allowed("TimeGranularity", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER",
            "YEAR")
        .build();

    public TopicCalculatedField() {
      super(SCHEMA);
    }

    /**
     * The default aggregation. Valid values for this structure are <code>SUM</code> ,
     * <code>MAX</code> , <code>MIN</code> , <code>COUNT</code> , <code>DISTINCT_COUNT</code> , and
     * <code>AVERAGE</code> .
     *
     * <p>Allowed values: {@code SUM}, {@code MAX}, {@code MIN}, {@code COUNT}, {@code
     * DISTINCT_COUNT}, {@code AVERAGE}, {@code MEDIAN}, {@code STDEV}, {@code STDEVP}, {@code VAR},
     * {@code VARP}. CloudFormation property {@code Aggregation}.
     */
    public TopicCalculatedField aggregation(String value) {
      return set("Aggregation", Value.of(value));
    }

    /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
    public TopicCalculatedField aggregation(Value<String> value) {
      return set("Aggregation", value);
    }

    /**
     * The list of aggregation types that are allowed for the calculated field. Valid values for
     * this structure are <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MIN</code> ,
     * <code>MAX</code> , <code>MEDIAN</code> , <code>SUM</code> , <code>AVERAGE</code> ,
     * <code>STDEV</code> , <code>STDEVP</code> , <code>VAR</code> , <code>VARP</code> , and
     * <code>PERCENTILE</code> .
     *
     * <p>Allowed values: {@code COUNT}, {@code DISTINCT_COUNT}, {@code MIN}, {@code MAX}, {@code
     * MEDIAN}, {@code SUM}, {@code AVERAGE}, {@code STDEV}, {@code STDEVP}, {@code VAR}, {@code
     * VARP}, {@code PERCENTILE}. CloudFormation property {@code AllowedAggregations}.
     */
    public TopicCalculatedField allowedAggregations(List<String> value) {
      return set("AllowedAggregations", Value.listOf(value));
    }

    /** Sets {@code AllowedAggregations} to this value; see {@link #allowedAggregations(List)}. */
    public TopicCalculatedField allowedAggregations(Value<List<String>> value) {
      return set("AllowedAggregations", value);
    }

    /**
     * The calculated field description.
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code CalculatedFieldDescription}.
     */
    public TopicCalculatedField calculatedFieldDescription(String value) {
      return set("CalculatedFieldDescription", Value.of(value));
    }

    /**
     * Sets {@code CalculatedFieldDescription} to this value; see {@link
     * #calculatedFieldDescription(String)}.
     */
    public TopicCalculatedField calculatedFieldDescription(Value<String> value) {
      return set("CalculatedFieldDescription", value);
    }

    /**
     * The calculated field name.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code
     * CalculatedFieldName}.
     */
    public TopicCalculatedField calculatedFieldName(String value) {
      return set("CalculatedFieldName", Value.of(value));
    }

    /** Sets {@code CalculatedFieldName} to this value; see {@link #calculatedFieldName(String)}. */
    public TopicCalculatedField calculatedFieldName(Value<String> value) {
      return set("CalculatedFieldName", value);
    }

    /**
     * The other names or aliases for the calculated field.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code CalculatedFieldSynonyms}.
     */
    public TopicCalculatedField calculatedFieldSynonyms(List<String> value) {
      return set("CalculatedFieldSynonyms", Value.listOf(value));
    }

    /**
     * Sets {@code CalculatedFieldSynonyms} to this value; see {@link
     * #calculatedFieldSynonyms(List)}.
     */
    public TopicCalculatedField calculatedFieldSynonyms(Value<List<String>> value) {
      return set("CalculatedFieldSynonyms", value);
    }

    /**
     * The other names or aliases for the calculated field cell value.
     *
     * <p>CloudFormation property {@code CellValueSynonyms}.
     */
    public TopicCalculatedField cellValueSynonyms(List<CellValueSynonym> value) {
      return set("CellValueSynonyms", Value.listOf(value));
    }

    /** Sets {@code CellValueSynonyms} to this value; see {@link #cellValueSynonyms(List)}. */
    public TopicCalculatedField cellValueSynonyms(Value<List<CellValueSynonym>> value) {
      return set("CellValueSynonyms", value);
    }

    /** Sets {@code CellValueSynonyms} to a list of these; see {@link #cellValueSynonyms(List)}. */
    public TopicCalculatedField cellValueSynonyms(CellValueSynonym... values) {
      return set("CellValueSynonyms", Value.list(values));
    }

    /**
     * The column data role for a calculated field. Valid values for this structure are
     * <code>DIMENSION</code> and <code>MEASURE</code> .
     *
     * <p>Allowed values: {@code DIMENSION}, {@code MEASURE}. CloudFormation property {@code
     * ColumnDataRole}.
     */
    public TopicCalculatedField columnDataRole(String value) {
      return set("ColumnDataRole", Value.of(value));
    }

    /** Sets {@code ColumnDataRole} to this value; see {@link #columnDataRole(String)}. */
    public TopicCalculatedField columnDataRole(Value<String> value) {
      return set("ColumnDataRole", value);
    }

    /**
     * The order in which data is displayed for the calculated field when it's used in a comparative
     * context.
     *
     * <p>CloudFormation property {@code ComparativeOrder}.
     */
    public TopicCalculatedField comparativeOrder(Value<ComparativeOrder> value) {
      return set("ComparativeOrder", value);
    }

    /**
     * The default formatting definition.
     *
     * <p>CloudFormation property {@code DefaultFormatting}.
     */
    public TopicCalculatedField defaultFormatting(Value<DefaultFormatting> value) {
      return set("DefaultFormatting", value);
    }

    /**
     * A Boolean value that indicates if a calculated field is visible in the autocomplete.
     *
     * <p>CloudFormation property {@code DisableIndexing}.
     */
    public TopicCalculatedField disableIndexing(boolean value) {
      return set("DisableIndexing", Value.of(value));
    }

    /** Sets {@code DisableIndexing} to this value; see {@link #disableIndexing(boolean)}. */
    public TopicCalculatedField disableIndexing(Value<Boolean> value) {
      return set("DisableIndexing", value);
    }

    /**
     * The calculated field expression.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code Expression}.
     */
    public TopicCalculatedField expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public TopicCalculatedField expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A boolean value that indicates if a calculated field is included in the topic.
     *
     * <p>Default: {@code false}. CloudFormation property {@code IsIncludedInTopic}.
     */
    public TopicCalculatedField isIncludedInTopic(boolean value) {
      return set("IsIncludedInTopic", Value.of(value));
    }

    /** Sets {@code IsIncludedInTopic} to this value; see {@link #isIncludedInTopic(boolean)}. */
    public TopicCalculatedField isIncludedInTopic(Value<Boolean> value) {
      return set("IsIncludedInTopic", value);
    }

    /**
     * A Boolean value that indicates whether to never aggregate calculated field in filters.
     *
     * <p>Default: {@code false}. CloudFormation property {@code NeverAggregateInFilter}.
     */
    public TopicCalculatedField neverAggregateInFilter(boolean value) {
      return set("NeverAggregateInFilter", Value.of(value));
    }

    /**
     * Sets {@code NeverAggregateInFilter} to this value; see {@link
     * #neverAggregateInFilter(boolean)}.
     */
    public TopicCalculatedField neverAggregateInFilter(Value<Boolean> value) {
      return set("NeverAggregateInFilter", value);
    }

    /**
     * The non additive for the table style target.
     *
     * <p>Default: {@code false}. CloudFormation property {@code NonAdditive}.
     */
    public TopicCalculatedField nonAdditive(boolean value) {
      return set("NonAdditive", Value.of(value));
    }

    /** Sets {@code NonAdditive} to this value; see {@link #nonAdditive(boolean)}. */
    public TopicCalculatedField nonAdditive(Value<Boolean> value) {
      return set("NonAdditive", value);
    }

    /**
     * The list of aggregation types that are not allowed for the calculated field. Valid values for
     * this structure are <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MIN</code> ,
     * <code>MAX</code> , <code>MEDIAN</code> , <code>SUM</code> , <code>AVERAGE</code> ,
     * <code>STDEV</code> , <code>STDEVP</code> , <code>VAR</code> , <code>VARP</code> , and
     * <code>PERCENTILE</code> .
     *
     * <p>Allowed values: {@code COUNT}, {@code DISTINCT_COUNT}, {@code MIN}, {@code MAX}, {@code
     * MEDIAN}, {@code SUM}, {@code AVERAGE}, {@code STDEV}, {@code STDEVP}, {@code VAR}, {@code
     * VARP}, {@code PERCENTILE}. CloudFormation property {@code NotAllowedAggregations}.
     */
    public TopicCalculatedField notAllowedAggregations(List<String> value) {
      return set("NotAllowedAggregations", Value.listOf(value));
    }

    /**
     * Sets {@code NotAllowedAggregations} to this value; see {@link #notAllowedAggregations(List)}.
     */
    public TopicCalculatedField notAllowedAggregations(Value<List<String>> value) {
      return set("NotAllowedAggregations", value);
    }

    /**
     * The semantic type.
     *
     * <p>CloudFormation property {@code SemanticType}.
     */
    public TopicCalculatedField semanticType(Value<SemanticType> value) {
      return set("SemanticType", value);
    }

    /**
     * The level of time precision that is used to aggregate <code>DateTime</code> values.
     *
     * <p>Allowed values: {@code SECOND}, {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code WEEK},
     * {@code MONTH}, {@code QUARTER}, {@code YEAR}. CloudFormation property {@code
     * TimeGranularity}.
     */
    public TopicCalculatedField timeGranularity(String value) {
      return set("TimeGranularity", Value.of(value));
    }

    /** Sets {@code TimeGranularity} to this value; see {@link #timeGranularity(String)}. */
    public TopicCalculatedField timeGranularity(Value<String> value) {
      return set("TimeGranularity", value);
    }
  }

  /**
   * A structure that represents a category filter.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicCategoryFilter}.
   */
  public static final class TopicCategoryFilter extends Struct<TopicCategoryFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicCategoryFilter")
        .allowed("CategoryFilterFunction", "EXACT", "CONTAINS")
        .allowed("CategoryFilterType", "CUSTOM_FILTER", "CUSTOM_FILTER_LIST", "FILTER_LIST")
        .build();

    public TopicCategoryFilter() {
      super(SCHEMA);
    }

    /**
     * The category filter function. Valid values for this structure are <code>EXACT</code> and
     * <code>CONTAINS</code> .
     *
     * <p>Allowed values: {@code EXACT}, {@code CONTAINS}. CloudFormation property {@code
     * CategoryFilterFunction}.
     */
    public TopicCategoryFilter categoryFilterFunction(String value) {
      return set("CategoryFilterFunction", Value.of(value));
    }

    /**
     * Sets {@code CategoryFilterFunction} to this value; see {@link
     * #categoryFilterFunction(String)}.
     */
    public TopicCategoryFilter categoryFilterFunction(Value<String> value) {
      return set("CategoryFilterFunction", value);
    }

    /**
     * The category filter type. This element is used to specify whether a filter is a simple
     * category filter or an inverse category filter.
     *
     * <p>Allowed values: {@code CUSTOM_FILTER}, {@code CUSTOM_FILTER_LIST}, {@code FILTER_LIST}.
     * CloudFormation property {@code CategoryFilterType}.
     */
    public TopicCategoryFilter categoryFilterType(String value) {
      return set("CategoryFilterType", Value.of(value));
    }

    /** Sets {@code CategoryFilterType} to this value; see {@link #categoryFilterType(String)}. */
    public TopicCategoryFilter categoryFilterType(Value<String> value) {
      return set("CategoryFilterType", value);
    }

    /**
     * The constant used in a category filter.
     *
     * <p>CloudFormation property {@code Constant}.
     */
    public TopicCategoryFilter constant(Value<TopicCategoryFilterConstant> value) {
      return set("Constant", value);
    }

    /**
     * A Boolean value that indicates if the filter is inverse.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Inverse}.
     */
    public TopicCategoryFilter inverse(boolean value) {
      return set("Inverse", Value.of(value));
    }

    /** Sets {@code Inverse} to this value; see {@link #inverse(boolean)}. */
    public TopicCategoryFilter inverse(Value<Boolean> value) {
      return set("Inverse", value);
    }
  }

  /**
   * A constant used in a category filter.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicCategoryFilterConstant}.
   */
  public static final class TopicCategoryFilterConstant extends Struct<TopicCategoryFilterConstant> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicCategoryFilterConstant")
        .allowed("ConstantType", "SINGULAR", "RANGE", "COLLECTIVE")
        .constrain("SingularConstant", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TopicCategoryFilterConstant() {
      super(SCHEMA);
    }

    /**
     * A collective constant used in a category filter. This element is used to specify a list of
     * values for the constant.
     *
     * <p>CloudFormation property {@code CollectiveConstant}.
     */
    public TopicCategoryFilterConstant collectiveConstant(Value<CollectiveConstant> value) {
      return set("CollectiveConstant", value);
    }

    /**
     * The type of category filter constant. This element is used to specify whether a constant is a
     * singular or collective. Valid values are <code>SINGULAR</code> and <code>COLLECTIVE</code> .
     *
     * <p>Allowed values: {@code SINGULAR}, {@code RANGE}, {@code COLLECTIVE}. CloudFormation
     * property {@code ConstantType}.
     */
    public TopicCategoryFilterConstant constantType(String value) {
      return set("ConstantType", Value.of(value));
    }

    /** Sets {@code ConstantType} to this value; see {@link #constantType(String)}. */
    public TopicCategoryFilterConstant constantType(Value<String> value) {
      return set("ConstantType", value);
    }

    /**
     * A singular constant used in a category filter. This element is used to specify a single value
     * for the constant.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SingularConstant}.
     */
    public TopicCategoryFilterConstant singularConstant(String value) {
      return set("SingularConstant", Value.of(value));
    }

    /** Sets {@code SingularConstant} to this value; see {@link #singularConstant(String)}. */
    public TopicCategoryFilterConstant singularConstant(Value<String> value) {
      return set("SingularConstant", value);
    }
  }

  /**
   * Represents a column in a dataset.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicColumn}.
   */
  public static final class TopicColumn extends Struct<TopicColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicColumn")
        .required("ColumnName")
        .allowed("Aggregation", "SUM", "MAX", "MIN", "COUNT", "DISTINCT_COUNT", "AVERAGE", "MEDIAN",
            "STDEV", "STDEVP", "VAR", "VARP")
        .allowed("AllowedAggregations", "COUNT", "DISTINCT_COUNT", "MIN", "MAX", "MEDIAN", "SUM",
            "AVERAGE", "STDEV", "STDEVP", "VAR", "VARP", "PERCENTILE")
        .allowed("ColumnDataRole", "DIMENSION", "MEASURE")
        .constrain("ColumnDescription", Constraint.of().minLength(0).maxLength(500))
        .constrain("ColumnFriendlyName", Constraint.of().minLength(0).maxLength(256))
        .constrain("ColumnName", Constraint.of().minLength(0).maxLength(256))
        .constrain("ColumnSynonyms", Constraint.of().minLength(0).maxLength(256))
        .allowed("NotAllowedAggregations", "COUNT", "DISTINCT_COUNT", "MIN", "MAX", "MEDIAN", "SUM",
            "AVERAGE", "STDEV", "STDEVP", "VAR", "VARP", "PERCENTILE")
        .allowed("TimeGranularity", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER",
            "YEAR")
        .build();

    public TopicColumn() {
      super(SCHEMA);
    }

    /**
     * The type of aggregation that is performed on the column data when it's queried.
     *
     * <p>Allowed values: {@code SUM}, {@code MAX}, {@code MIN}, {@code COUNT}, {@code
     * DISTINCT_COUNT}, {@code AVERAGE}, {@code MEDIAN}, {@code STDEV}, {@code STDEVP}, {@code VAR},
     * {@code VARP}. CloudFormation property {@code Aggregation}.
     */
    public TopicColumn aggregation(String value) {
      return set("Aggregation", Value.of(value));
    }

    /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
    public TopicColumn aggregation(Value<String> value) {
      return set("Aggregation", value);
    }

    /**
     * The list of aggregation types that are allowed for the column. Valid values for this
     * structure are <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MIN</code> ,
     * <code>MAX</code> , <code>MEDIAN</code> , <code>SUM</code> , <code>AVERAGE</code> ,
     * <code>STDEV</code> , <code>STDEVP</code> , <code>VAR</code> , <code>VARP</code> , and
     * <code>PERCENTILE</code> .
     *
     * <p>Allowed values: {@code COUNT}, {@code DISTINCT_COUNT}, {@code MIN}, {@code MAX}, {@code
     * MEDIAN}, {@code SUM}, {@code AVERAGE}, {@code STDEV}, {@code STDEVP}, {@code VAR}, {@code
     * VARP}, {@code PERCENTILE}. CloudFormation property {@code AllowedAggregations}.
     */
    public TopicColumn allowedAggregations(List<String> value) {
      return set("AllowedAggregations", Value.listOf(value));
    }

    /** Sets {@code AllowedAggregations} to this value; see {@link #allowedAggregations(List)}. */
    public TopicColumn allowedAggregations(Value<List<String>> value) {
      return set("AllowedAggregations", value);
    }

    /**
     * The other names or aliases for the column cell value.
     *
     * <p>CloudFormation property {@code CellValueSynonyms}.
     */
    public TopicColumn cellValueSynonyms(List<CellValueSynonym> value) {
      return set("CellValueSynonyms", Value.listOf(value));
    }

    /** Sets {@code CellValueSynonyms} to this value; see {@link #cellValueSynonyms(List)}. */
    public TopicColumn cellValueSynonyms(Value<List<CellValueSynonym>> value) {
      return set("CellValueSynonyms", value);
    }

    /** Sets {@code CellValueSynonyms} to a list of these; see {@link #cellValueSynonyms(List)}. */
    public TopicColumn cellValueSynonyms(CellValueSynonym... values) {
      return set("CellValueSynonyms", Value.list(values));
    }

    /**
     * The role of the column in the data. Valid values are <code>DIMENSION</code> and
     * <code>MEASURE</code> .
     *
     * <p>Allowed values: {@code DIMENSION}, {@code MEASURE}. CloudFormation property {@code
     * ColumnDataRole}.
     */
    public TopicColumn columnDataRole(String value) {
      return set("ColumnDataRole", Value.of(value));
    }

    /** Sets {@code ColumnDataRole} to this value; see {@link #columnDataRole(String)}. */
    public TopicColumn columnDataRole(Value<String> value) {
      return set("ColumnDataRole", value);
    }

    /**
     * A description of the column and its contents.
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code ColumnDescription}.
     */
    public TopicColumn columnDescription(String value) {
      return set("ColumnDescription", Value.of(value));
    }

    /** Sets {@code ColumnDescription} to this value; see {@link #columnDescription(String)}. */
    public TopicColumn columnDescription(Value<String> value) {
      return set("ColumnDescription", value);
    }

    /**
     * A user-friendly name for the column.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code ColumnFriendlyName}.
     */
    public TopicColumn columnFriendlyName(String value) {
      return set("ColumnFriendlyName", Value.of(value));
    }

    /** Sets {@code ColumnFriendlyName} to this value; see {@link #columnFriendlyName(String)}. */
    public TopicColumn columnFriendlyName(Value<String> value) {
      return set("ColumnFriendlyName", value);
    }

    /**
     * The name of the column.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code ColumnName}.
     */
    public TopicColumn columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public TopicColumn columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The other names or aliases for the column.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code ColumnSynonyms}.
     */
    public TopicColumn columnSynonyms(List<String> value) {
      return set("ColumnSynonyms", Value.listOf(value));
    }

    /** Sets {@code ColumnSynonyms} to this value; see {@link #columnSynonyms(List)}. */
    public TopicColumn columnSynonyms(Value<List<String>> value) {
      return set("ColumnSynonyms", value);
    }

    /**
     * The order in which data is displayed for the column when it's used in a comparative context.
     *
     * <p>CloudFormation property {@code ComparativeOrder}.
     */
    public TopicColumn comparativeOrder(Value<ComparativeOrder> value) {
      return set("ComparativeOrder", value);
    }

    /**
     * The default formatting used for values in the column.
     *
     * <p>CloudFormation property {@code DefaultFormatting}.
     */
    public TopicColumn defaultFormatting(Value<DefaultFormatting> value) {
      return set("DefaultFormatting", value);
    }

    /**
     * A Boolean value that indicates whether the column shows in the autocomplete functionality.
     *
     * <p>CloudFormation property {@code DisableIndexing}.
     */
    public TopicColumn disableIndexing(boolean value) {
      return set("DisableIndexing", Value.of(value));
    }

    /** Sets {@code DisableIndexing} to this value; see {@link #disableIndexing(boolean)}. */
    public TopicColumn disableIndexing(Value<Boolean> value) {
      return set("DisableIndexing", value);
    }

    /**
     * A Boolean value that indicates whether the column is included in the query results.
     *
     * <p>Default: {@code false}. CloudFormation property {@code IsIncludedInTopic}.
     */
    public TopicColumn isIncludedInTopic(boolean value) {
      return set("IsIncludedInTopic", Value.of(value));
    }

    /** Sets {@code IsIncludedInTopic} to this value; see {@link #isIncludedInTopic(boolean)}. */
    public TopicColumn isIncludedInTopic(Value<Boolean> value) {
      return set("IsIncludedInTopic", value);
    }

    /**
     * A Boolean value that indicates whether to aggregate the column data when it's used in a
     * filter context.
     *
     * <p>Default: {@code false}. CloudFormation property {@code NeverAggregateInFilter}.
     */
    public TopicColumn neverAggregateInFilter(boolean value) {
      return set("NeverAggregateInFilter", Value.of(value));
    }

    /**
     * Sets {@code NeverAggregateInFilter} to this value; see {@link
     * #neverAggregateInFilter(boolean)}.
     */
    public TopicColumn neverAggregateInFilter(Value<Boolean> value) {
      return set("NeverAggregateInFilter", value);
    }

    /**
     * The non additive value for the column.
     *
     * <p>Default: {@code false}. CloudFormation property {@code NonAdditive}.
     */
    public TopicColumn nonAdditive(boolean value) {
      return set("NonAdditive", Value.of(value));
    }

    /** Sets {@code NonAdditive} to this value; see {@link #nonAdditive(boolean)}. */
    public TopicColumn nonAdditive(Value<Boolean> value) {
      return set("NonAdditive", value);
    }

    /**
     * The list of aggregation types that are not allowed for the column. Valid values for this
     * structure are <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MIN</code> ,
     * <code>MAX</code> , <code>MEDIAN</code> , <code>SUM</code> , <code>AVERAGE</code> ,
     * <code>STDEV</code> , <code>STDEVP</code> , <code>VAR</code> , <code>VARP</code> , and
     * <code>PERCENTILE</code> .
     *
     * <p>Allowed values: {@code COUNT}, {@code DISTINCT_COUNT}, {@code MIN}, {@code MAX}, {@code
     * MEDIAN}, {@code SUM}, {@code AVERAGE}, {@code STDEV}, {@code STDEVP}, {@code VAR}, {@code
     * VARP}, {@code PERCENTILE}. CloudFormation property {@code NotAllowedAggregations}.
     */
    public TopicColumn notAllowedAggregations(List<String> value) {
      return set("NotAllowedAggregations", Value.listOf(value));
    }

    /**
     * Sets {@code NotAllowedAggregations} to this value; see {@link #notAllowedAggregations(List)}.
     */
    public TopicColumn notAllowedAggregations(Value<List<String>> value) {
      return set("NotAllowedAggregations", value);
    }

    /**
     * The semantic type of data contained in the column.
     *
     * <p>CloudFormation property {@code SemanticType}.
     */
    public TopicColumn semanticType(Value<SemanticType> value) {
      return set("SemanticType", value);
    }

    /**
     * The level of time precision that is used to aggregate <code>DateTime</code> values.
     *
     * <p>Allowed values: {@code SECOND}, {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code WEEK},
     * {@code MONTH}, {@code QUARTER}, {@code YEAR}. CloudFormation property {@code
     * TimeGranularity}.
     */
    public TopicColumn timeGranularity(String value) {
      return set("TimeGranularity", Value.of(value));
    }

    /** Sets {@code TimeGranularity} to this value; see {@link #timeGranularity(String)}. */
    public TopicColumn timeGranularity(Value<String> value) {
      return set("TimeGranularity", value);
    }
  }

  /**
   * Configuration options for a <code>Topic</code> .
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicConfigOptions}.
   */
  public static final class TopicConfigOptions extends Struct<TopicConfigOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Topic.TopicConfigOptions");

    public TopicConfigOptions() {
      super(SCHEMA);
    }

    /**
     * Enables Amazon Q Business Insights for a <code>Topic</code> .
     *
     * <p>CloudFormation property {@code QBusinessInsightsEnabled}.
     */
    public TopicConfigOptions qBusinessInsightsEnabled(boolean value) {
      return set("QBusinessInsightsEnabled", Value.of(value));
    }

    /**
     * Sets {@code QBusinessInsightsEnabled} to this value; see {@link
     * #qBusinessInsightsEnabled(boolean)}.
     */
    public TopicConfigOptions qBusinessInsightsEnabled(Value<Boolean> value) {
      return set("QBusinessInsightsEnabled", value);
    }
  }

  /**
   * A filter used to restrict data based on a range of dates or times.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicDateRangeFilter}.
   */
  public static final class TopicDateRangeFilter extends Struct<TopicDateRangeFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Topic.TopicDateRangeFilter");

    public TopicDateRangeFilter() {
      super(SCHEMA);
    }

    /**
     * The constant used in a date range filter.
     *
     * <p>CloudFormation property {@code Constant}.
     */
    public TopicDateRangeFilter constant(Value<TopicRangeFilterConstant> value) {
      return set("Constant", value);
    }

    /**
     * A Boolean value that indicates whether the date range filter should include the boundary
     * values. If set to true, the filter includes the start and end dates. If set to false, the
     * filter excludes them.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Inclusive}.
     */
    public TopicDateRangeFilter inclusive(boolean value) {
      return set("Inclusive", Value.of(value));
    }

    /** Sets {@code Inclusive} to this value; see {@link #inclusive(boolean)}. */
    public TopicDateRangeFilter inclusive(Value<Boolean> value) {
      return set("Inclusive", value);
    }
  }

  /**
   * A structure that represents a filter used to select items for a topic.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicFilter}.
   */
  public static final class TopicFilter extends Struct<TopicFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicFilter")
        .required("FilterName", "OperandFieldName")
        .allowed("FilterClass", "ENFORCED_VALUE_FILTER", "CONDITIONAL_VALUE_FILTER",
            "NAMED_VALUE_FILTER", "DASHBOARD_DEFAULT_FILTER")
        .constrain("FilterDescription", Constraint.of().minLength(0).maxLength(500))
        .constrain("FilterName", Constraint.of().minLength(0).maxLength(256))
        .constrain("FilterSynonyms", Constraint.of().minLength(0).maxLength(256))
        .allowed("FilterType", "CATEGORY_FILTER", "NUMERIC_EQUALITY_FILTER", "NUMERIC_RANGE_FILTER",
            "DATE_RANGE_FILTER", "RELATIVE_DATE_FILTER", "NULL_FILTER")
        .constrain("OperandFieldName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TopicFilter() {
      super(SCHEMA);
    }

    /**
     * The category filter that is associated with this filter.
     *
     * <p>CloudFormation property {@code CategoryFilter}.
     */
    public TopicFilter categoryFilter(Value<TopicCategoryFilter> value) {
      return set("CategoryFilter", value);
    }

    /**
     * The date range filter.
     *
     * <p>CloudFormation property {@code DateRangeFilter}.
     */
    public TopicFilter dateRangeFilter(Value<TopicDateRangeFilter> value) {
      return set("DateRangeFilter", value);
    }

    /**
     * The class of the filter. Valid values for this structure are
     * <code>ENFORCED_VALUE_FILTER</code> , <code>CONDITIONAL_VALUE_FILTER</code> , and
     * <code>NAMED_VALUE_FILTER</code> .
     *
     * <p>Allowed values: {@code ENFORCED_VALUE_FILTER}, {@code CONDITIONAL_VALUE_FILTER}, {@code
     * NAMED_VALUE_FILTER}, {@code DASHBOARD_DEFAULT_FILTER}. CloudFormation property {@code
     * FilterClass}.
     */
    public TopicFilter filterClass(String value) {
      return set("FilterClass", Value.of(value));
    }

    /** Sets {@code FilterClass} to this value; see {@link #filterClass(String)}. */
    public TopicFilter filterClass(Value<String> value) {
      return set("FilterClass", value);
    }

    /**
     * A description of the filter used to select items for a topic.
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code FilterDescription}.
     */
    public TopicFilter filterDescription(String value) {
      return set("FilterDescription", Value.of(value));
    }

    /** Sets {@code FilterDescription} to this value; see {@link #filterDescription(String)}. */
    public TopicFilter filterDescription(Value<String> value) {
      return set("FilterDescription", value);
    }

    /**
     * The name of the filter.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code FilterName}.
     */
    public TopicFilter filterName(String value) {
      return set("FilterName", Value.of(value));
    }

    /** Sets {@code FilterName} to this value; see {@link #filterName(String)}. */
    public TopicFilter filterName(Value<String> value) {
      return set("FilterName", value);
    }

    /**
     * The other names or aliases for the filter.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code FilterSynonyms}.
     */
    public TopicFilter filterSynonyms(List<String> value) {
      return set("FilterSynonyms", Value.listOf(value));
    }

    /** Sets {@code FilterSynonyms} to this value; see {@link #filterSynonyms(List)}. */
    public TopicFilter filterSynonyms(Value<List<String>> value) {
      return set("FilterSynonyms", value);
    }

    /**
     * The type of the filter. Valid values for this structure are <code>CATEGORY_FILTER</code> ,
     * <code>NUMERIC_EQUALITY_FILTER</code> , <code>NUMERIC_RANGE_FILTER</code> ,
     * <code>DATE_RANGE_FILTER</code> , and <code>RELATIVE_DATE_FILTER</code> .
     *
     * <p>Allowed values: {@code CATEGORY_FILTER}, {@code NUMERIC_EQUALITY_FILTER}, {@code
     * NUMERIC_RANGE_FILTER}, {@code DATE_RANGE_FILTER}, {@code RELATIVE_DATE_FILTER}, {@code
     * NULL_FILTER}. CloudFormation property {@code FilterType}.
     */
    public TopicFilter filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public TopicFilter filterType(Value<String> value) {
      return set("FilterType", value);
    }

    /**
     * The numeric equality filter.
     *
     * <p>CloudFormation property {@code NumericEqualityFilter}.
     */
    public TopicFilter numericEqualityFilter(Value<TopicNumericEqualityFilter> value) {
      return set("NumericEqualityFilter", value);
    }

    /**
     * The numeric range filter.
     *
     * <p>CloudFormation property {@code NumericRangeFilter}.
     */
    public TopicFilter numericRangeFilter(Value<TopicNumericRangeFilter> value) {
      return set("NumericRangeFilter", value);
    }

    /**
     * The name of the field that the filter operates on.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code OperandFieldName}.
     */
    public TopicFilter operandFieldName(String value) {
      return set("OperandFieldName", Value.of(value));
    }

    /** Sets {@code OperandFieldName} to this value; see {@link #operandFieldName(String)}. */
    public TopicFilter operandFieldName(Value<String> value) {
      return set("OperandFieldName", value);
    }

    /**
     * The relative date filter.
     *
     * <p>CloudFormation property {@code RelativeDateFilter}.
     */
    public TopicFilter relativeDateFilter(Value<TopicRelativeDateFilter> value) {
      return set("RelativeDateFilter", value);
    }
  }

  /**
   * A structure that represents a named entity.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicNamedEntity}.
   */
  public static final class TopicNamedEntity extends Struct<TopicNamedEntity> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicNamedEntity")
        .required("EntityName")
        .constrain("EntityDescription", Constraint.of().minLength(0).maxLength(500))
        .constrain("EntityName", Constraint.of().minLength(0).maxLength(256))
        .constrain("EntitySynonyms", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TopicNamedEntity() {
      super(SCHEMA);
    }

    /**
     * The definition of a named entity.
     *
     * <p>CloudFormation property {@code Definition}.
     */
    public TopicNamedEntity definition(List<NamedEntityDefinition> value) {
      return set("Definition", Value.listOf(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(List)}. */
    public TopicNamedEntity definition(Value<List<NamedEntityDefinition>> value) {
      return set("Definition", value);
    }

    /** Sets {@code Definition} to a list of these; see {@link #definition(List)}. */
    public TopicNamedEntity definition(NamedEntityDefinition... values) {
      return set("Definition", Value.list(values));
    }

    /**
     * The description of the named entity.
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code EntityDescription}.
     */
    public TopicNamedEntity entityDescription(String value) {
      return set("EntityDescription", Value.of(value));
    }

    /** Sets {@code EntityDescription} to this value; see {@link #entityDescription(String)}. */
    public TopicNamedEntity entityDescription(Value<String> value) {
      return set("EntityDescription", value);
    }

    /**
     * The name of the named entity.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code EntityName}.
     */
    public TopicNamedEntity entityName(String value) {
      return set("EntityName", Value.of(value));
    }

    /** Sets {@code EntityName} to this value; see {@link #entityName(String)}. */
    public TopicNamedEntity entityName(Value<String> value) {
      return set("EntityName", value);
    }

    /**
     * The other names or aliases for the named entity.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code EntitySynonyms}.
     */
    public TopicNamedEntity entitySynonyms(List<String> value) {
      return set("EntitySynonyms", Value.listOf(value));
    }

    /** Sets {@code EntitySynonyms} to this value; see {@link #entitySynonyms(List)}. */
    public TopicNamedEntity entitySynonyms(Value<List<String>> value) {
      return set("EntitySynonyms", value);
    }

    /**
     * The type of named entity that a topic represents.
     *
     * <p>CloudFormation property {@code SemanticEntityType}.
     */
    public TopicNamedEntity semanticEntityType(Value<SemanticEntityType> value) {
      return set("SemanticEntityType", value);
    }
  }

  /**
   * A filter that filters topics based on the value of a numeric field. The filter includes only
   * topics whose numeric field value matches the specified value.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicNumericEqualityFilter}.
   */
  public static final class TopicNumericEqualityFilter extends Struct<TopicNumericEqualityFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicNumericEqualityFilter")
        .allowed("Aggregation", "NO_AGGREGATION", "SUM", "AVERAGE", "COUNT", "DISTINCT_COUNT",
            "MAX", "MEDIAN", "MIN", "STDEV", "STDEVP", "VAR", "VARP")
        .build();

    public TopicNumericEqualityFilter() {
      super(SCHEMA);
    }

    /**
     * An aggregation function that specifies how to calculate the value of a numeric field for a
     * topic. Valid values for this structure are <code>NO_AGGREGATION</code> , <code>SUM</code> ,
     * <code>AVERAGE</code> , <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MAX</code> ,
     * <code>MEDIAN</code> , <code>MIN</code> , <code>STDEV</code> , <code>STDEVP</code> ,
     * <code>VAR</code> , and <code>VARP</code> .
     *
     * <p>Allowed values: {@code NO_AGGREGATION}, {@code SUM}, {@code AVERAGE}, {@code COUNT},
     * {@code DISTINCT_COUNT}, {@code MAX}, {@code MEDIAN}, {@code MIN}, {@code STDEV}, {@code
     * STDEVP}, {@code VAR}, {@code VARP}. CloudFormation property {@code Aggregation}.
     */
    public TopicNumericEqualityFilter aggregation(String value) {
      return set("Aggregation", Value.of(value));
    }

    /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
    public TopicNumericEqualityFilter aggregation(Value<String> value) {
      return set("Aggregation", value);
    }

    /**
     * The constant used in a numeric equality filter.
     *
     * <p>CloudFormation property {@code Constant}.
     */
    public TopicNumericEqualityFilter constant(Value<TopicSingularFilterConstant> value) {
      return set("Constant", value);
    }
  }

  /**
   * A filter that filters topics based on the value of a numeric field. The filter includes only
   * topics whose numeric field value falls within the specified range.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicNumericRangeFilter}.
   */
  public static final class TopicNumericRangeFilter extends Struct<TopicNumericRangeFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicNumericRangeFilter")
        .allowed("Aggregation", "NO_AGGREGATION", "SUM", "AVERAGE", "COUNT", "DISTINCT_COUNT",
            "MAX", "MEDIAN", "MIN", "STDEV", "STDEVP", "VAR", "VARP")
        .build();

    public TopicNumericRangeFilter() {
      super(SCHEMA);
    }

    /**
     * An aggregation function that specifies how to calculate the value of a numeric field for a
     * topic, Valid values for this structure are <code>NO_AGGREGATION</code> , <code>SUM</code> ,
     * <code>AVERAGE</code> , <code>COUNT</code> , <code>DISTINCT_COUNT</code> , <code>MAX</code> ,
     * <code>MEDIAN</code> , <code>MIN</code> , <code>STDEV</code> , <code>STDEVP</code> ,
     * <code>VAR</code> , and <code>VARP</code> .
     *
     * <p>Allowed values: {@code NO_AGGREGATION}, {@code SUM}, {@code AVERAGE}, {@code COUNT},
     * {@code DISTINCT_COUNT}, {@code MAX}, {@code MEDIAN}, {@code MIN}, {@code STDEV}, {@code
     * STDEVP}, {@code VAR}, {@code VARP}. CloudFormation property {@code Aggregation}.
     */
    public TopicNumericRangeFilter aggregation(String value) {
      return set("Aggregation", Value.of(value));
    }

    /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
    public TopicNumericRangeFilter aggregation(Value<String> value) {
      return set("Aggregation", value);
    }

    /**
     * The constant used in a numeric range filter.
     *
     * <p>CloudFormation property {@code Constant}.
     */
    public TopicNumericRangeFilter constant(Value<TopicRangeFilterConstant> value) {
      return set("Constant", value);
    }

    /**
     * A Boolean value that indicates whether the endpoints of the numeric range are included in the
     * filter. If set to true, topics whose numeric field value is equal to the endpoint values will
     * be included in the filter. If set to false, topics whose numeric field value is equal to the
     * endpoint values will be excluded from the filter.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Inclusive}.
     */
    public TopicNumericRangeFilter inclusive(boolean value) {
      return set("Inclusive", Value.of(value));
    }

    /** Sets {@code Inclusive} to this value; see {@link #inclusive(boolean)}. */
    public TopicNumericRangeFilter inclusive(Value<Boolean> value) {
      return set("Inclusive", value);
    }
  }

  /**
   * A constant value that is used in a range filter to specify the endpoints of the range.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicRangeFilterConstant}.
   */
  public static final class TopicRangeFilterConstant extends Struct<TopicRangeFilterConstant> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicRangeFilterConstant")
        .allowed("ConstantType", "SINGULAR", "RANGE", "COLLECTIVE")
        .build();

    public TopicRangeFilterConstant() {
      super(SCHEMA);
    }

    /**
     * The data type of the constant value that is used in a range filter. Valid values for this
     * structure are <code>RANGE</code> .
     *
     * <p>Allowed values: {@code SINGULAR}, {@code RANGE}, {@code COLLECTIVE}. CloudFormation
     * property {@code ConstantType}.
     */
    public TopicRangeFilterConstant constantType(String value) {
      return set("ConstantType", Value.of(value));
    }

    /** Sets {@code ConstantType} to this value; see {@link #constantType(String)}. */
    public TopicRangeFilterConstant constantType(Value<String> value) {
      return set("ConstantType", value);
    }

    /**
     * The value of the constant that is used to specify the endpoints of a range filter.
     *
     * <p>CloudFormation property {@code RangeConstant}.
     */
    public TopicRangeFilterConstant rangeConstant(Value<RangeConstant> value) {
      return set("RangeConstant", value);
    }
  }

  /**
   * A structure that represents a relative date filter.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicRelativeDateFilter}.
   */
  public static final class TopicRelativeDateFilter extends Struct<TopicRelativeDateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicRelativeDateFilter")
        .allowed("RelativeDateFilterFunction", "PREVIOUS", "THIS", "LAST", "NEXT", "NOW")
        .allowed("TimeGranularity", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER",
            "YEAR")
        .build();

    public TopicRelativeDateFilter() {
      super(SCHEMA);
    }

    /**
     * The constant used in a relative date filter.
     *
     * <p>CloudFormation property {@code Constant}.
     */
    public TopicRelativeDateFilter constant(Value<TopicSingularFilterConstant> value) {
      return set("Constant", value);
    }

    /**
     * The function to be used in a relative date filter to determine the range of dates to include
     * in the results. Valid values for this structure are <code>BEFORE</code> , <code>AFTER</code>
     * , and <code>BETWEEN</code> .
     *
     * <p>Allowed values: {@code PREVIOUS}, {@code THIS}, {@code LAST}, {@code NEXT}, {@code NOW}.
     * CloudFormation property {@code RelativeDateFilterFunction}.
     */
    public TopicRelativeDateFilter relativeDateFilterFunction(String value) {
      return set("RelativeDateFilterFunction", Value.of(value));
    }

    /**
     * Sets {@code RelativeDateFilterFunction} to this value; see {@link
     * #relativeDateFilterFunction(String)}.
     */
    public TopicRelativeDateFilter relativeDateFilterFunction(Value<String> value) {
      return set("RelativeDateFilterFunction", value);
    }

    /**
     * The level of time precision that is used to aggregate <code>DateTime</code> values.
     *
     * <p>Allowed values: {@code SECOND}, {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code WEEK},
     * {@code MONTH}, {@code QUARTER}, {@code YEAR}. CloudFormation property {@code
     * TimeGranularity}.
     */
    public TopicRelativeDateFilter timeGranularity(String value) {
      return set("TimeGranularity", Value.of(value));
    }

    /** Sets {@code TimeGranularity} to this value; see {@link #timeGranularity(String)}. */
    public TopicRelativeDateFilter timeGranularity(Value<String> value) {
      return set("TimeGranularity", value);
    }
  }

  /**
   * A structure that represents a singular filter constant, used in filters to specify a single
   * value to match against.
   *
   * <p>Property type {@code AWS::QuickSight::Topic.TopicSingularFilterConstant}.
   */
  public static final class TopicSingularFilterConstant extends Struct<TopicSingularFilterConstant> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Topic.TopicSingularFilterConstant")
        .allowed("ConstantType", "SINGULAR", "RANGE", "COLLECTIVE")
        .constrain("SingularConstant", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TopicSingularFilterConstant() {
      super(SCHEMA);
    }

    /**
     * The type of the singular filter constant. Valid values for this structure are
     * <code>SINGULAR</code> .
     *
     * <p>Allowed values: {@code SINGULAR}, {@code RANGE}, {@code COLLECTIVE}. CloudFormation
     * property {@code ConstantType}.
     */
    public TopicSingularFilterConstant constantType(String value) {
      return set("ConstantType", Value.of(value));
    }

    /** Sets {@code ConstantType} to this value; see {@link #constantType(String)}. */
    public TopicSingularFilterConstant constantType(Value<String> value) {
      return set("ConstantType", value);
    }

    /**
     * The value of the singular filter constant.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code SingularConstant}.
     */
    public TopicSingularFilterConstant singularConstant(String value) {
      return set("SingularConstant", Value.of(value));
    }

    /** Sets {@code SingularConstant} to this value; see {@link #singularConstant(String)}. */
    public TopicSingularFilterConstant singularConstant(Value<String> value) {
      return set("SingularConstant", value);
    }
  }
}
