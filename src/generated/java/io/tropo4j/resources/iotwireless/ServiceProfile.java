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
import java.util.Map;

/**
 * Creates a new service profile.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::ServiceProfile}.
 */
public final class ServiceProfile extends Resource<ServiceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::ServiceProfile")
      .constrain("Name", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id", "LoRaWAN.ChannelMask", "LoRaWAN.DevStatusReqFreq",
          "LoRaWAN.DlBucketSize", "LoRaWAN.DlRate", "LoRaWAN.DlRatePolicy", "LoRaWAN.DrMax",
          "LoRaWAN.DrMin", "LoRaWAN.HrAllowed", "LoRaWAN.MinGwDiversity", "LoRaWAN.NwkGeoLoc",
          "LoRaWAN.ReportDevStatusBattery", "LoRaWAN.ReportDevStatusMargin", "LoRaWAN.TargetPer",
          "LoRaWAN.UlBucketSize", "LoRaWAN.UlRate", "LoRaWAN.UlRatePolicy", "LoRaWANResponse")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * LoRaWAN service profile object.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoRaWAN}.
   */
  public ServiceProfile loRaWAN(Value<LoRaWANServiceProfile> value) {
    return set("LoRaWAN", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code Name}.
   */
  public ServiceProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the service profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the service profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ChannelMask value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.ChannelMask}.
   */
  public Value<String> loRaWANChannelMask() {
    return getAtt("LoRaWAN.ChannelMask");
  }

  /**
   * The DevStatusReqFreq value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DevStatusReqFreq}.
   */
  public Value<Integer> loRaWANDevStatusReqFreq() {
    return getAtt("LoRaWAN.DevStatusReqFreq");
  }

  /**
   * The DLBucketSize value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DlBucketSize}.
   */
  public Value<Integer> loRaWANDlBucketSize() {
    return getAtt("LoRaWAN.DlBucketSize");
  }

  /**
   * The DLRate value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DlRate}.
   */
  public Value<Integer> loRaWANDlRate() {
    return getAtt("LoRaWAN.DlRate");
  }

  /**
   * The DLRatePolicy value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DlRatePolicy}.
   */
  public Value<String> loRaWANDlRatePolicy() {
    return getAtt("LoRaWAN.DlRatePolicy");
  }

  /**
   * The DRMax value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DrMax}.
   */
  public Value<Integer> loRaWANDrMax() {
    return getAtt("LoRaWAN.DrMax");
  }

  /**
   * The DRMin value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.DrMin}.
   */
  public Value<Integer> loRaWANDrMin() {
    return getAtt("LoRaWAN.DrMin");
  }

  /**
   * The HRAllowed value that describes whether handover roaming is allowed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.HrAllowed}.
   */
  public Value<Boolean> loRaWANHrAllowed() {
    return getAtt("LoRaWAN.HrAllowed");
  }

  /**
   * The MinGwDiversity value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.MinGwDiversity}.
   */
  public Value<Integer> loRaWANMinGwDiversity() {
    return getAtt("LoRaWAN.MinGwDiversity");
  }

  /**
   * The NwkGeoLoc value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.NwkGeoLoc}.
   */
  public Value<Boolean> loRaWANNwkGeoLoc() {
    return getAtt("LoRaWAN.NwkGeoLoc");
  }

  /**
   * The ReportDevStatusBattery value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.ReportDevStatusBattery}.
   */
  public Value<Boolean> loRaWANReportDevStatusBattery() {
    return getAtt("LoRaWAN.ReportDevStatusBattery");
  }

  /**
   * The ReportDevStatusMargin value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.ReportDevStatusMargin}.
   */
  public Value<Boolean> loRaWANReportDevStatusMargin() {
    return getAtt("LoRaWAN.ReportDevStatusMargin");
  }

  /**
   * The TargetPer value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.TargetPer}.
   */
  public Value<Integer> loRaWANTargetPer() {
    return getAtt("LoRaWAN.TargetPer");
  }

  /**
   * The UlBucketSize value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.UlBucketSize}.
   */
  public Value<Integer> loRaWANUlBucketSize() {
    return getAtt("LoRaWAN.UlBucketSize");
  }

  /**
   * The ULRate value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.UlRate}.
   */
  public Value<Integer> loRaWANUlRate() {
    return getAtt("LoRaWAN.UlRate");
  }

  /**
   * The ULRatePolicy value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoRaWAN.UlRatePolicy}.
   */
  public Value<String> loRaWANUlRatePolicy() {
    return getAtt("LoRaWAN.UlRatePolicy");
  }

  /** {@code Fn::GetAtt} attribute {@code LoRaWANResponse}. */
  public Value<Map<String, String>> loRaWANResponse() {
    return getAtt("LoRaWANResponse");
  }

  /**
   * LoRaWANServiceProfile object.
   *
   * <p>Property type {@code AWS::IoTWireless::ServiceProfile.LoRaWANServiceProfile}.
   */
  public static final class LoRaWANServiceProfile extends Struct<LoRaWANServiceProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::ServiceProfile.LoRaWANServiceProfile")
        .constrain("DrMax", Constraint.of().minimum(0).maximum(15))
        .constrain("DrMin", Constraint.of().minimum(0).maximum(15))
        .build();

    public LoRaWANServiceProfile() {
      super(SCHEMA);
    }

    /**
     * The AddGWMetaData value.
     *
     * <p>CloudFormation property {@code AddGwMetadata}.
     */
    public LoRaWANServiceProfile addGwMetadata(boolean value) {
      return set("AddGwMetadata", Value.of(value));
    }

    /** Sets {@code AddGwMetadata} to this value; see {@link #addGwMetadata(boolean)}. */
    public LoRaWANServiceProfile addGwMetadata(Value<Boolean> value) {
      return set("AddGwMetadata", value);
    }

    /**
     * The ChannelMask value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code ChannelMask}.
     */
    public LoRaWANServiceProfile channelMask(String value) {
      return set("ChannelMask", Value.of(value));
    }

    /** Sets {@code ChannelMask} to this value; see {@link #channelMask(String)}. */
    public LoRaWANServiceProfile channelMask(Value<String> value) {
      return set("ChannelMask", value);
    }

    /**
     * The DevStatusReqFreq value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code DevStatusReqFreq}.
     */
    public LoRaWANServiceProfile devStatusReqFreq(int value) {
      return set("DevStatusReqFreq", Value.of(value));
    }

    /** Sets {@code DevStatusReqFreq} to this value; see {@link #devStatusReqFreq(int)}. */
    public LoRaWANServiceProfile devStatusReqFreq(Value<Integer> value) {
      return set("DevStatusReqFreq", value);
    }

    /**
     * The DLBucketSize value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code DlBucketSize}.
     */
    public LoRaWANServiceProfile dlBucketSize(int value) {
      return set("DlBucketSize", Value.of(value));
    }

    /** Sets {@code DlBucketSize} to this value; see {@link #dlBucketSize(int)}. */
    public LoRaWANServiceProfile dlBucketSize(Value<Integer> value) {
      return set("DlBucketSize", value);
    }

    /**
     * The DLRate value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code DlRate}.
     */
    public LoRaWANServiceProfile dlRate(int value) {
      return set("DlRate", Value.of(value));
    }

    /** Sets {@code DlRate} to this value; see {@link #dlRate(int)}. */
    public LoRaWANServiceProfile dlRate(Value<Integer> value) {
      return set("DlRate", value);
    }

    /**
     * The DLRatePolicy value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code DlRatePolicy}.
     */
    public LoRaWANServiceProfile dlRatePolicy(String value) {
      return set("DlRatePolicy", Value.of(value));
    }

    /** Sets {@code DlRatePolicy} to this value; see {@link #dlRatePolicy(String)}. */
    public LoRaWANServiceProfile dlRatePolicy(Value<String> value) {
      return set("DlRatePolicy", value);
    }

    /**
     * The DRMax value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>Range: 0 to 15. CloudFormation property {@code DrMax}.
     */
    public LoRaWANServiceProfile drMax(int value) {
      return set("DrMax", Value.of(value));
    }

    /** Sets {@code DrMax} to this value; see {@link #drMax(int)}. */
    public LoRaWANServiceProfile drMax(Value<Integer> value) {
      return set("DrMax", value);
    }

    /**
     * The DRMin value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>Range: 0 to 15. CloudFormation property {@code DrMin}.
     */
    public LoRaWANServiceProfile drMin(int value) {
      return set("DrMin", Value.of(value));
    }

    /** Sets {@code DrMin} to this value; see {@link #drMin(int)}. */
    public LoRaWANServiceProfile drMin(Value<Integer> value) {
      return set("DrMin", value);
    }

    /**
     * The HRAllowed value that describes whether handover roaming is allowed.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code HrAllowed}.
     */
    public LoRaWANServiceProfile hrAllowed(boolean value) {
      return set("HrAllowed", Value.of(value));
    }

    /** Sets {@code HrAllowed} to this value; see {@link #hrAllowed(boolean)}. */
    public LoRaWANServiceProfile hrAllowed(Value<Boolean> value) {
      return set("HrAllowed", value);
    }

    /**
     * The MinGwDiversity value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code MinGwDiversity}.
     */
    public LoRaWANServiceProfile minGwDiversity(int value) {
      return set("MinGwDiversity", Value.of(value));
    }

    /** Sets {@code MinGwDiversity} to this value; see {@link #minGwDiversity(int)}. */
    public LoRaWANServiceProfile minGwDiversity(Value<Integer> value) {
      return set("MinGwDiversity", value);
    }

    /**
     * The NwkGeoLoc value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code NwkGeoLoc}.
     */
    public LoRaWANServiceProfile nwkGeoLoc(boolean value) {
      return set("NwkGeoLoc", Value.of(value));
    }

    /** Sets {@code NwkGeoLoc} to this value; see {@link #nwkGeoLoc(boolean)}. */
    public LoRaWANServiceProfile nwkGeoLoc(Value<Boolean> value) {
      return set("NwkGeoLoc", value);
    }

    /**
     * The PRAllowed value that describes whether passive roaming is allowed.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code PrAllowed}.
     */
    public LoRaWANServiceProfile prAllowed(boolean value) {
      return set("PrAllowed", Value.of(value));
    }

    /** Sets {@code PrAllowed} to this value; see {@link #prAllowed(boolean)}. */
    public LoRaWANServiceProfile prAllowed(Value<Boolean> value) {
      return set("PrAllowed", value);
    }

    /**
     * The RAAllowed value that describes whether roaming activation is allowed.
     *
     * <p>CloudFormation property {@code RaAllowed}.
     */
    public LoRaWANServiceProfile raAllowed(boolean value) {
      return set("RaAllowed", Value.of(value));
    }

    /** Sets {@code RaAllowed} to this value; see {@link #raAllowed(boolean)}. */
    public LoRaWANServiceProfile raAllowed(Value<Boolean> value) {
      return set("RaAllowed", value);
    }

    /**
     * The ReportDevStatusBattery value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code ReportDevStatusBattery}.
     */
    public LoRaWANServiceProfile reportDevStatusBattery(boolean value) {
      return set("ReportDevStatusBattery", Value.of(value));
    }

    /**
     * Sets {@code ReportDevStatusBattery} to this value; see {@link
     * #reportDevStatusBattery(boolean)}.
     */
    public LoRaWANServiceProfile reportDevStatusBattery(Value<Boolean> value) {
      return set("ReportDevStatusBattery", value);
    }

    /**
     * The ReportDevStatusMargin value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code ReportDevStatusMargin}.
     */
    public LoRaWANServiceProfile reportDevStatusMargin(boolean value) {
      return set("ReportDevStatusMargin", Value.of(value));
    }

    /**
     * Sets {@code ReportDevStatusMargin} to this value; see {@link
     * #reportDevStatusMargin(boolean)}.
     */
    public LoRaWANServiceProfile reportDevStatusMargin(Value<Boolean> value) {
      return set("ReportDevStatusMargin", value);
    }

    /**
     * The TargetPer value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code TargetPer}.
     */
    public LoRaWANServiceProfile targetPer(int value) {
      return set("TargetPer", Value.of(value));
    }

    /** Sets {@code TargetPer} to this value; see {@link #targetPer(int)}. */
    public LoRaWANServiceProfile targetPer(Value<Integer> value) {
      return set("TargetPer", value);
    }

    /**
     * The UlBucketSize value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code UlBucketSize}.
     */
    public LoRaWANServiceProfile ulBucketSize(int value) {
      return set("UlBucketSize", Value.of(value));
    }

    /** Sets {@code UlBucketSize} to this value; see {@link #ulBucketSize(int)}. */
    public LoRaWANServiceProfile ulBucketSize(Value<Integer> value) {
      return set("UlBucketSize", value);
    }

    /**
     * The ULRate value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code UlRate}.
     */
    public LoRaWANServiceProfile ulRate(int value) {
      return set("UlRate", Value.of(value));
    }

    /** Sets {@code UlRate} to this value; see {@link #ulRate(int)}. */
    public LoRaWANServiceProfile ulRate(Value<Integer> value) {
      return set("UlRate", value);
    }

    /**
     * The ULRatePolicy value.
     *
     * <p>This property is <code>ReadOnly</code> and can't be inputted for create. It's returned
     * with <code>Fn::GetAtt</code>
     *
     * <p>CloudFormation property {@code UlRatePolicy}.
     */
    public LoRaWANServiceProfile ulRatePolicy(String value) {
      return set("UlRatePolicy", Value.of(value));
    }

    /** Sets {@code UlRatePolicy} to this value; see {@link #ulRatePolicy(String)}. */
    public LoRaWANServiceProfile ulRatePolicy(Value<String> value) {
      return set("UlRatePolicy", value);
    }
  }
}
