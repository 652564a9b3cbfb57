// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Application Insights (prefix {@code applicationinsights}), as the service authorization reference lists them.
 */
public final class Applicationinsights {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "applicationinsights";

  /** {@code applicationinsights:AddWorkload}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_WORKLOAD = Action.of(PREFIX, "AddWorkload");

  /** {@code applicationinsights:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code applicationinsights:CreateComponent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COMPONENT = Action.of(PREFIX, "CreateComponent");

  /** {@code applicationinsights:CreateLogPattern}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOG_PATTERN = Action.of(PREFIX, "CreateLogPattern");

  /** {@code applicationinsights:DeleteApplication}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code applicationinsights:DeleteComponent}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_COMPONENT = Action.of(PREFIX, "DeleteComponent");

  /** {@code applicationinsights:DeleteLogPattern}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LOG_PATTERN = Action.of(PREFIX, "DeleteLogPattern");

  /** {@code applicationinsights:DescribeApplication}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APPLICATION = Action.of(PREFIX, "DescribeApplication");

  /** {@code applicationinsights:DescribeComponent}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPONENT = Action.of(PREFIX, "DescribeComponent");

  /** {@code applicationinsights:DescribeComponentConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPONENT_CONFIGURATION = Action.of(PREFIX, "DescribeComponentConfiguration");

  /** {@code applicationinsights:DescribeComponentConfigurationRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPONENT_CONFIGURATION_RECOMMENDATION = Action.of(PREFIX, "DescribeComponentConfigurationRecommendation");

  /** {@code applicationinsights:DescribeLogPattern}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOG_PATTERN = Action.of(PREFIX, "DescribeLogPattern");

  /** {@code applicationinsights:DescribeObservation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OBSERVATION = Action.of(PREFIX, "DescribeObservation");

  /** {@code applicationinsights:DescribeProblem}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROBLEM = Action.of(PREFIX, "DescribeProblem");

  /** {@code applicationinsights:DescribeProblemObservations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROBLEM_OBSERVATIONS = Action.of(PREFIX, "DescribeProblemObservations");

  /** {@code applicationinsights:DescribeWorkload}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WORKLOAD = Action.of(PREFIX, "DescribeWorkload");

  /** {@code applicationinsights:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code applicationinsights:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code applicationinsights:ListComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code applicationinsights:ListConfigurationHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_HISTORY = Action.of(PREFIX, "ListConfigurationHistory");

  /** {@code applicationinsights:ListLogPatternSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_PATTERN_SETS = Action.of(PREFIX, "ListLogPatternSets");

  /** {@code applicationinsights:ListLogPatterns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_PATTERNS = Action.of(PREFIX, "ListLogPatterns");

  /** {@code applicationinsights:ListProblems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROBLEMS = Action.of(PREFIX, "ListProblems");

  /** {@code applicationinsights:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code applicationinsights:ListWorkloads}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOADS = Action.of(PREFIX, "ListWorkloads");

  /** {@code applicationinsights:RemoveWorkload}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_WORKLOAD = Action.of(PREFIX, "RemoveWorkload");

  /** {@code applicationinsights:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code applicationinsights:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code applicationinsights:UpdateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code applicationinsights:UpdateComponent}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_COMPONENT = Action.of(PREFIX, "UpdateComponent");

  /** {@code applicationinsights:UpdateComponentConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_COMPONENT_CONFIGURATION = Action.of(PREFIX, "UpdateComponentConfiguration");

  /** {@code applicationinsights:UpdateLogPattern}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LOG_PATTERN = Action.of(PREFIX, "UpdateLogPattern");

  /** {@code applicationinsights:UpdateProblem}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROBLEM = Action.of(PREFIX, "UpdateProblem");

  /** {@code applicationinsights:UpdateWorkload}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_WORKLOAD = Action.of(PREFIX, "UpdateWorkload");

  private Applicationinsights() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
