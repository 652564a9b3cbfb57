// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon AI Operations (prefix {@code aiops}), as the service authorization reference lists them.
 */
public final class Aiops {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aiops";

  /** {@code aiops:CreateInvestigation}: Write; on investigation-group. */
  public static final Action CREATE_INVESTIGATION = Action.of(PREFIX, "CreateInvestigation");

  /** {@code aiops:CreateInvestigationEvent}: Write; on investigation-group. */
  public static final Action CREATE_INVESTIGATION_EVENT = Action.of(PREFIX, "CreateInvestigationEvent");

  /** {@code aiops:CreateInvestigationGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INVESTIGATION_GROUP = Action.of(PREFIX, "CreateInvestigationGroup");

  /** {@code aiops:CreateInvestigationResource}: Write; on investigation-group. */
  public static final Action CREATE_INVESTIGATION_RESOURCE = Action.of(PREFIX, "CreateInvestigationResource");

  /** {@code aiops:CreateReport}: Write; on investigation-group. */
  public static final Action CREATE_REPORT = Action.of(PREFIX, "CreateReport");

  /** {@code aiops:DeleteInvestigation}: Write; on investigation-group. */
  public static final Action DELETE_INVESTIGATION = Action.of(PREFIX, "DeleteInvestigation");

  /** {@code aiops:DeleteInvestigationGroup}: Write; on investigation-group. */
  public static final Action DELETE_INVESTIGATION_GROUP = Action.of(PREFIX, "DeleteInvestigationGroup");

  /** {@code aiops:DeleteInvestigationGroupPolicy}: Write; on investigation-group. */
  public static final Action DELETE_INVESTIGATION_GROUP_POLICY = Action.of(PREFIX, "DeleteInvestigationGroupPolicy");

  /** {@code aiops:GenerateReport}: Write; on investigation-group. */
  public static final Action GENERATE_REPORT = Action.of(PREFIX, "GenerateReport");

  /** {@code aiops:GetEphemeralInvestigationResults}: List; on no resource type (give {@code *}). */
  public static final Action GET_EPHEMERAL_INVESTIGATION_RESULTS = Action.of(PREFIX, "GetEphemeralInvestigationResults");

  /** {@code aiops:GetFact}: Read; on investigation-group. */
  public static final Action GET_FACT = Action.of(PREFIX, "GetFact");

  /** {@code aiops:GetFactVersions}: Read; on investigation-group. */
  public static final Action GET_FACT_VERSIONS = Action.of(PREFIX, "GetFactVersions");

  /** {@code aiops:GetInvestigation}: Read; on investigation-group. */
  public static final Action GET_INVESTIGATION = Action.of(PREFIX, "GetInvestigation");

  /** {@code aiops:GetInvestigationEvent}: Read; on investigation-group. */
  public static final Action GET_INVESTIGATION_EVENT = Action.of(PREFIX, "GetInvestigationEvent");

  /** {@code aiops:GetInvestigationGroup}: Read; on investigation-group. */
  public static final Action GET_INVESTIGATION_GROUP = Action.of(PREFIX, "GetInvestigationGroup");

  /** {@code aiops:GetInvestigationGroupPolicy}: Read; on investigation-group. */
  public static final Action GET_INVESTIGATION_GROUP_POLICY = Action.of(PREFIX, "GetInvestigationGroupPolicy");

  /** {@code aiops:GetInvestigationResource}: Read; on investigation-group. */
  public static final Action GET_INVESTIGATION_RESOURCE = Action.of(PREFIX, "GetInvestigationResource");

  /** {@code aiops:GetReport}: Read; on investigation-group. */
  public static final Action GET_REPORT = Action.of(PREFIX, "GetReport");

  /** {@code aiops:ListFacts}: List; on investigation-group. */
  public static final Action LIST_FACTS = Action.of(PREFIX, "ListFacts");

  /** {@code aiops:ListInvestigationEvents}: List; on investigation-group. */
  public static final Action LIST_INVESTIGATION_EVENTS = Action.of(PREFIX, "ListInvestigationEvents");

  /** {@code aiops:ListInvestigationGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVESTIGATION_GROUPS = Action.of(PREFIX, "ListInvestigationGroups");

  /** {@code aiops:ListInvestigations}: List; on investigation-group. */
  public static final Action LIST_INVESTIGATIONS = Action.of(PREFIX, "ListInvestigations");

  /** {@code aiops:ListReports}: List; on investigation-group. */
  public static final Action LIST_REPORTS = Action.of(PREFIX, "ListReports");

  /** {@code aiops:ListTagsForResource}: List; on investigation-group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aiops:PutFact}: Write; on investigation-group. */
  public static final Action PUT_FACT = Action.of(PREFIX, "PutFact");

  /** {@code aiops:PutInvestigationGroupPolicy}: Write; on investigation-group. */
  public static final Action PUT_INVESTIGATION_GROUP_POLICY = Action.of(PREFIX, "PutInvestigationGroupPolicy");

  /** {@code aiops:TagResource}: Tagging; on investigation-group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aiops:UntagResource}: Tagging; on investigation-group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aiops:UpdateInvestigation}: Write; on investigation-group. */
  public static final Action UPDATE_INVESTIGATION = Action.of(PREFIX, "UpdateInvestigation");

  /** {@code aiops:UpdateInvestigationEvent}: Write; on investigation-group. */
  public static final Action UPDATE_INVESTIGATION_EVENT = Action.of(PREFIX, "UpdateInvestigationEvent");

  /** {@code aiops:UpdateInvestigationGroup}: Write; on investigation-group. */
  public static final Action UPDATE_INVESTIGATION_GROUP = Action.of(PREFIX, "UpdateInvestigationGroup");

  /** {@code aiops:UpdateReport}: Write; on investigation-group. */
  public static final Action UPDATE_REPORT = Action.of(PREFIX, "UpdateReport");

  /** {@code aiops:ValidateInvestigationGroup}: Read; on investigation-group. */
  public static final Action VALIDATE_INVESTIGATION_GROUP = Action.of(PREFIX, "ValidateInvestigationGroup");

  private Aiops() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
