// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.panorama;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * End of support notice: On May 31, 2026, AWS will end support for AWS Panorama . After May 31,
 * 2026, you will no longer be able to access the AWS Panorama console or AWS Panorama resources.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/panorama/latest/dev/panorama-end-of-support.html">AWS Panorama
 * end of support</a> .
 *
 * <p>Creates an application instance and deploys it to a device.
 *
 * <p>CloudFormation type {@code AWS::Panorama::ApplicationInstance}.
 */
public final class ApplicationInstance extends Resource<ApplicationInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Panorama::ApplicationInstance")
      .required("DefaultRuntimeContextDevice", "ManifestPayload")
      .constrain("ApplicationInstanceIdToReplace", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]+$").minLength(1).maxLength(255))
      .constrain("DefaultRuntimeContextDevice", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]+$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(0).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]+$").minLength(1).maxLength(255))
      .constrain("RuntimeRoleArn", Constraint.of().pattern("^arn:[a-z0-9][-.a-z0-9]{0,62}:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(255).format("AWS::IAM::Role.Arn"))
      .refYields("ApplicationInstanceId")
      .attributes("ApplicationInstanceId", "Arn", "CreatedTime", "DefaultRuntimeContextDeviceName",
          "HealthStatus", "LastUpdatedTime", "Status", "StatusDescription")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApplicationInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of an application instance to replace with the new instance.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]+$}. CloudFormation property {@code ApplicationInstanceIdToReplace}.
   */
  public ApplicationInstance applicationInstanceIdToReplace(String value) {
    return set("ApplicationInstanceIdToReplace", Value.of(value));
  }

  /**
   * Sets {@code ApplicationInstanceIdToReplace} to this value; see {@link
   * #applicationInstanceIdToReplace(String)}.
   */
  public ApplicationInstance applicationInstanceIdToReplace(Value<String> value) {
    return set("ApplicationInstanceIdToReplace", value);
  }

  /**
   * The device's ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]+$}. CloudFormation property {@code DefaultRuntimeContextDevice}.
   */
  public ApplicationInstance defaultRuntimeContextDevice(String value) {
    return set("DefaultRuntimeContextDevice", Value.of(value));
  }

  /**
   * Sets {@code DefaultRuntimeContextDevice} to this value; see {@link
   * #defaultRuntimeContextDevice(String)}.
   */
  public ApplicationInstance defaultRuntimeContextDevice(Value<String> value) {
    return set("DefaultRuntimeContextDevice", value);
  }

  /**
   * A description for the application instance.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code ^.*$}.
   * CloudFormation property {@code Description}.
   */
  public ApplicationInstance description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApplicationInstance description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Setting overrides for the application manifest.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ManifestOverridesPayload}.
   */
  public ApplicationInstance manifestOverridesPayload(Value<ManifestOverridesPayload> value) {
    return set("ManifestOverridesPayload", value);
  }

  /**
   * The application's manifest document.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ManifestPayload}.
   */
  public ApplicationInstance manifestPayload(Value<ManifestPayload> value) {
    return set("ManifestPayload", value);
  }

  /**
   * A name for the application instance.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]+$}. CloudFormation property {@code Name}.
   */
  public ApplicationInstance name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApplicationInstance name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of a runtime role for the application instance.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^arn:[a-z0-9][-.a-z0-9]{0,62}:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RuntimeRoleArn}.
   */
  public ApplicationInstance runtimeRoleArn(String value) {
    return set("RuntimeRoleArn", Value.of(value));
  }

  /** Sets {@code RuntimeRoleArn} to this value; see {@link #runtimeRoleArn(String)}. */
  public ApplicationInstance runtimeRoleArn(Value<String> value) {
    return set("RuntimeRoleArn", value);
  }

  /**
   * Tags for the application instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApplicationInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApplicationInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApplicationInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The application instance's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationInstanceId}.
   */
  public Value<String> applicationInstanceId() {
    return getAtt("ApplicationInstanceId");
  }

  /**
   * The application instance's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The application instance's created time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Integer> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The application instance's default runtime context device name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultRuntimeContextDeviceName}.
   */
  public Value<String> defaultRuntimeContextDeviceName() {
    return getAtt("DefaultRuntimeContextDeviceName");
  }

  /**
   * The application instance's health status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HealthStatus}.
   */
  public Value<String> healthStatus() {
    return getAtt("HealthStatus");
  }

  /**
   * The application instance's last updated time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<Integer> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The application instance's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The application instance's status description.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusDescription}.
   */
  public Value<String> statusDescription() {
    return getAtt("StatusDescription");
  }

  /**
   * Parameter overrides for an application instance. This is a JSON document that has a single key
   * ( <code>PayloadData</code> ) where the value is an escaped string representation of the
   * overrides document.
   *
   * <p>Property type {@code AWS::Panorama::ApplicationInstance.ManifestOverridesPayload}.
   */
  public static final class ManifestOverridesPayload extends Struct<ManifestOverridesPayload> {
    private static final Schema SCHEMA = Schema.builder("AWS::Panorama::ApplicationInstance.ManifestOverridesPayload")
        .constrain("PayloadData", Constraint.of().pattern("^.+$").minLength(0).maxLength(51200))
        .build();

    public ManifestOverridesPayload() {
      super(SCHEMA);
    }

    /**
     * The overrides document.
     *
     * <p>Changing it replaces the resource. Length: 0 to 51200 characters. Pattern: {@code ^.+$}.
     * CloudFormation property {@code PayloadData}.
     */
    public ManifestOverridesPayload payloadData(String value) {
      return set("PayloadData", Value.of(value));
    }

    /** Sets {@code PayloadData} to this value; see {@link #payloadData(String)}. */
    public ManifestOverridesPayload payloadData(Value<String> value) {
      return set("PayloadData", value);
    }
  }

  /**
   * A application verion's manifest file. This is a JSON document that has a single key (
   * <code>PayloadData</code> ) where the value is an escaped string representation of the
   * application manifest ( <code>graph.json</code> ). This file is located in the
   * <code>graphs</code> folder in your application source.
   *
   * <p>Property type {@code AWS::Panorama::ApplicationInstance.ManifestPayload}.
   */
  public static final class ManifestPayload extends Struct<ManifestPayload> {
    private static final Schema SCHEMA = Schema.builder("AWS::Panorama::ApplicationInstance.ManifestPayload")
        .constrain("PayloadData", Constraint.of().pattern("^.+$").minLength(1).maxLength(51200))
        .build();

    public ManifestPayload() {
      super(SCHEMA);
    }

    /**
     * The application manifest.
     *
     * <p>Changing it replaces the resource. Length: 1 to 51200 characters. Pattern: {@code ^.+$}.
     * CloudFormation property {@code PayloadData}.
     */
    public ManifestPayload payloadData(String value) {
      return set("PayloadData", Value.of(value));
    }

    /** Sets {@code PayloadData} to this value; see {@link #payloadData(String)}. */
    public ManifestPayload payloadData(Value<String> value) {
      return set("PayloadData", value);
    }
  }
}
