// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleetwise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a mechanism for vehicle owners to track the state of their vehicles. State templates
 * determine which signal updates the vehicle sends to the cloud.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/state-templates.html">State
 * templates</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
 * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::StateTemplate}.
 */
public final class StateTemplate extends Resource<StateTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::StateTemplate")
      .required("Name", "SignalCatalogArn", "StateTemplateProperties")
      .constrain("DataExtraDimensions", Constraint.of().pattern("^[a-zA-Z0-9_.]+$").minLength(1).maxLength(150))
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("MetadataExtraDimensions", Constraint.of().pattern("^[a-zA-Z0-9_.]+$").minLength(1).maxLength(150))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .constrain("StateTemplateProperties", Constraint.of().pattern("^[a-zA-Z0-9_.]+$").minLength(1).maxLength(150))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "Id", "LastModificationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StateTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of vehicle attributes associated with the payload published on the state template's MQTT
   * topic.
   *
   * <p>Length: 1 to 150 characters. Pattern: {@code ^[a-zA-Z0-9_.]+$}. CloudFormation property
   * {@code DataExtraDimensions}.
   */
  public StateTemplate dataExtraDimensions(List<String> value) {
    return set("DataExtraDimensions", Value.listOf(value));
  }

  /** Sets {@code DataExtraDimensions} to this value; see {@link #dataExtraDimensions(List)}. */
  public StateTemplate dataExtraDimensions(Value<List<String>> value) {
    return set("DataExtraDimensions", value);
  }

  /**
   * A brief description of the state template.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public StateTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StateTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of vehicle attributes to associate with the user properties of the messages published on
   * the state template's MQTT topic. For example, if you add <code>Vehicle.Attributes.Make</code>
   * and <code>Vehicle.Attributes.Model</code> attributes, these attributes are included as user
   * properties with the MQTT message.
   *
   * <p>Length: 1 to 150 characters. Pattern: {@code ^[a-zA-Z0-9_.]+$}. CloudFormation property
   * {@code MetadataExtraDimensions}.
   */
  public StateTemplate metadataExtraDimensions(List<String> value) {
    return set("MetadataExtraDimensions", Value.listOf(value));
  }

  /**
   * Sets {@code MetadataExtraDimensions} to this value; see {@link #metadataExtraDimensions(List)}.
   */
  public StateTemplate metadataExtraDimensions(Value<List<String>> value) {
    return set("MetadataExtraDimensions", value);
  }

  /**
   * The unique alias of the state template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public StateTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StateTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the signal catalog associated with the state template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SignalCatalogArn}.
   */
  public StateTemplate signalCatalogArn(String value) {
    return set("SignalCatalogArn", Value.of(value));
  }

  /** Sets {@code SignalCatalogArn} to this value; see {@link #signalCatalogArn(String)}. */
  public StateTemplate signalCatalogArn(Value<String> value) {
    return set("SignalCatalogArn", value);
  }

  /**
   * A list of signals from which data is collected. The state template properties contain the fully
   * qualified names of the signals.
   *
   * <p>Required. Length: 1 to 150 characters. Pattern: {@code ^[a-zA-Z0-9_.]+$}. CloudFormation
   * property {@code StateTemplateProperties}.
   */
  public StateTemplate stateTemplateProperties(List<String> value) {
    return set("StateTemplateProperties", Value.listOf(value));
  }

  /**
   * Sets {@code StateTemplateProperties} to this value; see {@link #stateTemplateProperties(List)}.
   */
  public StateTemplate stateTemplateProperties(Value<List<String>> value) {
    return set("StateTemplateProperties", value);
  }

  /**
   * Metadata that can be used to manage the state template.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StateTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StateTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StateTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the state template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the state template was created, in seconds since epoch (January 1, 1970 at midnight
   * UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The unique ID of the state template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time the state template was last updated, in seconds since epoch (January 1, 1970 at
   * midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }
}
