// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a request to the create device pool operation.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::DevicePool}.
 */
public final class DevicePool extends Resource<DevicePool> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::DevicePool")
      .required("Name", "ProjectArn", "Rules")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DevicePool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The device pool's description.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public DevicePool description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DevicePool description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The number of devices that Device Farm can add to your device pool. Device Farm adds devices
   * that are available and meet the criteria that you assign for the <code>rules</code> parameter.
   * Depending on how many devices meet these constraints, your device pool might contain fewer
   * devices than the value for this parameter.
   *
   * <p>By specifying the maximum number of devices, you can control the costs that you incur by
   * running tests.
   *
   * <p>CloudFormation property {@code MaxDevices}.
   */
  public DevicePool maxDevices(int value) {
    return set("MaxDevices", Value.of(value));
  }

  /** Sets {@code MaxDevices} to this value; see {@link #maxDevices(int)}. */
  public DevicePool maxDevices(Value<Integer> value) {
    return set("MaxDevices", value);
  }

  /**
   * The device pool's name.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public DevicePool name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DevicePool name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the project for the device pool.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ProjectArn}.
   */
  public DevicePool projectArn(String value) {
    return set("ProjectArn", Value.of(value));
  }

  /** Sets {@code ProjectArn} to this value; see {@link #projectArn(String)}. */
  public DevicePool projectArn(Value<String> value) {
    return set("ProjectArn", value);
  }

  /**
   * The device pool's rules.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public DevicePool rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public DevicePool rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public DevicePool rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DevicePool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DevicePool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DevicePool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the device pool. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Represents a condition for a device pool.
   *
   * <p>Property type {@code AWS::DeviceFarm::DevicePool.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::DevicePool.Rule")
        .allowed("Attribute", "ARN", "PLATFORM", "FORM_FACTOR", "MANUFACTURER",
            "REMOTE_ACCESS_ENABLED", "REMOTE_DEBUG_ENABLED", "APPIUM_VERSION", "INSTANCE_ARN",
            "INSTANCE_LABELS", "FLEET_TYPE", "OS_VERSION", "MODEL", "AVAILABILITY")
        .allowed("Operator", "EQUALS", "LESS_THAN", "LESS_THAN_OR_EQUALS", "GREATER_THAN",
            "GREATER_THAN_OR_EQUALS", "IN", "NOT_IN", "CONTAINS")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The rule's stringified attribute. For example, specify the value as
     * <code>"&#92;"abc&#92;""</code> .
     *
     * <p>The supported operators for each attribute are provided in the following list.
     *
     * <ul> <li><b>APPIUM_VERSION</b> - The Appium version for the test. </ul>
     *
     * <p>Supported operators: <code>CONTAINS</code>
     *
     * <ul> <li><b>ARN</b> - The Amazon Resource Name (ARN) of the device (for example,
     * <code>arn:aws:devicefarm:us-west-2::device:12345Example</code> . </ul>
     *
     * <p>Supported operators: <code>EQUALS</code> , <code>IN</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>AVAILABILITY</b> - The current availability of the device. Valid values are
     * AVAILABLE, HIGHLY_AVAILABLE, BUSY, or TEMPORARY_NOT_AVAILABLE. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code>
     *
     * <ul> <li><b>FLEET_TYPE</b> - The fleet type. Valid values are PUBLIC or PRIVATE. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code>
     *
     * <ul> <li><b>FORM_FACTOR</b> - The device form factor. Valid values are PHONE or TABLET. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code> , <code>IN</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>INSTANCE_ARN</b> - The Amazon Resource Name (ARN) of the device instance. </ul>
     *
     * <p>Supported operators: <code>IN</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>INSTANCE_LABELS</b> - The label of the device instance. </ul>
     *
     * <p>Supported operators: <code>CONTAINS</code>
     *
     * <ul> <li><b>MANUFACTURER</b> - The device manufacturer (for example, Apple). </ul>
     *
     * <p>Supported operators: <code>EQUALS</code> , <code>IN</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>MODEL</b> - The device model, such as Apple iPad Air 2 or Google Pixel. </ul>
     *
     * <p>Supported operators: <code>CONTAINS</code> , <code>EQUALS</code> , <code>IN</code> ,
     * <code>NOT_IN</code>
     *
     * <ul> <li><b>OS_VERSION</b> - The operating system version (for example, 10.3.2). </ul>
     *
     * <p>Supported operators: <code>EQUALS</code> , <code>GREATER_THAN</code> ,
     * <code>GREATER_THAN_OR_EQUALS</code> , <code>IN</code> , <code>LESS_THAN</code> ,
     * <code>LESS_THAN_OR_EQUALS</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>PLATFORM</b> - The device platform. Valid values are ANDROID or IOS. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code> , <code>IN</code> , <code>NOT_IN</code>
     *
     * <ul> <li><b>REMOTE_ACCESS_ENABLED</b> - Whether the device is enabled for remote access.
     * Valid values are TRUE or FALSE. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code>
     *
     * <ul> <li><b>REMOTE_DEBUG_ENABLED</b> - Whether the device is enabled for remote debugging.
     * Valid values are TRUE or FALSE. </ul>
     *
     * <p>Supported operators: <code>EQUALS</code>
     *
     * <p>Because remote debugging is <a
     * href="https://docs.aws.amazon.com/devicefarm/latest/developerguide/history.html">no longer
     * supported</a> , this filter is ignored.
     *
     * <p>Allowed values: {@code ARN}, {@code PLATFORM}, {@code FORM_FACTOR}, {@code MANUFACTURER},
     * {@code REMOTE_ACCESS_ENABLED}, {@code REMOTE_DEBUG_ENABLED}, {@code APPIUM_VERSION}, {@code
     * INSTANCE_ARN}, {@code INSTANCE_LABELS}, {@code FLEET_TYPE}, {@code OS_VERSION}, {@code
     * MODEL}, {@code AVAILABILITY}. CloudFormation property {@code Attribute}.
     */
    public Rule attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public Rule attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * Specifies how Device Farm compares the rule's attribute to the value. For the operators that
     * are supported by each attribute, see the attribute descriptions.
     *
     * <p>Allowed values: {@code EQUALS}, {@code LESS_THAN}, {@code LESS_THAN_OR_EQUALS}, {@code
     * GREATER_THAN}, {@code GREATER_THAN_OR_EQUALS}, {@code IN}, {@code NOT_IN}, {@code CONTAINS}.
     * CloudFormation property {@code Operator}.
     */
    public Rule operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public Rule operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The rule's value.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Rule value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Rule value(Value<String> value) {
      return set("Value", value);
    }
  }
}
