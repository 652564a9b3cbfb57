// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * Creates a fleet provisioning template.
 *
 * <p>CloudFormation type {@code AWS::IoT::ProvisioningTemplate}.
 */
public final class ProvisioningTemplate extends Resource<ProvisioningTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ProvisioningTemplate")
      .required("ProvisioningRoleArn", "TemplateBody")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]*$").minLength(0).maxLength(500))
      .constrain("ProvisioningRoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("ProvisioningRoleArn", "AWS::IAM::Role.Arn")
      .constrain("TemplateBody", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(10240))
      .constrain("TemplateName", Constraint.of().pattern("^[0-9A-Za-z_-]+$").minLength(1).maxLength(36))
      .allowed("TemplateType", "FLEET_PROVISIONING", "JITP")
      .refYields("TemplateName")
      .attributes("TemplateArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProvisioningTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the fleet provisioning template.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[^&#92;p{C}]*$}. CloudFormation property
   * {@code Description}.
   */
  public ProvisioningTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ProvisioningTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * True to enable the fleet provisioning template, otherwise false.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public ProvisioningTemplate enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public ProvisioningTemplate enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * Creates a pre-provisioning hook template.
   *
   * <p>CloudFormation property {@code PreProvisioningHook}.
   */
  public ProvisioningTemplate preProvisioningHook(Value<ProvisioningHook> value) {
    return set("PreProvisioningHook", value);
  }

  /**
   * The role ARN for the role associated with the fleet provisioning template. This IoT role grants
   * permission to provision a device.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ProvisioningRoleArn}.
   */
  public ProvisioningTemplate provisioningRoleArn(String value) {
    return set("ProvisioningRoleArn", Value.of(value));
  }

  /** Sets {@code ProvisioningRoleArn} to this value; see {@link #provisioningRoleArn(String)}. */
  public ProvisioningTemplate provisioningRoleArn(Value<String> value) {
    return set("ProvisioningRoleArn", value);
  }

  /**
   * Sets {@code ProvisioningRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #provisioningRoleArn(String)}.
   */
  public ProvisioningTemplate provisioningRoleArn(Role resource) {
    return set("ProvisioningRoleArn", resource.arn());
  }

  /**
   * Metadata that can be used to manage the fleet provisioning template.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProvisioningTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProvisioningTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProvisioningTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The JSON formatted contents of the fleet provisioning template version.
   *
   * <p>Required. Length: 0 to 10240 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation
   * property {@code TemplateBody}.
   */
  public ProvisioningTemplate templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public ProvisioningTemplate templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * The name of the fleet provisioning template.
   *
   * <p>Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^[0-9A-Za-z_-]+$}. CloudFormation property {@code TemplateName}.
   */
  public ProvisioningTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public ProvisioningTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The type of the provisioning template.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code FLEET_PROVISIONING}, {@code JITP}.
   * CloudFormation property {@code TemplateType}.
   */
  public ProvisioningTemplate templateType(String value) {
    return set("TemplateType", Value.of(value));
  }

  /** Sets {@code TemplateType} to this value; see {@link #templateType(String)}. */
  public ProvisioningTemplate templateType(Value<String> value) {
    return set("TemplateType", value);
  }

  /**
   * The ARN that identifies the provisioning template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateArn}.
   */
  public Value<String> templateArn() {
    return getAtt("TemplateArn");
  }

  /**
   * Structure that contains payloadVersion and targetArn. Provisioning hooks can be used when fleet
   * provisioning to validate device parameters before allowing the device to be provisioned.
   *
   * <p>Property type {@code AWS::IoT::ProvisioningTemplate.ProvisioningHook}.
   */
  public static final class ProvisioningHook extends Struct<ProvisioningHook> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::ProvisioningTemplate.ProvisioningHook")
        .constrain("PayloadVersion", Constraint.of().pattern("^[0-9-]+$").minLength(10).maxLength(32))
        .constrain("TargetArn", Constraint.of().minLength(0).maxLength(2048))
        .references("TargetArn", "AWS::Lambda::Function.Arn")
        .build();

    public ProvisioningHook() {
      super(SCHEMA);
    }

    /**
     * The payload that was sent to the target function. The valid payload is
     * <code>"2020-04-01"</code> .
     *
     * <p>Length: 10 to 32 characters. Pattern: {@code ^[0-9-]+$}. CloudFormation property {@code
     * PayloadVersion}.
     */
    public ProvisioningHook payloadVersion(String value) {
      return set("PayloadVersion", Value.of(value));
    }

    /** Sets {@code PayloadVersion} to this value; see {@link #payloadVersion(String)}. */
    public ProvisioningHook payloadVersion(Value<String> value) {
      return set("PayloadVersion", value);
    }

    /**
     * The ARN of the target function.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code TargetArn}.
     */
    public ProvisioningHook targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public ProvisioningHook targetArn(Value<String> value) {
      return set("TargetArn", value);
    }

    /**
     * Sets {@code TargetArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #targetArn(String)}.
     */
    public ProvisioningHook targetArn(Function resource) {
      return set("TargetArn", resource.arn());
    }
  }
}
