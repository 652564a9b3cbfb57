// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::MediaLive::SignalMap Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::SignalMap}.
 */
public final class SignalMap extends Resource<SignalMap> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::SignalMap")
      .required("DiscoveryEntryPointArn", "Name")
      .constrain("CloudWatchAlarmTemplateGroupIdentifiers", Constraint.of().pattern("^[^\\s]+$"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("DiscoveryEntryPointArn", Constraint.of().minLength(1).maxLength(2048))
      .constrain("EventBridgeRuleTemplateGroupIdentifiers", Constraint.of().pattern("^[^\\s]+$"))
      .constrain("Name", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(255))
      .refYields("Identifier")
      .attributes("Arn", "CloudWatchAlarmTemplateGroupIds", "CreatedAt", "ErrorMessage",
          "EventBridgeRuleTemplateGroupIds", "FailedMediaResourceMap", "Id", "Identifier",
          "LastDiscoveredAt", "LastSuccessfulMonitorDeployment", "MediaResourceMap", "ModifiedAt",
          "MonitorChangesPendingDeployment", "MonitorDeployment", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SignalMap(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A cloudwatch alarm template group's identifier. Can be either be its id or current name.
   *
   * <p>Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code
   * CloudWatchAlarmTemplateGroupIdentifiers}.
   */
  public SignalMap cloudWatchAlarmTemplateGroupIdentifiers(List<String> value) {
    return set("CloudWatchAlarmTemplateGroupIdentifiers", Value.listOf(value));
  }

  /**
   * Sets {@code CloudWatchAlarmTemplateGroupIdentifiers} to this value; see {@link
   * #cloudWatchAlarmTemplateGroupIdentifiers(List)}.
   */
  public SignalMap cloudWatchAlarmTemplateGroupIdentifiers(Value<List<String>> value) {
    return set("CloudWatchAlarmTemplateGroupIdentifiers", value);
  }

  /**
   * A resource's optional description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public SignalMap description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SignalMap description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A top-level supported Amazon Web Services resource ARN to discover a signal map from.
   *
   * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
   * DiscoveryEntryPointArn}.
   */
  public SignalMap discoveryEntryPointArn(String value) {
    return set("DiscoveryEntryPointArn", Value.of(value));
  }

  /**
   * Sets {@code DiscoveryEntryPointArn} to this value; see {@link #discoveryEntryPointArn(String)}.
   */
  public SignalMap discoveryEntryPointArn(Value<String> value) {
    return set("DiscoveryEntryPointArn", value);
  }

  /**
   * An eventbridge rule template group's identifier. Can be either be its id or current name.
   *
   * <p>Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code
   * EventBridgeRuleTemplateGroupIdentifiers}.
   */
  public SignalMap eventBridgeRuleTemplateGroupIdentifiers(List<String> value) {
    return set("EventBridgeRuleTemplateGroupIdentifiers", Value.listOf(value));
  }

  /**
   * Sets {@code EventBridgeRuleTemplateGroupIdentifiers} to this value; see {@link
   * #eventBridgeRuleTemplateGroupIdentifiers(List)}.
   */
  public SignalMap eventBridgeRuleTemplateGroupIdentifiers(Value<List<String>> value) {
    return set("EventBridgeRuleTemplateGroupIdentifiers", value);
  }

  /**
   * If true, will force a rediscovery of a signal map if an unchanged discoveryEntryPointArn is
   * provided.
   *
   * <p>Default: {@code false}. CloudFormation property {@code ForceRediscovery}.
   */
  public SignalMap forceRediscovery(boolean value) {
    return set("ForceRediscovery", Value.of(value));
  }

  /** Sets {@code ForceRediscovery} to this value; see {@link #forceRediscovery(boolean)}. */
  public SignalMap forceRediscovery(Value<Boolean> value) {
    return set("ForceRediscovery", value);
  }

  /**
   * A resource's name. Names must be unique within the scope of a resource type in a specific
   * region.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
   * property {@code Name}.
   */
  public SignalMap name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SignalMap name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Represents the tags associated with a resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public SignalMap tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SignalMap tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SignalMap tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A signal map's ARN (Amazon Resource Name)
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An alarm template group's id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudWatchAlarmTemplateGroupIds}.
   */
  public Value<List<String>> cloudWatchAlarmTemplateGroupIds() {
    return getAtt("CloudWatchAlarmTemplateGroupIds");
  }

  /**
   * The date and time of resource creation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Error message associated with a failed creation or failed update attempt of a signal map.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorMessage}.
   */
  public Value<String> errorMessage() {
    return getAtt("ErrorMessage");
  }

  /**
   * An eventbridge rule template group's id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventBridgeRuleTemplateGroupIds}.
   */
  public Value<List<String>> eventBridgeRuleTemplateGroupIds() {
    return getAtt("EventBridgeRuleTemplateGroupIds");
  }

  /**
   * A map representing an incomplete AWS media workflow as a graph.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailedMediaResourceMap}.
   */
  public Value<Map<String, MediaResource>> failedMediaResourceMap() {
    return getAtt("FailedMediaResourceMap");
  }

  /**
   * A signal map's id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code Identifier}. */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The date and time of latest discovery.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastDiscoveredAt}.
   */
  public Value<String> lastDiscoveredAt() {
    return getAtt("LastDiscoveredAt");
  }

  /**
   * Represents the latest successful monitor deployment of a signal map.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastSuccessfulMonitorDeployment}.
   */
  public Value<SuccessfulMonitorDeployment> lastSuccessfulMonitorDeployment() {
    return getAtt("LastSuccessfulMonitorDeployment");
  }

  /**
   * A map representing an AWS media workflow as a graph.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MediaResourceMap}.
   */
  public Value<Map<String, MediaResource>> mediaResourceMap() {
    return getAtt("MediaResourceMap");
  }

  /**
   * The date and time of latest resource modification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * If true, there are pending monitor changes for this signal map that can be deployed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorChangesPendingDeployment}.
   */
  public Value<Boolean> monitorChangesPendingDeployment() {
    return getAtt("MonitorChangesPendingDeployment");
  }

  /**
   * Represents the latest monitor deployment of a signal map.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorDeployment}.
   */
  public Value<MonitorDeployment> monitorDeployment() {
    return getAtt("MonitorDeployment");
  }

  /**
   * A signal map's current status, which is dependent on its lifecycle actions or associated jobs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * An Amazon Web Services resource used in media workflows.
   *
   * <p>Property type {@code AWS::MediaLive::SignalMap.MediaResource}.
   */
  public static final class MediaResource extends Struct<MediaResource> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::SignalMap.MediaResource");

    public MediaResource() {
      super(SCHEMA);
    }

    /**
     * A direct destination neighbor to an Amazon Web Services media resource.
     *
     * <p>CloudFormation property {@code Destinations}.
     */
    public MediaResource destinations(List<MediaResourceNeighbor> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public MediaResource destinations(Value<List<MediaResourceNeighbor>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public MediaResource destinations(MediaResourceNeighbor... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * The logical name of an Amazon Web Services media resource.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MediaResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MediaResource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A direct source neighbor to an Amazon Web Services media resource.
     *
     * <p>CloudFormation property {@code Sources}.
     */
    public MediaResource sources(List<MediaResourceNeighbor> value) {
      return set("Sources", Value.listOf(value));
    }

    /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
    public MediaResource sources(Value<List<MediaResourceNeighbor>> value) {
      return set("Sources", value);
    }

    /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
    public MediaResource sources(MediaResourceNeighbor... values) {
      return set("Sources", Value.list(values));
    }
  }

  /**
   * A direct source or destination neighbor to an Amazon Web Services media resource.
   *
   * <p>Property type {@code AWS::MediaLive::SignalMap.MediaResourceNeighbor}.
   */
  public static final class MediaResourceNeighbor extends Struct<MediaResourceNeighbor> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::SignalMap.MediaResourceNeighbor")
        .required("Arn")
        .build();

    public MediaResourceNeighbor() {
      super(SCHEMA);
    }

    /**
     * The ARN of a resource used in Amazon Web Services media workflows.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public MediaResourceNeighbor arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public MediaResourceNeighbor arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The logical name of an Amazon Web Services media resource.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MediaResourceNeighbor name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MediaResourceNeighbor name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Represents the latest monitor deployment of a signal map.
   *
   * <p>Property type {@code AWS::MediaLive::SignalMap.MonitorDeployment}.
   */
  public static final class MonitorDeployment extends Struct<MonitorDeployment> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::SignalMap.MonitorDeployment")
        .required("Status")
        .allowed("Status", "NOT_DEPLOYED", "DRY_RUN_DEPLOYMENT_COMPLETE",
            "DRY_RUN_DEPLOYMENT_FAILED", "DRY_RUN_DEPLOYMENT_IN_PROGRESS", "DEPLOYMENT_COMPLETE",
            "DEPLOYMENT_FAILED", "DEPLOYMENT_IN_PROGRESS", "DELETE_COMPLETE", "DELETE_FAILED",
            "DELETE_IN_PROGRESS")
        .build();

    public MonitorDeployment() {
      super(SCHEMA);
    }

    /**
     * URI associated with a signal map's monitor deployment.
     *
     * <p>CloudFormation property {@code DetailsUri}.
     */
    public MonitorDeployment detailsUri(String value) {
      return set("DetailsUri", Value.of(value));
    }

    /** Sets {@code DetailsUri} to this value; see {@link #detailsUri(String)}. */
    public MonitorDeployment detailsUri(Value<String> value) {
      return set("DetailsUri", value);
    }

    /**
     * Error message associated with a failed monitor deployment of a signal map.
     *
     * <p>CloudFormation property {@code ErrorMessage}.
     */
    public MonitorDeployment errorMessage(String value) {
      return set("ErrorMessage", Value.of(value));
    }

    /** Sets {@code ErrorMessage} to this value; see {@link #errorMessage(String)}. */
    public MonitorDeployment errorMessage(Value<String> value) {
      return set("ErrorMessage", value);
    }

    /**
     * The signal map monitor deployment status.
     *
     * <p>Required. Allowed values: {@code NOT_DEPLOYED}, {@code DRY_RUN_DEPLOYMENT_COMPLETE},
     * {@code DRY_RUN_DEPLOYMENT_FAILED}, {@code DRY_RUN_DEPLOYMENT_IN_PROGRESS}, {@code
     * DEPLOYMENT_COMPLETE}, {@code DEPLOYMENT_FAILED}, {@code DEPLOYMENT_IN_PROGRESS}, {@code
     * DELETE_COMPLETE}, {@code DELETE_FAILED}, {@code DELETE_IN_PROGRESS}. CloudFormation property
     * {@code Status}.
     */
    public MonitorDeployment status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public MonitorDeployment status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Represents the latest successful monitor deployment of a signal map.
   *
   * <p>Property type {@code AWS::MediaLive::SignalMap.SuccessfulMonitorDeployment}.
   */
  public static final class SuccessfulMonitorDeployment extends Struct<SuccessfulMonitorDeployment> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::SignalMap.SuccessfulMonitorDeployment")
        .required("DetailsUri", "Status")
        .allowed("Status", "NOT_DEPLOYED", "DRY_RUN_DEPLOYMENT_COMPLETE",
            "DRY_RUN_DEPLOYMENT_FAILED", "DRY_RUN_DEPLOYMENT_IN_PROGRESS", "DEPLOYMENT_COMPLETE",
            "DEPLOYMENT_FAILED", "DEPLOYMENT_IN_PROGRESS", "DELETE_COMPLETE", "DELETE_FAILED",
            "DELETE_IN_PROGRESS")
        .build();

    public SuccessfulMonitorDeployment() {
      super(SCHEMA);
    }

    /**
     * URI associated with a signal map's monitor deployment.
     *
     * <p>Required. CloudFormation property {@code DetailsUri}.
     */
    public SuccessfulMonitorDeployment detailsUri(String value) {
      return set("DetailsUri", Value.of(value));
    }

    /** Sets {@code DetailsUri} to this value; see {@link #detailsUri(String)}. */
    public SuccessfulMonitorDeployment detailsUri(Value<String> value) {
      return set("DetailsUri", value);
    }

    /**
     * A signal map's monitor deployment status.
     *
     * <p>Required. Allowed values: {@code NOT_DEPLOYED}, {@code DRY_RUN_DEPLOYMENT_COMPLETE},
     * {@code DRY_RUN_DEPLOYMENT_FAILED}, {@code DRY_RUN_DEPLOYMENT_IN_PROGRESS}, {@code
     * DEPLOYMENT_COMPLETE}, {@code DEPLOYMENT_FAILED}, {@code DEPLOYMENT_IN_PROGRESS}, {@code
     * DELETE_COMPLETE}, {@code DELETE_FAILED}, {@code DELETE_IN_PROGRESS}. CloudFormation property
     * {@code Status}.
     */
    public SuccessfulMonitorDeployment status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SuccessfulMonitorDeployment status(Value<String> value) {
      return set("Status", value);
    }
  }
}
