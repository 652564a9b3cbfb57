// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

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
 * By default, all new solutions use automatic training. With automatic training, you incur training
 * costs while your solution is active. To avoid unnecessary costs, when you are finished you can <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_UpdateSolution.html">update the
 * solution</a> to turn off automatic training. For information about training costs, see <a
 * href="https://docs.aws.amazon.com/https://aws.amazon.com/personalize/pricing/">Amazon Personalize
 * pricing</a> .
 *
 * <p>An object that provides information about a solution. A solution includes the custom recipe,
 * customized parameters, and trained models (Solution Versions) that Amazon Personalize uses to
 * generate recommendations.
 *
 * <p>After you create a solution, you can’t change its configuration. If you need to make changes,
 * you can <a href="https://docs.aws.amazon.com/personalize/latest/dg/cloning-solution.html">clone
 * the solution</a> with the Amazon Personalize console or create a new one.
 *
 * <p>CloudFormation type {@code AWS::Personalize::Solution}.
 */
public final class Solution extends Resource<Solution> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution")
      .required("DatasetGroupArn", "Name")
      .constrain("DatasetGroupArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
      .constrain("EventType", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*").minLength(1).maxLength(63))
      .constrain("RecipeArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
      .refYields("SolutionArn")
      .attributes("SolutionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Solution(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset group that provides the training data.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code DatasetGroupArn}.
   */
  public Solution datasetGroupArn(String value) {
    return set("DatasetGroupArn", Value.of(value));
  }

  /** Sets {@code DatasetGroupArn} to this value; see {@link #datasetGroupArn(String)}. */
  public Solution datasetGroupArn(Value<String> value) {
    return set("DatasetGroupArn", value);
  }

  /**
   * The event type (for example, 'click' or 'like') that is used for training the model. If no
   * <code>eventType</code> is provided, Amazon Personalize uses all interactions for training with
   * equal weight regardless of type.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code EventType}.
   */
  public Solution eventType(String value) {
    return set("EventType", Value.of(value));
  }

  /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
  public Solution eventType(Value<String> value) {
    return set("EventType", value);
  }

  /**
   * The name of the solution.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public Solution name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Solution name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * We don't recommend enabling automated machine learning. Instead, match your use case to the
   * available Amazon Personalize recipes. For more information, see <a
   * href="https://docs.aws.amazon.com/personalize/latest/dg/determining-use-case.html">Determining
   * your use case.</a>
   *
   * <p>When true, Amazon Personalize performs a search for the best USER_PERSONALIZATION recipe
   * from the list specified in the solution configuration ( <code>recipeArn</code> must not be
   * specified). When false (the default), Amazon Personalize uses <code>recipeArn</code> for
   * training.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PerformAutoML}.
   */
  public Solution performAutoML(boolean value) {
    return set("PerformAutoML", Value.of(value));
  }

  /** Sets {@code PerformAutoML} to this value; see {@link #performAutoML(boolean)}. */
  public Solution performAutoML(Value<Boolean> value) {
    return set("PerformAutoML", value);
  }

  /**
   * Whether to perform hyperparameter optimization (HPO) on the chosen recipe. The default is
   * <code>false</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PerformHPO}.
   */
  public Solution performHPO(boolean value) {
    return set("PerformHPO", Value.of(value));
  }

  /** Sets {@code PerformHPO} to this value; see {@link #performHPO(boolean)}. */
  public Solution performHPO(Value<Boolean> value) {
    return set("PerformHPO", value);
  }

  /**
   * The ARN of the recipe used to create the solution. This is required when
   * <code>performAutoML</code> is false.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code RecipeArn}.
   */
  public Solution recipeArn(String value) {
    return set("RecipeArn", Value.of(value));
  }

  /** Sets {@code RecipeArn} to this value; see {@link #recipeArn(String)}. */
  public Solution recipeArn(Value<String> value) {
    return set("RecipeArn", value);
  }

  /**
   * Describes the configuration properties for the solution.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SolutionConfig}.
   */
  public Solution solutionConfig(Value<SolutionConfig> value) {
    return set("SolutionConfig", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Solution tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Solution tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Solution tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the solution.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SolutionArn}.
   */
  public Value<String> solutionArn() {
    return getAtt("SolutionArn");
  }

  /**
   * Specifies the hyperparameters and their ranges. Hyperparameters can be categorical, continuous,
   * or integer-valued.
   *
   * <p>Property type {@code AWS::Personalize::Solution.AlgorithmHyperParameterRanges}.
   */
  public static final class AlgorithmHyperParameterRanges extends Struct<AlgorithmHyperParameterRanges> {
    private static final Schema SCHEMA = Schema.of("AWS::Personalize::Solution.AlgorithmHyperParameterRanges");

    public AlgorithmHyperParameterRanges() {
      super(SCHEMA);
    }

    /**
     * Provides the name and range of a categorical hyperparameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * CategoricalHyperParameterRanges}.
     */
    public AlgorithmHyperParameterRanges categoricalHyperParameterRanges(List<CategoricalHyperParameterRange> value) {
      return set("CategoricalHyperParameterRanges", Value.listOf(value));
    }

    /**
     * Sets {@code CategoricalHyperParameterRanges} to this value; see {@link
     * #categoricalHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges categoricalHyperParameterRanges(Value<List<CategoricalHyperParameterRange>> value) {
      return set("CategoricalHyperParameterRanges", value);
    }

    /**
     * Sets {@code CategoricalHyperParameterRanges} to a list of these; see {@link
     * #categoricalHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges categoricalHyperParameterRanges(CategoricalHyperParameterRange... values) {
      return set("CategoricalHyperParameterRanges", Value.list(values));
    }

    /**
     * Provides the name and range of a continuous hyperparameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ContinuousHyperParameterRanges}.
     */
    public AlgorithmHyperParameterRanges continuousHyperParameterRanges(List<ContinuousHyperParameterRange> value) {
      return set("ContinuousHyperParameterRanges", Value.listOf(value));
    }

    /**
     * Sets {@code ContinuousHyperParameterRanges} to this value; see {@link
     * #continuousHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges continuousHyperParameterRanges(Value<List<ContinuousHyperParameterRange>> value) {
      return set("ContinuousHyperParameterRanges", value);
    }

    /**
     * Sets {@code ContinuousHyperParameterRanges} to a list of these; see {@link
     * #continuousHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges continuousHyperParameterRanges(ContinuousHyperParameterRange... values) {
      return set("ContinuousHyperParameterRanges", Value.list(values));
    }

    /**
     * Provides the name and range of an integer-valued hyperparameter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * IntegerHyperParameterRanges}.
     */
    public AlgorithmHyperParameterRanges integerHyperParameterRanges(List<IntegerHyperParameterRange> value) {
      return set("IntegerHyperParameterRanges", Value.listOf(value));
    }

    /**
     * Sets {@code IntegerHyperParameterRanges} to this value; see {@link
     * #integerHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges integerHyperParameterRanges(Value<List<IntegerHyperParameterRange>> value) {
      return set("IntegerHyperParameterRanges", value);
    }

    /**
     * Sets {@code IntegerHyperParameterRanges} to a list of these; see {@link
     * #integerHyperParameterRanges(List)}.
     */
    public AlgorithmHyperParameterRanges integerHyperParameterRanges(IntegerHyperParameterRange... values) {
      return set("IntegerHyperParameterRanges", Value.list(values));
    }
  }

  /**
   * When the solution performs AutoML ( <code>performAutoML</code> is true in <a
   * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolution.html">CreateSolution</a>
   * ), Amazon Personalize determines which recipe, from the specified list, optimizes the given
   * metric. Amazon Personalize then uses that recipe for the solution.
   *
   * <p>Property type {@code AWS::Personalize::Solution.AutoMLConfig}.
   */
  public static final class AutoMLConfig extends Struct<AutoMLConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.AutoMLConfig")
        .constrain("MetricName", Constraint.of().minLength(0).maxLength(256))
        .constrain("RecipeList", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
        .build();

    public AutoMLConfig() {
      super(SCHEMA);
    }

    /**
     * The metric to optimize.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code MetricName}.
     */
    public AutoMLConfig metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public AutoMLConfig metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The list of candidate recipes.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code RecipeList}.
     */
    public AutoMLConfig recipeList(List<String> value) {
      return set("RecipeList", Value.listOf(value));
    }

    /** Sets {@code RecipeList} to this value; see {@link #recipeList(List)}. */
    public AutoMLConfig recipeList(Value<List<String>> value) {
      return set("RecipeList", value);
    }
  }

  /**
   * Provides the name and range of a categorical hyperparameter.
   *
   * <p>Property type {@code AWS::Personalize::Solution.CategoricalHyperParameterRange}.
   */
  public static final class CategoricalHyperParameterRange extends Struct<CategoricalHyperParameterRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.CategoricalHyperParameterRange")
        .constrain("Name", Constraint.of().minLength(0).maxLength(256))
        .constrain("Values", Constraint.of().minLength(0).maxLength(1000))
        .build();

    public CategoricalHyperParameterRange() {
      super(SCHEMA);
    }

    /**
     * The name of the hyperparameter.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code Name}.
     */
    public CategoricalHyperParameterRange name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CategoricalHyperParameterRange name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A list of the categories for the hyperparameter.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
     * {@code Values}.
     */
    public CategoricalHyperParameterRange values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public CategoricalHyperParameterRange values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Provides the name and range of a continuous hyperparameter.
   *
   * <p>Property type {@code AWS::Personalize::Solution.ContinuousHyperParameterRange}.
   */
  public static final class ContinuousHyperParameterRange extends Struct<ContinuousHyperParameterRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.ContinuousHyperParameterRange")
        .constrain("MaxValue", Constraint.of().minimum(-1000000))
        .constrain("MinValue", Constraint.of().minimum(-1000000))
        .constrain("Name", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ContinuousHyperParameterRange() {
      super(SCHEMA);
    }

    /**
     * The maximum allowable value for the hyperparameter.
     *
     * <p>Changing it replaces the resource. Range: at least -1000000. CloudFormation property
     * {@code MaxValue}.
     */
    public ContinuousHyperParameterRange maxValue(double value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(double)}. */
    public ContinuousHyperParameterRange maxValue(Value<Double> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum allowable value for the hyperparameter.
     *
     * <p>Changing it replaces the resource. Range: at least -1000000. CloudFormation property
     * {@code MinValue}.
     */
    public ContinuousHyperParameterRange minValue(double value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(double)}. */
    public ContinuousHyperParameterRange minValue(Value<Double> value) {
      return set("MinValue", value);
    }

    /**
     * The name of the hyperparameter.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code Name}.
     */
    public ContinuousHyperParameterRange name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ContinuousHyperParameterRange name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Describes the properties for hyperparameter optimization (HPO).
   *
   * <p>Property type {@code AWS::Personalize::Solution.HpoConfig}.
   */
  public static final class HpoConfig extends Struct<HpoConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Personalize::Solution.HpoConfig");

    public HpoConfig() {
      super(SCHEMA);
    }

    /**
     * The hyperparameters and their allowable ranges.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AlgorithmHyperParameterRanges}.
     */
    public HpoConfig algorithmHyperParameterRanges(Value<AlgorithmHyperParameterRanges> value) {
      return set("AlgorithmHyperParameterRanges", value);
    }

    /**
     * The metric to optimize during HPO.
     *
     * <p>Amazon Personalize doesn't support configuring the <code>hpoObjective</code> at this time.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HpoObjective}.
     */
    public HpoConfig hpoObjective(Value<HpoObjective> value) {
      return set("HpoObjective", value);
    }

    /**
     * Describes the resource configuration for HPO.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HpoResourceConfig}.
     */
    public HpoConfig hpoResourceConfig(Value<HpoResourceConfig> value) {
      return set("HpoResourceConfig", value);
    }
  }

  /**
   * The metric to optimize during hyperparameter optimization (HPO).
   *
   * <p>Amazon Personalize doesn't support configuring the <code>hpoObjective</code> at this time.
   *
   * <p>Property type {@code AWS::Personalize::Solution.HpoObjective}.
   */
  public static final class HpoObjective extends Struct<HpoObjective> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.HpoObjective")
        .constrain("MetricName", Constraint.of().minLength(0).maxLength(256))
        .constrain("MetricRegex", Constraint.of().minLength(0).maxLength(256))
        .allowed("Type", "Maximize", "Minimize")
        .constrain("Type", Constraint.of().minLength(0).maxLength(256))
        .build();

    public HpoObjective() {
      super(SCHEMA);
    }

    /**
     * The name of the metric.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code MetricName}.
     */
    public HpoObjective metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public HpoObjective metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * A regular expression for finding the metric in the training job logs.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code MetricRegex}.
     */
    public HpoObjective metricRegex(String value) {
      return set("MetricRegex", Value.of(value));
    }

    /** Sets {@code MetricRegex} to this value; see {@link #metricRegex(String)}. */
    public HpoObjective metricRegex(Value<String> value) {
      return set("MetricRegex", value);
    }

    /**
     * The type of the metric. Valid values are <code>Maximize</code> and <code>Minimize</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Maximize}, {@code Minimize}.
     * Length: 0 to 256 characters. CloudFormation property {@code Type}.
     */
    public HpoObjective type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HpoObjective type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Describes the resource configuration for hyperparameter optimization (HPO).
   *
   * <p>Property type {@code AWS::Personalize::Solution.HpoResourceConfig}.
   */
  public static final class HpoResourceConfig extends Struct<HpoResourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.HpoResourceConfig")
        .constrain("MaxNumberOfTrainingJobs", Constraint.of().minLength(0).maxLength(256))
        .constrain("MaxParallelTrainingJobs", Constraint.of().minLength(0).maxLength(256))
        .build();

    public HpoResourceConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of training jobs when you create a solution version. The maximum value for
     * <code>maxNumberOfTrainingJobs</code> is <code>40</code> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code MaxNumberOfTrainingJobs}.
     */
    public HpoResourceConfig maxNumberOfTrainingJobs(String value) {
      return set("MaxNumberOfTrainingJobs", Value.of(value));
    }

    /**
     * Sets {@code MaxNumberOfTrainingJobs} to this value; see {@link
     * #maxNumberOfTrainingJobs(String)}.
     */
    public HpoResourceConfig maxNumberOfTrainingJobs(Value<String> value) {
      return set("MaxNumberOfTrainingJobs", value);
    }

    /**
     * The maximum number of parallel training jobs when you create a solution version. The maximum
     * value for <code>maxParallelTrainingJobs</code> is <code>10</code> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code MaxParallelTrainingJobs}.
     */
    public HpoResourceConfig maxParallelTrainingJobs(String value) {
      return set("MaxParallelTrainingJobs", Value.of(value));
    }

    /**
     * Sets {@code MaxParallelTrainingJobs} to this value; see {@link
     * #maxParallelTrainingJobs(String)}.
     */
    public HpoResourceConfig maxParallelTrainingJobs(Value<String> value) {
      return set("MaxParallelTrainingJobs", value);
    }
  }

  /**
   * Provides the name and range of an integer-valued hyperparameter.
   *
   * <p>Property type {@code AWS::Personalize::Solution.IntegerHyperParameterRange}.
   */
  public static final class IntegerHyperParameterRange extends Struct<IntegerHyperParameterRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.IntegerHyperParameterRange")
        .constrain("MaxValue", Constraint.of().maximum(1000000))
        .constrain("MinValue", Constraint.of().minimum(-1000000))
        .constrain("Name", Constraint.of().minLength(0).maxLength(256))
        .build();

    public IntegerHyperParameterRange() {
      super(SCHEMA);
    }

    /**
     * The maximum allowable value for the hyperparameter.
     *
     * <p>Changing it replaces the resource. Range: at most 1000000. CloudFormation property {@code
     * MaxValue}.
     */
    public IntegerHyperParameterRange maxValue(int value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(int)}. */
    public IntegerHyperParameterRange maxValue(Value<Integer> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum allowable value for the hyperparameter.
     *
     * <p>Changing it replaces the resource. Range: at least -1000000. CloudFormation property
     * {@code MinValue}.
     */
    public IntegerHyperParameterRange minValue(int value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(int)}. */
    public IntegerHyperParameterRange minValue(Value<Integer> value) {
      return set("MinValue", value);
    }

    /**
     * The name of the hyperparameter.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code Name}.
     */
    public IntegerHyperParameterRange name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IntegerHyperParameterRange name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Describes the configuration properties for the solution.
   *
   * <p>Property type {@code AWS::Personalize::Solution.SolutionConfig}.
   */
  public static final class SolutionConfig extends Struct<SolutionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Solution.SolutionConfig")
        .constrain("EventValueThreshold", Constraint.of().minLength(0).maxLength(256))
        .build();

    public SolutionConfig() {
      super(SCHEMA);
    }

    /**
     * Lists the algorithm hyperparameters and their values.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AlgorithmHyperParameters}.
     */
    public SolutionConfig algorithmHyperParameters(Map<String, String> value) {
      return set("AlgorithmHyperParameters", Value.mapOf(value));
    }

    /**
     * Sets {@code AlgorithmHyperParameters} to this value; see {@link
     * #algorithmHyperParameters(Map)}.
     */
    public SolutionConfig algorithmHyperParameters(Value<Map<String, String>> value) {
      return set("AlgorithmHyperParameters", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/personalize/latest/dg/API_AutoMLConfig.html">AutoMLConfig</a>
     * object containing a list of recipes to search when AutoML is performed.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AutoMLConfig}.
     */
    public SolutionConfig autoMLConfig(Value<AutoMLConfig> value) {
      return set("AutoMLConfig", value);
    }

    /**
     * Only events with a value greater than or equal to this threshold are used for training a
     * model.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code EventValueThreshold}.
     */
    public SolutionConfig eventValueThreshold(String value) {
      return set("EventValueThreshold", Value.of(value));
    }

    /** Sets {@code EventValueThreshold} to this value; see {@link #eventValueThreshold(String)}. */
    public SolutionConfig eventValueThreshold(Value<String> value) {
      return set("EventValueThreshold", value);
    }

    /**
     * Lists the feature transformation parameters.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * FeatureTransformationParameters}.
     */
    public SolutionConfig featureTransformationParameters(Map<String, String> value) {
      return set("FeatureTransformationParameters", Value.mapOf(value));
    }

    /**
     * Sets {@code FeatureTransformationParameters} to this value; see {@link
     * #featureTransformationParameters(Map)}.
     */
    public SolutionConfig featureTransformationParameters(Value<Map<String, String>> value) {
      return set("FeatureTransformationParameters", value);
    }

    /**
     * Describes the properties for hyperparameter optimization (HPO).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HpoConfig}.
     */
    public SolutionConfig hpoConfig(Value<HpoConfig> value) {
      return set("HpoConfig", value);
    }
  }
}
