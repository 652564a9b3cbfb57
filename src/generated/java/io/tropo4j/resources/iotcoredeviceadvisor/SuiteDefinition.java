// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotcoredeviceadvisor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Device Advisor test suite.
 *
 * <p>Requires permission to access the <a
 * href="https://docs.aws.amazon.com//service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions">CreateSuiteDefinition</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::IoTCoreDeviceAdvisor::SuiteDefinition}.
 */
public final class SuiteDefinition extends Resource<SuiteDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTCoreDeviceAdvisor::SuiteDefinition")
      .required("SuiteDefinitionConfiguration")
      .refYields("SuiteDefinitionId")
      .attributes("SuiteDefinitionArn", "SuiteDefinitionId", "SuiteDefinitionVersion")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SuiteDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Gets the suite definition configuration.
   *
   * <p>Required. CloudFormation property {@code SuiteDefinitionConfiguration}.
   */
  public SuiteDefinition suiteDefinitionConfiguration(Value<SuiteDefinitionConfiguration> value) {
    return set("SuiteDefinitionConfiguration", value);
  }

  /**
   * Metadata that can be used to manage the the Suite Definition.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SuiteDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SuiteDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SuiteDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Arn of the Suite Definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SuiteDefinitionArn}.
   */
  public Value<String> suiteDefinitionArn() {
    return getAtt("SuiteDefinitionArn");
  }

  /**
   * The version of the Suite Definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SuiteDefinitionId}.
   */
  public Value<String> suiteDefinitionId() {
    return getAtt("SuiteDefinitionId");
  }

  /**
   * The ID of the Suite Definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SuiteDefinitionVersion}.
   */
  public Value<String> suiteDefinitionVersion() {
    return getAtt("SuiteDefinitionVersion");
  }

  /**
   * Information of a test device. A thing ARN, certificate ARN or device role ARN is required.
   *
   * <p>Property type {@code AWS::IoTCoreDeviceAdvisor::SuiteDefinition.DeviceUnderTest}.
   */
  public static final class DeviceUnderTest extends Struct<DeviceUnderTest> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTCoreDeviceAdvisor::SuiteDefinition.DeviceUnderTest")
        .constrain("CertificateArn", Constraint.of().minLength(20).maxLength(2048))
        .constrain("ThingArn", Constraint.of().minLength(20).maxLength(2048))
        .build();

    public DeviceUnderTest() {
      super(SCHEMA);
    }

    /**
     * Lists device's certificate ARN.
     *
     * <p>Length: 20 to 2048 characters. CloudFormation property {@code CertificateArn}.
     */
    public DeviceUnderTest certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public DeviceUnderTest certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Lists device's thing ARN.
     *
     * <p>Length: 20 to 2048 characters. CloudFormation property {@code ThingArn}.
     */
    public DeviceUnderTest thingArn(String value) {
      return set("ThingArn", Value.of(value));
    }

    /** Sets {@code ThingArn} to this value; see {@link #thingArn(String)}. */
    public DeviceUnderTest thingArn(Value<String> value) {
      return set("ThingArn", value);
    }
  }

  /**
   * The configuration of the Suite Definition. Listed below are the required elements of the
   * <code>SuiteDefinitionConfiguration</code> .
   *
   * <ul> <li><em><b>devicePermissionRoleArn</b></em> - The device permission arn. </ul>
   *
   * <p>This is a required element.
   *
   * <p><em>Type:</em> String
   *
   * <ul> <li><em><b>devices</b></em> - The list of configured devices under test. For more
   * information on devices under test, see <a
   * href="https://docs.aws.amazon.com/iot/latest/apireference/API_iotdeviceadvisor_DeviceUnderTest.html">DeviceUnderTest</a>
   * </ul>
   *
   * <p>Not a required element.
   *
   * <p><em>Type:</em> List of devices under test
   *
   * <ul> <li><em><b>intendedForQualification</b></em> - The tests intended for qualification in a
   * suite. </ul>
   *
   * <p>Not a required element.
   *
   * <p><em>Type:</em> Boolean
   *
   * <ul> <li><em><b>rootGroup</b></em> - The test suite root group. For more information on
   * creating and using root groups see the <a
   * href="https://docs.aws.amazon.com/iot/latest/developerguide/device-advisor-workflow.html">Device
   * Advisor workflow</a> . </ul>
   *
   * <p>This is a required element.
   *
   * <p><em>Type:</em> String
   *
   * <ul> <li><em><b>suiteDefinitionName</b></em> - The Suite Definition Configuration name. </ul>
   *
   * <p>This is a required element.
   *
   * <p><em>Type:</em> String
   *
   * <p>Property type {@code
   * AWS::IoTCoreDeviceAdvisor::SuiteDefinition.SuiteDefinitionConfiguration}.
   */
  public static final class SuiteDefinitionConfiguration extends Struct<SuiteDefinitionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTCoreDeviceAdvisor::SuiteDefinition.SuiteDefinitionConfiguration")
        .required("DevicePermissionRoleArn", "RootGroup")
        .constrain("DevicePermissionRoleArn", Constraint.of().minLength(20).maxLength(2048))
        .constrain("RootGroup", Constraint.of().minLength(1).maxLength(2048))
        .constrain("SuiteDefinitionName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public SuiteDefinitionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Gets the device permission ARN. This is a required parameter.
     *
     * <p>Required. Length: 20 to 2048 characters. CloudFormation property {@code
     * DevicePermissionRoleArn}.
     */
    public SuiteDefinitionConfiguration devicePermissionRoleArn(String value) {
      return set("DevicePermissionRoleArn", Value.of(value));
    }

    /**
     * Sets {@code DevicePermissionRoleArn} to this value; see {@link
     * #devicePermissionRoleArn(String)}.
     */
    public SuiteDefinitionConfiguration devicePermissionRoleArn(Value<String> value) {
      return set("DevicePermissionRoleArn", value);
    }

    /**
     * Gets the devices configured.
     *
     * <p>CloudFormation property {@code Devices}.
     */
    public SuiteDefinitionConfiguration devices(List<DeviceUnderTest> value) {
      return set("Devices", Value.listOf(value));
    }

    /** Sets {@code Devices} to this value; see {@link #devices(List)}. */
    public SuiteDefinitionConfiguration devices(Value<List<DeviceUnderTest>> value) {
      return set("Devices", value);
    }

    /** Sets {@code Devices} to a list of these; see {@link #devices(List)}. */
    public SuiteDefinitionConfiguration devices(DeviceUnderTest... values) {
      return set("Devices", Value.list(values));
    }

    /**
     * Gets the tests intended for qualification in a suite.
     *
     * <p>CloudFormation property {@code IntendedForQualification}.
     */
    public SuiteDefinitionConfiguration intendedForQualification(boolean value) {
      return set("IntendedForQualification", Value.of(value));
    }

    /**
     * Sets {@code IntendedForQualification} to this value; see {@link
     * #intendedForQualification(boolean)}.
     */
    public SuiteDefinitionConfiguration intendedForQualification(Value<Boolean> value) {
      return set("IntendedForQualification", value);
    }

    /**
     * Gets the test suite root group. This is a required parameter. For updating or creating the
     * latest qualification suite, if <code>intendedForQualification</code> is set to true,
     * <code>rootGroup</code> can be an empty string. If <code>intendedForQualification</code> is
     * false, <code>rootGroup</code> cannot be an empty string. If <code>rootGroup</code> is empty,
     * and <code>intendedForQualification</code> is set to true, all the qualification tests are
     * included, and the configuration is default.
     *
     * <p>For a qualification suite, the minimum length is 0, and the maximum is 2048. For a
     * non-qualification suite, the minimum length is 1, and the maximum is 2048.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code RootGroup}.
     */
    public SuiteDefinitionConfiguration rootGroup(String value) {
      return set("RootGroup", Value.of(value));
    }

    /** Sets {@code RootGroup} to this value; see {@link #rootGroup(String)}. */
    public SuiteDefinitionConfiguration rootGroup(Value<String> value) {
      return set("RootGroup", value);
    }

    /**
     * Gets the suite definition name. This is a required parameter.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code SuiteDefinitionName}.
     */
    public SuiteDefinitionConfiguration suiteDefinitionName(String value) {
      return set("SuiteDefinitionName", Value.of(value));
    }

    /** Sets {@code SuiteDefinitionName} to this value; see {@link #suiteDefinitionName(String)}. */
    public SuiteDefinitionConfiguration suiteDefinitionName(Value<String> value) {
      return set("SuiteDefinitionName", value);
    }
  }
}
