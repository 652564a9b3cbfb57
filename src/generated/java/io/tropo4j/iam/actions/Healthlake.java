// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS HealthLake (prefix {@code healthlake}), as the service authorization reference lists them.
 */
public final class Healthlake {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "healthlake";

  /** {@code healthlake:CancelFHIRExportJobWithDelete}: Write; on datastore. */
  public static final Action CANCEL_FHIR_EXPORT_JOB_WITH_DELETE = Action.of(PREFIX, "CancelFHIRExportJobWithDelete");

  /** {@code healthlake:ConfirmAttributionList}: Write; on datastore. */
  public static final Action CONFIRM_ATTRIBUTION_LIST = Action.of(PREFIX, "ConfirmAttributionList");

  /** {@code healthlake:CreateFHIRDatastore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FHIR_DATASTORE = Action.of(PREFIX, "CreateFHIRDatastore");

  /** {@code healthlake:CreateResource}: Write; on datastore. */
  public static final Action CREATE_RESOURCE = Action.of(PREFIX, "CreateResource");

  /** {@code healthlake:DeleteFHIRDatastore}: Write; on datastore. */
  public static final Action DELETE_FHIR_DATASTORE = Action.of(PREFIX, "DeleteFHIRDatastore");

  /** {@code healthlake:DeleteResource}: Write; on datastore. */
  public static final Action DELETE_RESOURCE = Action.of(PREFIX, "DeleteResource");

  /** {@code healthlake:DescribeFHIRBulkDeleteJob}: Read; on datastore. */
  public static final Action DESCRIBE_FHIR_BULK_DELETE_JOB = Action.of(PREFIX, "DescribeFHIRBulkDeleteJob");

  /** {@code healthlake:DescribeFHIRDatastore}: Read; on datastore. */
  public static final Action DESCRIBE_FHIR_DATASTORE = Action.of(PREFIX, "DescribeFHIRDatastore");

  /** {@code healthlake:DescribeFHIRExportJob}: Read; on datastore. */
  public static final Action DESCRIBE_FHIR_EXPORT_JOB = Action.of(PREFIX, "DescribeFHIRExportJob");

  /** {@code healthlake:DescribeFHIRExportJobWithGet}: Read; on datastore. */
  public static final Action DESCRIBE_FHIR_EXPORT_JOB_WITH_GET = Action.of(PREFIX, "DescribeFHIRExportJobWithGet");

  /** {@code healthlake:DescribeFHIRImportJob}: Read; on datastore. */
  public static final Action DESCRIBE_FHIR_IMPORT_JOB = Action.of(PREFIX, "DescribeFHIRImportJob");

  /** {@code healthlake:ExpandValueSetWithGet}: Read; on datastore. */
  public static final Action EXPAND_VALUE_SET_WITH_GET = Action.of(PREFIX, "ExpandValueSetWithGet");

  /** {@code healthlake:ExpandValueSetWithPost}: Read; on datastore. */
  public static final Action EXPAND_VALUE_SET_WITH_POST = Action.of(PREFIX, "ExpandValueSetWithPost");

  /** {@code healthlake:GenerateDocumentWithGet}: Write; on datastore. */
  public static final Action GENERATE_DOCUMENT_WITH_GET = Action.of(PREFIX, "GenerateDocumentWithGet");

  /** {@code healthlake:GenerateDocumentWithPost}: Write; on datastore. */
  public static final Action GENERATE_DOCUMENT_WITH_POST = Action.of(PREFIX, "GenerateDocumentWithPost");

  /** {@code healthlake:GetCapabilities}: Read; on datastore. */
  public static final Action GET_CAPABILITIES = Action.of(PREFIX, "GetCapabilities");

  /** {@code healthlake:GetExportedFile}: Read; on datastore. */
  public static final Action GET_EXPORTED_FILE = Action.of(PREFIX, "GetExportedFile");

  /** {@code healthlake:GetHistoryByResourceId}: Read; on datastore. */
  public static final Action GET_HISTORY_BY_RESOURCE_ID = Action.of(PREFIX, "GetHistoryByResourceId");

  /** {@code healthlake:InquirePreAuthClaim}: Read; on datastore. */
  public static final Action INQUIRE_PRE_AUTH_CLAIM = Action.of(PREFIX, "InquirePreAuthClaim");

  /** {@code healthlake:ListFHIRDatastores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FHIR_DATASTORES = Action.of(PREFIX, "ListFHIRDatastores");

  /** {@code healthlake:ListFHIRExportJobs}: List; on datastore. */
  public static final Action LIST_FHIR_EXPORT_JOBS = Action.of(PREFIX, "ListFHIRExportJobs");

  /** {@code healthlake:ListFHIRImportJobs}: List; on datastore. */
  public static final Action LIST_FHIR_IMPORT_JOBS = Action.of(PREFIX, "ListFHIRImportJobs");

  /** {@code healthlake:ListTagsForResource}: List; on datastore. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code healthlake:LookupCodeSystemWithGet}: Read; on datastore. */
  public static final Action LOOKUP_CODE_SYSTEM_WITH_GET = Action.of(PREFIX, "LookupCodeSystemWithGet");

  /** {@code healthlake:LookupCodeSystemWithPost}: Read; on datastore. */
  public static final Action LOOKUP_CODE_SYSTEM_WITH_POST = Action.of(PREFIX, "LookupCodeSystemWithPost");

  /** {@code healthlake:MemberAdd}: Write; on datastore. */
  public static final Action MEMBER_ADD = Action.of(PREFIX, "MemberAdd");

  /** {@code healthlake:MemberMatch}: Write; on datastore. */
  public static final Action MEMBER_MATCH = Action.of(PREFIX, "MemberMatch");

  /** {@code healthlake:MemberRemove}: Write; on datastore. */
  public static final Action MEMBER_REMOVE = Action.of(PREFIX, "MemberRemove");

  /** {@code healthlake:PatchResource}: Write; on datastore. */
  public static final Action PATCH_RESOURCE = Action.of(PREFIX, "PatchResource");

  /** {@code healthlake:ProcessBundle}: Write; on datastore. */
  public static final Action PROCESS_BUNDLE = Action.of(PREFIX, "ProcessBundle");

  /** {@code healthlake:QuestionnairePackage}: Read; on datastore. */
  public static final Action QUESTIONNAIRE_PACKAGE = Action.of(PREFIX, "QuestionnairePackage");

  /** {@code healthlake:ReadResource}: Read; on datastore. */
  public static final Action READ_RESOURCE = Action.of(PREFIX, "ReadResource");

  /** {@code healthlake:RetrieveAttributionStatus}: Write; on datastore. */
  public static final Action RETRIEVE_ATTRIBUTION_STATUS = Action.of(PREFIX, "RetrieveAttributionStatus");

  /** {@code healthlake:SearchEverything}: Read; on datastore. */
  public static final Action SEARCH_EVERYTHING = Action.of(PREFIX, "SearchEverything");

  /** {@code healthlake:SearchWithGet}: Read; on datastore. */
  public static final Action SEARCH_WITH_GET = Action.of(PREFIX, "SearchWithGet");

  /** {@code healthlake:SearchWithPost}: Read; on datastore. */
  public static final Action SEARCH_WITH_POST = Action.of(PREFIX, "SearchWithPost");

  /** {@code healthlake:StartFHIRBulkDeleteJob}: Write; on datastore. */
  public static final Action START_FHIR_BULK_DELETE_JOB = Action.of(PREFIX, "StartFHIRBulkDeleteJob");

  /** {@code healthlake:StartFHIRExportJob}: Write; on datastore. */
  public static final Action START_FHIR_EXPORT_JOB = Action.of(PREFIX, "StartFHIRExportJob");

  /** {@code healthlake:StartFHIRExportJobWithGet}: Write; on datastore. */
  public static final Action START_FHIR_EXPORT_JOB_WITH_GET = Action.of(PREFIX, "StartFHIRExportJobWithGet");

  /** {@code healthlake:StartFHIRExportJobWithPost}: Write; on datastore. */
  public static final Action START_FHIR_EXPORT_JOB_WITH_POST = Action.of(PREFIX, "StartFHIRExportJobWithPost");

  /** {@code healthlake:StartFHIRImportJob}: Write; on datastore. */
  public static final Action START_FHIR_IMPORT_JOB = Action.of(PREFIX, "StartFHIRImportJob");

  /** {@code healthlake:SubmitPreAuthClaim}: Write; on datastore. */
  public static final Action SUBMIT_PRE_AUTH_CLAIM = Action.of(PREFIX, "SubmitPreAuthClaim");

  /** {@code healthlake:TagResource}: Tagging; on datastore. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code healthlake:UntagResource}: Tagging; on datastore. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code healthlake:UpdateResource}: Write; on datastore. */
  public static final Action UPDATE_RESOURCE = Action.of(PREFIX, "UpdateResource");

  /** {@code healthlake:ValidateResource}: Read; on datastore. */
  public static final Action VALIDATE_RESOURCE = Action.of(PREFIX, "ValidateResource");

  /** {@code healthlake:VersionReadResource}: Read; on datastore. */
  public static final Action VERSION_READ_RESOURCE = Action.of(PREFIX, "VersionReadResource");

  private Healthlake() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
