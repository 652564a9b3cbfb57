// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleetwise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a vehicle, which is an instance of a vehicle model (model manifest). Vehicles created
 * from the same vehicle model consist of the same signals inherited from the vehicle model.
 *
 * <p>If you have an existing AWS IoT thing, you can use AWS IoT FleetWise to create a vehicle and
 * collect data from your thing.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/vehicles.html">Vehicles</a>
 * in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::Vehicle}.
 */
public final class Vehicle extends Resource<Vehicle> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Vehicle")
      .required("DecoderManifestArn", "ModelManifestArn", "Name")
      .allowed("AssociationBehavior", "CreateIotThing", "ValidateIotThingExists")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "LastModificationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Vehicle(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An option to create a new AWS IoT thing when creating a vehicle, or to validate an existing
   * thing as a vehicle.
   *
   * <p>Allowed values: {@code CreateIotThing}, {@code ValidateIotThingExists}. CloudFormation
   * property {@code AssociationBehavior}.
   */
  public Vehicle associationBehavior(String value) {
    return set("AssociationBehavior", Value.of(value));
  }

  /** Sets {@code AssociationBehavior} to this value; see {@link #associationBehavior(String)}. */
  public Vehicle associationBehavior(Value<String> value) {
    return set("AssociationBehavior", value);
  }

  /**
   * Static information about a vehicle in a key-value pair. For example: <code>"engine Type"</code>
   * : <code>"v6"</code>
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public Vehicle attributes(Map<String, String> value) {
    return set("Attributes", Value.mapOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
  public Vehicle attributes(Value<Map<String, String>> value) {
    return set("Attributes", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a decoder manifest associated with the vehicle to create.
   *
   * <p>Required. CloudFormation property {@code DecoderManifestArn}.
   */
  public Vehicle decoderManifestArn(String value) {
    return set("DecoderManifestArn", Value.of(value));
  }

  /** Sets {@code DecoderManifestArn} to this value; see {@link #decoderManifestArn(String)}. */
  public Vehicle decoderManifestArn(Value<String> value) {
    return set("DecoderManifestArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the vehicle model (model manifest) to create the vehicle
   * from.
   *
   * <p>Required. CloudFormation property {@code ModelManifestArn}.
   */
  public Vehicle modelManifestArn(String value) {
    return set("ModelManifestArn", Value.of(value));
  }

  /** Sets {@code ModelManifestArn} to this value; see {@link #modelManifestArn(String)}. */
  public Vehicle modelManifestArn(Value<String> value) {
    return set("ModelManifestArn", value);
  }

  /**
   * The unique ID of the vehicle.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public Vehicle name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Vehicle name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Associate state templates to track the state of the vehicle. State templates determine which
   * signal updates the vehicle sends to the cloud.
   *
   * <p>CloudFormation property {@code StateTemplates}.
   */
  public Vehicle stateTemplates(List<StateTemplateAssociation> value) {
    return set("StateTemplates", Value.listOf(value));
  }

  /** Sets {@code StateTemplates} to this value; see {@link #stateTemplates(List)}. */
  public Vehicle stateTemplates(Value<List<StateTemplateAssociation>> value) {
    return set("StateTemplates", value);
  }

  /** Sets {@code StateTemplates} to a list of these; see {@link #stateTemplates(List)}. */
  public Vehicle stateTemplates(StateTemplateAssociation... values) {
    return set("StateTemplates", Value.list(values));
  }

  /**
   * Metadata which can be used to manage the vehicle.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Vehicle tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Vehicle tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Vehicle tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the vehicle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the vehicle was created in seconds since epoch (January 1, 1970 at midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time the vehicle was last updated in seconds since epoch (January 1, 1970 at midnight UTC
   * time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }

  /**
   * Vehicles associated with the state template will stream telemetry data during a specified time
   * period.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Vehicle.PeriodicStateTemplateUpdateStrategy}.
   */
  public static final class PeriodicStateTemplateUpdateStrategy extends Struct<PeriodicStateTemplateUpdateStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Vehicle.PeriodicStateTemplateUpdateStrategy")
        .required("StateTemplateUpdateRate")
        .build();

    public PeriodicStateTemplateUpdateStrategy() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code StateTemplateUpdateRate}. */
    public PeriodicStateTemplateUpdateStrategy stateTemplateUpdateRate(Value<TimePeriod> value) {
      return set("StateTemplateUpdateRate", value);
    }
  }

  /**
   * The state template associated with a vehicle. State templates contain state properties, which
   * are signals that belong to a signal catalog that is synchronized between the AWS IoT FleetWise
   * Edge and the AWS Cloud .
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Vehicle.StateTemplateAssociation}.
   */
  public static final class StateTemplateAssociation extends Struct<StateTemplateAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Vehicle.StateTemplateAssociation")
        .required("Identifier", "StateTemplateUpdateStrategy")
        .constrain("Identifier", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
        .build();

    public StateTemplateAssociation() {
      super(SCHEMA);
    }

    /**
     * The unique ID of the state template.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z&#92;d&#92;-_:]+$}.
     * CloudFormation property {@code Identifier}.
     */
    public StateTemplateAssociation identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public StateTemplateAssociation identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /** Required. CloudFormation property {@code StateTemplateUpdateStrategy}. */
    public StateTemplateAssociation stateTemplateUpdateStrategy(Value<StateTemplateUpdateStrategy> value) {
      return set("StateTemplateUpdateStrategy", value);
    }
  }

  /**
   * The update strategy for the state template. Vehicles associated with the state template can
   * stream telemetry data with either an <code>onChange</code> or <code>periodic</code> update
   * strategy.
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Vehicle.StateTemplateUpdateStrategy}.
   */
  public static final class StateTemplateUpdateStrategy extends Struct<StateTemplateUpdateStrategy> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::Vehicle.StateTemplateUpdateStrategy");

    public StateTemplateUpdateStrategy() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code OnChange}. */
    public StateTemplateUpdateStrategy onChange(Value<Json> value) {
      return set("OnChange", value);
    }

    /** CloudFormation property {@code Periodic}. */
    public StateTemplateUpdateStrategy periodic(Value<PeriodicStateTemplateUpdateStrategy> value) {
      return set("Periodic", value);
    }
  }

  /**
   * The length of time between state template updates.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Vehicle.TimePeriod}.
   */
  public static final class TimePeriod extends Struct<TimePeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Vehicle.TimePeriod")
        .required("Unit", "Value")
        .allowed("Unit", "MILLISECOND", "SECOND", "MINUTE", "HOUR")
        .build();

    public TimePeriod() {
      super(SCHEMA);
    }

    /**
     * A unit of time.
     *
     * <p>Required. Allowed values: {@code MILLISECOND}, {@code SECOND}, {@code MINUTE}, {@code
     * HOUR}. CloudFormation property {@code Unit}.
     */
    public TimePeriod unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TimePeriod unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * A number of time units.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TimePeriod value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public TimePeriod value(Value<Double> value) {
      return set("Value", value);
    }
  }
}
