// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of the AWS::QuickSight::ApprovalPolicy Resource Type.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::ApprovalPolicy}.
 */
public final class ApprovalPolicy extends Resource<ApprovalPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ApprovalPolicy")
      .required("Actions", "ApplicableTo", "ApprovalGroups", "AssetTypes", "Name", "PolicyId")
      .allowed("Actions", "SHARE")
      .allowed("AssetTypes", "AGENT", "KNOWLEDGE_BASE", "SPACE")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .constrain("PolicyId", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(64))
      .refYields("PolicyId")
      .attributes("CreatedAt", "PolicyArn", "UpdatedAt")
      .build();

  public ApprovalPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of governed actions a policy applies to.
   *
   * <p>Required. Allowed values: {@code SHARE}. CloudFormation property {@code Actions}.
   */
  public ApprovalPolicy actions(List<Json> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public ApprovalPolicy actions(Value<List<Json>> value) {
    return set("Actions", value);
  }

  /**
   * Scoping: who the policy applies to. GROUP: <code>groupArns</code> required (one or more group
   * ARNs).
   *
   * <p>Required. CloudFormation property {@code ApplicableTo}.
   */
  public ApprovalPolicy applicableTo(Value<ApplicableTo> value) {
    return set("ApplicableTo", value);
  }

  /**
   * List of approval group ARNs (e.g. QuickSight group ARNs). At least one approval group is
   * required; the upper bound is enforced per-account at the service layer via the configurable
   * approver-group limit.
   *
   * <p>Required. CloudFormation property {@code ApprovalGroups}.
   */
  public ApprovalPolicy approvalGroups(List<String> value) {
    return set("ApprovalGroups", Value.listOf(value));
  }

  /** Sets {@code ApprovalGroups} to this value; see {@link #approvalGroups(List)}. */
  public ApprovalPolicy approvalGroups(Value<List<String>> value) {
    return set("ApprovalGroups", value);
  }

  /**
   * List of asset types a policy applies to. At least one asset type is required.
   *
   * <p>Required. Allowed values: {@code AGENT}, {@code KNOWLEDGE_BASE}, {@code SPACE}.
   * CloudFormation property {@code AssetTypes}.
   */
  public ApprovalPolicy assetTypes(List<Json> value) {
    return set("AssetTypes", Value.listOf(value));
  }

  /** Sets {@code AssetTypes} to this value; see {@link #assetTypes(List)}. */
  public ApprovalPolicy assetTypes(Value<List<Json>> value) {
    return set("AssetTypes", value);
  }

  /** Length: 0 to 1024 characters. CloudFormation property {@code Description}. */
  public ApprovalPolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApprovalPolicy description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. Length: 1 to 256 characters. CloudFormation property {@code Name}. */
  public ApprovalPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApprovalPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code PolicyId}.
   */
  public ApprovalPolicy policyId(String value) {
    return set("PolicyId", Value.of(value));
  }

  /** Sets {@code PolicyId} to this value; see {@link #policyId(String)}. */
  public ApprovalPolicy policyId(Value<String> value) {
    return set("PolicyId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code PolicyArn}. */
  public Value<String> policyArn() {
    return getAtt("PolicyArn");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Scoping: who the policy applies to. GROUP: <code>groupArns</code> required (one or more group
   * ARNs).
   *
   * <p>Property type {@code AWS::QuickSight::ApprovalPolicy.ApplicableTo}.
   */
  public static final class ApplicableTo extends Struct<ApplicableTo> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ApprovalPolicy.ApplicableTo")
        .required("Type")
        .allowed("Type", "GROUP")
        .build();

    public ApplicableTo() {
      super(SCHEMA);
    }

    /**
     * Required when type = GROUP. One or more group ARNs.
     *
     * <p>CloudFormation property {@code GroupArns}.
     */
    public ApplicableTo groupArns(List<String> value) {
      return set("GroupArns", Value.listOf(value));
    }

    /** Sets {@code GroupArns} to this value; see {@link #groupArns(List)}. */
    public ApplicableTo groupArns(Value<List<String>> value) {
      return set("GroupArns", value);
    }

    /** Required. Allowed values: {@code GROUP}. CloudFormation property {@code Type}. */
    public ApplicableTo type(Value<Json> value) {
      return set("Type", value);
    }
  }
}
