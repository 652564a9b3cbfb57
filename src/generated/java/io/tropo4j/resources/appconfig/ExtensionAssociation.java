// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * When you create an extension or configure an AWS authored extension, you associate the extension
 * with an AWS AppConfig application, environment, or configuration profile. For example, you can
 * choose to run the <code>AWS AppConfig deployment events to Amazon SNS</code> AWS authored
 * extension and receive notifications on an Amazon SNS topic anytime a configuration deployment is
 * started for a specific application. Defining which extension to associate with an AWS AppConfig
 * resource is called an <em>extension association</em> . An extension association is a specified
 * relationship between an extension and an AWS AppConfig resource, such as an application or a
 * configuration profile. For more information about extensions and associations, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/working-with-appconfig-extensions.html">Extending
 * workflows</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::ExtensionAssociation}.
 */
public final class ExtensionAssociation extends Resource<ExtensionAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::ExtensionAssociation")
      .constrain("ExtensionIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .constrain("ResourceIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .refYields("Id")
      .attributes("Arn", "ExtensionArn", "Id", "ResourceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ExtensionAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name, the ID, or the Amazon Resource Name (ARN) of the extension.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code ExtensionIdentifier}.
   */
  public ExtensionAssociation extensionIdentifier(String value) {
    return set("ExtensionIdentifier", Value.of(value));
  }

  /** Sets {@code ExtensionIdentifier} to this value; see {@link #extensionIdentifier(String)}. */
  public ExtensionAssociation extensionIdentifier(Value<String> value) {
    return set("ExtensionIdentifier", value);
  }

  /**
   * The version number of the extension. If not specified, AWS AppConfig uses the maximum version
   * of the extension.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExtensionVersionNumber}.
   */
  public ExtensionAssociation extensionVersionNumber(int value) {
    return set("ExtensionVersionNumber", Value.of(value));
  }

  /**
   * Sets {@code ExtensionVersionNumber} to this value; see {@link #extensionVersionNumber(int)}.
   */
  public ExtensionAssociation extensionVersionNumber(Value<Integer> value) {
    return set("ExtensionVersionNumber", value);
  }

  /**
   * The parameter names and values defined in the extensions. Extension parameters marked
   * <code>Required</code> must be entered for this field.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public ExtensionAssociation parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public ExtensionAssociation parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * The ARN of an application, configuration profile, or environment.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code ResourceIdentifier}.
   */
  public ExtensionAssociation resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public ExtensionAssociation resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * Adds one or more tags for the specified extension association. Tags are metadata that help you
   * categorize resources in different ways, for example, by purpose, owner, or environment. Each
   * tag consists of a key and an optional value, both of which you define.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ExtensionAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ExtensionAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ExtensionAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the extension defined in the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the extension defined in the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExtensionArn}.
   */
  public Value<String> extensionArn() {
    return getAtt("ExtensionArn");
  }

  /**
   * The system-generated ID for the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARNs of applications, configuration profiles, or environments defined in the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }
}
