// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emrcontainers;

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
 * Represents an Amazon EMR on EKS job template. A job template stores the values of a StartJobRun
 * API request in a reusable template, so they can be used to start a job run or to enforce certain
 * values in a StartJobRun API request.
 *
 * <p>CloudFormation type {@code AWS::EMRContainers::JobTemplate}.
 */
public final class JobTemplate extends Resource<JobTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate")
      .required("JobTemplateData", "Name")
      .constrain("Name", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public JobTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The values of a StartJobRun API request used in job runs started using the job template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * JobTemplateData}.
   */
  public JobTemplate jobTemplateData(Value<JobTemplateData> value) {
    return set("JobTemplateData", value);
  }

  /**
   * The specified name of the job template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. CloudFormation property {@code Name}.
   */
  public JobTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public JobTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags that are associated with the job template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public JobTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public JobTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public JobTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the job template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the job template was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The user who created the job template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The ID of the job template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A configuration specification to be used when provisioning virtual clusters, which can include
   * configurations for applications and software bundled with Amazon EMR on EKS.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.Configuration")
        .required("Classification")
        .constrain("Classification", Constraint.of().pattern("\\S").minLength(1).maxLength(1024))
        .build();

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * The classification within a configuration.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Classification}.
     */
    public Configuration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public Configuration classification(Value<String> value) {
      return set("Classification", value);
    }

    /** CloudFormation property {@code Configurations}. */
    public Configuration configurations(List<Configuration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public Configuration configurations(Value<List<Configuration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public Configuration configurations(Configuration... values) {
      return set("Configurations", Value.list(values));
    }

    /**
     * A set of properties specified within a configuration classification.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public Configuration propertiesProperty(Map<String, String> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public Configuration propertiesProperty(Value<Map<String, String>> value) {
      return set("Properties", value);
    }
  }

  /**
   * Specify the driver that the job runs on. Exactly one of the two available job drivers is
   * required, either SparkSqlJobDriver or SparkSubmitJobDriver.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.JobDriver}.
   */
  public static final class JobDriver extends Struct<JobDriver> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::JobTemplate.JobDriver");

    public JobDriver() {
      super(SCHEMA);
    }

    /**
     * The job driver for job type.
     *
     * <p>CloudFormation property {@code SparkSqlJobDriver}.
     */
    public JobDriver sparkSqlJobDriver(Value<SparkSqlJobDriver> value) {
      return set("SparkSqlJobDriver", value);
    }

    /**
     * The information about job driver for Spark submit.
     *
     * <p>CloudFormation property {@code SparkSubmitJobDriver}.
     */
    public JobDriver sparkSubmitJobDriver(Value<SparkSubmitJobDriver> value) {
      return set("SparkSubmitJobDriver", value);
    }
  }

  /**
   * The values of a StartJobRun API request used in job runs started using the job template.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.JobTemplateData}.
   */
  public static final class JobTemplateData extends Struct<JobTemplateData> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.JobTemplateData")
        .required("ExecutionRoleArn", "JobDriver", "ReleaseLabel")
        .constrain("ExecutionRoleArn", Constraint.of().pattern("^(^arn:(aws[a-zA-Z0-9-]*):iam::(\\d{12})?:(role((\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F))[\\w+=,.@-]+)$)|([\\.\\-_\\#A-Za-z0-9\\$\\{\\}]+)$").minLength(4).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("ReleaseLabel", Constraint.of().pattern("^([\\.\\-_/A-Za-z0-9]+|\\$\\{[a-zA-Z]\\w*\\})$").minLength(1).maxLength(64))
        .build();

    public JobTemplateData() {
      super(SCHEMA);
    }

    /**
     * A configuration specification to be used to override existing configurations. This data type
     * allows job template parameters to be specified within.
     *
     * <p>CloudFormation property {@code ConfigurationOverrides}.
     */
    public JobTemplateData configurationOverrides(Value<ParametricConfigurationOverrides> value) {
      return set("ConfigurationOverrides", value);
    }

    /**
     * The execution role ARN of the job run, or a template parameter reference.
     *
     * <p>Required. Length: 4 to 2048 characters. Pattern: {@code
     * ^(^arn:(aws[a-zA-Z0-9-]*):iam::(&#92;d{12})?:(role((&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F))[&#92;w+=,.&#64;-]+)$)|([&#92;.&#92;-_&#92;#A-Za-z0-9&#92;$&#92;{&#92;}]+)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
     */
    public JobTemplateData executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public JobTemplateData executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * Specify the driver that the job runs on. Exactly one of the two available job drivers is
     * required, either SparkSqlJobDriver or SparkSubmitJobDriver.
     *
     * <p>Required. CloudFormation property {@code JobDriver}.
     */
    public JobTemplateData jobDriver(Value<JobDriver> value) {
      return set("JobDriver", value);
    }

    /**
     * The tags assigned to jobs started using the job template.
     *
     * <p>CloudFormation property {@code JobTags}.
     */
    public JobTemplateData jobTags(Map<String, String> value) {
      return set("JobTags", Value.mapOf(value));
    }

    /** Sets {@code JobTags} to this value; see {@link #jobTags(Map)}. */
    public JobTemplateData jobTags(Value<Map<String, String>> value) {
      return set("JobTags", value);
    }

    /**
     * The configuration of parameters existing in the job template.
     *
     * <p>CloudFormation property {@code ParameterConfiguration}.
     */
    public JobTemplateData parameterConfiguration(Map<String, TemplateParameterConfiguration> value) {
      return set("ParameterConfiguration", Value.mapOf(value));
    }

    /**
     * Sets {@code ParameterConfiguration} to this value; see {@link #parameterConfiguration(Map)}.
     */
    public JobTemplateData parameterConfiguration(Value<Map<String, TemplateParameterConfiguration>> value) {
      return set("ParameterConfiguration", value);
    }

    /**
     * The release version of Amazon EMR, or a template parameter reference.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code
     * ^([&#92;.&#92;-_/A-Za-z0-9]+|&#92;$&#92;{[a-zA-Z]&#92;w*&#92;})$}. CloudFormation property
     * {@code ReleaseLabel}.
     */
    public JobTemplateData releaseLabel(String value) {
      return set("ReleaseLabel", Value.of(value));
    }

    /** Sets {@code ReleaseLabel} to this value; see {@link #releaseLabel(String)}. */
    public JobTemplateData releaseLabel(Value<String> value) {
      return set("ReleaseLabel", value);
    }
  }

  /**
   * A configuration for CloudWatch monitoring. This data type allows job template parameters to be
   * specified within.
   *
   * <p>Property type {@code
   * AWS::EMRContainers::JobTemplate.ParametricCloudWatchMonitoringConfiguration}.
   */
  public static final class ParametricCloudWatchMonitoringConfiguration extends Struct<ParametricCloudWatchMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.ParametricCloudWatchMonitoringConfiguration")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9\\$\\{\\}]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogStreamNamePrefix", Constraint.of().pattern("\\S").minLength(1).maxLength(256))
        .build();

    public ParametricCloudWatchMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the log group for log publishing, or a template parameter reference.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;.&#92;-_/#A-Za-z0-9&#92;$&#92;{&#92;}]+$}. Format: {@code AWS::Logs::LogGroup.Name}.
     * CloudFormation property {@code LogGroupName}.
     */
    public ParametricCloudWatchMonitoringConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public ParametricCloudWatchMonitoringConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The specified name prefix for log streams.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * LogStreamNamePrefix}.
     */
    public ParametricCloudWatchMonitoringConfiguration logStreamNamePrefix(String value) {
      return set("LogStreamNamePrefix", Value.of(value));
    }

    /** Sets {@code LogStreamNamePrefix} to this value; see {@link #logStreamNamePrefix(String)}. */
    public ParametricCloudWatchMonitoringConfiguration logStreamNamePrefix(Value<String> value) {
      return set("LogStreamNamePrefix", value);
    }
  }

  /**
   * A configuration specification to be used to override existing configurations. This data type
   * allows job template parameters to be specified within.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.ParametricConfigurationOverrides}.
   */
  public static final class ParametricConfigurationOverrides extends Struct<ParametricConfigurationOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::JobTemplate.ParametricConfigurationOverrides");

    public ParametricConfigurationOverrides() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ApplicationConfiguration}. */
    public ParametricConfigurationOverrides applicationConfiguration(List<Configuration> value) {
      return set("ApplicationConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code ApplicationConfiguration} to this value; see {@link
     * #applicationConfiguration(List)}.
     */
    public ParametricConfigurationOverrides applicationConfiguration(Value<List<Configuration>> value) {
      return set("ApplicationConfiguration", value);
    }

    /**
     * Sets {@code ApplicationConfiguration} to a list of these; see {@link
     * #applicationConfiguration(List)}.
     */
    public ParametricConfigurationOverrides applicationConfiguration(Configuration... values) {
      return set("ApplicationConfiguration", Value.list(values));
    }

    /**
     * Configuration setting for monitoring. This data type allows job template parameters to be
     * specified within.
     *
     * <p>CloudFormation property {@code MonitoringConfiguration}.
     */
    public ParametricConfigurationOverrides monitoringConfiguration(Value<ParametricMonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }
  }

  /**
   * Configuration setting for monitoring. This data type allows job template parameters to be
   * specified within.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.ParametricMonitoringConfiguration}.
   */
  public static final class ParametricMonitoringConfiguration extends Struct<ParametricMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.ParametricMonitoringConfiguration")
        .constrain("PersistentAppUI", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9\\$\\{\\}]+$").minLength(1).maxLength(512))
        .build();

    public ParametricMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * A configuration for CloudWatch monitoring. This data type allows job template parameters to
     * be specified within.
     *
     * <p>CloudFormation property {@code CloudWatchMonitoringConfiguration}.
     */
    public ParametricMonitoringConfiguration cloudWatchMonitoringConfiguration(Value<ParametricCloudWatchMonitoringConfiguration> value) {
      return set("CloudWatchMonitoringConfiguration", value);
    }

    /**
     * Monitoring configurations for the persistent application UI, or a template parameter
     * reference.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;.&#92;-_/#A-Za-z0-9&#92;$&#92;{&#92;}]+$}. CloudFormation property {@code
     * PersistentAppUI}.
     */
    public ParametricMonitoringConfiguration persistentAppUI(String value) {
      return set("PersistentAppUI", Value.of(value));
    }

    /** Sets {@code PersistentAppUI} to this value; see {@link #persistentAppUI(String)}. */
    public ParametricMonitoringConfiguration persistentAppUI(Value<String> value) {
      return set("PersistentAppUI", value);
    }

    /**
     * Amazon S3 configuration for monitoring log publishing. This data type allows job template
     * parameters to be specified within.
     *
     * <p>CloudFormation property {@code S3MonitoringConfiguration}.
     */
    public ParametricMonitoringConfiguration s3MonitoringConfiguration(Value<ParametricS3MonitoringConfiguration> value) {
      return set("S3MonitoringConfiguration", value);
    }
  }

  /**
   * Amazon S3 configuration for monitoring log publishing. This data type allows job template
   * parameters to be specified within.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.ParametricS3MonitoringConfiguration}.
   */
  public static final class ParametricS3MonitoringConfiguration extends Struct<ParametricS3MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.ParametricS3MonitoringConfiguration")
        .constrain("LogUri", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\r\\n\\t]*$").minLength(1).maxLength(10280))
        .build();

    public ParametricS3MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Amazon S3 destination URI for log publishing.
     *
     * <p>Length: 1 to 10280 characters. Pattern: {@code
     * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;r&#92;n&#92;t]*$}.
     * CloudFormation property {@code LogUri}.
     */
    public ParametricS3MonitoringConfiguration logUri(String value) {
      return set("LogUri", Value.of(value));
    }

    /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
    public ParametricS3MonitoringConfiguration logUri(Value<String> value) {
      return set("LogUri", value);
    }
  }

  /**
   * The job driver for job type.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.SparkSqlJobDriver}.
   */
  public static final class SparkSqlJobDriver extends Struct<SparkSqlJobDriver> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.SparkSqlJobDriver")
        .constrain("EntryPoint", Constraint.of().pattern("\\S").minLength(1).maxLength(256))
        .constrain("SparkSqlParameters", Constraint.of().pattern("\\S").minLength(1).maxLength(102400))
        .build();

    public SparkSqlJobDriver() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 256 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * EntryPoint}.
     */
    public SparkSqlJobDriver entryPoint(String value) {
      return set("EntryPoint", Value.of(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(String)}. */
    public SparkSqlJobDriver entryPoint(Value<String> value) {
      return set("EntryPoint", value);
    }

    /**
     * Length: 1 to 102400 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * SparkSqlParameters}.
     */
    public SparkSqlJobDriver sparkSqlParameters(String value) {
      return set("SparkSqlParameters", Value.of(value));
    }

    /** Sets {@code SparkSqlParameters} to this value; see {@link #sparkSqlParameters(String)}. */
    public SparkSqlJobDriver sparkSqlParameters(Value<String> value) {
      return set("SparkSqlParameters", value);
    }
  }

  /**
   * The information about job driver for Spark submit.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.SparkSubmitJobDriver}.
   */
  public static final class SparkSubmitJobDriver extends Struct<SparkSubmitJobDriver> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.SparkSubmitJobDriver")
        .required("EntryPoint")
        .constrain("EntryPoint", Constraint.of().pattern("\\S").minLength(1).maxLength(256))
        .constrain("EntryPointArguments", Constraint.of().pattern("\\S").minLength(1).maxLength(10280))
        .constrain("SparkSubmitParameters", Constraint.of().pattern("\\S").minLength(1).maxLength(102400))
        .build();

    public SparkSubmitJobDriver() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 256 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code EntryPoint}.
     */
    public SparkSubmitJobDriver entryPoint(String value) {
      return set("EntryPoint", Value.of(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(String)}. */
    public SparkSubmitJobDriver entryPoint(Value<String> value) {
      return set("EntryPoint", value);
    }

    /**
     * Length: 1 to 10280 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * EntryPointArguments}.
     */
    public SparkSubmitJobDriver entryPointArguments(List<String> value) {
      return set("EntryPointArguments", Value.listOf(value));
    }

    /** Sets {@code EntryPointArguments} to this value; see {@link #entryPointArguments(List)}. */
    public SparkSubmitJobDriver entryPointArguments(Value<List<String>> value) {
      return set("EntryPointArguments", value);
    }

    /**
     * Length: 1 to 102400 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * SparkSubmitParameters}.
     */
    public SparkSubmitJobDriver sparkSubmitParameters(String value) {
      return set("SparkSubmitParameters", Value.of(value));
    }

    /**
     * Sets {@code SparkSubmitParameters} to this value; see {@link #sparkSubmitParameters(String)}.
     */
    public SparkSubmitJobDriver sparkSubmitParameters(Value<String> value) {
      return set("SparkSubmitParameters", value);
    }
  }

  /**
   * The configuration of a job template parameter.
   *
   * <p>Property type {@code AWS::EMRContainers::JobTemplate.TemplateParameterConfiguration}.
   */
  public static final class TemplateParameterConfiguration extends Struct<TemplateParameterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::JobTemplate.TemplateParameterConfiguration")
        .allowed("Type", "NUMBER", "STRING")
        .build();

    public TemplateParameterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The default value for the job template parameter.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public TemplateParameterConfiguration defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public TemplateParameterConfiguration defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The type of the job template parameter.
     *
     * <p>Allowed values: {@code NUMBER}, {@code STRING}. CloudFormation property {@code Type}.
     */
    public TemplateParameterConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TemplateParameterConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }
}
