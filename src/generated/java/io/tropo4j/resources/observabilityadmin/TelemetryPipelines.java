// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.observabilityadmin;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a telemetry pipeline for processing and transforming telemetry data. The pipeline defines
 * how data flows from sources through processors to destinations, enabling data transformation and
 * delivering capabilities.
 *
 * <p><b>Using CloudWatch as a pipeline source</b> The following is an example of a
 * <code>Body</code> property value for the <code>Configuration</code> object. { "Type":
 * "AWS::ObservabilityAdmin::TelemetryPipelines", "Properties": { "Configuration": { "Body":
 * "pipeline:&#92;n source:&#92;n cloudwatch_logs:&#92;n log_event_metadata:&#92;n data_source_name:
 * &#92;"my_data_source&#92;"&#92;n data_source_type: &#92;"default&#92;"&#92;n aws:&#92;n
 * sts_role_arn: &#92;"arn:aws:iam::123456789012:role/MyPipelineAccessRole&#92;"&#92;n
 * processor:&#92;n - parse_json: {}&#92;n sink:&#92;n - cloudwatch_logs:&#92;n log_group:
 * &#92;"&#64;original&#92;"" } } } Type: AWS::ObservabilityAdmin::TelemetryPipelines Properties:
 * Configuration: Body: | pipeline: source: cloudwatch_logs: log_event_metadata: data_source_name:
 * "my_data_source" data_source_type: "default" aws: sts_role_arn:
 * "arn:aws:iam::123456789012:role/MyPipelineAccessRole" processor: - parse_json: {} sink: -
 * cloudwatch_logs: log_group: "&#64;original" <b>Using Amazon S3 as a pipeline source</b> The
 * following is an example of a <code>Body</code> property value for the <code>Configuration</code>
 * object. { "Type": "AWS::ObservabilityAdmin::TelemetryPipelines", "Properties": { "Configuration":
 * { "Body": "pipeline:&#92;n source:&#92;n s3:&#92;n sqs:&#92;n visibility_timeout:
 * &#92;"PT60S&#92;"&#92;n visibility_duplication_protection: true&#92;n maximum_messages: 10&#92;n
 * queue_url: &#92;"https://sqs.us-east-1.amazonaws.com/123456789012/my-sqs-queue&#92;"&#92;n
 * notification_type: &#92;"sqs&#92;"&#92;n codec:&#92;n ndjson: {}&#92;n aws:&#92;n region:
 * &#92;"us-east-1&#92;"&#92;n sts_role_arn:
 * &#92;"arn:aws:iam::123456789012:role/MyAccessRole&#92;"&#92;n data_source_name:
 * &#92;"crowdstrike_falcon&#92;"&#92;n processor:&#92;n - ocsf:&#92;n version:
 * &#92;"1.5&#92;"&#92;n mapping_version: &#92;"1.5.0&#92;"&#92;n schema:&#92;n
 * crowdstrike_falcon:&#92;n sink:&#92;n - cloudwatch_logs:&#92;n log_group:
 * &#92;"my-log-group&#92;"" } } } Type: AWS::ObservabilityAdmin::TelemetryPipelines Properties:
 * Configuration: Body: | pipeline: source: s3: sqs: visibility_timeout: "PT60S"
 * visibility_duplication_protection: true maximum_messages: 10 queue_url:
 * "https://sqs.us-east-1.amazonaws.com/123456789012/my-sqs-queue" notification_type: "sqs" codec:
 * ndjson: {} aws: region: "us-east-1" sts_role_arn: "arn:aws:iam::123456789012:role/MyAccessRole"
 * data_source_name: "crowdstrike_falcon" processor: - ocsf: version: "1.5" mapping_version: "1.5.0"
 * schema: crowdstrike_falcon: sink: - cloudwatch_logs: log_group: "my-log-group"
 *
 * <p>CloudFormation type {@code AWS::ObservabilityAdmin::TelemetryPipelines}.
 */
public final class TelemetryPipelines extends Resource<TelemetryPipelines> {
  private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryPipelines")
      .required("Configuration")
      .constrain("Name", Constraint.of().pattern("[a-z][a-z0-9\\-]+").minLength(3).maxLength(28))
      .refYields("PipelineIdentifier")
      .attributes("Arn", "Pipeline", "PipelineIdentifier", "Status", "StatusReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TelemetryPipelines(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration that defines how the telemetry pipeline processes data, including sources,
   * processors, and destinations. For more information, see the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Creating-pipelines.html">Amazon
   * CloudWatch User Guide</a> .
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public TelemetryPipelines configuration(Value<TelemetryPipelineConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The name of the telemetry pipeline to create. The name must be unique within your account.
   *
   * <p>Changing it replaces the resource. Length: 3 to 28 characters. Pattern: {@code
   * [a-z][a-z0-9&#92;-]+}. CloudFormation property {@code Name}.
   */
  public TelemetryPipelines name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TelemetryPipelines name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The key-value pairs to associate with the telemetry pipeline resource for categorization and
   * management purposes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TelemetryPipelines tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TelemetryPipelines tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TelemetryPipelines tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the created telemetry pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Pipeline}. */
  public Value<TelemetryPipeline> pipeline() {
    return getAtt("Pipeline");
  }

  /**
   * The Amazon Resource Name (ARN) of the telemetry pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PipelineIdentifier}.
   */
  public Value<String> pipelineIdentifier() {
    return getAtt("PipelineIdentifier");
  }

  /**
   * The current status of the telemetry pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code StatusReason}. */
  public Value<TelemetryPipelineStatusReason> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * Represents a complete telemetry pipeline resource with configuration, status, and metadata for
   * data processing and transformation.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipeline}.
   */
  public static final class TelemetryPipeline extends Struct<TelemetryPipeline> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipeline")
        .allowed("Status", "CREATING", "ACTIVE", "UPDATING", "DELETING", "CREATE_FAILED",
            "UPDATE_FAILED")
        .build();

    public TelemetryPipeline() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the telemetry pipeline.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public TelemetryPipeline arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public TelemetryPipeline arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The configuration that defines how the telemetry pipeline processes data. For more
     * information, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Creating-pipelines.html">Amazon
     * CloudWatch User Guide</a> .
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public TelemetryPipeline configuration(Value<TelemetryPipelineConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * The timestamp when the telemetry pipeline was created.
     *
     * <p>CloudFormation property {@code CreatedTimeStamp}.
     */
    public TelemetryPipeline createdTimeStamp(double value) {
      return set("CreatedTimeStamp", Value.of(value));
    }

    /** Sets {@code CreatedTimeStamp} to this value; see {@link #createdTimeStamp(double)}. */
    public TelemetryPipeline createdTimeStamp(Value<Double> value) {
      return set("CreatedTimeStamp", value);
    }

    /**
     * The timestamp when the telemetry pipeline was last updated.
     *
     * <p>CloudFormation property {@code LastUpdateTimeStamp}.
     */
    public TelemetryPipeline lastUpdateTimeStamp(double value) {
      return set("LastUpdateTimeStamp", Value.of(value));
    }

    /** Sets {@code LastUpdateTimeStamp} to this value; see {@link #lastUpdateTimeStamp(double)}. */
    public TelemetryPipeline lastUpdateTimeStamp(Value<Double> value) {
      return set("LastUpdateTimeStamp", value);
    }

    /**
     * The name of the telemetry pipeline.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public TelemetryPipeline name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TelemetryPipeline name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The current status of the telemetry pipeline.
     *
     * <p>Allowed values: {@code CREATING}, {@code ACTIVE}, {@code UPDATING}, {@code DELETING},
     * {@code CREATE_FAILED}, {@code UPDATE_FAILED}. CloudFormation property {@code Status}.
     */
    public TelemetryPipeline status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public TelemetryPipeline status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * Additional information about the pipeline status, including reasons for failure states.
     *
     * <p>CloudFormation property {@code StatusReason}.
     */
    public TelemetryPipeline statusReason(Value<TelemetryPipelineStatusReason> value) {
      return set("StatusReason", value);
    }

    /**
     * The key-value pairs associated with the telemetry pipeline resource.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public TelemetryPipeline tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TelemetryPipeline tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Defines the configuration for a pipeline, including how data flows from sources through
   * processors to destinations. The configuration is specified in YAML format and must include a
   * valid pipeline definition with required source and sink components. This pipeline enables
   * end-to-end telemetry data collection, transformation, and delivery while supporting optional
   * processing steps and extensions for enhanced functionality.
   *
   * <p>The primary pipeline configuration section are:
   *
   * <ul> <li><em>Source:</em> Defines where log data originates from (S3 buckets, CloudWatch Logs,
   * third-party APIs). Each pipeline must have exactly one source. <li><em>Processors
   * (optional):</em> Transform, parse, and enrich log data as it flows through the pipeline.
   * Processors are applied sequentially in the order they are defined. <li><em>Sink:</em> Defines
   * the destination where processed log data is sent. Each pipeline must have exactly one sink.
   * <li><em>Extensions (optional):</em> Provide additional functionality such as AWS Secrets
   * Manager integration for credential management. </ul>
   *
   * <p>For more details on each configuration section see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-pipelines.html">CloudWatch
   * pipelines User Guide</a> . Additional comprehensive configuration examples can be found in the
   * <a
   * href="https://docs.aws.amazon.com/cloudwatch/latest/observabilityadmin/API_CreateTelemetryPipeline.html#API_CreateTelemetryPipeline_Examples">CreateTelemetryPipeline
   * API docs</a> .
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipelineConfiguration}.
   */
  public static final class TelemetryPipelineConfiguration extends Struct<TelemetryPipelineConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipelineConfiguration")
        .required("Body")
        .constrain("Body", Constraint.of().minLength(1).maxLength(24000))
        .build();

    public TelemetryPipelineConfiguration() {
      super(SCHEMA);
    }

    /**
     * The pipeline configuration body that defines the data processing rules and transformations.
     *
     * <p>Required. Length: 1 to 24000 characters. CloudFormation property {@code Body}.
     */
    public TelemetryPipelineConfiguration body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public TelemetryPipelineConfiguration body(Value<String> value) {
      return set("Body", value);
    }
  }

  /**
   * Provides detailed information about the status of a telemetry pipeline, including reasons for
   * specific states.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipelineStatusReason}.
   */
  public static final class TelemetryPipelineStatusReason extends Struct<TelemetryPipelineStatusReason> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipelineStatusReason");

    public TelemetryPipelineStatusReason() {
      super(SCHEMA);
    }

    /**
     * A description of the pipeline status reason, providing additional context about the current
     * state.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public TelemetryPipelineStatusReason description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TelemetryPipelineStatusReason description(Value<String> value) {
      return set("Description", value);
    }
  }
}
