// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aps;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Amazon Managed Service for Prometheus workspace is a logical and isolated Prometheus server
 * dedicated to ingesting, storing, and querying your Prometheus-compatible metrics.
 *
 * <p>CloudFormation type {@code AWS::APS::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace")
      .constrain("Alias", Constraint.of().minLength(0).maxLength(100))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .refYields("Arn")
      .attributes("Arn", "PrometheusEndpoint", "WorkspaceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The alert manager definition, a YAML configuration for the alert manager in your Amazon Managed
   * Service for Prometheus workspace.
   *
   * <p>For details about the alert manager definition, see <a
   * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-alertmanager-config.html">Creating
   * an alert manager configuration files</a> in the <em>Amazon Managed Service for Prometheus User
   * Guide</em> .
   *
   * <p>The following example shows part of a CloudFormation YAML file with an embedded alert
   * manager definition (following the <code>- |-</code> ).
   *
   * <p><code>Workspace: Type: AWS::APS::Workspace .... Properties: .... AlertManagerDefinition:
   * Fn::Sub: - |- alertmanager_config: | templates: - 'default_template' route: receiver:
   * example-sns receivers: - name: example-sns sns_configs: - topic_arn:
   * 'arn:aws:sns:${AWS::Region}:${AWS::AccountId}:${TopicName}' -</code>
   *
   * <p>CloudFormation property {@code AlertManagerDefinition}.
   */
  public Workspace alertManagerDefinition(String value) {
    return set("AlertManagerDefinition", Value.of(value));
  }

  /**
   * Sets {@code AlertManagerDefinition} to this value; see {@link #alertManagerDefinition(String)}.
   */
  public Workspace alertManagerDefinition(Value<String> value) {
    return set("AlertManagerDefinition", value);
  }

  /**
   * The alias that is assigned to this workspace to help identify it. It does not need to be
   * unique.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code Alias}.
   */
  public Workspace alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public Workspace alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * (optional) The ARN for a customer managed AWS key to use for encrypting data within your
   * workspace. For more information about using your own key in your workspace, see <a
   * href="https://docs.aws.amazon.com/prometheus/latest/userguide/encryption-at-rest-Amazon-Service-Prometheus.html">Encryption
   * at rest</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$}. Format: {@code AWS::KMS::Key.Arn}.
   * CloudFormation property {@code KmsKeyArn}.
   */
  public Workspace kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Workspace kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Contains information about the logging configuration for the workspace.
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public Workspace loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The definition of logging configuration in an Amazon Managed Service for Prometheus workspace.
   *
   * <p>CloudFormation property {@code QueryLoggingConfiguration}.
   */
  public Workspace queryLoggingConfiguration(Value<QueryLoggingConfiguration> value) {
    return set("QueryLoggingConfiguration", value);
  }

  /**
   * The list of tag keys and values that are associated with the workspace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Use this structure to define label sets and the ingestion limits for time series that match
   * label sets, and to specify the retention period of the workspace.
   *
   * <p>CloudFormation property {@code WorkspaceConfiguration}.
   */
  public Workspace workspaceConfiguration(Value<WorkspaceConfiguration> value) {
    return set("WorkspaceConfiguration", value);
  }

  /**
   * The ARN of the workspace. For example,
   * <code>arn:aws:aps:&lt;region&gt;:123456789012:workspace/ws-example1-1234-abcd-5678-ef90abcd1234</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Prometheus endpoint available for this workspace. For example,
   * <code>https://aps-workspaces.&lt;region&gt;.amazonaws.com/workspaces/ws-example1-1234-abcd-5678-ef90abcd1234/api/v1/</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrometheusEndpoint}.
   */
  public Value<String> prometheusEndpoint() {
    return getAtt("PrometheusEndpoint");
  }

  /**
   * The unique ID for the workspace. For example,
   * <code>ws-example1-1234-abcd-5678-ef90abcd1234</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkspaceId}.
   */
  public Value<String> workspaceId() {
    return getAtt("WorkspaceId");
  }

  /**
   * Configuration details for logging to CloudWatch Logs.
   *
   * <p>Property type {@code AWS::APS::Workspace.CloudWatchLogDestination}.
   */
  public static final class CloudWatchLogDestination extends Struct<CloudWatchLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.CloudWatchLogDestination")
        .required("LogGroupArn")
        .constrain("LogGroupArn", Constraint.of().minLength(0).maxLength(512))
        .build();

    public CloudWatchLogDestination() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch log group.
     *
     * <p>Required. Length: 0 to 512 characters. CloudFormation property {@code LogGroupArn}.
     */
    public CloudWatchLogDestination logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogDestination logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * A label is a name:value pair used to add context to ingested metrics. This structure defines
   * the name and value for one label that is used in a label set. You can set ingestion limits on
   * time series that match defined label sets, to help prevent a workspace from being overwhelmed
   * with unexpected spikes in time series ingestion.
   *
   * <p>Property type {@code AWS::APS::Workspace.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.Label")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z0-9_]*$").minLength(1))
        .constrain("Value", Constraint.of().minLength(1))
        .build();

    public Label() {
      super(SCHEMA);
    }

    /**
     * The name for this label.
     *
     * <p>Required. Length: at least 1 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z0-9_]*$}.
     * CloudFormation property {@code Name}.
     */
    public Label name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Label name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value for this label.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Value}.
     */
    public Label value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Label value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * This defines a label set for the workspace, and defines the ingestion limit for active time
   * series that match that label set. Each label name in a label set must be unique.
   *
   * <p>Property type {@code AWS::APS::Workspace.LimitsPerLabelSet}.
   */
  public static final class LimitsPerLabelSet extends Struct<LimitsPerLabelSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.LimitsPerLabelSet")
        .required("LabelSet", "Limits")
        .build();

    public LimitsPerLabelSet() {
      super(SCHEMA);
    }

    /**
     * This defines one label set that will have an enforced ingestion limit. You can set ingestion
     * limits on time series that match defined label sets, to help prevent a workspace from being
     * overwhelmed with unexpected spikes in time series ingestion.
     *
     * <p>Label values accept all UTF-8 characters with one exception. If the label name is metric
     * name label <code>__ <em>name</em> __</code> , then the <em>metric</em> part of the name must
     * conform to the following pattern: <code>[a-zA-Z_:][a-zA-Z0-9_:]*</code>
     *
     * <p>Required. CloudFormation property {@code LabelSet}.
     */
    public LimitsPerLabelSet labelSet(List<Label> value) {
      return set("LabelSet", Value.listOf(value));
    }

    /** Sets {@code LabelSet} to this value; see {@link #labelSet(List)}. */
    public LimitsPerLabelSet labelSet(Value<List<Label>> value) {
      return set("LabelSet", value);
    }

    /** Sets {@code LabelSet} to a list of these; see {@link #labelSet(List)}. */
    public LimitsPerLabelSet labelSet(Label... values) {
      return set("LabelSet", Value.list(values));
    }

    /**
     * This structure contains the information about the limits that apply to time series that match
     * this label set.
     *
     * <p>Required. CloudFormation property {@code Limits}.
     */
    public LimitsPerLabelSet limits(Value<LimitsPerLabelSetEntry> value) {
      return set("Limits", value);
    }
  }

  /**
   * This structure contains the limits that apply to time series that match one label set.
   *
   * <p>Property type {@code AWS::APS::Workspace.LimitsPerLabelSetEntry}.
   */
  public static final class LimitsPerLabelSetEntry extends Struct<LimitsPerLabelSetEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.LimitsPerLabelSetEntry")
        .constrain("MaxSeries", Constraint.of().minimum(0))
        .build();

    public LimitsPerLabelSetEntry() {
      super(SCHEMA);
    }

    /**
     * The maximum number of active series that can be ingested that match this label set.
     *
     * <p>Setting this to 0 causes no label set limit to be enforced, but it does cause Amazon
     * Managed Service for Prometheus to vend label set metrics to CloudWatch
     *
     * <p>Range: at least 0. CloudFormation property {@code MaxSeries}.
     */
    public LimitsPerLabelSetEntry maxSeries(int value) {
      return set("MaxSeries", Value.of(value));
    }

    /** Sets {@code MaxSeries} to this value; see {@link #maxSeries(int)}. */
    public LimitsPerLabelSetEntry maxSeries(Value<Integer> value) {
      return set("MaxSeries", value);
    }
  }

  /**
   * Contains information about the rules and alerting logging configuration for the workspace.
   *
   * <p>These logging configurations are only for rules and alerting logs.
   *
   * <p>Property type {@code AWS::APS::Workspace.LoggingConfiguration}.
   */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.LoggingConfiguration")
        .constrain("LogGroupArn", Constraint.of().minLength(0).maxLength(512))
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch log group to which the vended log data will be published. This log
     * group must exist prior to calling this operation.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code LogGroupArn}.
     */
    public LoggingConfiguration logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public LoggingConfiguration logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * The logging destination in an Amazon Managed Service for Prometheus workspace.
   *
   * <p>Property type {@code AWS::APS::Workspace.LoggingDestination}.
   */
  public static final class LoggingDestination extends Struct<LoggingDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.LoggingDestination")
        .required("CloudWatchLogs", "Filters")
        .build();

    public LoggingDestination() {
      super(SCHEMA);
    }

    /**
     * Configuration details for logging to CloudWatch Logs.
     *
     * <p>Required. CloudFormation property {@code CloudWatchLogs}.
     */
    public LoggingDestination cloudWatchLogs(Value<CloudWatchLogDestination> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Filtering criteria that determine which queries are logged.
     *
     * <p>Required. CloudFormation property {@code Filters}.
     */
    public LoggingDestination filters(Value<LoggingFilter> value) {
      return set("Filters", value);
    }
  }

  /**
   * Filtering criteria that determine which queries are logged.
   *
   * <p>Property type {@code AWS::APS::Workspace.LoggingFilter}.
   */
  public static final class LoggingFilter extends Struct<LoggingFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.LoggingFilter")
        .required("QspThreshold")
        .constrain("QspThreshold", Constraint.of().minimum(0))
        .build();

    public LoggingFilter() {
      super(SCHEMA);
    }

    /**
     * The Query Samples Processed (QSP) threshold above which queries will be logged. Queries
     * processing more samples than this threshold will be captured in logs.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code QspThreshold}.
     */
    public LoggingFilter qspThreshold(int value) {
      return set("QspThreshold", Value.of(value));
    }

    /** Sets {@code QspThreshold} to this value; see {@link #qspThreshold(int)}. */
    public LoggingFilter qspThreshold(Value<Integer> value) {
      return set("QspThreshold", value);
    }
  }

  /**
   * The query logging configuration in an Amazon Managed Service for Prometheus workspace.
   *
   * <p>Property type {@code AWS::APS::Workspace.QueryLoggingConfiguration}.
   */
  public static final class QueryLoggingConfiguration extends Struct<QueryLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.QueryLoggingConfiguration")
        .required("Destinations")
        .build();

    public QueryLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines a destination and its associated filtering criteria for query logging.
     *
     * <p>Required. CloudFormation property {@code Destinations}.
     */
    public QueryLoggingConfiguration destinations(List<LoggingDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public QueryLoggingConfiguration destinations(Value<List<LoggingDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public QueryLoggingConfiguration destinations(LoggingDestination... values) {
      return set("Destinations", Value.list(values));
    }
  }

  /**
   * Use this structure to define label sets and the ingestion limits for time series that match
   * label sets, and to specify the retention period of the workspace.
   *
   * <p>Property type {@code AWS::APS::Workspace.WorkspaceConfiguration}.
   */
  public static final class WorkspaceConfiguration extends Struct<WorkspaceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Workspace.WorkspaceConfiguration")
        .constrain("OutOfOrderTimeWindowInSeconds", Constraint.of().minimum(0))
        .constrain("RetentionPeriodInDays", Constraint.of().minimum(1))
        .constrain("RuleQueryOffsetInSeconds", Constraint.of().minimum(0))
        .build();

    public WorkspaceConfiguration() {
      super(SCHEMA);
    }

    /**
     * This is an array of structures, where each structure defines a label set for the workspace,
     * and defines the ingestion limit for active time series for each of those label sets. Each
     * label name in a label set must be unique.
     *
     * <p>CloudFormation property {@code LimitsPerLabelSets}.
     */
    public WorkspaceConfiguration limitsPerLabelSets(List<LimitsPerLabelSet> value) {
      return set("LimitsPerLabelSets", Value.listOf(value));
    }

    /** Sets {@code LimitsPerLabelSets} to this value; see {@link #limitsPerLabelSets(List)}. */
    public WorkspaceConfiguration limitsPerLabelSets(Value<List<LimitsPerLabelSet>> value) {
      return set("LimitsPerLabelSets", value);
    }

    /**
     * Sets {@code LimitsPerLabelSets} to a list of these; see {@link #limitsPerLabelSets(List)}.
     */
    public WorkspaceConfiguration limitsPerLabelSets(LimitsPerLabelSet... values) {
      return set("LimitsPerLabelSets", Value.list(values));
    }

    /**
     * The time window in seconds for accepting out-of-order samples
     *
     * <p>Range: at least 0. CloudFormation property {@code OutOfOrderTimeWindowInSeconds}.
     */
    public WorkspaceConfiguration outOfOrderTimeWindowInSeconds(int value) {
      return set("OutOfOrderTimeWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code OutOfOrderTimeWindowInSeconds} to this value; see {@link
     * #outOfOrderTimeWindowInSeconds(int)}.
     */
    public WorkspaceConfiguration outOfOrderTimeWindowInSeconds(Value<Integer> value) {
      return set("OutOfOrderTimeWindowInSeconds", value);
    }

    /**
     * Specifies how many days that metrics will be retained in the workspace.
     *
     * <p>Range: at least 1. CloudFormation property {@code RetentionPeriodInDays}.
     */
    public WorkspaceConfiguration retentionPeriodInDays(int value) {
      return set("RetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code RetentionPeriodInDays} to this value; see {@link #retentionPeriodInDays(int)}.
     */
    public WorkspaceConfiguration retentionPeriodInDays(Value<Integer> value) {
      return set("RetentionPeriodInDays", value);
    }

    /**
     * Duration in seconds to offset rule evaluation queries into the past
     *
     * <p>Range: at least 0. CloudFormation property {@code RuleQueryOffsetInSeconds}.
     */
    public WorkspaceConfiguration ruleQueryOffsetInSeconds(int value) {
      return set("RuleQueryOffsetInSeconds", Value.of(value));
    }

    /**
     * Sets {@code RuleQueryOffsetInSeconds} to this value; see {@link
     * #ruleQueryOffsetInSeconds(int)}.
     */
    public WorkspaceConfiguration ruleQueryOffsetInSeconds(Value<Integer> value) {
      return set("RuleQueryOffsetInSeconds", value);
    }
  }
}
