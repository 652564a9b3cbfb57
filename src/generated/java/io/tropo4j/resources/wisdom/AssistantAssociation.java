// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an association between an Connect Customer Wisdom assistant and another resource.
 * Currently, the only supported association is with a knowledge base. An assistant can have only a
 * single association.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::AssistantAssociation}.
 */
public final class AssistantAssociation extends Resource<AssistantAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AssistantAssociation")
      .required("AssistantId", "Association", "AssociationType")
      .constrain("AssistantId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
      .allowed("AssociationType", "KNOWLEDGE_BASE", "EXTERNAL_BEDROCK_KNOWLEDGE_BASE")
      .attributes("AssistantArn", "AssistantAssociationArn", "AssistantAssociationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AssistantAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Wisdom assistant.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * AssistantId}.
   */
  public AssistantAssociation assistantId(String value) {
    return set("AssistantId", Value.of(value));
  }

  /** Sets {@code AssistantId} to this value; see {@link #assistantId(String)}. */
  public AssistantAssociation assistantId(Value<String> value) {
    return set("AssistantId", value);
  }

  /**
   * The identifier of the associated resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Association}.
   */
  public AssistantAssociation association(Value<AssociationData> value) {
    return set("Association", value);
  }

  /**
   * The type of association.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code KNOWLEDGE_BASE}, {@code
   * EXTERNAL_BEDROCK_KNOWLEDGE_BASE}. CloudFormation property {@code AssociationType}.
   */
  public AssistantAssociation associationType(String value) {
    return set("AssociationType", Value.of(value));
  }

  /** Sets {@code AssociationType} to this value; see {@link #associationType(String)}. */
  public AssistantAssociation associationType(Value<String> value) {
    return set("AssociationType", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AssistantAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AssistantAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AssistantAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Wisdom assistant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantArn}.
   */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the assistant association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantAssociationArn}.
   */
  public Value<String> assistantAssociationArn() {
    return getAtt("AssistantAssociationArn");
  }

  /**
   * The ID of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantAssociationId}.
   */
  public Value<String> assistantAssociationId() {
    return getAtt("AssistantAssociationId");
  }

  /**
   * A union type that currently has a single argument, which is the knowledge base ID.
   *
   * <p>Property type {@code AWS::Wisdom::AssistantAssociation.AssociationData}.
   */
  public static final class AssociationData extends Struct<AssociationData> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::AssistantAssociation.AssociationData");

    public AssociationData() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ExternalBedrockKnowledgeBaseConfig}. */
    public AssociationData externalBedrockKnowledgeBaseConfig(Value<ExternalBedrockKnowledgeBaseConfig> value) {
      return set("ExternalBedrockKnowledgeBaseConfig", value);
    }

    /**
     * The identifier of the knowledge base.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KnowledgeBaseId}.
     */
    public AssociationData knowledgeBaseId(String value) {
      return set("KnowledgeBaseId", Value.of(value));
    }

    /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
    public AssociationData knowledgeBaseId(Value<String> value) {
      return set("KnowledgeBaseId", value);
    }
  }

  /**
   * Configuration for an external Bedrock knowledge base.
   *
   * <p>Property type {@code AWS::Wisdom::AssistantAssociation.ExternalBedrockKnowledgeBaseConfig}.
   */
  public static final class ExternalBedrockKnowledgeBaseConfig extends Struct<ExternalBedrockKnowledgeBaseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::AssistantAssociation.ExternalBedrockKnowledgeBaseConfig")
        .required("AccessRoleArn", "BedrockKnowledgeBaseArn")
        .build();

    public ExternalBedrockKnowledgeBaseConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role used to access the external Bedrock knowledge
     * base.
     *
     * <p>Required. CloudFormation property {@code AccessRoleArn}.
     */
    public ExternalBedrockKnowledgeBaseConfig accessRoleArn(String value) {
      return set("AccessRoleArn", Value.of(value));
    }

    /** Sets {@code AccessRoleArn} to this value; see {@link #accessRoleArn(String)}. */
    public ExternalBedrockKnowledgeBaseConfig accessRoleArn(Value<String> value) {
      return set("AccessRoleArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the external Bedrock knowledge base.
     *
     * <p>Required. CloudFormation property {@code BedrockKnowledgeBaseArn}.
     */
    public ExternalBedrockKnowledgeBaseConfig bedrockKnowledgeBaseArn(String value) {
      return set("BedrockKnowledgeBaseArn", Value.of(value));
    }

    /**
     * Sets {@code BedrockKnowledgeBaseArn} to this value; see {@link
     * #bedrockKnowledgeBaseArn(String)}.
     */
    public ExternalBedrockKnowledgeBaseConfig bedrockKnowledgeBaseArn(Value<String> value) {
      return set("BedrockKnowledgeBaseArn", value);
    }
  }
}
