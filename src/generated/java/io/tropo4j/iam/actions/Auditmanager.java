// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Audit Manager (prefix {@code auditmanager}), as the service authorization reference lists them.
 */
public final class Auditmanager {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "auditmanager";

  /** {@code auditmanager:AssociateAssessmentReportEvidenceFolder}: Write; on assessment. */
  public static final Action ASSOCIATE_ASSESSMENT_REPORT_EVIDENCE_FOLDER = Action.of(PREFIX, "AssociateAssessmentReportEvidenceFolder");

  /** {@code auditmanager:BatchAssociateAssessmentReportEvidence}: Write; on assessment. */
  public static final Action BATCH_ASSOCIATE_ASSESSMENT_REPORT_EVIDENCE = Action.of(PREFIX, "BatchAssociateAssessmentReportEvidence");

  /** {@code auditmanager:BatchCreateDelegationByAssessment}: Write; on assessment, assessmentControlSet. */
  public static final Action BATCH_CREATE_DELEGATION_BY_ASSESSMENT = Action.of(PREFIX, "BatchCreateDelegationByAssessment");

  /** {@code auditmanager:BatchDeleteDelegationByAssessment}: Write; on assessment, assessmentControlSet. */
  public static final Action BATCH_DELETE_DELEGATION_BY_ASSESSMENT = Action.of(PREFIX, "BatchDeleteDelegationByAssessment");

  /** {@code auditmanager:BatchDisassociateAssessmentReportEvidence}: Write; on assessment. */
  public static final Action BATCH_DISASSOCIATE_ASSESSMENT_REPORT_EVIDENCE = Action.of(PREFIX, "BatchDisassociateAssessmentReportEvidence");

  /** {@code auditmanager:BatchImportEvidenceToAssessmentControl}: Write; on assessmentControlSet. */
  public static final Action BATCH_IMPORT_EVIDENCE_TO_ASSESSMENT_CONTROL = Action.of(PREFIX, "BatchImportEvidenceToAssessmentControl");

  /** {@code auditmanager:CreateAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSESSMENT = Action.of(PREFIX, "CreateAssessment");

  /** {@code auditmanager:CreateAssessmentFramework}: Write; on assessmentFramework, control. */
  public static final Action CREATE_ASSESSMENT_FRAMEWORK = Action.of(PREFIX, "CreateAssessmentFramework");

  /** {@code auditmanager:CreateAssessmentReport}: Write; on assessment. */
  public static final Action CREATE_ASSESSMENT_REPORT = Action.of(PREFIX, "CreateAssessmentReport");

  /** {@code auditmanager:CreateControl}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTROL = Action.of(PREFIX, "CreateControl");

  /** {@code auditmanager:DeleteAssessment}: Write; on assessment. */
  public static final Action DELETE_ASSESSMENT = Action.of(PREFIX, "DeleteAssessment");

  /** {@code auditmanager:DeleteAssessmentFramework}: Write; on assessmentFramework. */
  public static final Action DELETE_ASSESSMENT_FRAMEWORK = Action.of(PREFIX, "DeleteAssessmentFramework");

  /** {@code auditmanager:DeleteAssessmentFrameworkShare}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSESSMENT_FRAMEWORK_SHARE = Action.of(PREFIX, "DeleteAssessmentFrameworkShare");

  /** {@code auditmanager:DeleteAssessmentReport}: Write; on assessment. */
  public static final Action DELETE_ASSESSMENT_REPORT = Action.of(PREFIX, "DeleteAssessmentReport");

  /** {@code auditmanager:DeleteControl}: Write; on control. */
  public static final Action DELETE_CONTROL = Action.of(PREFIX, "DeleteControl");

  /** {@code auditmanager:DeregisterAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_ACCOUNT = Action.of(PREFIX, "DeregisterAccount");

  /** {@code auditmanager:DeregisterOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DeregisterOrganizationAdminAccount");

  /** {@code auditmanager:DisassociateAssessmentReportEvidenceFolder}: Write; on assessment. */
  public static final Action DISASSOCIATE_ASSESSMENT_REPORT_EVIDENCE_FOLDER = Action.of(PREFIX, "DisassociateAssessmentReportEvidenceFolder");

  /** {@code auditmanager:GetAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_STATUS = Action.of(PREFIX, "GetAccountStatus");

  /** {@code auditmanager:GetAssessment}: Read; on assessment. */
  public static final Action GET_ASSESSMENT = Action.of(PREFIX, "GetAssessment");

  /** {@code auditmanager:GetAssessmentFramework}: Read; on assessmentFramework. */
  public static final Action GET_ASSESSMENT_FRAMEWORK = Action.of(PREFIX, "GetAssessmentFramework");

  /** {@code auditmanager:GetAssessmentReportUrl}: Read; on assessment. */
  public static final Action GET_ASSESSMENT_REPORT_URL = Action.of(PREFIX, "GetAssessmentReportUrl");

  /** {@code auditmanager:GetChangeLogs}: Read; on assessment. */
  public static final Action GET_CHANGE_LOGS = Action.of(PREFIX, "GetChangeLogs");

  /** {@code auditmanager:GetControl}: Read; on control. */
  public static final Action GET_CONTROL = Action.of(PREFIX, "GetControl");

  /** {@code auditmanager:GetDelegations}: List; on no resource type (give {@code *}). */
  public static final Action GET_DELEGATIONS = Action.of(PREFIX, "GetDelegations");

  /** {@code auditmanager:GetEvidence}: Read; on assessmentControlSet. */
  public static final Action GET_EVIDENCE = Action.of(PREFIX, "GetEvidence");

  /** {@code auditmanager:GetEvidenceByEvidenceFolder}: Read; on assessmentControlSet. */
  public static final Action GET_EVIDENCE_BY_EVIDENCE_FOLDER = Action.of(PREFIX, "GetEvidenceByEvidenceFolder");

  /** {@code auditmanager:GetEvidenceFileUploadUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EVIDENCE_FILE_UPLOAD_URL = Action.of(PREFIX, "GetEvidenceFileUploadUrl");

  /** {@code auditmanager:GetEvidenceFolder}: Read; on assessmentControlSet. */
  public static final Action GET_EVIDENCE_FOLDER = Action.of(PREFIX, "GetEvidenceFolder");

  /** {@code auditmanager:GetEvidenceFoldersByAssessment}: Read; on assessment. */
  public static final Action GET_EVIDENCE_FOLDERS_BY_ASSESSMENT = Action.of(PREFIX, "GetEvidenceFoldersByAssessment");

  /** {@code auditmanager:GetEvidenceFoldersByAssessmentControl}: Read; on assessmentControlSet. */
  public static final Action GET_EVIDENCE_FOLDERS_BY_ASSESSMENT_CONTROL = Action.of(PREFIX, "GetEvidenceFoldersByAssessmentControl");

  /** {@code auditmanager:GetInsights}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHTS = Action.of(PREFIX, "GetInsights");

  /** {@code auditmanager:GetInsightsByAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSIGHTS_BY_ASSESSMENT = Action.of(PREFIX, "GetInsightsByAssessment");

  /** {@code auditmanager:GetOrganizationAdminAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "GetOrganizationAdminAccount");

  /** {@code auditmanager:GetServicesInScope}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICES_IN_SCOPE = Action.of(PREFIX, "GetServicesInScope");

  /** {@code auditmanager:GetSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SETTINGS = Action.of(PREFIX, "GetSettings");

  /** {@code auditmanager:ListAssessmentControlInsightsByControlDomain}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_CONTROL_INSIGHTS_BY_CONTROL_DOMAIN = Action.of(PREFIX, "ListAssessmentControlInsightsByControlDomain");

  /** {@code auditmanager:ListAssessmentFrameworkShareRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_FRAMEWORK_SHARE_REQUESTS = Action.of(PREFIX, "ListAssessmentFrameworkShareRequests");

  /** {@code auditmanager:ListAssessmentFrameworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_FRAMEWORKS = Action.of(PREFIX, "ListAssessmentFrameworks");

  /** {@code auditmanager:ListAssessmentReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_REPORTS = Action.of(PREFIX, "ListAssessmentReports");

  /** {@code auditmanager:ListAssessments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENTS = Action.of(PREFIX, "ListAssessments");

  /** {@code auditmanager:ListControlDomainInsights}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_DOMAIN_INSIGHTS = Action.of(PREFIX, "ListControlDomainInsights");

  /** {@code auditmanager:ListControlDomainInsightsByAssessment}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_DOMAIN_INSIGHTS_BY_ASSESSMENT = Action.of(PREFIX, "ListControlDomainInsightsByAssessment");

  /** {@code auditmanager:ListControlInsightsByControlDomain}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_INSIGHTS_BY_CONTROL_DOMAIN = Action.of(PREFIX, "ListControlInsightsByControlDomain");

  /** {@code auditmanager:ListControls}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROLS = Action.of(PREFIX, "ListControls");

  /** {@code auditmanager:ListKeywordsForDataSource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KEYWORDS_FOR_DATA_SOURCE = Action.of(PREFIX, "ListKeywordsForDataSource");

  /** {@code auditmanager:ListNotifications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATIONS = Action.of(PREFIX, "ListNotifications");

  /** {@code auditmanager:ListTagsForResource}: Read; on assessment, control. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code auditmanager:RegisterAccount}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_ACCOUNT = Action.of(PREFIX, "RegisterAccount");

  /** {@code auditmanager:RegisterOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "RegisterOrganizationAdminAccount");

  /** {@code auditmanager:StartAssessmentFrameworkShare}: Write; on assessmentFramework. */
  public static final Action START_ASSESSMENT_FRAMEWORK_SHARE = Action.of(PREFIX, "StartAssessmentFrameworkShare");

  /** {@code auditmanager:TagResource}: Tagging; on assessment, assessmentFramework, control. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code auditmanager:UntagResource}: Tagging; on assessment, assessmentFramework, control. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code auditmanager:UpdateAssessment}: Write; on assessment. */
  public static final Action UPDATE_ASSESSMENT = Action.of(PREFIX, "UpdateAssessment");

  /** {@code auditmanager:UpdateAssessmentControl}: Write; on assessmentControlSet. */
  public static final Action UPDATE_ASSESSMENT_CONTROL = Action.of(PREFIX, "UpdateAssessmentControl");

  /** {@code auditmanager:UpdateAssessmentControlSetStatus}: Write; on assessmentControlSet. */
  public static final Action UPDATE_ASSESSMENT_CONTROL_SET_STATUS = Action.of(PREFIX, "UpdateAssessmentControlSetStatus");

  /** {@code auditmanager:UpdateAssessmentFramework}: Write; on assessmentFramework, control. */
  public static final Action UPDATE_ASSESSMENT_FRAMEWORK = Action.of(PREFIX, "UpdateAssessmentFramework");

  /** {@code auditmanager:UpdateAssessmentFrameworkShare}: Write; on assessmentFramework. */
  public static final Action UPDATE_ASSESSMENT_FRAMEWORK_SHARE = Action.of(PREFIX, "UpdateAssessmentFrameworkShare");

  /** {@code auditmanager:UpdateAssessmentStatus}: Write; on assessment. */
  public static final Action UPDATE_ASSESSMENT_STATUS = Action.of(PREFIX, "UpdateAssessmentStatus");

  /** {@code auditmanager:UpdateControl}: Write; on control. */
  public static final Action UPDATE_CONTROL = Action.of(PREFIX, "UpdateControl");

  /** {@code auditmanager:UpdateSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SETTINGS = Action.of(PREFIX, "UpdateSettings");

  /** {@code auditmanager:ValidateAssessmentReportIntegrity}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_ASSESSMENT_REPORT_INTEGRITY = Action.of(PREFIX, "ValidateAssessmentReportIntegrity");

  private Auditmanager() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
