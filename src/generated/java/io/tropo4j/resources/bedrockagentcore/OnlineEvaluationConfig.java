// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::OnlineEvaluationConfig - Creates an online
 * evaluation configuration for continuous monitoring of agent performance.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig}.
 */
public final class OnlineEvaluationConfig extends Resource<OnlineEvaluationConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig")
      .required("DataSourceConfig", "EvaluationExecutionRoleArn", "OnlineEvaluationConfigName",
          "Rule")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("EvaluationExecutionRoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .allowed("ExecutionStatus", "ENABLED", "DISABLED")
      .constrain("OnlineEvaluationConfigName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .refYields("OnlineEvaluationConfigArn")
      .attributes("CreatedAt", "OnlineEvaluationConfigArn", "OnlineEvaluationConfigId",
          "OutputConfig", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OnlineEvaluationConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration for clustering analysis of evaluation results.
   *
   * <p>CloudFormation property {@code ClusteringConfig}.
   */
  public OnlineEvaluationConfig clusteringConfig(Value<ClusteringConfig> value) {
    return set("ClusteringConfig", value);
  }

  /**
   * The configuration that specifies where to read agent traces for online evaluation.
   *
   * <p>Required. CloudFormation property {@code DataSourceConfig}.
   */
  public OnlineEvaluationConfig dataSourceConfig(Value<DataSourceConfig> value) {
    return set("DataSourceConfig", value);
  }

  /**
   * The description of the online evaluation configuration.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public OnlineEvaluationConfig description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public OnlineEvaluationConfig description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants permissions for evaluation.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code EvaluationExecutionRoleArn}.
   */
  public OnlineEvaluationConfig evaluationExecutionRoleArn(String value) {
    return set("EvaluationExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code EvaluationExecutionRoleArn} to this value; see {@link
   * #evaluationExecutionRoleArn(String)}.
   */
  public OnlineEvaluationConfig evaluationExecutionRoleArn(Value<String> value) {
    return set("EvaluationExecutionRoleArn", value);
  }

  /**
   * The list of evaluators to apply during online evaluation.
   *
   * <p>CloudFormation property {@code Evaluators}.
   */
  public OnlineEvaluationConfig evaluators(List<EvaluatorReference> value) {
    return set("Evaluators", Value.listOf(value));
  }

  /** Sets {@code Evaluators} to this value; see {@link #evaluators(List)}. */
  public OnlineEvaluationConfig evaluators(Value<List<EvaluatorReference>> value) {
    return set("Evaluators", value);
  }

  /** Sets {@code Evaluators} to a list of these; see {@link #evaluators(List)}. */
  public OnlineEvaluationConfig evaluators(EvaluatorReference... values) {
    return set("Evaluators", Value.list(values));
  }

  /**
   * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * ExecutionStatus}.
   */
  public OnlineEvaluationConfig executionStatus(String value) {
    return set("ExecutionStatus", Value.of(value));
  }

  /** Sets {@code ExecutionStatus} to this value; see {@link #executionStatus(String)}. */
  public OnlineEvaluationConfig executionStatus(Value<String> value) {
    return set("ExecutionStatus", value);
  }

  /**
   * The list of insights to enable for failure analysis.
   *
   * <p>CloudFormation property {@code Insights}.
   */
  public OnlineEvaluationConfig insights(List<Insight> value) {
    return set("Insights", Value.listOf(value));
  }

  /** Sets {@code Insights} to this value; see {@link #insights(List)}. */
  public OnlineEvaluationConfig insights(Value<List<Insight>> value) {
    return set("Insights", value);
  }

  /** Sets {@code Insights} to a list of these; see {@link #insights(List)}. */
  public OnlineEvaluationConfig insights(Insight... values) {
    return set("Insights", Value.list(values));
  }

  /**
   * The name of the online evaluation configuration. Must be unique within your account.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code OnlineEvaluationConfigName}.
   */
  public OnlineEvaluationConfig onlineEvaluationConfigName(String value) {
    return set("OnlineEvaluationConfigName", Value.of(value));
  }

  /**
   * Sets {@code OnlineEvaluationConfigName} to this value; see {@link
   * #onlineEvaluationConfigName(String)}.
   */
  public OnlineEvaluationConfig onlineEvaluationConfigName(Value<String> value) {
    return set("OnlineEvaluationConfigName", value);
  }

  /**
   * The evaluation rule that defines sampling configuration, filtering criteria, and session
   * detection settings.
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public OnlineEvaluationConfig rule(Value<Rule> value) {
    return set("Rule", value);
  }

  /**
   * A list of tags to assign to the online evaluation configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OnlineEvaluationConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OnlineEvaluationConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OnlineEvaluationConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the online evaluation configuration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the online evaluation configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OnlineEvaluationConfigArn}.
   */
  public Value<String> onlineEvaluationConfigArn() {
    return getAtt("OnlineEvaluationConfigArn");
  }

  /**
   * The unique identifier of the online evaluation configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OnlineEvaluationConfigId}.
   */
  public Value<String> onlineEvaluationConfigId() {
    return getAtt("OnlineEvaluationConfigId");
  }

  /**
   * The configuration that specifies where evaluation results should be written.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutputConfig}.
   */
  public Value<OutputConfig> outputConfig() {
    return getAtt("OutputConfig");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the online evaluation configuration was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The configuration for reading agent traces from CloudWatch logs.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchLogsInputConfig}.
   */
  public static final class CloudWatchLogsInputConfig extends Struct<CloudWatchLogsInputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchLogsInputConfig")
        .required("LogGroupNames", "ServiceNames")
        .constrain("LogGroupNames", Constraint.of().pattern("^[.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512))
        .constrain("ServiceNames", Constraint.of().pattern("^[a-zA-Z0-9._-]+$").minLength(1).maxLength(256))
        .build();

    public CloudWatchLogsInputConfig() {
      super(SCHEMA);
    }

    /**
     * The list of CloudWatch log group names to monitor for agent traces.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[.&#92;-_/#A-Za-z0-9]+$}.
     * CloudFormation property {@code LogGroupNames}.
     */
    public CloudWatchLogsInputConfig logGroupNames(List<String> value) {
      return set("LogGroupNames", Value.listOf(value));
    }

    /** Sets {@code LogGroupNames} to this value; see {@link #logGroupNames(List)}. */
    public CloudWatchLogsInputConfig logGroupNames(Value<List<String>> value) {
      return set("LogGroupNames", value);
    }

    /**
     * The list of service names to filter traces within the specified log groups.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9._-]+$}. CloudFormation
     * property {@code ServiceNames}.
     */
    public CloudWatchLogsInputConfig serviceNames(List<String> value) {
      return set("ServiceNames", Value.listOf(value));
    }

    /** Sets {@code ServiceNames} to this value; see {@link #serviceNames(List)}. */
    public CloudWatchLogsInputConfig serviceNames(Value<List<String>> value) {
      return set("ServiceNames", value);
    }
  }

  /**
   * The CloudWatch configuration for writing evaluation results.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchOutputConfig}.
   */
  public static final class CloudWatchOutputConfig extends Struct<CloudWatchOutputConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::OnlineEvaluationConfig.CloudWatchOutputConfig");

    public CloudWatchOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch log group name for evaluation results.
     *
     * <p>CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchOutputConfig logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchOutputConfig logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }

  /**
   * The configuration for clustering analysis of evaluation results.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.ClusteringConfig}.
   */
  public static final class ClusteringConfig extends Struct<ClusteringConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.ClusteringConfig")
        .required("Frequencies")
        .allowed("Frequencies", "DAILY", "WEEKLY", "MONTHLY")
        .build();

    public ClusteringConfig() {
      super(SCHEMA);
    }

    /**
     * The list of frequencies at which clustering reports are generated.
     *
     * <p>Required. Allowed values: {@code DAILY}, {@code WEEKLY}, {@code MONTHLY}. CloudFormation
     * property {@code Frequencies}.
     */
    public ClusteringConfig frequencies(List<String> value) {
      return set("Frequencies", Value.listOf(value));
    }

    /** Sets {@code Frequencies} to this value; see {@link #frequencies(List)}. */
    public ClusteringConfig frequencies(Value<List<String>> value) {
      return set("Frequencies", value);
    }
  }

  /**
   * The configuration that specifies where to read agent traces for online evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.DataSourceConfig}.
   */
  public static final class DataSourceConfig extends Struct<DataSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.DataSourceConfig")
        .required("CloudWatchLogs")
        .build();

    public DataSourceConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration for reading agent traces from CloudWatch logs.
     *
     * <p>Required. CloudFormation property {@code CloudWatchLogs}.
     */
    public DataSourceConfig cloudWatchLogs(Value<CloudWatchLogsInputConfig> value) {
      return set("CloudWatchLogs", value);
    }
  }

  /**
   * The reference to an evaluator used in online evaluation configurations.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.EvaluatorReference}.
   */
  public static final class EvaluatorReference extends Struct<EvaluatorReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.EvaluatorReference")
        .required("EvaluatorId")
        .constrain("EvaluatorId", Constraint.of().pattern("^(Builtin\\.[a-zA-Z0-9._-]+|ThirdParty\\.[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]+|[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10})$"))
        .build();

    public EvaluatorReference() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the evaluator.
     *
     * <p>Required. Pattern: {@code
     * ^(Builtin&#92;.[a-zA-Z0-9._-]+|ThirdParty&#92;.[a-zA-Z0-9_-]+&#92;.[a-zA-Z0-9_-]+|[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10})$}.
     * CloudFormation property {@code EvaluatorId}.
     */
    public EvaluatorReference evaluatorId(String value) {
      return set("EvaluatorId", Value.of(value));
    }

    /** Sets {@code EvaluatorId} to this value; see {@link #evaluatorId(String)}. */
    public EvaluatorReference evaluatorId(Value<String> value) {
      return set("EvaluatorId", value);
    }
  }

  /**
   * The filter that applies conditions to agent traces during online evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.Filter")
        .required("Key", "Operator", "Value")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9._-]+$").minLength(1).maxLength(256))
        .allowed("Operator", "Equals", "NotEquals", "GreaterThan", "LessThan", "GreaterThanOrEqual",
            "LessThanOrEqual", "Contains", "NotContains")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * The key or field name to filter on within the agent trace data.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9._-]+$}. CloudFormation
     * property {@code Key}.
     */
    public Filter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Filter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The comparison operator to use for filtering.
     *
     * <p>Required. Allowed values: {@code Equals}, {@code NotEquals}, {@code GreaterThan}, {@code
     * LessThan}, {@code GreaterThanOrEqual}, {@code LessThanOrEqual}, {@code Contains}, {@code
     * NotContains}. CloudFormation property {@code Operator}.
     */
    public Filter operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public Filter operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The value used in filter comparisons.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Filter value(Value<FilterValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The value used in filter comparisons.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.FilterValue}.
   */
  public static final class FilterValue extends Struct<FilterValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.FilterValue")
        .constrain("StringValue", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public FilterValue() {
      super(SCHEMA);
    }

    /**
     * The boolean value for true/false filtering conditions.
     *
     * <p>CloudFormation property {@code BooleanValue}.
     */
    public FilterValue booleanValue(boolean value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(boolean)}. */
    public FilterValue booleanValue(Value<Boolean> value) {
      return set("BooleanValue", value);
    }

    /**
     * The numeric value for numerical filtering.
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public FilterValue doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public FilterValue doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /**
     * The string value for text-based filtering.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code StringValue}.
     */
    public FilterValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public FilterValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * An insight configuration for failure analysis.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.Insight}.
   */
  public static final class Insight extends Struct<Insight> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.Insight")
        .required("InsightId")
        .constrain("InsightId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9._]+$").minLength(1).maxLength(256))
        .build();

    public Insight() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the insight.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9._]+$}.
     * CloudFormation property {@code InsightId}.
     */
    public Insight insightId(String value) {
      return set("InsightId", Value.of(value));
    }

    /** Sets {@code InsightId} to this value; see {@link #insightId(String)}. */
    public Insight insightId(Value<String> value) {
      return set("InsightId", value);
    }
  }

  /**
   * The configuration that specifies where evaluation results should be written.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.OutputConfig}.
   */
  public static final class OutputConfig extends Struct<OutputConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::OnlineEvaluationConfig.OutputConfig");

    public OutputConfig() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch configuration for writing evaluation results.
     *
     * <p>CloudFormation property {@code CloudWatchConfig}.
     */
    public OutputConfig cloudWatchConfig(Value<CloudWatchOutputConfig> value) {
      return set("CloudWatchConfig", value);
    }
  }

  /**
   * The evaluation rule that defines sampling configuration, filtering criteria, and session
   * detection settings.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.Rule")
        .required("SamplingConfig")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The list of filters that determine which agent traces should be included in the evaluation.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public Rule filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public Rule filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public Rule filters(Filter... values) {
      return set("Filters", Value.list(values));
    }

    /**
     * The configuration that controls what percentage of agent traces are sampled for evaluation.
     *
     * <p>Required. CloudFormation property {@code SamplingConfig}.
     */
    public Rule samplingConfig(Value<SamplingConfig> value) {
      return set("SamplingConfig", value);
    }

    /**
     * The configuration that defines how agent sessions are detected.
     *
     * <p>CloudFormation property {@code SessionConfig}.
     */
    public Rule sessionConfig(Value<SessionConfig> value) {
      return set("SessionConfig", value);
    }
  }

  /**
   * The configuration that controls what percentage of agent traces are sampled for evaluation.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.SamplingConfig}.
   */
  public static final class SamplingConfig extends Struct<SamplingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.SamplingConfig")
        .required("SamplingPercentage")
        .constrain("SamplingPercentage", Constraint.of().minimum(0.01).maximum(100))
        .build();

    public SamplingConfig() {
      super(SCHEMA);
    }

    /**
     * The percentage of agent traces to sample for evaluation.
     *
     * <p>Required. Range: 0.01 to 100. CloudFormation property {@code SamplingPercentage}.
     */
    public SamplingConfig samplingPercentage(double value) {
      return set("SamplingPercentage", Value.of(value));
    }

    /** Sets {@code SamplingPercentage} to this value; see {@link #samplingPercentage(double)}. */
    public SamplingConfig samplingPercentage(Value<Double> value) {
      return set("SamplingPercentage", value);
    }
  }

  /**
   * The configuration that defines how agent sessions are detected.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::OnlineEvaluationConfig.SessionConfig}.
   */
  public static final class SessionConfig extends Struct<SessionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::OnlineEvaluationConfig.SessionConfig")
        .required("SessionTimeoutMinutes")
        .constrain("SessionTimeoutMinutes", Constraint.of().minimum(1).maximum(1440))
        .build();

    public SessionConfig() {
      super(SCHEMA);
    }

    /**
     * The number of minutes of inactivity after which an agent session is considered complete.
     *
     * <p>Required. Range: 1 to 1440. CloudFormation property {@code SessionTimeoutMinutes}.
     */
    public SessionConfig sessionTimeoutMinutes(int value) {
      return set("SessionTimeoutMinutes", Value.of(value));
    }

    /**
     * Sets {@code SessionTimeoutMinutes} to this value; see {@link #sessionTimeoutMinutes(int)}.
     */
    public SessionConfig sessionTimeoutMinutes(Value<Integer> value) {
      return set("SessionTimeoutMinutes", value);
    }
  }
}
