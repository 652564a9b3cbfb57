// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.proton;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a service template. The administrator creates a service template to define standardized
 * infrastructure and an optional CI/CD service pipeline. Developers, in turn, select the service
 * template from AWS Proton . If the selected service template includes a service pipeline
 * definition, they provide a link to their source code repository. AWS Proton then deploys and
 * manages the infrastructure defined by the selected service template. For more information, see <a
 * href="https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html">AWS Proton
 * templates</a> in the <em>AWS Proton User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Proton::ServiceTemplate}.
 */
public final class ServiceTemplate extends Resource<ServiceTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Proton::ServiceTemplate")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("EncryptionKey", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\\d{12}:([\\w+=,.@-]+[/:])*[\\w+=,.@-]+$").minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z]+[0-9A-Za-z_\\-]*$").minLength(1).maxLength(100))
      .allowed("PipelineProvisioning", "CUSTOMER_MANAGED")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the service template.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public ServiceTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServiceTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The service template name as displayed in the developer interface.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public ServiceTemplate displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public ServiceTemplate displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The customer provided service template encryption key that's used to encrypt data.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:&#92;d{12}:([&#92;w+=,.&#64;-]+[/:])*[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code EncryptionKey}.
   */
  public ServiceTemplate encryptionKey(String value) {
    return set("EncryptionKey", Value.of(value));
  }

  /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
  public ServiceTemplate encryptionKey(Value<String> value) {
    return set("EncryptionKey", value);
  }

  /**
   * The name of the service template.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[0-9A-Za-z]+[0-9A-Za-z_&#92;-]*$}. CloudFormation property {@code Name}.
   */
  public ServiceTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * If <code>pipelineProvisioning</code> is <code>true</code> , a service pipeline is included in
   * the service template. Otherwise, a service pipeline <em>isn't</em> included in the service
   * template.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CUSTOMER_MANAGED}. CloudFormation
   * property {@code PipelineProvisioning}.
   */
  public ServiceTemplate pipelineProvisioning(String value) {
    return set("PipelineProvisioning", Value.of(value));
  }

  /** Sets {@code PipelineProvisioning} to this value; see {@link #pipelineProvisioning(String)}. */
  public ServiceTemplate pipelineProvisioning(Value<String> value) {
    return set("PipelineProvisioning", value);
  }

  /**
   * An object that includes the template bundle S3 bucket path and name for the new version of a
   * service template.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the service template ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
