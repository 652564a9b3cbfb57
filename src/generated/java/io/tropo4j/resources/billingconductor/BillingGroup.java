// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.billingconductor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a billing group that resembles a consolidated billing family that AWS charges, based off
 * of the predefined pricing plan computation.
 *
 * <p>CloudFormation type {@code AWS::BillingConductor::BillingGroup}.
 */
public final class BillingGroup extends Resource<BillingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::BillingGroup")
      .required("AccountGrouping", "ComputationPreference", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\+=\\.\\-@]+").minLength(1).maxLength(128))
      .constrain("PrimaryAccountId", Constraint.of().pattern("[0-9]{12}"))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime", "Size", "Status", "StatusReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public BillingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The set of accounts that will be under the billing group. The set of accounts resemble the
   * linked accounts in a consolidated billing family.
   *
   * <p>Required. CloudFormation property {@code AccountGrouping}.
   */
  public BillingGroup accountGrouping(Value<AccountGrouping> value) {
    return set("AccountGrouping", value);
  }

  /**
   * The preferences and settings that will be used to compute the AWS charges for a billing group.
   *
   * <p>Required. CloudFormation property {@code ComputationPreference}.
   */
  public BillingGroup computationPreference(Value<ComputationPreference> value) {
    return set("ComputationPreference", value);
  }

  /**
   * The description of the billing group.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public BillingGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BillingGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The billing group's name.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+}. CloudFormation property {@code Name}.
   */
  public BillingGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BillingGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The account ID that serves as the main account in a billing group.
   *
   * <p>Changing it replaces the resource. Pattern: {@code [0-9]{12}}. CloudFormation property
   * {@code PrimaryAccountId}.
   */
  public BillingGroup primaryAccountId(String value) {
    return set("PrimaryAccountId", Value.of(value));
  }

  /** Sets {@code PrimaryAccountId} to this value; see {@link #primaryAccountId(String)}. */
  public BillingGroup primaryAccountId(Value<String> value) {
    return set("PrimaryAccountId", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to a billing group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BillingGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public BillingGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public BillingGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the created billing group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the billing group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<Integer> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The most recent time the billing group was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Integer> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The number of accounts in the particular billing group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Size}.
   */
  public Value<Integer> size() {
    return getAtt("Size");
  }

  /**
   * The billing group status. Only one of the valid values can be used.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The reason why the billing group is in its current status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * The set of accounts that will be under the billing group. The set of accounts resemble the
   * linked accounts in a consolidated billing family.
   *
   * <p>Property type {@code AWS::BillingConductor::BillingGroup.AccountGrouping}.
   */
  public static final class AccountGrouping extends Struct<AccountGrouping> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::BillingGroup.AccountGrouping")
        .constrain("LinkedAccountIds", Constraint.of().pattern("[0-9]{12}"))
        .constrain("ResponsibilityTransferArn", Constraint.of().pattern("arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::[0-9]{12}:transfer/o-[a-z0-9]{10,32}/(billing)/(inbound|outbound)/rt-[0-9a-z]{8,32}"))
        .build();

    public AccountGrouping() {
      super(SCHEMA);
    }

    /**
     * Specifies if this billing group will automatically associate newly added AWS accounts that
     * join your consolidated billing family.
     *
     * <p>CloudFormation property {@code AutoAssociate}.
     */
    public AccountGrouping autoAssociate(boolean value) {
      return set("AutoAssociate", Value.of(value));
    }

    /** Sets {@code AutoAssociate} to this value; see {@link #autoAssociate(boolean)}. */
    public AccountGrouping autoAssociate(Value<Boolean> value) {
      return set("AutoAssociate", value);
    }

    /**
     * The account IDs that make up the billing group. Account IDs must be a part of the
     * consolidated billing family, and not associated with another billing group.
     *
     * <p>Pattern: {@code [0-9]{12}}. CloudFormation property {@code LinkedAccountIds}.
     */
    public AccountGrouping linkedAccountIds(List<String> value) {
      return set("LinkedAccountIds", Value.listOf(value));
    }

    /** Sets {@code LinkedAccountIds} to this value; see {@link #linkedAccountIds(List)}. */
    public AccountGrouping linkedAccountIds(Value<List<String>> value) {
      return set("LinkedAccountIds", value);
    }

    /**
     * The Amazon Resource Name (ARN) that identifies the transfer relationship owned by the Bill
     * Transfer account (caller account). When specified, the PrimaryAccountId is no longer
     * required.
     *
     * <p>Pattern: {@code
     * arn:[a-z0-9][a-z0-9-.]{0,62}:organizations::[0-9]{12}:transfer/o-[a-z0-9]{10,32}/(billing)/(inbound|outbound)/rt-[0-9a-z]{8,32}}.
     * CloudFormation property {@code ResponsibilityTransferArn}.
     */
    public AccountGrouping responsibilityTransferArn(String value) {
      return set("ResponsibilityTransferArn", Value.of(value));
    }

    /**
     * Sets {@code ResponsibilityTransferArn} to this value; see {@link
     * #responsibilityTransferArn(String)}.
     */
    public AccountGrouping responsibilityTransferArn(Value<String> value) {
      return set("ResponsibilityTransferArn", value);
    }
  }

  /**
   * The preferences and settings that will be used to compute the AWS charges for a billing group.
   *
   * <p>Property type {@code AWS::BillingConductor::BillingGroup.ComputationPreference}.
   */
  public static final class ComputationPreference extends Struct<ComputationPreference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::BillingGroup.ComputationPreference")
        .required("PricingPlanArn")
        .constrain("PricingPlanArn", Constraint.of().pattern("arn:aws(-cn)?:billingconductor::(aws|[0-9]{12}):pricingplan/(BasicPricingPlan|Passthrough|[a-zA-Z0-9]{10})"))
        .build();

    public ComputationPreference() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the pricing plan used to compute the AWS charges for a
     * billing group.
     *
     * <p>Required. Pattern: {@code
     * arn:aws(-cn)?:billingconductor::(aws|[0-9]{12}):pricingplan/(BasicPricingPlan|Passthrough|[a-zA-Z0-9]{10})}.
     * CloudFormation property {@code PricingPlanArn}.
     */
    public ComputationPreference pricingPlanArn(String value) {
      return set("PricingPlanArn", Value.of(value));
    }

    /** Sets {@code PricingPlanArn} to this value; see {@link #pricingPlanArn(String)}. */
    public ComputationPreference pricingPlanArn(Value<String> value) {
      return set("PricingPlanArn", value);
    }
  }
}
