// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a generated template from existing resources using the CloudFormation IaC Generator.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::GeneratedTemplate}.
 */
public final class GeneratedTemplate extends Resource<GeneratedTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GeneratedTemplate")
      .required("GeneratedTemplateName")
      .constrain("GeneratedTemplateName", Constraint.of().minLength(1).maxLength(128))
      .refYields("GeneratedTemplateId")
      .attributes("CreationTime", "GeneratedTemplateId", "LastUpdatedTime", "Progress", "Status",
          "TotalWarnings")
      .build();

  public GeneratedTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name assigned to the generated template.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code
   * GeneratedTemplateName}.
   */
  public GeneratedTemplate generatedTemplateName(String value) {
    return set("GeneratedTemplateName", Value.of(value));
  }

  /**
   * Sets {@code GeneratedTemplateName} to this value; see {@link #generatedTemplateName(String)}.
   */
  public GeneratedTemplate generatedTemplateName(Value<String> value) {
    return set("GeneratedTemplateName", value);
  }

  /**
   * The configuration details of the generated template.
   *
   * <p>CloudFormation property {@code TemplateConfiguration}.
   */
  public GeneratedTemplate templateConfiguration(Value<TemplateConfiguration> value) {
    return set("TemplateConfiguration", value);
  }

  /**
   * The time the generated template was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the generated template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GeneratedTemplateId}.
   */
  public Value<String> generatedTemplateId() {
    return getAtt("GeneratedTemplateId");
  }

  /**
   * The time the generated template was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * A summary of the progress of the template generation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Progress}.
   */
  public Value<TemplateProgress> progress() {
    return getAtt("Progress");
  }

  /**
   * The status of the template generation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The number of warnings generated for this template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalWarnings}.
   */
  public Value<Integer> totalWarnings() {
    return getAtt("TotalWarnings");
  }

  /**
   * The configuration details of the generated template.
   *
   * <p>Property type {@code AWS::CloudFormation::GeneratedTemplate.TemplateConfiguration}.
   */
  public static final class TemplateConfiguration extends Struct<TemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GeneratedTemplate.TemplateConfiguration")
        .allowed("DeletionPolicy", "DELETE", "RETAIN")
        .allowed("UpdateReplacePolicy", "DELETE", "RETAIN")
        .build();

    public TemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The DeletionPolicy assigned to resources in the generated template.
     *
     * <p>Allowed values: {@code DELETE}, {@code RETAIN}. CloudFormation property {@code
     * DeletionPolicy}.
     */
    public TemplateConfiguration deletionPolicy(String value) {
      return set("DeletionPolicy", Value.of(value));
    }

    /** Sets {@code DeletionPolicy} to this value; see {@link #deletionPolicy(String)}. */
    public TemplateConfiguration deletionPolicy(Value<String> value) {
      return set("DeletionPolicy", value);
    }

    /**
     * The UpdateReplacePolicy assigned to resources in the generated template.
     *
     * <p>Allowed values: {@code DELETE}, {@code RETAIN}. CloudFormation property {@code
     * UpdateReplacePolicy}.
     */
    public TemplateConfiguration updateReplacePolicy(String value) {
      return set("UpdateReplacePolicy", Value.of(value));
    }

    /** Sets {@code UpdateReplacePolicy} to this value; see {@link #updateReplacePolicy(String)}. */
    public TemplateConfiguration updateReplacePolicy(Value<String> value) {
      return set("UpdateReplacePolicy", value);
    }
  }

  /**
   * A summary of the progress of the template generation.
   *
   * <p>Property type {@code AWS::CloudFormation::GeneratedTemplate.TemplateProgress}.
   */
  public static final class TemplateProgress extends Struct<TemplateProgress> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::GeneratedTemplate.TemplateProgress");

    public TemplateProgress() {
      super(SCHEMA);
    }

    /**
     * The number of resources that failed the template generation.
     *
     * <p>CloudFormation property {@code ResourcesFailed}.
     */
    public TemplateProgress resourcesFailed(int value) {
      return set("ResourcesFailed", Value.of(value));
    }

    /** Sets {@code ResourcesFailed} to this value; see {@link #resourcesFailed(int)}. */
    public TemplateProgress resourcesFailed(Value<Integer> value) {
      return set("ResourcesFailed", value);
    }

    /**
     * The number of resources that are still pending the template generation.
     *
     * <p>CloudFormation property {@code ResourcesPending}.
     */
    public TemplateProgress resourcesPending(int value) {
      return set("ResourcesPending", Value.of(value));
    }

    /** Sets {@code ResourcesPending} to this value; see {@link #resourcesPending(int)}. */
    public TemplateProgress resourcesPending(Value<Integer> value) {
      return set("ResourcesPending", value);
    }

    /**
     * The number of resources that are in-process for the template generation.
     *
     * <p>CloudFormation property {@code ResourcesProcessing}.
     */
    public TemplateProgress resourcesProcessing(int value) {
      return set("ResourcesProcessing", Value.of(value));
    }

    /** Sets {@code ResourcesProcessing} to this value; see {@link #resourcesProcessing(int)}. */
    public TemplateProgress resourcesProcessing(Value<Integer> value) {
      return set("ResourcesProcessing", value);
    }

    /**
     * The number of resources that succeeded the template generation.
     *
     * <p>CloudFormation property {@code ResourcesSucceeded}.
     */
    public TemplateProgress resourcesSucceeded(int value) {
      return set("ResourcesSucceeded", Value.of(value));
    }

    /** Sets {@code ResourcesSucceeded} to this value; see {@link #resourcesSucceeded(int)}. */
    public TemplateProgress resourcesSucceeded(Value<Integer> value) {
      return set("ResourcesSucceeded", value);
    }
  }
}
