// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleetwise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a collection of standardized signals that can be reused to create vehicle models.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/signal-catalogs.html">Signal
 * catalogs</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::SignalCatalog}.
 */
public final class SignalCatalog extends Resource<SignalCatalog> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::SignalCatalog")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "LastModificationTime", "NodeCounts.TotalActuators",
          "NodeCounts.TotalAttributes", "NodeCounts.TotalBranches", "NodeCounts.TotalNodes",
          "NodeCounts.TotalSensors")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SignalCatalog(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A brief description of the signal catalog.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public SignalCatalog description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SignalCatalog description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the signal catalog.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public SignalCatalog name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SignalCatalog name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Information about the number of nodes and node types in a vehicle network.
   *
   * <p>CloudFormation property {@code NodeCounts}.
   */
  public SignalCatalog nodeCounts(Value<NodeCounts> value) {
    return set("NodeCounts", value);
  }

  /**
   * A list of information about nodes, which are a general abstraction of signals.
   *
   * <p>CloudFormation property {@code Nodes}.
   */
  public SignalCatalog nodes(List<Node> value) {
    return set("Nodes", Value.listOf(value));
  }

  /** Sets {@code Nodes} to this value; see {@link #nodes(List)}. */
  public SignalCatalog nodes(Value<List<Node>> value) {
    return set("Nodes", value);
  }

  /** Sets {@code Nodes} to a list of these; see {@link #nodes(List)}. */
  public SignalCatalog nodes(Node... values) {
    return set("Nodes", Value.list(values));
  }

  /**
   * Metadata that can be used to manage the signal catalog.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SignalCatalog tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SignalCatalog tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SignalCatalog tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the signal catalog.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the signal catalog was created in seconds since epoch (January 1, 1970 at midnight UTC
   * time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time the signal catalog was last updated in seconds since epoch (January 1, 1970 at
   * midnight UTC time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }

  /**
   * The total number of nodes in a vehicle network that represent actuators.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCounts.TotalActuators}.
   */
  public Value<Double> nodeCountsTotalActuators() {
    return getAtt("NodeCounts.TotalActuators");
  }

  /**
   * The total number of nodes in a vehicle network that represent attributes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCounts.TotalAttributes}.
   */
  public Value<Double> nodeCountsTotalAttributes() {
    return getAtt("NodeCounts.TotalAttributes");
  }

  /**
   * The total number of nodes in a vehicle network that represent branches.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCounts.TotalBranches}.
   */
  public Value<Double> nodeCountsTotalBranches() {
    return getAtt("NodeCounts.TotalBranches");
  }

  /**
   * The total number of nodes in a vehicle network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCounts.TotalNodes}.
   */
  public Value<Double> nodeCountsTotalNodes() {
    return getAtt("NodeCounts.TotalNodes");
  }

  /**
   * The total number of nodes in a vehicle network that represent sensors.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCounts.TotalSensors}.
   */
  public Value<Double> nodeCountsTotalSensors() {
    return getAtt("NodeCounts.TotalSensors");
  }

  /**
   * A signal that represents a vehicle device such as the engine, heater, and door locks. Data from
   * an actuator reports the state of a certain vehicle device.
   *
   * <p>Updating actuator data can change the state of a device. For example, you can turn on or off
   * the heater by updating its actuator data.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.Actuator}.
   */
  public static final class Actuator extends Struct<Actuator> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::SignalCatalog.Actuator")
        .required("DataType", "FullyQualifiedName")
        .allowed("DataType", "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64",
            "UINT64", "BOOLEAN", "FLOAT", "DOUBLE", "STRING", "UNIX_TIMESTAMP", "INT8_ARRAY",
            "UINT8_ARRAY", "INT16_ARRAY", "UINT16_ARRAY", "INT32_ARRAY", "UINT32_ARRAY",
            "INT64_ARRAY", "UINT64_ARRAY", "BOOLEAN_ARRAY", "FLOAT_ARRAY", "DOUBLE_ARRAY",
            "STRING_ARRAY", "UNIX_TIMESTAMP_ARRAY", "UNKNOWN")
        .build();

    public Actuator() {
      super(SCHEMA);
    }

    /**
     * A list of possible values an actuator can take.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public Actuator allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public Actuator allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * A specified value for the actuator.
     *
     * <p>CloudFormation property {@code AssignedValue}.
     */
    public Actuator assignedValue(String value) {
      return set("AssignedValue", Value.of(value));
    }

    /** Sets {@code AssignedValue} to this value; see {@link #assignedValue(String)}. */
    public Actuator assignedValue(Value<String> value) {
      return set("AssignedValue", value);
    }

    /**
     * The specified data type of the actuator.
     *
     * <p>Required. Allowed values: {@code INT8}, {@code UINT8}, {@code INT16}, {@code UINT16},
     * {@code INT32}, {@code UINT32}, {@code INT64}, {@code UINT64}, {@code BOOLEAN}, {@code FLOAT},
     * {@code DOUBLE}, {@code STRING}, {@code UNIX_TIMESTAMP}, {@code INT8_ARRAY}, {@code
     * UINT8_ARRAY}, {@code INT16_ARRAY}, {@code UINT16_ARRAY}, {@code INT32_ARRAY}, {@code
     * UINT32_ARRAY}, {@code INT64_ARRAY}, {@code UINT64_ARRAY}, {@code BOOLEAN_ARRAY}, {@code
     * FLOAT_ARRAY}, {@code DOUBLE_ARRAY}, {@code STRING_ARRAY}, {@code UNIX_TIMESTAMP_ARRAY},
     * {@code UNKNOWN}. CloudFormation property {@code DataType}.
     */
    public Actuator dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public Actuator dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * A brief description of the actuator.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Actuator description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Actuator description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The fully qualified name of the actuator. For example, the fully qualified name of an
     * actuator might be <code>Vehicle.Front.Left.Door.Lock</code> .
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public Actuator fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public Actuator fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The specified possible maximum value of an actuator.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public Actuator max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public Actuator max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The specified possible minimum value of an actuator.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public Actuator min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public Actuator min(Value<Double> value) {
      return set("Min", value);
    }

    /**
     * The scientific unit for the actuator.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public Actuator unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Actuator unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * A signal that represents static information about the vehicle, such as engine type or
   * manufacturing date.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.Attribute}.
   */
  public static final class Attribute extends Struct<Attribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::SignalCatalog.Attribute")
        .required("DataType", "FullyQualifiedName")
        .allowed("DataType", "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64",
            "UINT64", "BOOLEAN", "FLOAT", "DOUBLE", "STRING", "UNIX_TIMESTAMP", "INT8_ARRAY",
            "UINT8_ARRAY", "INT16_ARRAY", "UINT16_ARRAY", "INT32_ARRAY", "UINT32_ARRAY",
            "INT64_ARRAY", "UINT64_ARRAY", "BOOLEAN_ARRAY", "FLOAT_ARRAY", "DOUBLE_ARRAY",
            "STRING_ARRAY", "UNIX_TIMESTAMP_ARRAY", "UNKNOWN")
        .build();

    public Attribute() {
      super(SCHEMA);
    }

    /**
     * A list of possible values an attribute can be assigned.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public Attribute allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public Attribute allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * A specified value for the attribute.
     *
     * <p>CloudFormation property {@code AssignedValue}.
     */
    public Attribute assignedValue(String value) {
      return set("AssignedValue", Value.of(value));
    }

    /** Sets {@code AssignedValue} to this value; see {@link #assignedValue(String)}. */
    public Attribute assignedValue(Value<String> value) {
      return set("AssignedValue", value);
    }

    /**
     * The specified data type of the attribute.
     *
     * <p>Required. Allowed values: {@code INT8}, {@code UINT8}, {@code INT16}, {@code UINT16},
     * {@code INT32}, {@code UINT32}, {@code INT64}, {@code UINT64}, {@code BOOLEAN}, {@code FLOAT},
     * {@code DOUBLE}, {@code STRING}, {@code UNIX_TIMESTAMP}, {@code INT8_ARRAY}, {@code
     * UINT8_ARRAY}, {@code INT16_ARRAY}, {@code UINT16_ARRAY}, {@code INT32_ARRAY}, {@code
     * UINT32_ARRAY}, {@code INT64_ARRAY}, {@code UINT64_ARRAY}, {@code BOOLEAN_ARRAY}, {@code
     * FLOAT_ARRAY}, {@code DOUBLE_ARRAY}, {@code STRING_ARRAY}, {@code UNIX_TIMESTAMP_ARRAY},
     * {@code UNKNOWN}. CloudFormation property {@code DataType}.
     */
    public Attribute dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public Attribute dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * The default value of the attribute.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public Attribute defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public Attribute defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * A brief description of the attribute.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Attribute description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Attribute description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The fully qualified name of the attribute. For example, the fully qualified name of an
     * attribute might be <code>Vehicle.Body.Engine.Type</code> .
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public Attribute fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public Attribute fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The specified possible maximum value of the attribute.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public Attribute max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public Attribute max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The specified possible minimum value of the attribute.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public Attribute min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public Attribute min(Value<Double> value) {
      return set("Min", value);
    }

    /**
     * The scientific unit for the attribute.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public Attribute unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Attribute unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * A group of signals that are defined in a hierarchical structure.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.Branch}.
   */
  public static final class Branch extends Struct<Branch> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::SignalCatalog.Branch")
        .required("FullyQualifiedName")
        .build();

    public Branch() {
      super(SCHEMA);
    }

    /**
     * A brief description of the branch.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Branch description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Branch description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The fully qualified name of the branch. For example, the fully qualified name of a branch
     * might be <code>Vehicle.Body.Engine</code> .
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public Branch fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public Branch fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }
  }

  /**
   * A general abstraction of a signal. A node can be specified as an actuator, attribute, branch,
   * or sensor.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.Node}.
   */
  public static final class Node extends Struct<Node> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::SignalCatalog.Node");

    public Node() {
      super(SCHEMA);
    }

    /**
     * Information about a node specified as an actuator.
     *
     * <p>An actuator is a digital representation of a vehicle device.
     *
     * <p>CloudFormation property {@code Actuator}.
     */
    public Node actuator(Value<Actuator> value) {
      return set("Actuator", value);
    }

    /**
     * Information about a node specified as an attribute.
     *
     * <p>An attribute represents static information about a vehicle.
     *
     * <p>CloudFormation property {@code Attribute}.
     */
    public Node attribute(Value<Attribute> value) {
      return set("Attribute", value);
    }

    /**
     * Information about a node specified as a branch.
     *
     * <p>A group of signals that are defined in a hierarchical structure.
     *
     * <p>CloudFormation property {@code Branch}.
     */
    public Node branch(Value<Branch> value) {
      return set("Branch", value);
    }

    /**
     * An input component that reports the environmental condition of a vehicle.
     *
     * <p>You can collect data about fluid levels, temperatures, vibrations, or battery voltage from
     * sensors.
     *
     * <p>CloudFormation property {@code Sensor}.
     */
    public Node sensor(Value<Sensor> value) {
      return set("Sensor", value);
    }
  }

  /**
   * Information about the number of nodes and node types in a vehicle network.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.NodeCounts}.
   */
  public static final class NodeCounts extends Struct<NodeCounts> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::SignalCatalog.NodeCounts");

    public NodeCounts() {
      super(SCHEMA);
    }

    /**
     * The total number of nodes in a vehicle network that represent actuators.
     *
     * <p>CloudFormation property {@code TotalActuators}.
     */
    public NodeCounts totalActuators(double value) {
      return set("TotalActuators", Value.of(value));
    }

    /** Sets {@code TotalActuators} to this value; see {@link #totalActuators(double)}. */
    public NodeCounts totalActuators(Value<Double> value) {
      return set("TotalActuators", value);
    }

    /**
     * The total number of nodes in a vehicle network that represent attributes.
     *
     * <p>CloudFormation property {@code TotalAttributes}.
     */
    public NodeCounts totalAttributes(double value) {
      return set("TotalAttributes", Value.of(value));
    }

    /** Sets {@code TotalAttributes} to this value; see {@link #totalAttributes(double)}. */
    public NodeCounts totalAttributes(Value<Double> value) {
      return set("TotalAttributes", value);
    }

    /**
     * The total number of nodes in a vehicle network that represent branches.
     *
     * <p>CloudFormation property {@code TotalBranches}.
     */
    public NodeCounts totalBranches(double value) {
      return set("TotalBranches", Value.of(value));
    }

    /** Sets {@code TotalBranches} to this value; see {@link #totalBranches(double)}. */
    public NodeCounts totalBranches(Value<Double> value) {
      return set("TotalBranches", value);
    }

    /**
     * The total number of nodes in a vehicle network.
     *
     * <p>CloudFormation property {@code TotalNodes}.
     */
    public NodeCounts totalNodes(double value) {
      return set("TotalNodes", Value.of(value));
    }

    /** Sets {@code TotalNodes} to this value; see {@link #totalNodes(double)}. */
    public NodeCounts totalNodes(Value<Double> value) {
      return set("TotalNodes", value);
    }

    /**
     * The total number of nodes in a vehicle network that represent sensors.
     *
     * <p>CloudFormation property {@code TotalSensors}.
     */
    public NodeCounts totalSensors(double value) {
      return set("TotalSensors", Value.of(value));
    }

    /** Sets {@code TotalSensors} to this value; see {@link #totalSensors(double)}. */
    public NodeCounts totalSensors(Value<Double> value) {
      return set("TotalSensors", value);
    }
  }

  /**
   * An input component that reports the environmental condition of a vehicle.
   *
   * <p>You can collect data about fluid levels, temperatures, vibrations, or battery voltage from
   * sensors.
   *
   * <p>Property type {@code AWS::IoTFleetWise::SignalCatalog.Sensor}.
   */
  public static final class Sensor extends Struct<Sensor> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::SignalCatalog.Sensor")
        .required("DataType", "FullyQualifiedName")
        .allowed("DataType", "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64",
            "UINT64", "BOOLEAN", "FLOAT", "DOUBLE", "STRING", "UNIX_TIMESTAMP", "INT8_ARRAY",
            "UINT8_ARRAY", "INT16_ARRAY", "UINT16_ARRAY", "INT32_ARRAY", "UINT32_ARRAY",
            "INT64_ARRAY", "UINT64_ARRAY", "BOOLEAN_ARRAY", "FLOAT_ARRAY", "DOUBLE_ARRAY",
            "STRING_ARRAY", "UNIX_TIMESTAMP_ARRAY", "UNKNOWN")
        .build();

    public Sensor() {
      super(SCHEMA);
    }

    /**
     * A list of possible values a sensor can take.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public Sensor allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public Sensor allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * The specified data type of the sensor.
     *
     * <p>Required. Allowed values: {@code INT8}, {@code UINT8}, {@code INT16}, {@code UINT16},
     * {@code INT32}, {@code UINT32}, {@code INT64}, {@code UINT64}, {@code BOOLEAN}, {@code FLOAT},
     * {@code DOUBLE}, {@code STRING}, {@code UNIX_TIMESTAMP}, {@code INT8_ARRAY}, {@code
     * UINT8_ARRAY}, {@code INT16_ARRAY}, {@code UINT16_ARRAY}, {@code INT32_ARRAY}, {@code
     * UINT32_ARRAY}, {@code INT64_ARRAY}, {@code UINT64_ARRAY}, {@code BOOLEAN_ARRAY}, {@code
     * FLOAT_ARRAY}, {@code DOUBLE_ARRAY}, {@code STRING_ARRAY}, {@code UNIX_TIMESTAMP_ARRAY},
     * {@code UNKNOWN}. CloudFormation property {@code DataType}.
     */
    public Sensor dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public Sensor dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * A brief description of a sensor.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Sensor description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Sensor description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The fully qualified name of the sensor. For example, the fully qualified name of a sensor
     * might be <code>Vehicle.Body.Engine.Battery</code> .
     *
     * <p>Required. CloudFormation property {@code FullyQualifiedName}.
     */
    public Sensor fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public Sensor fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The specified possible maximum value of the sensor.
     *
     * <p>CloudFormation property {@code Max}.
     */
    public Sensor max(double value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(double)}. */
    public Sensor max(Value<Double> value) {
      return set("Max", value);
    }

    /**
     * The specified possible minimum value of the sensor.
     *
     * <p>CloudFormation property {@code Min}.
     */
    public Sensor min(double value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(double)}. */
    public Sensor min(Value<Double> value) {
      return set("Min", value);
    }

    /**
     * The scientific unit of measurement for data collected by the sensor.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public Sensor unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Sensor unit(Value<String> value) {
      return set("Unit", value);
    }
  }
}
