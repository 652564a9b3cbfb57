// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmquicksetup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a lifecycle automation resource that executes SSM Automation documents during
 * CloudFormation stack operations. This resource replaces inline AWS Lambda custom resources and
 * provides a managed way to handle lifecycle events in Quick Setup configurations.
 *
 * <p>CloudFormation type {@code AWS::SSMQuickSetup::LifecycleAutomation}.
 */
public final class LifecycleAutomation extends Resource<LifecycleAutomation> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMQuickSetup::LifecycleAutomation")
      .required("AutomationDocument", "AutomationParameters", "ResourceKey")
      .constrain("AutomationDocument", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(500))
      .constrain("ResourceKey", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(64))
      .refYields("AssociationId")
      .attributes("AssociationId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public LifecycleAutomation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the SSM Automation document to execute in response to CloudFormation lifecycle
   * events (CREATE, UPDATE, DELETE).
   *
   * <p>Required. Length: 1 to 500 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property
   * {@code AutomationDocument}.
   */
  public LifecycleAutomation automationDocument(String value) {
    return set("AutomationDocument", Value.of(value));
  }

  /** Sets {@code AutomationDocument} to this value; see {@link #automationDocument(String)}. */
  public LifecycleAutomation automationDocument(Value<String> value) {
    return set("AutomationDocument", value);
  }

  /**
   * A map of key-value parameters passed to the Automation document during execution. Each
   * parameter name maps to a list of values, even for single values. Parameters can include
   * configuration-specific values for your automation workflow.
   *
   * <p>Required. CloudFormation property {@code AutomationParameters}.
   */
  public LifecycleAutomation automationParameters(Map<String, List<String>> value) {
    return set("AutomationParameters", Value.mapOf(value));
  }

  /** Sets {@code AutomationParameters} to this value; see {@link #automationParameters(Map)}. */
  public LifecycleAutomation automationParameters(Value<Map<String, List<String>>> value) {
    return set("AutomationParameters", value);
  }

  /**
   * A unique identifier used for generating the SSM Association name. This ensures uniqueness when
   * multiple lifecycle automation resources exist in the same stack.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code ResourceKey}.
   */
  public LifecycleAutomation resourceKey(String value) {
    return set("ResourceKey", Value.of(value));
  }

  /** Sets {@code ResourceKey} to this value; see {@link #resourceKey(String)}. */
  public LifecycleAutomation resourceKey(Value<String> value) {
    return set("ResourceKey", value);
  }

  /**
   * Tags applied to the underlying SSM Association created by this resource. Tags help identify and
   * organize automation executions.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LifecycleAutomation tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public LifecycleAutomation tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public LifecycleAutomation tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Returns the ID of the SSM Association created to manage the automation document execution
   * lifecycle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
