// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Service Quotas (prefix {@code servicequotas}), as the service authorization reference lists them.
 */
public final class Servicequotas {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "servicequotas";

  /** {@code servicequotas:AssociateServiceQuotaTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SERVICE_QUOTA_TEMPLATE = Action.of(PREFIX, "AssociateServiceQuotaTemplate");

  /** {@code servicequotas:CreateSupportCase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUPPORT_CASE = Action.of(PREFIX, "CreateSupportCase");

  /** {@code servicequotas:DeleteServiceQuotaIncreaseRequestFromTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SERVICE_QUOTA_INCREASE_REQUEST_FROM_TEMPLATE = Action.of(PREFIX, "DeleteServiceQuotaIncreaseRequestFromTemplate");

  /** {@code servicequotas:DisassociateServiceQuotaTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_SERVICE_QUOTA_TEMPLATE = Action.of(PREFIX, "DisassociateServiceQuotaTemplate");

  /** {@code servicequotas:GetAWSDefaultServiceQuota}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWS_DEFAULT_SERVICE_QUOTA = Action.of(PREFIX, "GetAWSDefaultServiceQuota");

  /** {@code servicequotas:GetAssociationForServiceQuotaTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSOCIATION_FOR_SERVICE_QUOTA_TEMPLATE = Action.of(PREFIX, "GetAssociationForServiceQuotaTemplate");

  /** {@code servicequotas:GetAutoManagementConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTO_MANAGEMENT_CONFIGURATION = Action.of(PREFIX, "GetAutoManagementConfiguration");

  /** {@code servicequotas:GetQuotaUtilizationReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUOTA_UTILIZATION_REPORT = Action.of(PREFIX, "GetQuotaUtilizationReport");

  /** {@code servicequotas:GetRequestedServiceQuotaChange}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REQUESTED_SERVICE_QUOTA_CHANGE = Action.of(PREFIX, "GetRequestedServiceQuotaChange");

  /** {@code servicequotas:GetServiceQuota}: Read; on quota. */
  public static final Action GET_SERVICE_QUOTA = Action.of(PREFIX, "GetServiceQuota");

  /** {@code servicequotas:GetServiceQuotaIncreaseRequestFromTemplate}: Read; on quota. */
  public static final Action GET_SERVICE_QUOTA_INCREASE_REQUEST_FROM_TEMPLATE = Action.of(PREFIX, "GetServiceQuotaIncreaseRequestFromTemplate");

  /** {@code servicequotas:ListAWSDefaultServiceQuotas}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_AWS_DEFAULT_SERVICE_QUOTAS = Action.of(PREFIX, "ListAWSDefaultServiceQuotas");

  /** {@code servicequotas:ListRequestedServiceQuotaChangeHistory}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_REQUESTED_SERVICE_QUOTA_CHANGE_HISTORY = Action.of(PREFIX, "ListRequestedServiceQuotaChangeHistory");

  /** {@code servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota}: Read; on quota. */
  public static final Action LIST_REQUESTED_SERVICE_QUOTA_CHANGE_HISTORY_BY_QUOTA = Action.of(PREFIX, "ListRequestedServiceQuotaChangeHistoryByQuota");

  /** {@code servicequotas:ListServiceQuotaIncreaseRequestsInTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_QUOTA_INCREASE_REQUESTS_IN_TEMPLATE = Action.of(PREFIX, "ListServiceQuotaIncreaseRequestsInTemplate");

  /** {@code servicequotas:ListServiceQuotas}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_QUOTAS = Action.of(PREFIX, "ListServiceQuotas");

  /** {@code servicequotas:ListServices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code servicequotas:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code servicequotas:PutServiceQuotaIncreaseRequestIntoTemplate}: Write; on quota. */
  public static final Action PUT_SERVICE_QUOTA_INCREASE_REQUEST_INTO_TEMPLATE = Action.of(PREFIX, "PutServiceQuotaIncreaseRequestIntoTemplate");

  /** {@code servicequotas:RequestServiceQuotaIncrease}: Write; on quota. */
  public static final Action REQUEST_SERVICE_QUOTA_INCREASE = Action.of(PREFIX, "RequestServiceQuotaIncrease");

  /** {@code servicequotas:StartAutoManagement}: Write; on no resource type (give {@code *}). */
  public static final Action START_AUTO_MANAGEMENT = Action.of(PREFIX, "StartAutoManagement");

  /** {@code servicequotas:StartQuotaUtilizationReport}: Read; on no resource type (give {@code *}). */
  public static final Action START_QUOTA_UTILIZATION_REPORT = Action.of(PREFIX, "StartQuotaUtilizationReport");

  /** {@code servicequotas:StopAutoManagement}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_AUTO_MANAGEMENT = Action.of(PREFIX, "StopAutoManagement");

  /** {@code servicequotas:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code servicequotas:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code servicequotas:UpdateAutoManagement}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AUTO_MANAGEMENT = Action.of(PREFIX, "UpdateAutoManagement");

  private Servicequotas() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
