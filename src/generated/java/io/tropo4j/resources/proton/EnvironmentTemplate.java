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
 * Create an environment template for AWS Proton . For more information, see <a
 * href="https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html">Environment
 * Templates</a> in the <em>AWS Proton User Guide</em> .
 *
 * <p>You can create an environment template in one of the two following ways:
 *
 * <ul> <li>Register and publish a <em>standard</em> environment template that instructs AWS Proton
 * to deploy and manage environment infrastructure. <li>Register and publish a <em>customer
 * managed</em> environment template that connects AWS Proton to your existing provisioned
 * infrastructure that you manage. AWS Proton <em>doesn't</em> manage your existing provisioned
 * infrastructure. To create an environment template for customer provisioned and managed
 * infrastructure, include the <code>provisioning</code> parameter and set the value to
 * <code>CUSTOMER_MANAGED</code> . For more information, see <a
 * href="https://docs.aws.amazon.com/proton/latest/userguide/template-create.html">Register and
 * publish an environment template</a> in the <em>AWS Proton User Guide</em> . </ul>
 *
 * <p>CloudFormation type {@code AWS::Proton::EnvironmentTemplate}.
 */
public final class EnvironmentTemplate extends Resource<EnvironmentTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Proton::EnvironmentTemplate")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("EncryptionKey", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\\d{12}:([\\w+=,.@-]+[/:])*[\\w+=,.@-]+$").minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z]+[0-9A-Za-z_\\-]*$").minLength(1).maxLength(100))
      .allowed("Provisioning", "CUSTOMER_MANAGED")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EnvironmentTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the environment template.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public EnvironmentTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EnvironmentTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the environment template as displayed in the developer interface.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public EnvironmentTemplate displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public EnvironmentTemplate displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The customer provided encryption key for the environment template.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:&#92;d{12}:([&#92;w+=,.&#64;-]+[/:])*[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code EncryptionKey}.
   */
  public EnvironmentTemplate encryptionKey(String value) {
    return set("EncryptionKey", Value.of(value));
  }

  /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
  public EnvironmentTemplate encryptionKey(Value<String> value) {
    return set("EncryptionKey", value);
  }

  /**
   * The name of the environment template.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[0-9A-Za-z]+[0-9A-Za-z_&#92;-]*$}. CloudFormation property {@code Name}.
   */
  public EnvironmentTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EnvironmentTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * When included, indicates that the environment template is for customer provisioned and managed
   * infrastructure.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CUSTOMER_MANAGED}. CloudFormation
   * property {@code Provisioning}.
   */
  public EnvironmentTemplate provisioning(String value) {
    return set("Provisioning", Value.of(value));
  }

  /** Sets {@code Provisioning} to this value; see {@link #provisioning(String)}. */
  public EnvironmentTemplate provisioning(Value<String> value) {
    return set("Provisioning", value);
  }

  /**
   * An optional list of metadata items that you can associate with the AWS Proton environment
   * template. A tag is a key-value pair.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/proton/latest/userguide/resources.html">AWS Proton resources
   * and tagging</a> in the <em>AWS Proton User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EnvironmentTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EnvironmentTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EnvironmentTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the ARN of the environment template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
