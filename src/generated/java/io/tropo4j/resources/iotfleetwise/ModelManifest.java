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
 * Creates a vehicle model (model manifest) that specifies signals (attributes, branches, sensors,
 * and actuators).
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/vehicle-models.html">Vehicle
 * models</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::ModelManifest}.
 */
public final class ModelManifest extends Resource<ModelManifest> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::ModelManifest")
      .required("Name", "SignalCatalogArn")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .allowed("Status", "ACTIVE", "DRAFT")
      .refYields("Name")
      .attributes("Arn", "CreationTime", "LastModificationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ModelManifest(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A brief description of the vehicle model.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public ModelManifest description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ModelManifest description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the vehicle model.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public ModelManifest name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ModelManifest name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of nodes, which are a general abstraction of signals.
   *
   * <p>CloudFormation property {@code Nodes}.
   */
  public ModelManifest nodes(List<String> value) {
    return set("Nodes", Value.listOf(value));
  }

  /** Sets {@code Nodes} to this value; see {@link #nodes(List)}. */
  public ModelManifest nodes(Value<List<String>> value) {
    return set("Nodes", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the signal catalog associated with the vehicle model.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SignalCatalogArn}.
   */
  public ModelManifest signalCatalogArn(String value) {
    return set("SignalCatalogArn", Value.of(value));
  }

  /** Sets {@code SignalCatalogArn} to this value; see {@link #signalCatalogArn(String)}. */
  public ModelManifest signalCatalogArn(Value<String> value) {
    return set("SignalCatalogArn", value);
  }

  /**
   * The state of the vehicle model. If the status is <code>ACTIVE</code> , the vehicle model can't
   * be edited. If the status is <code>DRAFT</code> , you can edit the vehicle model.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code DRAFT}. Default: {@code "DRAFT"}. CloudFormation
   * property {@code Status}.
   */
  public ModelManifest status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public ModelManifest status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Metadata that can be used to manage the vehicle model.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ModelManifest tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ModelManifest tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ModelManifest tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the vehicle model.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the vehicle model was created, in seconds since epoch (January 1, 1970 at midnight UTC
   * time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time the vehicle model was last updated, in seconds since epoch (January 1, 1970 at
   * midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }
}
