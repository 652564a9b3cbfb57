// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::GuardDuty::CustomDetectionRuleAssociation. Associates a
 * GuardDuty custom detection rule with the caller's account, enabling the rule in either LIVE or
 * DRY_RUN mode.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::CustomDetectionRuleAssociation}.
 */
public final class CustomDetectionRuleAssociation extends Resource<CustomDetectionRuleAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::CustomDetectionRuleAssociation")
      .required("Mode", "RuleId")
      .allowed("Mode", "LIVE", "DRY_RUN")
      .constrain("RuleId", Constraint.of().pattern("^[a-z0-9]+(-[a-z0-9]+)*$").minLength(1).maxLength(100))
      .attributes("AccountId", "Arn", "AssociationId", "CreatedAt", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomDetectionRuleAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether the rule runs in LIVE mode (generates findings) or DRY_RUN mode (evaluates without
   * generating findings).
   *
   * <p>Required. Allowed values: {@code LIVE}, {@code DRY_RUN}. CloudFormation property {@code
   * Mode}.
   */
  public CustomDetectionRuleAssociation mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public CustomDetectionRuleAssociation mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The catalog identifier of the custom detection rule to associate.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-z0-9]+(-[a-z0-9]+)*$}. CloudFormation property {@code RuleId}.
   */
  public CustomDetectionRuleAssociation ruleId(String value) {
    return set("RuleId", Value.of(value));
  }

  /** Sets {@code RuleId} to this value; see {@link #ruleId(String)}. */
  public CustomDetectionRuleAssociation ruleId(Value<String> value) {
    return set("RuleId", value);
  }

  /**
   * The tags applied to the association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomDetectionRuleAssociation tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomDetectionRuleAssociation tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public CustomDetectionRuleAssociation tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomDetectionRuleAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS account ID the association applies to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The Amazon Resource Name (ARN) of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The service-generated unique identifier of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * The time the association was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time the association was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::GuardDuty::CustomDetectionRuleAssociation.TagItem}. */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::CustomDetectionRuleAssociation.TagItem")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagItem() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagItem key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagItem value(Value<String> value) {
      return set("Value", value);
    }
  }
}
