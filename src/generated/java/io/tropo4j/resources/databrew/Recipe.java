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
import java.util.Map;

/**
 * Specifies a new AWS Glue DataBrew transformation recipe.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Recipe}.
 */
public final class Recipe extends Resource<Recipe> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Recipe")
      .required("Name", "Steps")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Recipe(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the recipe.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Recipe description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Recipe description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique name for the recipe.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Recipe name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Recipe name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of steps that are defined by the recipe.
   *
   * <p>Required. CloudFormation property {@code Steps}.
   */
  public Recipe steps(List<RecipeStep> value) {
    return set("Steps", Value.listOf(value));
  }

  /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
  public Recipe steps(Value<List<RecipeStep>> value) {
    return set("Steps", value);
  }

  /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
  public Recipe steps(RecipeStep... values) {
    return set("Steps", Value.list(values));
  }

  /**
   * Metadata tags that have been applied to the recipe.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Recipe tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Recipe tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Recipe tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Represents a transformation and associated parameters that are used to apply a change to an AWS
   * Glue DataBrew dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Recipe.Action")
        .required("Operation")
        .constrain("Operation", Constraint.of().pattern("^[A-Z\\_]+$").minLength(1).maxLength(128))
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * The name of a valid DataBrew transformation to be performed on the data.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Z&#92;_]+$}. CloudFormation
     * property {@code Operation}.
     */
    public Action operation(String value) {
      return set("Operation", Value.of(value));
    }

    /** Sets {@code Operation} to this value; see {@link #operation(String)}. */
    public Action operation(Value<String> value) {
      return set("Operation", value);
    }

    /**
     * Contextual parameters for the transformation.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public Action parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public Action parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }
  }

  /**
   * Represents an individual condition that evaluates to true or false.
   *
   * <p>Conditions are used with recipe actions. The action is only performed for column values
   * where the condition evaluates to true.
   *
   * <p>If a recipe requires more than one condition, then the recipe must specify multiple
   * <code>ConditionExpression</code> elements. Each condition is applied to the rows in a dataset
   * first, before the recipe action is performed.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.ConditionExpression}.
   */
  public static final class ConditionExpression extends Struct<ConditionExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Recipe.ConditionExpression")
        .required("Condition", "TargetColumn")
        .constrain("Condition", Constraint.of().pattern("^[A-Z\\_]+$").minLength(1).maxLength(128))
        .constrain("TargetColumn", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public ConditionExpression() {
      super(SCHEMA);
    }

    /**
     * A specific condition to apply to a recipe action. For more information, see <a
     * href="https://docs.aws.amazon.com/databrew/latest/dg/recipe-structure.html">Recipe
     * structure</a> in the <em>AWS Glue DataBrew Developer Guide</em> .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Z&#92;_]+$}. CloudFormation
     * property {@code Condition}.
     */
    public ConditionExpression condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public ConditionExpression condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * A column to apply this condition to.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code TargetColumn}.
     */
    public ConditionExpression targetColumn(String value) {
      return set("TargetColumn", Value.of(value));
    }

    /** Sets {@code TargetColumn} to this value; see {@link #targetColumn(String)}. */
    public ConditionExpression targetColumn(Value<String> value) {
      return set("TargetColumn", value);
    }

    /**
     * A value that the condition must evaluate to for the condition to succeed.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public ConditionExpression value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ConditionExpression value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Represents how metadata stored in the AWS Glue Data Catalog is defined in a DataBrew dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.DataCatalogInputDefinition}.
   */
  public static final class DataCatalogInputDefinition extends Struct<DataCatalogInputDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Recipe.DataCatalogInputDefinition");

    public DataCatalogInputDefinition() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the AWS account that holds the Data Catalog that stores the data.
     *
     * <p>CloudFormation property {@code CatalogId}.
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
     * <p>CloudFormation property {@code DatabaseName}.
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
     * <p>CloudFormation property {@code TableName}.
     */
    public DataCatalogInputDefinition tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataCatalogInputDefinition tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Represents an Amazon location where DataBrew can store intermediate results.
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
   * Represents information on how DataBrew can find data, in either the AWS Glue Data Catalog or
   * Amazon S3.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.Input}.
   */
  public static final class Input extends Struct<Input> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Recipe.Input");

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
   * Parameters that are used as inputs for various recipe actions. The parameters are specific to
   * the context in which they're used.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.RecipeParameters}.
   */
  public static final class RecipeParameters extends Struct<RecipeParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Recipe.RecipeParameters");

    public RecipeParameters() {
      super(SCHEMA);
    }

    /**
     * The name of an aggregation function to apply.
     *
     * <p>CloudFormation property {@code AggregateFunction}.
     */
    public RecipeParameters aggregateFunction(String value) {
      return set("AggregateFunction", Value.of(value));
    }

    /** Sets {@code AggregateFunction} to this value; see {@link #aggregateFunction(String)}. */
    public RecipeParameters aggregateFunction(Value<String> value) {
      return set("AggregateFunction", value);
    }

    /**
     * The number of digits used in a counting system.
     *
     * <p>CloudFormation property {@code Base}.
     */
    public RecipeParameters base(String value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(String)}. */
    public RecipeParameters base(Value<String> value) {
      return set("Base", value);
    }

    /**
     * A case statement associated with a recipe.
     *
     * <p>CloudFormation property {@code CaseStatement}.
     */
    public RecipeParameters caseStatement(String value) {
      return set("CaseStatement", Value.of(value));
    }

    /** Sets {@code CaseStatement} to this value; see {@link #caseStatement(String)}. */
    public RecipeParameters caseStatement(Value<String> value) {
      return set("CaseStatement", value);
    }

    /**
     * A category map used for one-hot encoding.
     *
     * <p>CloudFormation property {@code CategoryMap}.
     */
    public RecipeParameters categoryMap(String value) {
      return set("CategoryMap", Value.of(value));
    }

    /** Sets {@code CategoryMap} to this value; see {@link #categoryMap(String)}. */
    public RecipeParameters categoryMap(Value<String> value) {
      return set("CategoryMap", value);
    }

    /**
     * Characters to remove from a step that applies one-hot encoding or tokenization.
     *
     * <p>CloudFormation property {@code CharsToRemove}.
     */
    public RecipeParameters charsToRemove(String value) {
      return set("CharsToRemove", Value.of(value));
    }

    /** Sets {@code CharsToRemove} to this value; see {@link #charsToRemove(String)}. */
    public RecipeParameters charsToRemove(Value<String> value) {
      return set("CharsToRemove", value);
    }

    /**
     * Remove any non-word non-punctuation character.
     *
     * <p>CloudFormation property {@code CollapseConsecutiveWhitespace}.
     */
    public RecipeParameters collapseConsecutiveWhitespace(String value) {
      return set("CollapseConsecutiveWhitespace", Value.of(value));
    }

    /**
     * Sets {@code CollapseConsecutiveWhitespace} to this value; see {@link
     * #collapseConsecutiveWhitespace(String)}.
     */
    public RecipeParameters collapseConsecutiveWhitespace(Value<String> value) {
      return set("CollapseConsecutiveWhitespace", value);
    }

    /**
     * The data type of the column.
     *
     * <p>CloudFormation property {@code ColumnDataType}.
     */
    public RecipeParameters columnDataType(String value) {
      return set("ColumnDataType", Value.of(value));
    }

    /** Sets {@code ColumnDataType} to this value; see {@link #columnDataType(String)}. */
    public RecipeParameters columnDataType(Value<String> value) {
      return set("ColumnDataType", value);
    }

    /**
     * A range of columns to which a step is applied.
     *
     * <p>CloudFormation property {@code ColumnRange}.
     */
    public RecipeParameters columnRange(String value) {
      return set("ColumnRange", Value.of(value));
    }

    /** Sets {@code ColumnRange} to this value; see {@link #columnRange(String)}. */
    public RecipeParameters columnRange(Value<String> value) {
      return set("ColumnRange", value);
    }

    /**
     * The number of times a string needs to be repeated.
     *
     * <p>CloudFormation property {@code Count}.
     */
    public RecipeParameters count(String value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(String)}. */
    public RecipeParameters count(Value<String> value) {
      return set("Count", value);
    }

    /**
     * One or more characters that can be substituted or removed, depending on the context.
     *
     * <p>CloudFormation property {@code CustomCharacters}.
     */
    public RecipeParameters customCharacters(String value) {
      return set("CustomCharacters", Value.of(value));
    }

    /** Sets {@code CustomCharacters} to this value; see {@link #customCharacters(String)}. */
    public RecipeParameters customCharacters(Value<String> value) {
      return set("CustomCharacters", value);
    }

    /**
     * A list of words to ignore in a step that applies word tokenization.
     *
     * <p>CloudFormation property {@code CustomStopWords}.
     */
    public RecipeParameters customStopWords(String value) {
      return set("CustomStopWords", Value.of(value));
    }

    /** Sets {@code CustomStopWords} to this value; see {@link #customStopWords(String)}. */
    public RecipeParameters customStopWords(Value<String> value) {
      return set("CustomStopWords", value);
    }

    /**
     * A list of custom values to use in a step that requires that you provide a value to finish the
     * operation.
     *
     * <p>CloudFormation property {@code CustomValue}.
     */
    public RecipeParameters customValue(String value) {
      return set("CustomValue", Value.of(value));
    }

    /** Sets {@code CustomValue} to this value; see {@link #customValue(String)}. */
    public RecipeParameters customValue(Value<String> value) {
      return set("CustomValue", value);
    }

    /**
     * A list of the dataset columns included in a project.
     *
     * <p>CloudFormation property {@code DatasetsColumns}.
     */
    public RecipeParameters datasetsColumns(String value) {
      return set("DatasetsColumns", Value.of(value));
    }

    /** Sets {@code DatasetsColumns} to this value; see {@link #datasetsColumns(String)}. */
    public RecipeParameters datasetsColumns(Value<String> value) {
      return set("DatasetsColumns", value);
    }

    /**
     * A value that specifies how many units of time to add or subtract for a date math operation.
     *
     * <p>CloudFormation property {@code DateAddValue}.
     */
    public RecipeParameters dateAddValue(String value) {
      return set("DateAddValue", Value.of(value));
    }

    /** Sets {@code DateAddValue} to this value; see {@link #dateAddValue(String)}. */
    public RecipeParameters dateAddValue(Value<String> value) {
      return set("DateAddValue", value);
    }

    /**
     * A date format to apply to a date.
     *
     * <p>CloudFormation property {@code DateTimeFormat}.
     */
    public RecipeParameters dateTimeFormat(String value) {
      return set("DateTimeFormat", Value.of(value));
    }

    /** Sets {@code DateTimeFormat} to this value; see {@link #dateTimeFormat(String)}. */
    public RecipeParameters dateTimeFormat(Value<String> value) {
      return set("DateTimeFormat", value);
    }

    /**
     * A set of parameters associated with a datetime.
     *
     * <p>CloudFormation property {@code DateTimeParameters}.
     */
    public RecipeParameters dateTimeParameters(String value) {
      return set("DateTimeParameters", Value.of(value));
    }

    /** Sets {@code DateTimeParameters} to this value; see {@link #dateTimeParameters(String)}. */
    public RecipeParameters dateTimeParameters(Value<String> value) {
      return set("DateTimeParameters", value);
    }

    /**
     * Determines whether unmapped rows in a categorical mapping should be deleted
     *
     * <p>CloudFormation property {@code DeleteOtherRows}.
     */
    public RecipeParameters deleteOtherRows(String value) {
      return set("DeleteOtherRows", Value.of(value));
    }

    /** Sets {@code DeleteOtherRows} to this value; see {@link #deleteOtherRows(String)}. */
    public RecipeParameters deleteOtherRows(Value<String> value) {
      return set("DeleteOtherRows", value);
    }

    /**
     * The delimiter to use when parsing separated values in a text file.
     *
     * <p>CloudFormation property {@code Delimiter}.
     */
    public RecipeParameters delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public RecipeParameters delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * The end pattern to locate.
     *
     * <p>CloudFormation property {@code EndPattern}.
     */
    public RecipeParameters endPattern(String value) {
      return set("EndPattern", Value.of(value));
    }

    /** Sets {@code EndPattern} to this value; see {@link #endPattern(String)}. */
    public RecipeParameters endPattern(Value<String> value) {
      return set("EndPattern", value);
    }

    /**
     * The end position to locate.
     *
     * <p>CloudFormation property {@code EndPosition}.
     */
    public RecipeParameters endPosition(String value) {
      return set("EndPosition", Value.of(value));
    }

    /** Sets {@code EndPosition} to this value; see {@link #endPosition(String)}. */
    public RecipeParameters endPosition(Value<String> value) {
      return set("EndPosition", value);
    }

    /**
     * The end value to locate.
     *
     * <p>CloudFormation property {@code EndValue}.
     */
    public RecipeParameters endValue(String value) {
      return set("EndValue", Value.of(value));
    }

    /** Sets {@code EndValue} to this value; see {@link #endValue(String)}. */
    public RecipeParameters endValue(Value<String> value) {
      return set("EndValue", value);
    }

    /**
     * A list of word contractions and what they expand to. For eample: <em>can't</em> ;
     * <em>cannot</em> ; <em>can not</em> .
     *
     * <p>CloudFormation property {@code ExpandContractions}.
     */
    public RecipeParameters expandContractions(String value) {
      return set("ExpandContractions", Value.of(value));
    }

    /** Sets {@code ExpandContractions} to this value; see {@link #expandContractions(String)}. */
    public RecipeParameters expandContractions(Value<String> value) {
      return set("ExpandContractions", value);
    }

    /**
     * The exponent to apply in an exponential operation.
     *
     * <p>CloudFormation property {@code Exponent}.
     */
    public RecipeParameters exponent(String value) {
      return set("Exponent", Value.of(value));
    }

    /** Sets {@code Exponent} to this value; see {@link #exponent(String)}. */
    public RecipeParameters exponent(Value<String> value) {
      return set("Exponent", value);
    }

    /**
     * A value that represents <code>FALSE</code> .
     *
     * <p>CloudFormation property {@code FalseString}.
     */
    public RecipeParameters falseString(String value) {
      return set("FalseString", Value.of(value));
    }

    /** Sets {@code FalseString} to this value; see {@link #falseString(String)}. */
    public RecipeParameters falseString(Value<String> value) {
      return set("FalseString", value);
    }

    /**
     * Specifies options to apply to the <code>GROUP BY</code> used in an aggregation.
     *
     * <p>CloudFormation property {@code GroupByAggFunctionOptions}.
     */
    public RecipeParameters groupByAggFunctionOptions(String value) {
      return set("GroupByAggFunctionOptions", Value.of(value));
    }

    /**
     * Sets {@code GroupByAggFunctionOptions} to this value; see {@link
     * #groupByAggFunctionOptions(String)}.
     */
    public RecipeParameters groupByAggFunctionOptions(Value<String> value) {
      return set("GroupByAggFunctionOptions", value);
    }

    /**
     * The columns to use in the <code>GROUP BY</code> clause.
     *
     * <p>CloudFormation property {@code GroupByColumns}.
     */
    public RecipeParameters groupByColumns(String value) {
      return set("GroupByColumns", Value.of(value));
    }

    /** Sets {@code GroupByColumns} to this value; see {@link #groupByColumns(String)}. */
    public RecipeParameters groupByColumns(Value<String> value) {
      return set("GroupByColumns", value);
    }

    /**
     * A list of columns to hide.
     *
     * <p>CloudFormation property {@code HiddenColumns}.
     */
    public RecipeParameters hiddenColumns(String value) {
      return set("HiddenColumns", Value.of(value));
    }

    /** Sets {@code HiddenColumns} to this value; see {@link #hiddenColumns(String)}. */
    public RecipeParameters hiddenColumns(Value<String> value) {
      return set("HiddenColumns", value);
    }

    /**
     * Indicates that lower and upper case letters are treated equally.
     *
     * <p>CloudFormation property {@code IgnoreCase}.
     */
    public RecipeParameters ignoreCase(String value) {
      return set("IgnoreCase", Value.of(value));
    }

    /** Sets {@code IgnoreCase} to this value; see {@link #ignoreCase(String)}. */
    public RecipeParameters ignoreCase(Value<String> value) {
      return set("IgnoreCase", value);
    }

    /**
     * Indicates if this column is participating in a split transform.
     *
     * <p>CloudFormation property {@code IncludeInSplit}.
     */
    public RecipeParameters includeInSplit(String value) {
      return set("IncludeInSplit", Value.of(value));
    }

    /** Sets {@code IncludeInSplit} to this value; see {@link #includeInSplit(String)}. */
    public RecipeParameters includeInSplit(Value<String> value) {
      return set("IncludeInSplit", value);
    }

    /**
     * The input location to load the dataset from - Amazon S3 or AWS Glue Data Catalog .
     *
     * <p>CloudFormation property {@code Input}.
     */
    public RecipeParameters input(Value<Input> value) {
      return set("Input", value);
    }

    /**
     * The number of characters to split by.
     *
     * <p>CloudFormation property {@code Interval}.
     */
    public RecipeParameters interval(String value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(String)}. */
    public RecipeParameters interval(Value<String> value) {
      return set("Interval", value);
    }

    /**
     * Indicates if the content is text.
     *
     * <p>CloudFormation property {@code IsText}.
     */
    public RecipeParameters isText(String value) {
      return set("IsText", Value.of(value));
    }

    /** Sets {@code IsText} to this value; see {@link #isText(String)}. */
    public RecipeParameters isText(Value<String> value) {
      return set("IsText", value);
    }

    /**
     * The keys or columns involved in a join.
     *
     * <p>CloudFormation property {@code JoinKeys}.
     */
    public RecipeParameters joinKeys(String value) {
      return set("JoinKeys", Value.of(value));
    }

    /** Sets {@code JoinKeys} to this value; see {@link #joinKeys(String)}. */
    public RecipeParameters joinKeys(Value<String> value) {
      return set("JoinKeys", value);
    }

    /**
     * The type of join to use, for example, <code>INNER JOIN</code> , <code>OUTER JOIN</code> , and
     * so on.
     *
     * <p>CloudFormation property {@code JoinType}.
     */
    public RecipeParameters joinType(String value) {
      return set("JoinType", Value.of(value));
    }

    /** Sets {@code JoinType} to this value; see {@link #joinType(String)}. */
    public RecipeParameters joinType(Value<String> value) {
      return set("JoinType", value);
    }

    /**
     * The columns on the left side of the join.
     *
     * <p>CloudFormation property {@code LeftColumns}.
     */
    public RecipeParameters leftColumns(String value) {
      return set("LeftColumns", Value.of(value));
    }

    /** Sets {@code LeftColumns} to this value; see {@link #leftColumns(String)}. */
    public RecipeParameters leftColumns(Value<String> value) {
      return set("LeftColumns", value);
    }

    /**
     * The number of times to perform <code>split</code> or <code>replaceBy</code> in a string
     *
     * <p>CloudFormation property {@code Limit}.
     */
    public RecipeParameters limit(String value) {
      return set("Limit", Value.of(value));
    }

    /** Sets {@code Limit} to this value; see {@link #limit(String)}. */
    public RecipeParameters limit(Value<String> value) {
      return set("Limit", value);
    }

    /**
     * The lower boundary for a value.
     *
     * <p>CloudFormation property {@code LowerBound}.
     */
    public RecipeParameters lowerBound(String value) {
      return set("LowerBound", Value.of(value));
    }

    /** Sets {@code LowerBound} to this value; see {@link #lowerBound(String)}. */
    public RecipeParameters lowerBound(Value<String> value) {
      return set("LowerBound", value);
    }

    /**
     * The type of mappings to apply to construct a new dynamic frame.
     *
     * <p>CloudFormation property {@code MapType}.
     */
    public RecipeParameters mapType(String value) {
      return set("MapType", Value.of(value));
    }

    /** Sets {@code MapType} to this value; see {@link #mapType(String)}. */
    public RecipeParameters mapType(Value<String> value) {
      return set("MapType", value);
    }

    /**
     * Determines the manner in which mode value is calculated, in case there is more than one mode
     * value. Valid values: <code>NONE</code> | <code>AVERAGE</code> | <code>MINIMUM</code> |
     * <code>MAXIMUM</code>
     *
     * <p>CloudFormation property {@code ModeType}.
     */
    public RecipeParameters modeType(String value) {
      return set("ModeType", Value.of(value));
    }

    /** Sets {@code ModeType} to this value; see {@link #modeType(String)}. */
    public RecipeParameters modeType(Value<String> value) {
      return set("ModeType", value);
    }

    /**
     * Specifies whether JSON input contains embedded new line characters.
     *
     * <p>CloudFormation property {@code MultiLine}.
     */
    public RecipeParameters multiLine(boolean value) {
      return set("MultiLine", Value.of(value));
    }

    /** Sets {@code MultiLine} to this value; see {@link #multiLine(boolean)}. */
    public RecipeParameters multiLine(Value<Boolean> value) {
      return set("MultiLine", value);
    }

    /**
     * The number of rows to consider in a window.
     *
     * <p>CloudFormation property {@code NumRows}.
     */
    public RecipeParameters numRows(String value) {
      return set("NumRows", Value.of(value));
    }

    /** Sets {@code NumRows} to this value; see {@link #numRows(String)}. */
    public RecipeParameters numRows(Value<String> value) {
      return set("NumRows", value);
    }

    /**
     * The number of rows to consider after the current row in a window
     *
     * <p>CloudFormation property {@code NumRowsAfter}.
     */
    public RecipeParameters numRowsAfter(String value) {
      return set("NumRowsAfter", Value.of(value));
    }

    /** Sets {@code NumRowsAfter} to this value; see {@link #numRowsAfter(String)}. */
    public RecipeParameters numRowsAfter(Value<String> value) {
      return set("NumRowsAfter", value);
    }

    /**
     * The number of rows to consider before the current row in a window
     *
     * <p>CloudFormation property {@code NumRowsBefore}.
     */
    public RecipeParameters numRowsBefore(String value) {
      return set("NumRowsBefore", Value.of(value));
    }

    /** Sets {@code NumRowsBefore} to this value; see {@link #numRowsBefore(String)}. */
    public RecipeParameters numRowsBefore(Value<String> value) {
      return set("NumRowsBefore", value);
    }

    /**
     * A column to sort the results by.
     *
     * <p>CloudFormation property {@code OrderByColumn}.
     */
    public RecipeParameters orderByColumn(String value) {
      return set("OrderByColumn", Value.of(value));
    }

    /** Sets {@code OrderByColumn} to this value; see {@link #orderByColumn(String)}. */
    public RecipeParameters orderByColumn(Value<String> value) {
      return set("OrderByColumn", value);
    }

    /**
     * The columns to sort the results by.
     *
     * <p>CloudFormation property {@code OrderByColumns}.
     */
    public RecipeParameters orderByColumns(String value) {
      return set("OrderByColumns", Value.of(value));
    }

    /** Sets {@code OrderByColumns} to this value; see {@link #orderByColumns(String)}. */
    public RecipeParameters orderByColumns(Value<String> value) {
      return set("OrderByColumns", value);
    }

    /**
     * The value to assign to unmapped cells, in categorical mapping
     *
     * <p>CloudFormation property {@code Other}.
     */
    public RecipeParameters other(String value) {
      return set("Other", Value.of(value));
    }

    /** Sets {@code Other} to this value; see {@link #other(String)}. */
    public RecipeParameters other(Value<String> value) {
      return set("Other", value);
    }

    /**
     * The pattern to locate.
     *
     * <p>CloudFormation property {@code Pattern}.
     */
    public RecipeParameters pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public RecipeParameters pattern(Value<String> value) {
      return set("Pattern", value);
    }

    /**
     * The starting pattern to split between.
     *
     * <p>CloudFormation property {@code PatternOption1}.
     */
    public RecipeParameters patternOption1(String value) {
      return set("PatternOption1", Value.of(value));
    }

    /** Sets {@code PatternOption1} to this value; see {@link #patternOption1(String)}. */
    public RecipeParameters patternOption1(Value<String> value) {
      return set("PatternOption1", value);
    }

    /**
     * The ending pattern to split between.
     *
     * <p>CloudFormation property {@code PatternOption2}.
     */
    public RecipeParameters patternOption2(String value) {
      return set("PatternOption2", Value.of(value));
    }

    /** Sets {@code PatternOption2} to this value; see {@link #patternOption2(String)}. */
    public RecipeParameters patternOption2(Value<String> value) {
      return set("PatternOption2", value);
    }

    /**
     * For splitting by multiple delimiters: A JSON-encoded string that lists the patterns in the
     * format. For example:
     * <code>[{&#92;"pattern&#92;":&#92;"1&#92;",&#92;"includeInSplit&#92;":true}]</code>
     *
     * <p>CloudFormation property {@code PatternOptions}.
     */
    public RecipeParameters patternOptions(String value) {
      return set("PatternOptions", Value.of(value));
    }

    /** Sets {@code PatternOptions} to this value; see {@link #patternOptions(String)}. */
    public RecipeParameters patternOptions(Value<String> value) {
      return set("PatternOptions", value);
    }

    /**
     * The size of the rolling window.
     *
     * <p>CloudFormation property {@code Period}.
     */
    public RecipeParameters period(String value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(String)}. */
    public RecipeParameters period(Value<String> value) {
      return set("Period", value);
    }

    /**
     * The character index within a string
     *
     * <p>CloudFormation property {@code Position}.
     */
    public RecipeParameters position(String value) {
      return set("Position", Value.of(value));
    }

    /** Sets {@code Position} to this value; see {@link #position(String)}. */
    public RecipeParameters position(Value<String> value) {
      return set("Position", value);
    }

    /**
     * If <code>true</code> , removes all of the following characters: <code>.</code>
     * <code>.!</code> <code>.,</code> <code>.?</code>
     *
     * <p>CloudFormation property {@code RemoveAllPunctuation}.
     */
    public RecipeParameters removeAllPunctuation(String value) {
      return set("RemoveAllPunctuation", Value.of(value));
    }

    /**
     * Sets {@code RemoveAllPunctuation} to this value; see {@link #removeAllPunctuation(String)}.
     */
    public RecipeParameters removeAllPunctuation(Value<String> value) {
      return set("RemoveAllPunctuation", value);
    }

    /**
     * If <code>true</code> , removes all single quotes and double quotes.
     *
     * <p>CloudFormation property {@code RemoveAllQuotes}.
     */
    public RecipeParameters removeAllQuotes(String value) {
      return set("RemoveAllQuotes", Value.of(value));
    }

    /** Sets {@code RemoveAllQuotes} to this value; see {@link #removeAllQuotes(String)}. */
    public RecipeParameters removeAllQuotes(Value<String> value) {
      return set("RemoveAllQuotes", value);
    }

    /**
     * If <code>true</code> , removes all whitespaces from the value.
     *
     * <p>CloudFormation property {@code RemoveAllWhitespace}.
     */
    public RecipeParameters removeAllWhitespace(String value) {
      return set("RemoveAllWhitespace", Value.of(value));
    }

    /** Sets {@code RemoveAllWhitespace} to this value; see {@link #removeAllWhitespace(String)}. */
    public RecipeParameters removeAllWhitespace(Value<String> value) {
      return set("RemoveAllWhitespace", value);
    }

    /**
     * If <code>true</code> , removes all chraracters specified by <code>CustomCharacters</code> .
     *
     * <p>CloudFormation property {@code RemoveCustomCharacters}.
     */
    public RecipeParameters removeCustomCharacters(String value) {
      return set("RemoveCustomCharacters", Value.of(value));
    }

    /**
     * Sets {@code RemoveCustomCharacters} to this value; see {@link
     * #removeCustomCharacters(String)}.
     */
    public RecipeParameters removeCustomCharacters(Value<String> value) {
      return set("RemoveCustomCharacters", value);
    }

    /**
     * If <code>true</code> , removes all chraracters specified by <code>CustomValue</code> .
     *
     * <p>CloudFormation property {@code RemoveCustomValue}.
     */
    public RecipeParameters removeCustomValue(String value) {
      return set("RemoveCustomValue", Value.of(value));
    }

    /** Sets {@code RemoveCustomValue} to this value; see {@link #removeCustomValue(String)}. */
    public RecipeParameters removeCustomValue(Value<String> value) {
      return set("RemoveCustomValue", value);
    }

    /**
     * If <code>true</code> , removes the following characters if they occur at the start or end of
     * the value: <code>.</code> <code>!</code> <code>,</code> <code>?</code>
     *
     * <p>CloudFormation property {@code RemoveLeadingAndTrailingPunctuation}.
     */
    public RecipeParameters removeLeadingAndTrailingPunctuation(String value) {
      return set("RemoveLeadingAndTrailingPunctuation", Value.of(value));
    }

    /**
     * Sets {@code RemoveLeadingAndTrailingPunctuation} to this value; see {@link
     * #removeLeadingAndTrailingPunctuation(String)}.
     */
    public RecipeParameters removeLeadingAndTrailingPunctuation(Value<String> value) {
      return set("RemoveLeadingAndTrailingPunctuation", value);
    }

    /**
     * If <code>true</code> , removes single quotes and double quotes from the beginning and end of
     * the value.
     *
     * <p>CloudFormation property {@code RemoveLeadingAndTrailingQuotes}.
     */
    public RecipeParameters removeLeadingAndTrailingQuotes(String value) {
      return set("RemoveLeadingAndTrailingQuotes", Value.of(value));
    }

    /**
     * Sets {@code RemoveLeadingAndTrailingQuotes} to this value; see {@link
     * #removeLeadingAndTrailingQuotes(String)}.
     */
    public RecipeParameters removeLeadingAndTrailingQuotes(Value<String> value) {
      return set("RemoveLeadingAndTrailingQuotes", value);
    }

    /**
     * If <code>true</code> , removes all whitespaces from the beginning and end of the value.
     *
     * <p>CloudFormation property {@code RemoveLeadingAndTrailingWhitespace}.
     */
    public RecipeParameters removeLeadingAndTrailingWhitespace(String value) {
      return set("RemoveLeadingAndTrailingWhitespace", Value.of(value));
    }

    /**
     * Sets {@code RemoveLeadingAndTrailingWhitespace} to this value; see {@link
     * #removeLeadingAndTrailingWhitespace(String)}.
     */
    public RecipeParameters removeLeadingAndTrailingWhitespace(Value<String> value) {
      return set("RemoveLeadingAndTrailingWhitespace", value);
    }

    /**
     * If <code>true</code> , removes all uppercase and lowercase alphabetic characters (A through
     * Z; a through z).
     *
     * <p>CloudFormation property {@code RemoveLetters}.
     */
    public RecipeParameters removeLetters(String value) {
      return set("RemoveLetters", Value.of(value));
    }

    /** Sets {@code RemoveLetters} to this value; see {@link #removeLetters(String)}. */
    public RecipeParameters removeLetters(Value<String> value) {
      return set("RemoveLetters", value);
    }

    /**
     * If <code>true</code> , removes all numeric characters (0 through 9).
     *
     * <p>CloudFormation property {@code RemoveNumbers}.
     */
    public RecipeParameters removeNumbers(String value) {
      return set("RemoveNumbers", Value.of(value));
    }

    /** Sets {@code RemoveNumbers} to this value; see {@link #removeNumbers(String)}. */
    public RecipeParameters removeNumbers(Value<String> value) {
      return set("RemoveNumbers", value);
    }

    /**
     * If <code>true</code> , the source column will be removed after un-nesting that column. (Used
     * with nested column types, such as Map, Struct, or Array.)
     *
     * <p>CloudFormation property {@code RemoveSourceColumn}.
     */
    public RecipeParameters removeSourceColumn(String value) {
      return set("RemoveSourceColumn", Value.of(value));
    }

    /** Sets {@code RemoveSourceColumn} to this value; see {@link #removeSourceColumn(String)}. */
    public RecipeParameters removeSourceColumn(Value<String> value) {
      return set("RemoveSourceColumn", value);
    }

    /**
     * If <code>true</code> , removes all of the following characters: <code>! " # $ % &amp; ' ( ) *
     * + , - . / : ; &lt; = &gt; ? &#64; [ &#92; ] ^ _</code> { | } ~`
     *
     * <p>CloudFormation property {@code RemoveSpecialCharacters}.
     */
    public RecipeParameters removeSpecialCharacters(String value) {
      return set("RemoveSpecialCharacters", Value.of(value));
    }

    /**
     * Sets {@code RemoveSpecialCharacters} to this value; see {@link
     * #removeSpecialCharacters(String)}.
     */
    public RecipeParameters removeSpecialCharacters(Value<String> value) {
      return set("RemoveSpecialCharacters", value);
    }

    /**
     * The columns on the right side of a join.
     *
     * <p>CloudFormation property {@code RightColumns}.
     */
    public RecipeParameters rightColumns(String value) {
      return set("RightColumns", Value.of(value));
    }

    /** Sets {@code RightColumns} to this value; see {@link #rightColumns(String)}. */
    public RecipeParameters rightColumns(Value<String> value) {
      return set("RightColumns", value);
    }

    /**
     * The number of rows in the sample.
     *
     * <p>CloudFormation property {@code SampleSize}.
     */
    public RecipeParameters sampleSize(String value) {
      return set("SampleSize", Value.of(value));
    }

    /** Sets {@code SampleSize} to this value; see {@link #sampleSize(String)}. */
    public RecipeParameters sampleSize(Value<String> value) {
      return set("SampleSize", value);
    }

    /**
     * The sampling type to apply to the dataset. Valid values: <code>FIRST_N</code> |
     * <code>LAST_N</code> | <code>RANDOM</code>
     *
     * <p>CloudFormation property {@code SampleType}.
     */
    public RecipeParameters sampleType(String value) {
      return set("SampleType", Value.of(value));
    }

    /** Sets {@code SampleType} to this value; see {@link #sampleType(String)}. */
    public RecipeParameters sampleType(Value<String> value) {
      return set("SampleType", value);
    }

    /**
     * A object value to indicate the second dataset used in a join.
     *
     * <p>CloudFormation property {@code SecondInput}.
     */
    public RecipeParameters secondInput(String value) {
      return set("SecondInput", Value.of(value));
    }

    /** Sets {@code SecondInput} to this value; see {@link #secondInput(String)}. */
    public RecipeParameters secondInput(Value<String> value) {
      return set("SecondInput", value);
    }

    /**
     * A list of secondary inputs in a UNION transform
     *
     * <p>CloudFormation property {@code SecondaryInputs}.
     */
    public RecipeParameters secondaryInputs(List<SecondaryInput> value) {
      return set("SecondaryInputs", Value.listOf(value));
    }

    /** Sets {@code SecondaryInputs} to this value; see {@link #secondaryInputs(List)}. */
    public RecipeParameters secondaryInputs(Value<List<SecondaryInput>> value) {
      return set("SecondaryInputs", value);
    }

    /** Sets {@code SecondaryInputs} to a list of these; see {@link #secondaryInputs(List)}. */
    public RecipeParameters secondaryInputs(SecondaryInput... values) {
      return set("SecondaryInputs", Value.list(values));
    }

    /**
     * One or more sheet numbers in the Excel file, which will be included in a dataset.
     *
     * <p>CloudFormation property {@code SheetIndexes}.
     */
    public RecipeParameters sheetIndexes(List<Integer> value) {
      return set("SheetIndexes", Value.listOf(value));
    }

    /** Sets {@code SheetIndexes} to this value; see {@link #sheetIndexes(List)}. */
    public RecipeParameters sheetIndexes(Value<List<Integer>> value) {
      return set("SheetIndexes", value);
    }

    /**
     * Oone or more named sheets in the Excel file, which will be included in a dataset.
     *
     * <p>CloudFormation property {@code SheetNames}.
     */
    public RecipeParameters sheetNames(List<String> value) {
      return set("SheetNames", Value.listOf(value));
    }

    /** Sets {@code SheetNames} to this value; see {@link #sheetNames(List)}. */
    public RecipeParameters sheetNames(Value<List<String>> value) {
      return set("SheetNames", value);
    }

    /**
     * A source column needed for an operation, step, or transform.
     *
     * <p>CloudFormation property {@code SourceColumn}.
     */
    public RecipeParameters sourceColumn(String value) {
      return set("SourceColumn", Value.of(value));
    }

    /** Sets {@code SourceColumn} to this value; see {@link #sourceColumn(String)}. */
    public RecipeParameters sourceColumn(Value<String> value) {
      return set("SourceColumn", value);
    }

    /**
     * A source column needed for an operation, step, or transform.
     *
     * <p>CloudFormation property {@code SourceColumn1}.
     */
    public RecipeParameters sourceColumn1(String value) {
      return set("SourceColumn1", Value.of(value));
    }

    /** Sets {@code SourceColumn1} to this value; see {@link #sourceColumn1(String)}. */
    public RecipeParameters sourceColumn1(Value<String> value) {
      return set("SourceColumn1", value);
    }

    /**
     * A source column needed for an operation, step, or transform.
     *
     * <p>CloudFormation property {@code SourceColumn2}.
     */
    public RecipeParameters sourceColumn2(String value) {
      return set("SourceColumn2", Value.of(value));
    }

    /** Sets {@code SourceColumn2} to this value; see {@link #sourceColumn2(String)}. */
    public RecipeParameters sourceColumn2(Value<String> value) {
      return set("SourceColumn2", value);
    }

    /**
     * A list of source columns needed for an operation, step, or transform.
     *
     * <p>CloudFormation property {@code SourceColumns}.
     */
    public RecipeParameters sourceColumns(String value) {
      return set("SourceColumns", Value.of(value));
    }

    /** Sets {@code SourceColumns} to this value; see {@link #sourceColumns(String)}. */
    public RecipeParameters sourceColumns(Value<String> value) {
      return set("SourceColumns", value);
    }

    /**
     * The index number of the first column used by an operation, step, or transform.
     *
     * <p>CloudFormation property {@code StartColumnIndex}.
     */
    public RecipeParameters startColumnIndex(String value) {
      return set("StartColumnIndex", Value.of(value));
    }

    /** Sets {@code StartColumnIndex} to this value; see {@link #startColumnIndex(String)}. */
    public RecipeParameters startColumnIndex(Value<String> value) {
      return set("StartColumnIndex", value);
    }

    /**
     * The starting pattern to locate.
     *
     * <p>CloudFormation property {@code StartPattern}.
     */
    public RecipeParameters startPattern(String value) {
      return set("StartPattern", Value.of(value));
    }

    /** Sets {@code StartPattern} to this value; see {@link #startPattern(String)}. */
    public RecipeParameters startPattern(Value<String> value) {
      return set("StartPattern", value);
    }

    /**
     * The starting position to locate.
     *
     * <p>CloudFormation property {@code StartPosition}.
     */
    public RecipeParameters startPosition(String value) {
      return set("StartPosition", Value.of(value));
    }

    /** Sets {@code StartPosition} to this value; see {@link #startPosition(String)}. */
    public RecipeParameters startPosition(Value<String> value) {
      return set("StartPosition", value);
    }

    /**
     * The starting value to locate.
     *
     * <p>CloudFormation property {@code StartValue}.
     */
    public RecipeParameters startValue(String value) {
      return set("StartValue", Value.of(value));
    }

    /** Sets {@code StartValue} to this value; see {@link #startValue(String)}. */
    public RecipeParameters startValue(Value<String> value) {
      return set("StartValue", value);
    }

    /**
     * Indicates this operation uses stems and lemmas (base words) for word tokenization.
     *
     * <p>CloudFormation property {@code StemmingMode}.
     */
    public RecipeParameters stemmingMode(String value) {
      return set("StemmingMode", Value.of(value));
    }

    /** Sets {@code StemmingMode} to this value; see {@link #stemmingMode(String)}. */
    public RecipeParameters stemmingMode(Value<String> value) {
      return set("StemmingMode", value);
    }

    /**
     * The total number of transforms in this recipe.
     *
     * <p>CloudFormation property {@code StepCount}.
     */
    public RecipeParameters stepCount(String value) {
      return set("StepCount", Value.of(value));
    }

    /** Sets {@code StepCount} to this value; see {@link #stepCount(String)}. */
    public RecipeParameters stepCount(Value<String> value) {
      return set("StepCount", value);
    }

    /**
     * The index ID of a step.
     *
     * <p>CloudFormation property {@code StepIndex}.
     */
    public RecipeParameters stepIndex(String value) {
      return set("StepIndex", Value.of(value));
    }

    /** Sets {@code StepIndex} to this value; see {@link #stepIndex(String)}. */
    public RecipeParameters stepIndex(Value<String> value) {
      return set("StepIndex", value);
    }

    /**
     * Indicates this operation uses stop words as part of word tokenization.
     *
     * <p>CloudFormation property {@code StopWordsMode}.
     */
    public RecipeParameters stopWordsMode(String value) {
      return set("StopWordsMode", Value.of(value));
    }

    /** Sets {@code StopWordsMode} to this value; see {@link #stopWordsMode(String)}. */
    public RecipeParameters stopWordsMode(Value<String> value) {
      return set("StopWordsMode", value);
    }

    /**
     * The resolution strategy to apply in resolving ambiguities.
     *
     * <p>CloudFormation property {@code Strategy}.
     */
    public RecipeParameters strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public RecipeParameters strategy(Value<String> value) {
      return set("Strategy", value);
    }

    /**
     * The column targeted by this operation.
     *
     * <p>CloudFormation property {@code TargetColumn}.
     */
    public RecipeParameters targetColumn(String value) {
      return set("TargetColumn", Value.of(value));
    }

    /** Sets {@code TargetColumn} to this value; see {@link #targetColumn(String)}. */
    public RecipeParameters targetColumn(Value<String> value) {
      return set("TargetColumn", value);
    }

    /**
     * The names to give columns altered by this operation.
     *
     * <p>CloudFormation property {@code TargetColumnNames}.
     */
    public RecipeParameters targetColumnNames(String value) {
      return set("TargetColumnNames", Value.of(value));
    }

    /** Sets {@code TargetColumnNames} to this value; see {@link #targetColumnNames(String)}. */
    public RecipeParameters targetColumnNames(Value<String> value) {
      return set("TargetColumnNames", value);
    }

    /**
     * The date format to convert to.
     *
     * <p>CloudFormation property {@code TargetDateFormat}.
     */
    public RecipeParameters targetDateFormat(String value) {
      return set("TargetDateFormat", Value.of(value));
    }

    /** Sets {@code TargetDateFormat} to this value; see {@link #targetDateFormat(String)}. */
    public RecipeParameters targetDateFormat(Value<String> value) {
      return set("TargetDateFormat", value);
    }

    /**
     * The index number of an object that is targeted by this operation.
     *
     * <p>CloudFormation property {@code TargetIndex}.
     */
    public RecipeParameters targetIndex(String value) {
      return set("TargetIndex", Value.of(value));
    }

    /** Sets {@code TargetIndex} to this value; see {@link #targetIndex(String)}. */
    public RecipeParameters targetIndex(Value<String> value) {
      return set("TargetIndex", value);
    }

    /**
     * The current timezone that you want to use for dates.
     *
     * <p>CloudFormation property {@code TimeZone}.
     */
    public RecipeParameters timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public RecipeParameters timeZone(Value<String> value) {
      return set("TimeZone", value);
    }

    /**
     * A regex expression to use when splitting text into terms, also called words or tokens.
     *
     * <p>CloudFormation property {@code TokenizerPattern}.
     */
    public RecipeParameters tokenizerPattern(String value) {
      return set("TokenizerPattern", Value.of(value));
    }

    /** Sets {@code TokenizerPattern} to this value; see {@link #tokenizerPattern(String)}. */
    public RecipeParameters tokenizerPattern(Value<String> value) {
      return set("TokenizerPattern", value);
    }

    /**
     * A value to use to represent <code>TRUE</code> .
     *
     * <p>CloudFormation property {@code TrueString}.
     */
    public RecipeParameters trueString(String value) {
      return set("TrueString", Value.of(value));
    }

    /** Sets {@code TrueString} to this value; see {@link #trueString(String)}. */
    public RecipeParameters trueString(Value<String> value) {
      return set("TrueString", value);
    }

    /**
     * The language that's used in the user-defined function.
     *
     * <p>CloudFormation property {@code UdfLang}.
     */
    public RecipeParameters udfLang(String value) {
      return set("UdfLang", Value.of(value));
    }

    /** Sets {@code UdfLang} to this value; see {@link #udfLang(String)}. */
    public RecipeParameters udfLang(Value<String> value) {
      return set("UdfLang", value);
    }

    /**
     * Specifies a unit of time. For example: <code>MINUTES</code> ; <code>SECONDS</code> ;
     * <code>HOURS</code> ; etc.
     *
     * <p>CloudFormation property {@code Units}.
     */
    public RecipeParameters units(String value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(String)}. */
    public RecipeParameters units(Value<String> value) {
      return set("Units", value);
    }

    /**
     * Cast columns as rows, so that each value is a different row in a single column.
     *
     * <p>CloudFormation property {@code UnpivotColumn}.
     */
    public RecipeParameters unpivotColumn(String value) {
      return set("UnpivotColumn", Value.of(value));
    }

    /** Sets {@code UnpivotColumn} to this value; see {@link #unpivotColumn(String)}. */
    public RecipeParameters unpivotColumn(Value<String> value) {
      return set("UnpivotColumn", value);
    }

    /**
     * The upper boundary for a value.
     *
     * <p>CloudFormation property {@code UpperBound}.
     */
    public RecipeParameters upperBound(String value) {
      return set("UpperBound", Value.of(value));
    }

    /** Sets {@code UpperBound} to this value; see {@link #upperBound(String)}. */
    public RecipeParameters upperBound(Value<String> value) {
      return set("UpperBound", value);
    }

    /**
     * Create a new container to hold a dataset.
     *
     * <p>CloudFormation property {@code UseNewDataFrame}.
     */
    public RecipeParameters useNewDataFrame(String value) {
      return set("UseNewDataFrame", Value.of(value));
    }

    /** Sets {@code UseNewDataFrame} to this value; see {@link #useNewDataFrame(String)}. */
    public RecipeParameters useNewDataFrame(Value<String> value) {
      return set("UseNewDataFrame", value);
    }

    /**
     * A static value that can be used in a comparison, a substitution, or in another
     * context-specific way. A <code>Value</code> can be a number, string, or other datatype,
     * depending on the recipe action in which it's used.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public RecipeParameters value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public RecipeParameters value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * A value that's used by this operation.
     *
     * <p>CloudFormation property {@code Value1}.
     */
    public RecipeParameters value1(String value) {
      return set("Value1", Value.of(value));
    }

    /** Sets {@code Value1} to this value; see {@link #value1(String)}. */
    public RecipeParameters value1(Value<String> value) {
      return set("Value1", value);
    }

    /**
     * A value that's used by this operation.
     *
     * <p>CloudFormation property {@code Value2}.
     */
    public RecipeParameters value2(String value) {
      return set("Value2", Value.of(value));
    }

    /** Sets {@code Value2} to this value; see {@link #value2(String)}. */
    public RecipeParameters value2(Value<String> value) {
      return set("Value2", value);
    }

    /**
     * The column that is provided as a value that's used by this operation.
     *
     * <p>CloudFormation property {@code ValueColumn}.
     */
    public RecipeParameters valueColumn(String value) {
      return set("ValueColumn", Value.of(value));
    }

    /** Sets {@code ValueColumn} to this value; see {@link #valueColumn(String)}. */
    public RecipeParameters valueColumn(Value<String> value) {
      return set("ValueColumn", value);
    }

    /**
     * The subset of rows currently available for viewing.
     *
     * <p>CloudFormation property {@code ViewFrame}.
     */
    public RecipeParameters viewFrame(String value) {
      return set("ViewFrame", Value.of(value));
    }

    /** Sets {@code ViewFrame} to this value; see {@link #viewFrame(String)}. */
    public RecipeParameters viewFrame(Value<String> value) {
      return set("ViewFrame", value);
    }
  }

  /**
   * Represents a single step from a DataBrew recipe to be performed.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.RecipeStep}.
   */
  public static final class RecipeStep extends Struct<RecipeStep> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Recipe.RecipeStep")
        .required("Action")
        .build();

    public RecipeStep() {
      super(SCHEMA);
    }

    /**
     * The particular action to be performed in the recipe step.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public RecipeStep action(Value<Action> value) {
      return set("Action", value);
    }

    /**
     * One or more conditions that must be met for the recipe step to succeed.
     *
     * <p>All of the conditions in the array must be met. In other words, all of the conditions must
     * be combined using a logical AND operation.
     *
     * <p>CloudFormation property {@code ConditionExpressions}.
     */
    public RecipeStep conditionExpressions(List<ConditionExpression> value) {
      return set("ConditionExpressions", Value.listOf(value));
    }

    /** Sets {@code ConditionExpressions} to this value; see {@link #conditionExpressions(List)}. */
    public RecipeStep conditionExpressions(Value<List<ConditionExpression>> value) {
      return set("ConditionExpressions", value);
    }

    /**
     * Sets {@code ConditionExpressions} to a list of these; see {@link
     * #conditionExpressions(List)}.
     */
    public RecipeStep conditionExpressions(ConditionExpression... values) {
      return set("ConditionExpressions", Value.list(values));
    }
  }

  /**
   * Represents an Amazon S3 location (bucket name, bucket owner, and object key) where DataBrew can
   * read input data, or write output from a job.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Recipe.S3Location")
        .required("Bucket")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The unique name of the object in the bucket.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * Represents secondary inputs in a UNION transform.
   *
   * <p>Property type {@code AWS::DataBrew::Recipe.SecondaryInput}.
   */
  public static final class SecondaryInput extends Struct<SecondaryInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Recipe.SecondaryInput");

    public SecondaryInput() {
      super(SCHEMA);
    }

    /**
     * The AWS Glue Data Catalog parameters for the data.
     *
     * <p>CloudFormation property {@code DataCatalogInputDefinition}.
     */
    public SecondaryInput dataCatalogInputDefinition(Value<DataCatalogInputDefinition> value) {
      return set("DataCatalogInputDefinition", value);
    }

    /**
     * The Amazon S3 location where the data is stored.
     *
     * <p>CloudFormation property {@code S3InputDefinition}.
     */
    public SecondaryInput s3InputDefinition(Value<S3Location> value) {
      return set("S3InputDefinition", value);
    }

    /**
     * Sets {@code S3InputDefinition} to the asset's bucket and key, where the deployer uploads it;
     * see {@link #s3InputDefinition(Value)}.
     */
    public SecondaryInput s3InputDefinition(Asset asset) {
      return set("S3InputDefinition", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }
}
