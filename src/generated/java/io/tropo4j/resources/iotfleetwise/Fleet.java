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
 * Creates a fleet that represents a group of vehicles.
 *
 * <p>You must create both a signal catalog and vehicles before you can create a fleet.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleets.html">Fleets</a> in
 * the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Fleet")
      .required("Id", "SignalCatalogArn")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(100))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "LastModificationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A brief description of the fleet.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public Fleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Fleet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique ID of the fleet.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9:_-]+$}. CloudFormation property {@code Id}.
   */
  public Fleet id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public Fleet id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The ARN of the signal catalog associated with the fleet.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SignalCatalogArn}.
   */
  public Fleet signalCatalogArn(String value) {
    return set("SignalCatalogArn", Value.of(value));
  }

  /** Sets {@code SignalCatalogArn} to this value; see {@link #signalCatalogArn(String)}. */
  public Fleet signalCatalogArn(Value<String> value) {
    return set("SignalCatalogArn", value);
  }

  /**
   * Metadata that can be used to manage the fleet.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Fleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Fleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Fleet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the created fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the fleet was created in seconds since epoch (January 1, 1970 at midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time the fleet was last updated, in seconds since epoch (January 1, 1970 at midnight UTC
   * time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }
}
