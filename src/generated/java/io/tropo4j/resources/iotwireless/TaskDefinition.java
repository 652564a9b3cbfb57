// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotwireless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a gateway task definition.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::TaskDefinition}.
 */
public final class TaskDefinition extends Resource<TaskDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::TaskDefinition")
      .required("AutoCreateTasks")
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .allowed("TaskDefinitionType", "UPDATE")
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TaskDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to automatically create tasks using this task definition for all gateways with the
   * specified current version. If <code>false</code> , the task must be created by calling
   * <code>CreateWirelessGatewayTask</code> .
   *
   * <p>Required. CloudFormation property {@code AutoCreateTasks}.
   */
  public TaskDefinition autoCreateTasks(boolean value) {
    return set("AutoCreateTasks", Value.of(value));
  }

  /** Sets {@code AutoCreateTasks} to this value; see {@link #autoCreateTasks(boolean)}. */
  public TaskDefinition autoCreateTasks(Value<Boolean> value) {
    return set("AutoCreateTasks", value);
  }

  /**
   * LoRaWANUpdateGatewayTaskEntry object.
   *
   * <p>CloudFormation property {@code LoRaWANUpdateGatewayTaskEntry}.
   */
  public TaskDefinition loRaWANUpdateGatewayTaskEntry(Value<LoRaWANUpdateGatewayTaskEntry> value) {
    return set("LoRaWANUpdateGatewayTaskEntry", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Name}.
   */
  public TaskDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TaskDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TaskDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TaskDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TaskDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A filter to list only the wireless gateway task definitions that use this task definition type.
   *
   * <p>Allowed values: {@code UPDATE}. CloudFormation property {@code TaskDefinitionType}.
   */
  public TaskDefinition taskDefinitionType(String value) {
    return set("TaskDefinitionType", Value.of(value));
  }

  /** Sets {@code TaskDefinitionType} to this value; see {@link #taskDefinitionType(String)}. */
  public TaskDefinition taskDefinitionType(Value<String> value) {
    return set("TaskDefinitionType", value);
  }

  /**
   * Information about the gateways to update.
   *
   * <p>CloudFormation property {@code Update}.
   */
  public TaskDefinition update(Value<UpdateWirelessGatewayTaskCreate> value) {
    return set("Update", value);
  }

  /**
   * The Amazon Resource Name of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the new wireless gateway task definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * LoRaWANGatewayVersion object.
   *
   * <p>Property type {@code AWS::IoTWireless::TaskDefinition.LoRaWANGatewayVersion}.
   */
  public static final class LoRaWANGatewayVersion extends Struct<LoRaWANGatewayVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::TaskDefinition.LoRaWANGatewayVersion")
        .constrain("Model", Constraint.of().minLength(1).maxLength(4096))
        .constrain("PackageVersion", Constraint.of().minLength(1).maxLength(32))
        .constrain("Station", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public LoRaWANGatewayVersion() {
      super(SCHEMA);
    }

    /**
     * The model number of the wireless gateway.
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code Model}.
     */
    public LoRaWANGatewayVersion model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public LoRaWANGatewayVersion model(Value<String> value) {
      return set("Model", value);
    }

    /**
     * The version of the wireless gateway firmware.
     *
     * <p>Length: 1 to 32 characters. CloudFormation property {@code PackageVersion}.
     */
    public LoRaWANGatewayVersion packageVersion(String value) {
      return set("PackageVersion", Value.of(value));
    }

    /** Sets {@code PackageVersion} to this value; see {@link #packageVersion(String)}. */
    public LoRaWANGatewayVersion packageVersion(Value<String> value) {
      return set("PackageVersion", value);
    }

    /**
     * The basic station version of the wireless gateway.
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code Station}.
     */
    public LoRaWANGatewayVersion station(String value) {
      return set("Station", Value.of(value));
    }

    /** Sets {@code Station} to this value; see {@link #station(String)}. */
    public LoRaWANGatewayVersion station(Value<String> value) {
      return set("Station", value);
    }
  }

  /**
   * The signature used to verify the update firmware.
   *
   * <p>Property type {@code AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskCreate}.
   */
  public static final class LoRaWANUpdateGatewayTaskCreate extends Struct<LoRaWANUpdateGatewayTaskCreate> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskCreate")
        .constrain("SigKeyCrc", Constraint.of().minimum(1).maximum(4294967295L).format("int64"))
        .constrain("UpdateSignature", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public LoRaWANUpdateGatewayTaskCreate() {
      super(SCHEMA);
    }

    /**
     * The version of the gateways that should receive the update.
     *
     * <p>CloudFormation property {@code CurrentVersion}.
     */
    public LoRaWANUpdateGatewayTaskCreate currentVersion(Value<LoRaWANGatewayVersion> value) {
      return set("CurrentVersion", value);
    }

    /**
     * The CRC of the signature private key to check.
     *
     * <p>Range: 1 to 4294967295L. Format: {@code int64}. CloudFormation property {@code SigKeyCrc}.
     */
    public LoRaWANUpdateGatewayTaskCreate sigKeyCrc(int value) {
      return set("SigKeyCrc", Value.of(value));
    }

    /** Sets {@code SigKeyCrc} to this value; see {@link #sigKeyCrc(int)}. */
    public LoRaWANUpdateGatewayTaskCreate sigKeyCrc(Value<Integer> value) {
      return set("SigKeyCrc", value);
    }

    /**
     * The signature used to verify the update firmware.
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code UpdateSignature}.
     */
    public LoRaWANUpdateGatewayTaskCreate updateSignature(String value) {
      return set("UpdateSignature", Value.of(value));
    }

    /** Sets {@code UpdateSignature} to this value; see {@link #updateSignature(String)}. */
    public LoRaWANUpdateGatewayTaskCreate updateSignature(Value<String> value) {
      return set("UpdateSignature", value);
    }

    /**
     * The firmware version to update the gateway to.
     *
     * <p>CloudFormation property {@code UpdateVersion}.
     */
    public LoRaWANUpdateGatewayTaskCreate updateVersion(Value<LoRaWANGatewayVersion> value) {
      return set("UpdateVersion", value);
    }
  }

  /**
   * LoRaWANUpdateGatewayTaskEntry object.
   *
   * <p>Property type {@code AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskEntry}.
   */
  public static final class LoRaWANUpdateGatewayTaskEntry extends Struct<LoRaWANUpdateGatewayTaskEntry> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskEntry");

    public LoRaWANUpdateGatewayTaskEntry() {
      super(SCHEMA);
    }

    /**
     * The version of the gateways that should receive the update.
     *
     * <p>CloudFormation property {@code CurrentVersion}.
     */
    public LoRaWANUpdateGatewayTaskEntry currentVersion(Value<LoRaWANGatewayVersion> value) {
      return set("CurrentVersion", value);
    }

    /**
     * The firmware version to update the gateway to.
     *
     * <p>CloudFormation property {@code UpdateVersion}.
     */
    public LoRaWANUpdateGatewayTaskEntry updateVersion(Value<LoRaWANGatewayVersion> value) {
      return set("UpdateVersion", value);
    }
  }

  /**
   * UpdateWirelessGatewayTaskCreate object.
   *
   * <p>Property type {@code AWS::IoTWireless::TaskDefinition.UpdateWirelessGatewayTaskCreate}.
   */
  public static final class UpdateWirelessGatewayTaskCreate extends Struct<UpdateWirelessGatewayTaskCreate> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::TaskDefinition.UpdateWirelessGatewayTaskCreate")
        .constrain("UpdateDataRole", Constraint.of().minLength(1).maxLength(2048))
        .constrain("UpdateDataSource", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public UpdateWirelessGatewayTaskCreate() {
      super(SCHEMA);
    }

    /**
     * The properties that relate to the LoRaWAN wireless gateway.
     *
     * <p>CloudFormation property {@code LoRaWAN}.
     */
    public UpdateWirelessGatewayTaskCreate loRaWAN(Value<LoRaWANUpdateGatewayTaskCreate> value) {
      return set("LoRaWAN", value);
    }

    /**
     * The IAM role used to read data from the S3 bucket.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code UpdateDataRole}.
     */
    public UpdateWirelessGatewayTaskCreate updateDataRole(String value) {
      return set("UpdateDataRole", Value.of(value));
    }

    /** Sets {@code UpdateDataRole} to this value; see {@link #updateDataRole(String)}. */
    public UpdateWirelessGatewayTaskCreate updateDataRole(Value<String> value) {
      return set("UpdateDataRole", value);
    }

    /**
     * The link to the S3 bucket.
     *
     * <p>Length: 1 to 4096 characters. CloudFormation property {@code UpdateDataSource}.
     */
    public UpdateWirelessGatewayTaskCreate updateDataSource(String value) {
      return set("UpdateDataSource", Value.of(value));
    }

    /** Sets {@code UpdateDataSource} to this value; see {@link #updateDataSource(String)}. */
    public UpdateWirelessGatewayTaskCreate updateDataSource(Value<String> value) {
      return set("UpdateDataSource", value);
    }
  }
}
