// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cloudwatch.CompositeAlarm;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;
import java.util.Map;

/**
 * Specifies an experiment template.
 *
 * <p>An experiment template includes the following components:
 *
 * <ul> <li><em>Targets</em> : A target can be a specific resource in your AWS environment, or one
 * or more resources that match criteria that you specify, for example, resources that have specific
 * tags. <li><em>Actions</em> : The actions to carry out on the target. You can specify multiple
 * actions, the duration of each action, and when to start each action during an experiment.
 * <li><em>Stop conditions</em> : If a stop condition is triggered while an experiment is running,
 * the experiment is automatically stopped. You can define a stop condition as a CloudWatch alarm.
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/fis/latest/userguide/experiment-templates.html">Experiment
 * templates</a> in the <em>AWS Fault Injection Service User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::FIS::ExperimentTemplate}.
 */
public final class ExperimentTemplate extends Resource<ExperimentTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate")
      .required("Description", "RoleArn", "StopConditions", "Targets")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]+$").minLength(0).maxLength(512))
      .constrain("RoleArn", Constraint.of().pattern("^[\\S]+$").minLength(20).maxLength(1224).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ExperimentTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The actions for the experiment.
   *
   * <p>CloudFormation property {@code Actions}.
   */
  public ExperimentTemplate actions(Map<String, ExperimentTemplateAction> value) {
    return set("Actions", Value.mapOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(Map)}. */
  public ExperimentTemplate actions(Value<Map<String, ExperimentTemplateAction>> value) {
    return set("Actions", value);
  }

  /**
   * The description for the experiment template.
   *
   * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^[&#92;s&#92;S]+$}. CloudFormation
   * property {@code Description}.
   */
  public ExperimentTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ExperimentTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The experiment options for an experiment template.
   *
   * <p>CloudFormation property {@code ExperimentOptions}.
   */
  public ExperimentTemplate experimentOptions(Value<ExperimentTemplateExperimentOptions> value) {
    return set("ExperimentOptions", value);
  }

  /**
   * Describes the report configuration for the experiment template.
   *
   * <p>CloudFormation property {@code ExperimentReportConfiguration}.
   */
  public ExperimentTemplate experimentReportConfiguration(Value<ExperimentTemplateExperimentReportConfiguration> value) {
    return set("ExperimentReportConfiguration", value);
  }

  /**
   * The configuration for experiment logging.
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public ExperimentTemplate logConfiguration(Value<ExperimentTemplateLogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role.
   *
   * <p>Required. Length: 20 to 1224 characters. Pattern: {@code ^[&#92;S]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public ExperimentTemplate roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public ExperimentTemplate roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public ExperimentTemplate roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The stop conditions for the experiment.
   *
   * <p>Required. CloudFormation property {@code StopConditions}.
   */
  public ExperimentTemplate stopConditions(List<ExperimentTemplateStopCondition> value) {
    return set("StopConditions", Value.listOf(value));
  }

  /** Sets {@code StopConditions} to this value; see {@link #stopConditions(List)}. */
  public ExperimentTemplate stopConditions(Value<List<ExperimentTemplateStopCondition>> value) {
    return set("StopConditions", value);
  }

  /** Sets {@code StopConditions} to a list of these; see {@link #stopConditions(List)}. */
  public ExperimentTemplate stopConditions(ExperimentTemplateStopCondition... values) {
    return set("StopConditions", Value.list(values));
  }

  /**
   * The tags for the experiment template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ExperimentTemplate tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ExperimentTemplate tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ExperimentTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The targets for the experiment.
   *
   * <p>Required. CloudFormation property {@code Targets}.
   */
  public ExperimentTemplate targets(Map<String, ExperimentTemplateTarget> value) {
    return set("Targets", Value.mapOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(Map)}. */
  public ExperimentTemplate targets(Value<Map<String, ExperimentTemplateTarget>> value) {
    return set("Targets", value);
  }

  /**
   * The ID of the experiment template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The CloudWatch dashboards to include as data sources in the experiment report.
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.CloudWatchDashboard}.
   */
  public static final class CloudWatchDashboard extends Struct<CloudWatchDashboard> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.CloudWatchDashboard")
        .required("DashboardIdentifier")
        .constrain("DashboardIdentifier", Constraint.of().pattern("^[\\S]+$").minLength(1).maxLength(512))
        .build();

    public CloudWatchDashboard() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch dashboard to include in the experiment
     * report.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation
     * property {@code DashboardIdentifier}.
     */
    public CloudWatchDashboard dashboardIdentifier(String value) {
      return set("DashboardIdentifier", Value.of(value));
    }

    /** Sets {@code DashboardIdentifier} to this value; see {@link #dashboardIdentifier(String)}. */
    public CloudWatchDashboard dashboardIdentifier(Value<String> value) {
      return set("DashboardIdentifier", value);
    }
  }

  /**
   * Specifies the configuration for experiment logging to CloudWatch Logs .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.CloudWatchLogsConfiguration}.
   */
  public static final class CloudWatchLogsConfiguration extends Struct<CloudWatchLogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.CloudWatchLogsConfiguration")
        .required("LogGroupArn")
        .constrain("LogGroupArn", Constraint.of().pattern("^[\\S]+$").minLength(20).maxLength(2048))
        .references("LogGroupArn", "AWS::Logs::LogGroup.Arn")
        .build();

    public CloudWatchLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the destination Amazon CloudWatch Logs log group.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation
     * property {@code LogGroupArn}.
     */
    public CloudWatchLogsConfiguration logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogsConfiguration logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }

    /**
     * Sets {@code LogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroupArn(String)}.
     */
    public CloudWatchLogsConfiguration logGroupArn(LogGroup resource) {
      return set("LogGroupArn", resource.arn());
    }
  }

  /**
   * Describes the data sources for the experiment report.
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.DataSources}.
   */
  public static final class DataSources extends Struct<DataSources> {
    private static final Schema SCHEMA = Schema.of("AWS::FIS::ExperimentTemplate.DataSources");

    public DataSources() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch dashboards to include as data sources in the experiment report.
     *
     * <p>CloudFormation property {@code CloudWatchDashboards}.
     */
    public DataSources cloudWatchDashboards(List<CloudWatchDashboard> value) {
      return set("CloudWatchDashboards", Value.listOf(value));
    }

    /** Sets {@code CloudWatchDashboards} to this value; see {@link #cloudWatchDashboards(List)}. */
    public DataSources cloudWatchDashboards(Value<List<CloudWatchDashboard>> value) {
      return set("CloudWatchDashboards", value);
    }

    /**
     * Sets {@code CloudWatchDashboards} to a list of these; see {@link
     * #cloudWatchDashboards(List)}.
     */
    public DataSources cloudWatchDashboards(CloudWatchDashboard... values) {
      return set("CloudWatchDashboards", Value.list(values));
    }
  }

  /**
   * The S3 destination for the experiment report.
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentReportS3Configuration}.
   */
  public static final class ExperimentReportS3Configuration extends Struct<ExperimentReportS3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentReportS3Configuration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("Prefix", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ExperimentReportS3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where the experiment report will be stored.
     *
     * <p>Required. Length: 3 to 63 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code BucketName}.
     */
    public ExperimentReportS3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public ExperimentReportS3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The prefix of the S3 bucket where the experiment report will be stored.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Prefix}.
     */
    public ExperimentReportS3Configuration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ExperimentReportS3Configuration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Specifies an action for an experiment template.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fis/latest/userguide/actions.html">Actions</a> in the <em>AWS
   * Fault Injection Service User Guide</em> .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateAction}.
   */
  public static final class ExperimentTemplateAction extends Struct<ExperimentTemplateAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateAction")
        .required("ActionId")
        .build();

    public ExperimentTemplateAction() {
      super(SCHEMA);
    }

    /**
     * The ID of the action.
     *
     * <p>Required. CloudFormation property {@code ActionId}.
     */
    public ExperimentTemplateAction actionId(String value) {
      return set("ActionId", Value.of(value));
    }

    /** Sets {@code ActionId} to this value; see {@link #actionId(String)}. */
    public ExperimentTemplateAction actionId(Value<String> value) {
      return set("ActionId", value);
    }

    /**
     * A description for the action.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ExperimentTemplateAction description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ExperimentTemplateAction description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The parameters for the action.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public ExperimentTemplateAction parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public ExperimentTemplateAction parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The name of the action that must be completed before the current action starts.
     *
     * <p>CloudFormation property {@code StartAfter}.
     */
    public ExperimentTemplateAction startAfter(List<String> value) {
      return set("StartAfter", Value.listOf(value));
    }

    /** Sets {@code StartAfter} to this value; see {@link #startAfter(List)}. */
    public ExperimentTemplateAction startAfter(Value<List<String>> value) {
      return set("StartAfter", value);
    }

    /**
     * The targets for the action.
     *
     * <p>CloudFormation property {@code Targets}.
     */
    public ExperimentTemplateAction targets(Map<String, String> value) {
      return set("Targets", Value.mapOf(value));
    }

    /** Sets {@code Targets} to this value; see {@link #targets(Map)}. */
    public ExperimentTemplateAction targets(Value<Map<String, String>> value) {
      return set("Targets", value);
    }
  }

  /**
   * Describes the experiment options for an experiment template.
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentOptions}.
   */
  public static final class ExperimentTemplateExperimentOptions extends Struct<ExperimentTemplateExperimentOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentOptions")
        .allowed("AccountTargeting", "multi-account", "single-account")
        .allowed("EmptyTargetResolutionMode", "fail", "skip")
        .build();

    public ExperimentTemplateExperimentOptions() {
      super(SCHEMA);
    }

    /**
     * The account targeting setting for an experiment template.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code multi-account}, {@code
     * single-account}. CloudFormation property {@code AccountTargeting}.
     */
    public ExperimentTemplateExperimentOptions accountTargeting(String value) {
      return set("AccountTargeting", Value.of(value));
    }

    /** Sets {@code AccountTargeting} to this value; see {@link #accountTargeting(String)}. */
    public ExperimentTemplateExperimentOptions accountTargeting(Value<String> value) {
      return set("AccountTargeting", value);
    }

    /**
     * The empty target resolution mode for an experiment template.
     *
     * <p>Allowed values: {@code fail}, {@code skip}. CloudFormation property {@code
     * EmptyTargetResolutionMode}.
     */
    public ExperimentTemplateExperimentOptions emptyTargetResolutionMode(String value) {
      return set("EmptyTargetResolutionMode", Value.of(value));
    }

    /**
     * Sets {@code EmptyTargetResolutionMode} to this value; see {@link
     * #emptyTargetResolutionMode(String)}.
     */
    public ExperimentTemplateExperimentOptions emptyTargetResolutionMode(Value<String> value) {
      return set("EmptyTargetResolutionMode", value);
    }
  }

  /**
   * Describes the report configuration for the experiment template.
   *
   * <p>Property type {@code
   * AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfiguration}.
   */
  public static final class ExperimentTemplateExperimentReportConfiguration extends Struct<ExperimentTemplateExperimentReportConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateExperimentReportConfiguration")
        .required("Outputs")
        .constrain("PostExperimentDuration", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(32))
        .constrain("PreExperimentDuration", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(32))
        .build();

    public ExperimentTemplateExperimentReportConfiguration() {
      super(SCHEMA);
    }

    /**
     * The data sources for the experiment report.
     *
     * <p>CloudFormation property {@code DataSources}.
     */
    public ExperimentTemplateExperimentReportConfiguration dataSources(Value<DataSources> value) {
      return set("DataSources", value);
    }

    /**
     * The output destinations of the experiment report.
     *
     * <p>Required. CloudFormation property {@code Outputs}.
     */
    public ExperimentTemplateExperimentReportConfiguration outputs(Value<Outputs> value) {
      return set("Outputs", value);
    }

    /**
     * The duration after the experiment end time for the data sources to include in the report.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation property {@code
     * PostExperimentDuration}.
     */
    public ExperimentTemplateExperimentReportConfiguration postExperimentDuration(String value) {
      return set("PostExperimentDuration", Value.of(value));
    }

    /**
     * Sets {@code PostExperimentDuration} to this value; see {@link
     * #postExperimentDuration(String)}.
     */
    public ExperimentTemplateExperimentReportConfiguration postExperimentDuration(Value<String> value) {
      return set("PostExperimentDuration", value);
    }

    /**
     * The duration before the experiment start time for the data sources to include in the report.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation property {@code
     * PreExperimentDuration}.
     */
    public ExperimentTemplateExperimentReportConfiguration preExperimentDuration(String value) {
      return set("PreExperimentDuration", Value.of(value));
    }

    /**
     * Sets {@code PreExperimentDuration} to this value; see {@link #preExperimentDuration(String)}.
     */
    public ExperimentTemplateExperimentReportConfiguration preExperimentDuration(Value<String> value) {
      return set("PreExperimentDuration", value);
    }
  }

  /**
   * Specifies the configuration for experiment logging.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fis/latest/userguide/monitoring-logging.html">Experiment
   * logging</a> in the <em>AWS Fault Injection Service User Guide</em> .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateLogConfiguration}.
   */
  public static final class ExperimentTemplateLogConfiguration extends Struct<ExperimentTemplateLogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateLogConfiguration")
        .required("LogSchemaVersion")
        .constrain("LogSchemaVersion", Constraint.of().minimum(1))
        .build();

    public ExperimentTemplateLogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for experiment logging to CloudWatch Logs .
     *
     * <p>CloudFormation property {@code CloudWatchLogsConfiguration}.
     */
    public ExperimentTemplateLogConfiguration cloudWatchLogsConfiguration(Value<CloudWatchLogsConfiguration> value) {
      return set("CloudWatchLogsConfiguration", value);
    }

    /**
     * The schema version.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code LogSchemaVersion}.
     */
    public ExperimentTemplateLogConfiguration logSchemaVersion(int value) {
      return set("LogSchemaVersion", Value.of(value));
    }

    /** Sets {@code LogSchemaVersion} to this value; see {@link #logSchemaVersion(int)}. */
    public ExperimentTemplateLogConfiguration logSchemaVersion(Value<Integer> value) {
      return set("LogSchemaVersion", value);
    }

    /**
     * The configuration for experiment logging to Amazon S3 .
     *
     * <p>CloudFormation property {@code S3Configuration}.
     */
    public ExperimentTemplateLogConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * Specifies a stop condition for an experiment template.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fis/latest/userguide/stop-conditions.html">Stop
   * conditions</a> in the <em>AWS Fault Injection Service User Guide</em> .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateStopCondition}.
   */
  public static final class ExperimentTemplateStopCondition extends Struct<ExperimentTemplateStopCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateStopCondition")
        .required("Source")
        .constrain("Source", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(64))
        .constrain("Value", Constraint.of().pattern("^[\\s\\S]+$").minLength(20).maxLength(2048))
        .references("Value", "AWS::CloudWatch::CompositeAlarm.Arn")
        .build();

    public ExperimentTemplateStopCondition() {
      super(SCHEMA);
    }

    /**
     * The source for the stop condition.
     *
     * <p>Required. Length: 0 to 64 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation
     * property {@code Source}.
     */
    public ExperimentTemplateStopCondition source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ExperimentTemplateStopCondition source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch alarm, if applicable.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^[&#92;s&#92;S]+$}. CloudFormation property
     * {@code Value}.
     */
    public ExperimentTemplateStopCondition value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ExperimentTemplateStopCondition value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * Sets {@code Value} to the Arn of {@code AWS::CloudWatch::CompositeAlarm}; see {@link
     * #value(String)}.
     */
    public ExperimentTemplateStopCondition value(CompositeAlarm resource) {
      return set("Value", resource.arn());
    }
  }

  /**
   * Specifies a target for an experiment. You must specify at least one Amazon Resource Name (ARN)
   * or at least one resource tag. You cannot specify both ARNs and tags.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fis/latest/userguide/targets.html">Targets</a> in the <em>AWS
   * Fault Injection Service User Guide</em> .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateTarget}.
   */
  public static final class ExperimentTemplateTarget extends Struct<ExperimentTemplateTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateTarget")
        .required("ResourceType", "SelectionMode")
        .build();

    public ExperimentTemplateTarget() {
      super(SCHEMA);
    }

    /**
     * The filters to apply to identify target resources using specific attributes.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public ExperimentTemplateTarget filters(List<ExperimentTemplateTargetFilter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public ExperimentTemplateTarget filters(Value<List<ExperimentTemplateTargetFilter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public ExperimentTemplateTarget filters(ExperimentTemplateTargetFilter... values) {
      return set("Filters", Value.list(values));
    }

    /**
     * The parameters for the resource type.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public ExperimentTemplateTarget parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public ExperimentTemplateTarget parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The Amazon Resource Names (ARNs) of the targets.
     *
     * <p>CloudFormation property {@code ResourceArns}.
     */
    public ExperimentTemplateTarget resourceArns(List<String> value) {
      return set("ResourceArns", Value.listOf(value));
    }

    /** Sets {@code ResourceArns} to this value; see {@link #resourceArns(List)}. */
    public ExperimentTemplateTarget resourceArns(Value<List<String>> value) {
      return set("ResourceArns", value);
    }

    /**
     * The tags for the target resources.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public ExperimentTemplateTarget resourceTags(Map<String, String> value) {
      return set("ResourceTags", Value.mapOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(Map)}. */
    public ExperimentTemplateTarget resourceTags(Value<Map<String, String>> value) {
      return set("ResourceTags", value);
    }

    /**
     * The resource type.
     *
     * <p>Required. CloudFormation property {@code ResourceType}.
     */
    public ExperimentTemplateTarget resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public ExperimentTemplateTarget resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * Scopes the identified resources to a specific count or percentage.
     *
     * <p>Required. CloudFormation property {@code SelectionMode}.
     */
    public ExperimentTemplateTarget selectionMode(String value) {
      return set("SelectionMode", Value.of(value));
    }

    /** Sets {@code SelectionMode} to this value; see {@link #selectionMode(String)}. */
    public ExperimentTemplateTarget selectionMode(Value<String> value) {
      return set("SelectionMode", value);
    }
  }

  /**
   * Specifies a filter used for the target resource input in an experiment template.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/fis/latest/userguide/targets.html#target-filters">Resource
   * filters</a> in the <em>AWS Fault Injection Service User Guide</em> .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.ExperimentTemplateTargetFilter}.
   */
  public static final class ExperimentTemplateTargetFilter extends Struct<ExperimentTemplateTargetFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.ExperimentTemplateTargetFilter")
        .required("Path", "Values")
        .build();

    public ExperimentTemplateTargetFilter() {
      super(SCHEMA);
    }

    /**
     * The attribute path for the filter.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public ExperimentTemplateTargetFilter path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ExperimentTemplateTargetFilter path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The attribute values for the filter.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public ExperimentTemplateTargetFilter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ExperimentTemplateTargetFilter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Describes the output destinations of the experiment report.
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.Outputs}.
   */
  public static final class Outputs extends Struct<Outputs> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.Outputs")
        .required("ExperimentReportS3Configuration")
        .build();

    public Outputs() {
      super(SCHEMA);
    }

    /**
     * The S3 destination for the experiment report.
     *
     * <p>Required. CloudFormation property {@code ExperimentReportS3Configuration}.
     */
    public Outputs experimentReportS3Configuration(Value<ExperimentReportS3Configuration> value) {
      return set("ExperimentReportS3Configuration", value);
    }
  }

  /**
   * Specifies the configuration for experiment logging to Amazon S3 .
   *
   * <p>Property type {@code AWS::FIS::ExperimentTemplate.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FIS::ExperimentTemplate.S3Configuration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("^[\\S]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("Prefix", Constraint.of().pattern("^[\\s\\S]+$").minLength(1).maxLength(700))
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The name of the destination bucket.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[&#92;S]+$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The bucket prefix.
     *
     * <p>Length: 1 to 700 characters. Pattern: {@code ^[&#92;s&#92;S]+$}. CloudFormation property
     * {@code Prefix}.
     */
    public S3Configuration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3Configuration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }
}
