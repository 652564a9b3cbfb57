// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing And Cost Management Pricing Calculator (prefix {@code bcm-pricing-calculator}), as the service authorization reference lists them.
 */
public final class BcmPricingCalculator {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bcm-pricing-calculator";

  /** {@code bcm-pricing-calculator:CreateBillEstimate}: Write; on bill-scenario. */
  public static final Action CREATE_BILL_ESTIMATE = Action.of(PREFIX, "CreateBillEstimate");

  /** {@code bcm-pricing-calculator:CreateBillScenario}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BILL_SCENARIO = Action.of(PREFIX, "CreateBillScenario");

  /** {@code bcm-pricing-calculator:CreateBillScenarioCommitmentModification}: Write; on bill-scenario. */
  public static final Action CREATE_BILL_SCENARIO_COMMITMENT_MODIFICATION = Action.of(PREFIX, "CreateBillScenarioCommitmentModification");

  /** {@code bcm-pricing-calculator:CreateBillScenarioUsageModification}: Write; on bill-scenario. */
  public static final Action CREATE_BILL_SCENARIO_USAGE_MODIFICATION = Action.of(PREFIX, "CreateBillScenarioUsageModification");

  /** {@code bcm-pricing-calculator:CreateWorkloadEstimate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKLOAD_ESTIMATE = Action.of(PREFIX, "CreateWorkloadEstimate");

  /** {@code bcm-pricing-calculator:CreateWorkloadEstimateUsage}: Write; on workload-estimate. */
  public static final Action CREATE_WORKLOAD_ESTIMATE_USAGE = Action.of(PREFIX, "CreateWorkloadEstimateUsage");

  /** {@code bcm-pricing-calculator:DeleteBillEstimate}: Write; on bill-estimate. */
  public static final Action DELETE_BILL_ESTIMATE = Action.of(PREFIX, "DeleteBillEstimate");

  /** {@code bcm-pricing-calculator:DeleteBillScenario}: Write; on bill-scenario. */
  public static final Action DELETE_BILL_SCENARIO = Action.of(PREFIX, "DeleteBillScenario");

  /** {@code bcm-pricing-calculator:DeleteBillScenarioCommitmentModification}: Write; on bill-scenario. */
  public static final Action DELETE_BILL_SCENARIO_COMMITMENT_MODIFICATION = Action.of(PREFIX, "DeleteBillScenarioCommitmentModification");

  /** {@code bcm-pricing-calculator:DeleteBillScenarioUsageModification}: Write; on bill-scenario. */
  public static final Action DELETE_BILL_SCENARIO_USAGE_MODIFICATION = Action.of(PREFIX, "DeleteBillScenarioUsageModification");

  /** {@code bcm-pricing-calculator:DeleteWorkloadEstimate}: Write; on workload-estimate. */
  public static final Action DELETE_WORKLOAD_ESTIMATE = Action.of(PREFIX, "DeleteWorkloadEstimate");

  /** {@code bcm-pricing-calculator:DeleteWorkloadEstimateUsage}: Write; on workload-estimate. */
  public static final Action DELETE_WORKLOAD_ESTIMATE_USAGE = Action.of(PREFIX, "DeleteWorkloadEstimateUsage");

  /** {@code bcm-pricing-calculator:GetBillEstimate}: Read; on bill-estimate. */
  public static final Action GET_BILL_ESTIMATE = Action.of(PREFIX, "GetBillEstimate");

  /** {@code bcm-pricing-calculator:GetBillScenario}: Read; on bill-scenario. */
  public static final Action GET_BILL_SCENARIO = Action.of(PREFIX, "GetBillScenario");

  /** {@code bcm-pricing-calculator:GetPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PREFERENCES = Action.of(PREFIX, "GetPreferences");

  /** {@code bcm-pricing-calculator:GetWorkloadEstimate}: Read; on workload-estimate. */
  public static final Action GET_WORKLOAD_ESTIMATE = Action.of(PREFIX, "GetWorkloadEstimate");

  /** {@code bcm-pricing-calculator:ListBillEstimateCommitments}: List; on bill-estimate. */
  public static final Action LIST_BILL_ESTIMATE_COMMITMENTS = Action.of(PREFIX, "ListBillEstimateCommitments");

  /** {@code bcm-pricing-calculator:ListBillEstimateInputCommitmentModifications}: List; on bill-estimate. */
  public static final Action LIST_BILL_ESTIMATE_INPUT_COMMITMENT_MODIFICATIONS = Action.of(PREFIX, "ListBillEstimateInputCommitmentModifications");

  /** {@code bcm-pricing-calculator:ListBillEstimateInputUsageModifications}: List; on bill-estimate. */
  public static final Action LIST_BILL_ESTIMATE_INPUT_USAGE_MODIFICATIONS = Action.of(PREFIX, "ListBillEstimateInputUsageModifications");

  /** {@code bcm-pricing-calculator:ListBillEstimateLineItems}: List; on bill-estimate. */
  public static final Action LIST_BILL_ESTIMATE_LINE_ITEMS = Action.of(PREFIX, "ListBillEstimateLineItems");

  /** {@code bcm-pricing-calculator:ListBillEstimates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BILL_ESTIMATES = Action.of(PREFIX, "ListBillEstimates");

  /** {@code bcm-pricing-calculator:ListBillScenarioCommitmentModifications}: List; on bill-scenario. */
  public static final Action LIST_BILL_SCENARIO_COMMITMENT_MODIFICATIONS = Action.of(PREFIX, "ListBillScenarioCommitmentModifications");

  /** {@code bcm-pricing-calculator:ListBillScenarioUsageModifications}: List; on bill-scenario. */
  public static final Action LIST_BILL_SCENARIO_USAGE_MODIFICATIONS = Action.of(PREFIX, "ListBillScenarioUsageModifications");

  /** {@code bcm-pricing-calculator:ListBillScenarios}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BILL_SCENARIOS = Action.of(PREFIX, "ListBillScenarios");

  /** {@code bcm-pricing-calculator:ListTagsForResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bcm-pricing-calculator:ListWorkloadEstimateUsage}: List; on workload-estimate. */
  public static final Action LIST_WORKLOAD_ESTIMATE_USAGE = Action.of(PREFIX, "ListWorkloadEstimateUsage");

  /** {@code bcm-pricing-calculator:ListWorkloadEstimates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOAD_ESTIMATES = Action.of(PREFIX, "ListWorkloadEstimates");

  /** {@code bcm-pricing-calculator:TagResource}: Tagging; on bill-scenario, workload-estimate. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bcm-pricing-calculator:UntagResource}: Tagging; on bill-scenario, workload-estimate. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bcm-pricing-calculator:UpdateBillEstimate}: Write; on bill-estimate. */
  public static final Action UPDATE_BILL_ESTIMATE = Action.of(PREFIX, "UpdateBillEstimate");

  /** {@code bcm-pricing-calculator:UpdateBillScenario}: Write; on bill-scenario. */
  public static final Action UPDATE_BILL_SCENARIO = Action.of(PREFIX, "UpdateBillScenario");

  /** {@code bcm-pricing-calculator:UpdateBillScenarioCommitmentModification}: Write; on bill-scenario. */
  public static final Action UPDATE_BILL_SCENARIO_COMMITMENT_MODIFICATION = Action.of(PREFIX, "UpdateBillScenarioCommitmentModification");

  /** {@code bcm-pricing-calculator:UpdateBillScenarioUsageModification}: Write; on bill-scenario. */
  public static final Action UPDATE_BILL_SCENARIO_USAGE_MODIFICATION = Action.of(PREFIX, "UpdateBillScenarioUsageModification");

  /** {@code bcm-pricing-calculator:UpdatePreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PREFERENCES = Action.of(PREFIX, "UpdatePreferences");

  /** {@code bcm-pricing-calculator:UpdateWorkloadEstimate}: Write; on workload-estimate. */
  public static final Action UPDATE_WORKLOAD_ESTIMATE = Action.of(PREFIX, "UpdateWorkloadEstimate");

  /** {@code bcm-pricing-calculator:UpdateWorkloadEstimateUsage}: Write; on workload-estimate. */
  public static final Action UPDATE_WORKLOAD_ESTIMATE_USAGE = Action.of(PREFIX, "UpdateWorkloadEstimateUsage");

  private BcmPricingCalculator() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
