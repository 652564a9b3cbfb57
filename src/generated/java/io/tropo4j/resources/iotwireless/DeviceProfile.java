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
 * Creates a new device profile.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::DeviceProfile}.
 */
public final class DeviceProfile extends Resource<DeviceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::DeviceProfile")
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeviceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * LoRaWAN device profile object.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoRaWAN}.
   */
  public DeviceProfile loRaWAN(Value<LoRaWANDeviceProfile> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code Name}.
   */
  public DeviceProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeviceProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeviceProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeviceProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeviceProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the device profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the device profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * LoRaWAN device profile object.
   *
   * <p>Property type {@code AWS::IoTWireless::DeviceProfile.LoRaWANDeviceProfile}.
   */
  public static final class LoRaWANDeviceProfile extends Struct<LoRaWANDeviceProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::DeviceProfile.LoRaWANDeviceProfile")
        .constrain("ClassBTimeout", Constraint.of().minimum(0).maximum(1000))
        .constrain("ClassCTimeout", Constraint.of().minimum(0).maximum(1000))
        .constrain("FactoryPresetFreqsList", Constraint.of().minimum(1000000).maximum(16700000))
        .constrain("MacVersion", Constraint.of().minLength(0).maxLength(64))
        .constrain("MaxDutyCycle", Constraint.of().minimum(0).maximum(100))
        .constrain("MaxEirp", Constraint.of().minimum(0).maximum(15))
        .constrain("PingSlotDr", Constraint.of().minimum(0).maximum(15))
        .constrain("PingSlotFreq", Constraint.of().minimum(1000000).maximum(16700000))
        .constrain("PingSlotPeriod", Constraint.of().minimum(128).maximum(4096))
        .constrain("RegParamsRevision", Constraint.of().minLength(0).maxLength(64))
        .constrain("RfRegion", Constraint.of().minLength(0).maxLength(64))
        .constrain("RxDataRate2", Constraint.of().minimum(0).maximum(15))
        .constrain("RxDelay1", Constraint.of().minimum(0).maximum(15))
        .constrain("RxDrOffset1", Constraint.of().minimum(0).maximum(7))
        .constrain("RxFreq2", Constraint.of().minimum(1000000).maximum(16700000))
        .build();

    public LoRaWANDeviceProfile() {
      super(SCHEMA);
    }

    /**
     * The ClassBTimeout value.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code ClassBTimeout}.
     */
    public LoRaWANDeviceProfile classBTimeout(int value) {
      return set("ClassBTimeout", Value.of(value));
    }

    /** Sets {@code ClassBTimeout} to this value; see {@link #classBTimeout(int)}. */
    public LoRaWANDeviceProfile classBTimeout(Value<Integer> value) {
      return set("ClassBTimeout", value);
    }

    /**
     * The ClassCTimeout value.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code ClassCTimeout}.
     */
    public LoRaWANDeviceProfile classCTimeout(int value) {
      return set("ClassCTimeout", Value.of(value));
    }

    /** Sets {@code ClassCTimeout} to this value; see {@link #classCTimeout(int)}. */
    public LoRaWANDeviceProfile classCTimeout(Value<Integer> value) {
      return set("ClassCTimeout", value);
    }

    /**
     * The list of values that make up the FactoryPresetFreqs value. Valid range of values include a
     * minimum value of 1000000 and a maximum value of 16700000.
     *
     * <p>Range: 1000000 to 16700000. CloudFormation property {@code FactoryPresetFreqsList}.
     */
    public LoRaWANDeviceProfile factoryPresetFreqsList(List<Integer> value) {
      return set("FactoryPresetFreqsList", Value.listOf(value));
    }

    /**
     * Sets {@code FactoryPresetFreqsList} to this value; see {@link #factoryPresetFreqsList(List)}.
     */
    public LoRaWANDeviceProfile factoryPresetFreqsList(Value<List<Integer>> value) {
      return set("FactoryPresetFreqsList", value);
    }

    /**
     * The MAC version (such as OTAA 1.1 or OTAA 1.0.3) to use with this device profile.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code MacVersion}.
     */
    public LoRaWANDeviceProfile macVersion(String value) {
      return set("MacVersion", Value.of(value));
    }

    /** Sets {@code MacVersion} to this value; see {@link #macVersion(String)}. */
    public LoRaWANDeviceProfile macVersion(Value<String> value) {
      return set("MacVersion", value);
    }

    /**
     * The MaxDutyCycle value.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxDutyCycle}.
     */
    public LoRaWANDeviceProfile maxDutyCycle(int value) {
      return set("MaxDutyCycle", Value.of(value));
    }

    /** Sets {@code MaxDutyCycle} to this value; see {@link #maxDutyCycle(int)}. */
    public LoRaWANDeviceProfile maxDutyCycle(Value<Integer> value) {
      return set("MaxDutyCycle", value);
    }

    /**
     * The MaxEIRP value.
     *
     * <p>Range: 0 to 15. CloudFormation property {@code MaxEirp}.
     */
    public LoRaWANDeviceProfile maxEirp(int value) {
      return set("MaxEirp", Value.of(value));
    }

    /** Sets {@code MaxEirp} to this value; see {@link #maxEirp(int)}. */
    public LoRaWANDeviceProfile maxEirp(Value<Integer> value) {
      return set("MaxEirp", value);
    }

    /**
     * The PingSlotDR value.
     *
     * <p>Range: 0 to 15. CloudFormation property {@code PingSlotDr}.
     */
    public LoRaWANDeviceProfile pingSlotDr(int value) {
      return set("PingSlotDr", Value.of(value));
    }

    /** Sets {@code PingSlotDr} to this value; see {@link #pingSlotDr(int)}. */
    public LoRaWANDeviceProfile pingSlotDr(Value<Integer> value) {
      return set("PingSlotDr", value);
    }

    /**
     * The PingSlotFreq value.
     *
     * <p>Range: 1000000 to 16700000. CloudFormation property {@code PingSlotFreq}.
     */
    public LoRaWANDeviceProfile pingSlotFreq(int value) {
      return set("PingSlotFreq", Value.of(value));
    }

    /** Sets {@code PingSlotFreq} to this value; see {@link #pingSlotFreq(int)}. */
    public LoRaWANDeviceProfile pingSlotFreq(Value<Integer> value) {
      return set("PingSlotFreq", value);
    }

    /**
     * The PingSlotPeriod value.
     *
     * <p>Range: 128 to 4096. CloudFormation property {@code PingSlotPeriod}.
     */
    public LoRaWANDeviceProfile pingSlotPeriod(int value) {
      return set("PingSlotPeriod", Value.of(value));
    }

    /** Sets {@code PingSlotPeriod} to this value; see {@link #pingSlotPeriod(int)}. */
    public LoRaWANDeviceProfile pingSlotPeriod(Value<Integer> value) {
      return set("PingSlotPeriod", value);
    }

    /**
     * The version of regional parameters.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code RegParamsRevision}.
     */
    public LoRaWANDeviceProfile regParamsRevision(String value) {
      return set("RegParamsRevision", Value.of(value));
    }

    /** Sets {@code RegParamsRevision} to this value; see {@link #regParamsRevision(String)}. */
    public LoRaWANDeviceProfile regParamsRevision(Value<String> value) {
      return set("RegParamsRevision", value);
    }

    /**
     * The frequency band (RFRegion) value.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code RfRegion}.
     */
    public LoRaWANDeviceProfile rfRegion(String value) {
      return set("RfRegion", Value.of(value));
    }

    /** Sets {@code RfRegion} to this value; see {@link #rfRegion(String)}. */
    public LoRaWANDeviceProfile rfRegion(Value<String> value) {
      return set("RfRegion", value);
    }

    /**
     * The RXDataRate2 value.
     *
     * <p>Range: 0 to 15. CloudFormation property {@code RxDataRate2}.
     */
    public LoRaWANDeviceProfile rxDataRate2(int value) {
      return set("RxDataRate2", Value.of(value));
    }

    /** Sets {@code RxDataRate2} to this value; see {@link #rxDataRate2(int)}. */
    public LoRaWANDeviceProfile rxDataRate2(Value<Integer> value) {
      return set("RxDataRate2", value);
    }

    /**
     * The RXDelay1 value.
     *
     * <p>Range: 0 to 15. CloudFormation property {@code RxDelay1}.
     */
    public LoRaWANDeviceProfile rxDelay1(int value) {
      return set("RxDelay1", Value.of(value));
    }

    /** Sets {@code RxDelay1} to this value; see {@link #rxDelay1(int)}. */
    public LoRaWANDeviceProfile rxDelay1(Value<Integer> value) {
      return set("RxDelay1", value);
    }

    /**
     * The RXDROffset1 value.
     *
     * <p>Range: 0 to 7. CloudFormation property {@code RxDrOffset1}.
     */
    public LoRaWANDeviceProfile rxDrOffset1(int value) {
      return set("RxDrOffset1", Value.of(value));
    }

    /** Sets {@code RxDrOffset1} to this value; see {@link #rxDrOffset1(int)}. */
    public LoRaWANDeviceProfile rxDrOffset1(Value<Integer> value) {
      return set("RxDrOffset1", value);
    }

    /**
     * The RXFreq2 value.
     *
     * <p>Range: 1000000 to 16700000. CloudFormation property {@code RxFreq2}.
     */
    public LoRaWANDeviceProfile rxFreq2(int value) {
      return set("RxFreq2", Value.of(value));
    }

    /** Sets {@code RxFreq2} to this value; see {@link #rxFreq2(int)}. */
    public LoRaWANDeviceProfile rxFreq2(Value<Integer> value) {
      return set("RxFreq2", value);
    }

    /**
     * The Supports32BitFCnt value.
     *
     * <p>CloudFormation property {@code Supports32BitFCnt}.
     */
    public LoRaWANDeviceProfile supports32BitFCnt(boolean value) {
      return set("Supports32BitFCnt", Value.of(value));
    }

    /** Sets {@code Supports32BitFCnt} to this value; see {@link #supports32BitFCnt(boolean)}. */
    public LoRaWANDeviceProfile supports32BitFCnt(Value<Boolean> value) {
      return set("Supports32BitFCnt", value);
    }

    /**
     * The SupportsClassB value.
     *
     * <p>CloudFormation property {@code SupportsClassB}.
     */
    public LoRaWANDeviceProfile supportsClassB(boolean value) {
      return set("SupportsClassB", Value.of(value));
    }

    /** Sets {@code SupportsClassB} to this value; see {@link #supportsClassB(boolean)}. */
    public LoRaWANDeviceProfile supportsClassB(Value<Boolean> value) {
      return set("SupportsClassB", value);
    }

    /**
     * The SupportsClassC value.
     *
     * <p>CloudFormation property {@code SupportsClassC}.
     */
    public LoRaWANDeviceProfile supportsClassC(boolean value) {
      return set("SupportsClassC", Value.of(value));
    }

    /** Sets {@code SupportsClassC} to this value; see {@link #supportsClassC(boolean)}. */
    public LoRaWANDeviceProfile supportsClassC(Value<Boolean> value) {
      return set("SupportsClassC", value);
    }

    /**
     * The SupportsJoin value.
     *
     * <p>CloudFormation property {@code SupportsJoin}.
     */
    public LoRaWANDeviceProfile supportsJoin(boolean value) {
      return set("SupportsJoin", Value.of(value));
    }

    /** Sets {@code SupportsJoin} to this value; see {@link #supportsJoin(boolean)}. */
    public LoRaWANDeviceProfile supportsJoin(Value<Boolean> value) {
      return set("SupportsJoin", value);
    }
  }
}
