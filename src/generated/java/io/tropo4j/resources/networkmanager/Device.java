// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a device.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::Device}.
 */
public final class Device extends Resource<Device> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Device")
      .required("GlobalNetworkId")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("GlobalNetworkId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .constrain("Model", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("SerialNumber", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("SiteId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .constrain("Type", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("Vendor", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .attributes("CreatedAt", "DeviceArn", "DeviceId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Device(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS location of the device.
   *
   * <p>CloudFormation property {@code AWSLocation}.
   */
  public Device awsLocation(Value<AWSLocation> value) {
    return set("AWSLocation", value);
  }

  /**
   * A description of the device.
   *
   * <p>Constraints: Maximum length of 256 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public Device description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Device description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code GlobalNetworkId}.
   */
  public Device globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public Device globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The site location.
   *
   * <p>CloudFormation property {@code Location}.
   */
  public Device location(Value<Location> value) {
    return set("Location", value);
  }

  /**
   * The model of the device.
   *
   * <p>Constraints: Maximum length of 128 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Model}.
   */
  public Device model(String value) {
    return set("Model", Value.of(value));
  }

  /** Sets {@code Model} to this value; see {@link #model(String)}. */
  public Device model(Value<String> value) {
    return set("Model", value);
  }

  /**
   * The serial number of the device.
   *
   * <p>Constraints: Maximum length of 128 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code SerialNumber}.
   */
  public Device serialNumber(String value) {
    return set("SerialNumber", Value.of(value));
  }

  /** Sets {@code SerialNumber} to this value; see {@link #serialNumber(String)}. */
  public Device serialNumber(Value<String> value) {
    return set("SerialNumber", value);
  }

  /**
   * The site ID.
   *
   * <p>Length: 0 to 50 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code SiteId}.
   */
  public Device siteId(String value) {
    return set("SiteId", Value.of(value));
  }

  /** Sets {@code SiteId} to this value; see {@link #siteId(String)}. */
  public Device siteId(Value<String> value) {
    return set("SiteId", value);
  }

  /**
   * The tags for the device.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Device tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Device tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Device tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The device type.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Type}.
   */
  public Device typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Device typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The vendor of the device.
   *
   * <p>Constraints: Maximum length of 128 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Vendor}.
   */
  public Device vendor(String value) {
    return set("Vendor", Value.of(value));
  }

  /** Sets {@code Vendor} to this value; see {@link #vendor(String)}. */
  public Device vendor(Value<String> value) {
    return set("Vendor", value);
  }

  /**
   * The time that the device was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the device. For example,
   * <code>arn:aws:networkmanager::123456789012:device/global-network-01231231231231231/device-07f6fd08867abc123</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeviceArn}.
   */
  public Value<String> deviceArn() {
    return getAtt("DeviceArn");
  }

  /**
   * The ID of the device. For example, <code>device-07f6fd08867abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeviceId}.
   */
  public Value<String> deviceId() {
    return getAtt("DeviceId");
  }

  /**
   * The state of the device.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Specifies a location in AWS .
   *
   * <p>Property type {@code AWS::NetworkManager::Device.AWSLocation}.
   */
  public static final class AWSLocation extends Struct<AWSLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Device.AWSLocation")
        .constrain("SubnetArn", Constraint.of().pattern("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet\\/subnet-[0-9a-f]{8,17}$|^$").minLength(0).maxLength(500))
        .constrain("Zone", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .build();

    public AWSLocation() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the subnet that the device is located in.
     *
     * <p>Length: 0 to 500 characters. Pattern: {@code
     * ^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet&#92;/subnet-[0-9a-f]{8,17}$|^$}.
     * CloudFormation property {@code SubnetArn}.
     */
    public AWSLocation subnetArn(String value) {
      return set("SubnetArn", Value.of(value));
    }

    /** Sets {@code SubnetArn} to this value; see {@link #subnetArn(String)}. */
    public AWSLocation subnetArn(Value<String> value) {
      return set("SubnetArn", value);
    }

    /**
     * The Zone that the device is located in. Specify the ID of an Availability Zone, Local Zone,
     * Wavelength Zone, or an Outpost.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Zone}.
     */
    public AWSLocation zone(String value) {
      return set("Zone", Value.of(value));
    }

    /** Sets {@code Zone} to this value; see {@link #zone(String)}. */
    public AWSLocation zone(Value<String> value) {
      return set("Zone", value);
    }
  }

  /**
   * Describes a location.
   *
   * <p>Property type {@code AWS::NetworkManager::Device.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Device.Location")
        .constrain("Address", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .constrain("Latitude", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .constrain("Longitude", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
        .build();

    public Location() {
      super(SCHEMA);
    }

    /**
     * The physical address.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Address}.
     */
    public Location address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Location address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The latitude.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Latitude}.
     */
    public Location latitude(String value) {
      return set("Latitude", Value.of(value));
    }

    /** Sets {@code Latitude} to this value; see {@link #latitude(String)}. */
    public Location latitude(Value<String> value) {
      return set("Latitude", value);
    }

    /**
     * The longitude.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Longitude}.
     */
    public Location longitude(String value) {
      return set("Longitude", Value.of(value));
    }

    /** Sets {@code Longitude} to this value; see {@link #longitude(String)}. */
    public Location longitude(Value<String> value) {
      return set("Longitude", value);
    }
  }
}
