// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an intelligent prompt router resource for Amazon Bedrock .
 *
 * <p>CloudFormation type {@code AWS::Bedrock::IntelligentPromptRouter}.
 */
public final class IntelligentPromptRouter extends Resource<IntelligentPromptRouter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::IntelligentPromptRouter")
      .required("FallbackModel", "Models", "PromptRouterName", "RoutingCriteria")
      .constrain("Description", Constraint.of().pattern("^([0-9a-zA-Z:.][ _-]?)+$").minLength(1).maxLength(200))
      .constrain("PromptRouterName", Constraint.of().pattern("^([0-9a-zA-Z][ _-]?)+$").minLength(1).maxLength(64))
      .refYields("PromptRouterArn")
      .attributes("CreatedAt", "PromptRouterArn", "Status", "Type", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IntelligentPromptRouter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the prompt router to help identify its purpose.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^([0-9a-zA-Z:.][ _-]?)+$}. CloudFormation property {@code Description}.
   */
  public IntelligentPromptRouter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IntelligentPromptRouter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The default model to use when the routing criteria is not met.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FallbackModel}.
   */
  public IntelligentPromptRouter fallbackModel(Value<PromptRouterTargetModel> value) {
    return set("FallbackModel", value);
  }

  /**
   * A list of foundation models that the prompt router can route requests to. At least one model
   * must be specified.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Models}.
   */
  public IntelligentPromptRouter models(List<PromptRouterTargetModel> value) {
    return set("Models", Value.listOf(value));
  }

  /** Sets {@code Models} to this value; see {@link #models(List)}. */
  public IntelligentPromptRouter models(Value<List<PromptRouterTargetModel>> value) {
    return set("Models", value);
  }

  /** Sets {@code Models} to a list of these; see {@link #models(List)}. */
  public IntelligentPromptRouter models(PromptRouterTargetModel... values) {
    return set("Models", Value.list(values));
  }

  /**
   * The name of the prompt router. The name must be unique within your AWS account in the current
   * region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^([0-9a-zA-Z][ _-]?)+$}. CloudFormation property {@code PromptRouterName}.
   */
  public IntelligentPromptRouter promptRouterName(String value) {
    return set("PromptRouterName", Value.of(value));
  }

  /** Sets {@code PromptRouterName} to this value; see {@link #promptRouterName(String)}. */
  public IntelligentPromptRouter promptRouterName(Value<String> value) {
    return set("PromptRouterName", value);
  }

  /**
   * Routing criteria for a prompt router.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RoutingCriteria}.
   */
  public IntelligentPromptRouter routingCriteria(Value<RoutingCriteria> value) {
    return set("RoutingCriteria", value);
  }

  /**
   * An array of key-value pairs to apply to this resource as tags. You can use tags to categorize
   * and manage your AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IntelligentPromptRouter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IntelligentPromptRouter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IntelligentPromptRouter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates the time that the prompt router was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the prompt router.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PromptRouterArn}.
   */
  public Value<String> promptRouterArn() {
    return getAtt("PromptRouterArn");
  }

  /**
   * The router's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The router's type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * When the router was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The target model for a prompt router.
   *
   * <p>Property type {@code AWS::Bedrock::IntelligentPromptRouter.PromptRouterTargetModel}.
   */
  public static final class PromptRouterTargetModel extends Struct<PromptRouterTargetModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::IntelligentPromptRouter.PromptRouterTargetModel")
        .required("ModelArn")
        .constrain("ModelArn", Constraint.of().pattern("(^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(^arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)$").minLength(1).maxLength(2048))
        .build();

    public PromptRouterTargetModel() {
      super(SCHEMA);
    }

    /**
     * The target model's ARN.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * (^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(^arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)$}.
     * CloudFormation property {@code ModelArn}.
     */
    public PromptRouterTargetModel modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public PromptRouterTargetModel modelArn(Value<String> value) {
      return set("ModelArn", value);
    }
  }

  /**
   * Routing criteria for a prompt router.
   *
   * <p>Property type {@code AWS::Bedrock::IntelligentPromptRouter.RoutingCriteria}.
   */
  public static final class RoutingCriteria extends Struct<RoutingCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::IntelligentPromptRouter.RoutingCriteria")
        .required("ResponseQualityDifference")
        .constrain("ResponseQualityDifference", Constraint.of().minimum(0).maximum(100))
        .build();

    public RoutingCriteria() {
      super(SCHEMA);
    }

    /**
     * The criteria's response quality difference.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code ResponseQualityDifference}.
     */
    public RoutingCriteria responseQualityDifference(double value) {
      return set("ResponseQualityDifference", Value.of(value));
    }

    /**
     * Sets {@code ResponseQualityDifference} to this value; see {@link
     * #responseQualityDifference(double)}.
     */
    public RoutingCriteria responseQualityDifference(Value<Double> value) {
      return set("ResponseQualityDifference", value);
    }
  }
}
