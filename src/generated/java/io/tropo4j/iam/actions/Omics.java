// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS HealthOmics (prefix {@code omics}), as the service authorization reference lists them.
 */
public final class Omics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "omics";

  /** {@code omics:AbortMultipartReadSetUpload}: Write; on sequenceStore. */
  public static final Action ABORT_MULTIPART_READ_SET_UPLOAD = Action.of(PREFIX, "AbortMultipartReadSetUpload");

  /** {@code omics:AcceptShare}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_SHARE = Action.of(PREFIX, "AcceptShare");

  /** {@code omics:BatchDeleteReadSet}: Write; on sequenceStore. */
  public static final Action BATCH_DELETE_READ_SET = Action.of(PREFIX, "BatchDeleteReadSet");

  /** {@code omics:CancelAnnotationImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_ANNOTATION_IMPORT_JOB = Action.of(PREFIX, "CancelAnnotationImportJob");

  /** {@code omics:CancelRun}: Write; on run. */
  public static final Action CANCEL_RUN = Action.of(PREFIX, "CancelRun");

  /** {@code omics:CancelVariantImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_VARIANT_IMPORT_JOB = Action.of(PREFIX, "CancelVariantImportJob");

  /** {@code omics:CompleteMultipartReadSetUpload}: Write; on sequenceStore. */
  public static final Action COMPLETE_MULTIPART_READ_SET_UPLOAD = Action.of(PREFIX, "CompleteMultipartReadSetUpload");

  /** {@code omics:CreateAnnotationStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ANNOTATION_STORE = Action.of(PREFIX, "CreateAnnotationStore");

  /** {@code omics:CreateAnnotationStoreVersion}: Write; on AnnotationStore. */
  public static final Action CREATE_ANNOTATION_STORE_VERSION = Action.of(PREFIX, "CreateAnnotationStoreVersion");

  /** {@code omics:CreateConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION = Action.of(PREFIX, "CreateConfiguration");

  /** {@code omics:CreateMultipartReadSetUpload}: Write; on sequenceStore. */
  public static final Action CREATE_MULTIPART_READ_SET_UPLOAD = Action.of(PREFIX, "CreateMultipartReadSetUpload");

  /** {@code omics:CreateReferenceStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REFERENCE_STORE = Action.of(PREFIX, "CreateReferenceStore");

  /** {@code omics:CreateRunCache}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RUN_CACHE = Action.of(PREFIX, "CreateRunCache");

  /** {@code omics:CreateRunGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RUN_GROUP = Action.of(PREFIX, "CreateRunGroup");

  /** {@code omics:CreateSequenceStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SEQUENCE_STORE = Action.of(PREFIX, "CreateSequenceStore");

  /** {@code omics:CreateShare}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SHARE = Action.of(PREFIX, "CreateShare");

  /** {@code omics:CreateVariantStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VARIANT_STORE = Action.of(PREFIX, "CreateVariantStore");

  /** {@code omics:CreateWorkflow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code omics:CreateWorkflowVersion}: Write; on workflow. */
  public static final Action CREATE_WORKFLOW_VERSION = Action.of(PREFIX, "CreateWorkflowVersion");

  /** {@code omics:DeleteAnnotationStore}: Write; on AnnotationStore. */
  public static final Action DELETE_ANNOTATION_STORE = Action.of(PREFIX, "DeleteAnnotationStore");

  /** {@code omics:DeleteAnnotationStoreVersions}: Write; on AnnotationStore, AnnotationStoreVersion. */
  public static final Action DELETE_ANNOTATION_STORE_VERSIONS = Action.of(PREFIX, "DeleteAnnotationStoreVersions");

  /** {@code omics:DeleteConfiguration}: Write; on configuration. */
  public static final Action DELETE_CONFIGURATION = Action.of(PREFIX, "DeleteConfiguration");

  /** {@code omics:DeleteReference}: Write; on reference, referenceStore. */
  public static final Action DELETE_REFERENCE = Action.of(PREFIX, "DeleteReference");

  /** {@code omics:DeleteReferenceStore}: Write; on referenceStore. */
  public static final Action DELETE_REFERENCE_STORE = Action.of(PREFIX, "DeleteReferenceStore");

  /** {@code omics:DeleteRun}: Write; on run. */
  public static final Action DELETE_RUN = Action.of(PREFIX, "DeleteRun");

  /** {@code omics:DeleteRunCache}: Write; on runCache. */
  public static final Action DELETE_RUN_CACHE = Action.of(PREFIX, "DeleteRunCache");

  /** {@code omics:DeleteRunGroup}: Write; on runGroup. */
  public static final Action DELETE_RUN_GROUP = Action.of(PREFIX, "DeleteRunGroup");

  /** {@code omics:DeleteS3AccessPolicy}: Write; on sequenceStore. */
  public static final Action DELETE_S3_ACCESS_POLICY = Action.of(PREFIX, "DeleteS3AccessPolicy");

  /** {@code omics:DeleteSequenceStore}: Write; on sequenceStore. */
  public static final Action DELETE_SEQUENCE_STORE = Action.of(PREFIX, "DeleteSequenceStore");

  /** {@code omics:DeleteShare}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SHARE = Action.of(PREFIX, "DeleteShare");

  /** {@code omics:DeleteVariantStore}: Write; on VariantStore. */
  public static final Action DELETE_VARIANT_STORE = Action.of(PREFIX, "DeleteVariantStore");

  /** {@code omics:DeleteWorkflow}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code omics:DeleteWorkflowVersion}: Write; on WorkflowVersion, workflow. */
  public static final Action DELETE_WORKFLOW_VERSION = Action.of(PREFIX, "DeleteWorkflowVersion");

  /** {@code omics:GetAnnotationImportJob}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ANNOTATION_IMPORT_JOB = Action.of(PREFIX, "GetAnnotationImportJob");

  /** {@code omics:GetAnnotationStore}: Read; on AnnotationStore. */
  public static final Action GET_ANNOTATION_STORE = Action.of(PREFIX, "GetAnnotationStore");

  /** {@code omics:GetAnnotationStoreVersion}: Read; on AnnotationStoreVersion. */
  public static final Action GET_ANNOTATION_STORE_VERSION = Action.of(PREFIX, "GetAnnotationStoreVersion");

  /** {@code omics:GetConfiguration}: Read; on configuration. */
  public static final Action GET_CONFIGURATION = Action.of(PREFIX, "GetConfiguration");

  /** {@code omics:GetReadSet}: Read; on readSet, sequenceStore. */
  public static final Action GET_READ_SET = Action.of(PREFIX, "GetReadSet");

  /** {@code omics:GetReadSetActivationJob}: Read; on sequenceStore. */
  public static final Action GET_READ_SET_ACTIVATION_JOB = Action.of(PREFIX, "GetReadSetActivationJob");

  /** {@code omics:GetReadSetExportJob}: Read; on sequenceStore. */
  public static final Action GET_READ_SET_EXPORT_JOB = Action.of(PREFIX, "GetReadSetExportJob");

  /** {@code omics:GetReadSetImportJob}: Read; on sequenceStore. */
  public static final Action GET_READ_SET_IMPORT_JOB = Action.of(PREFIX, "GetReadSetImportJob");

  /** {@code omics:GetReadSetMetadata}: Read; on readSet, sequenceStore. */
  public static final Action GET_READ_SET_METADATA = Action.of(PREFIX, "GetReadSetMetadata");

  /** {@code omics:GetReference}: Read; on reference, referenceStore. */
  public static final Action GET_REFERENCE = Action.of(PREFIX, "GetReference");

  /** {@code omics:GetReferenceImportJob}: Read; on referenceStore. */
  public static final Action GET_REFERENCE_IMPORT_JOB = Action.of(PREFIX, "GetReferenceImportJob");

  /** {@code omics:GetReferenceMetadata}: Read; on reference, referenceStore. */
  public static final Action GET_REFERENCE_METADATA = Action.of(PREFIX, "GetReferenceMetadata");

  /** {@code omics:GetReferenceStore}: Read; on referenceStore. */
  public static final Action GET_REFERENCE_STORE = Action.of(PREFIX, "GetReferenceStore");

  /** {@code omics:GetRun}: Read; on run. */
  public static final Action GET_RUN = Action.of(PREFIX, "GetRun");

  /** {@code omics:GetRunCache}: Read; on runCache. */
  public static final Action GET_RUN_CACHE = Action.of(PREFIX, "GetRunCache");

  /** {@code omics:GetRunGroup}: Read; on runGroup. */
  public static final Action GET_RUN_GROUP = Action.of(PREFIX, "GetRunGroup");

  /** {@code omics:GetRunTask}: Read; on TaskResource, run. */
  public static final Action GET_RUN_TASK = Action.of(PREFIX, "GetRunTask");

  /** {@code omics:GetS3AccessPolicy}: Read; on sequenceStore. */
  public static final Action GET_S3_ACCESS_POLICY = Action.of(PREFIX, "GetS3AccessPolicy");

  /** {@code omics:GetSequenceStore}: Read; on sequenceStore. */
  public static final Action GET_SEQUENCE_STORE = Action.of(PREFIX, "GetSequenceStore");

  /** {@code omics:GetShare}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SHARE = Action.of(PREFIX, "GetShare");

  /** {@code omics:GetVariantImportJob}: Read; on no resource type (give {@code *}). */
  public static final Action GET_VARIANT_IMPORT_JOB = Action.of(PREFIX, "GetVariantImportJob");

  /** {@code omics:GetVariantStore}: Read; on VariantStore. */
  public static final Action GET_VARIANT_STORE = Action.of(PREFIX, "GetVariantStore");

  /** {@code omics:GetWorkflow}: Read; on workflow. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code omics:GetWorkflowVersion}: Read; on WorkflowVersion, workflow. */
  public static final Action GET_WORKFLOW_VERSION = Action.of(PREFIX, "GetWorkflowVersion");

  /** {@code omics:ListAnnotationImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANNOTATION_IMPORT_JOBS = Action.of(PREFIX, "ListAnnotationImportJobs");

  /** {@code omics:ListAnnotationStoreVersions}: List; on AnnotationStore. */
  public static final Action LIST_ANNOTATION_STORE_VERSIONS = Action.of(PREFIX, "ListAnnotationStoreVersions");

  /** {@code omics:ListAnnotationStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANNOTATION_STORES = Action.of(PREFIX, "ListAnnotationStores");

  /** {@code omics:ListConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATIONS = Action.of(PREFIX, "ListConfigurations");

  /** {@code omics:ListMultipartReadSetUploads}: List; on sequenceStore. */
  public static final Action LIST_MULTIPART_READ_SET_UPLOADS = Action.of(PREFIX, "ListMultipartReadSetUploads");

  /** {@code omics:ListReadSetActivationJobs}: List; on sequenceStore. */
  public static final Action LIST_READ_SET_ACTIVATION_JOBS = Action.of(PREFIX, "ListReadSetActivationJobs");

  /** {@code omics:ListReadSetExportJobs}: List; on sequenceStore. */
  public static final Action LIST_READ_SET_EXPORT_JOBS = Action.of(PREFIX, "ListReadSetExportJobs");

  /** {@code omics:ListReadSetImportJobs}: List; on sequenceStore. */
  public static final Action LIST_READ_SET_IMPORT_JOBS = Action.of(PREFIX, "ListReadSetImportJobs");

  /** {@code omics:ListReadSetUploadParts}: List; on sequenceStore. */
  public static final Action LIST_READ_SET_UPLOAD_PARTS = Action.of(PREFIX, "ListReadSetUploadParts");

  /** {@code omics:ListReadSets}: List; on sequenceStore. */
  public static final Action LIST_READ_SETS = Action.of(PREFIX, "ListReadSets");

  /** {@code omics:ListReferenceImportJobs}: List; on referenceStore. */
  public static final Action LIST_REFERENCE_IMPORT_JOBS = Action.of(PREFIX, "ListReferenceImportJobs");

  /** {@code omics:ListReferenceStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REFERENCE_STORES = Action.of(PREFIX, "ListReferenceStores");

  /** {@code omics:ListReferences}: List; on referenceStore. */
  public static final Action LIST_REFERENCES = Action.of(PREFIX, "ListReferences");

  /** {@code omics:ListRunCaches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RUN_CACHES = Action.of(PREFIX, "ListRunCaches");

  /** {@code omics:ListRunGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RUN_GROUPS = Action.of(PREFIX, "ListRunGroups");

  /** {@code omics:ListRunTasks}: List; on run. */
  public static final Action LIST_RUN_TASKS = Action.of(PREFIX, "ListRunTasks");

  /** {@code omics:ListRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RUNS = Action.of(PREFIX, "ListRuns");

  /** {@code omics:ListSequenceStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SEQUENCE_STORES = Action.of(PREFIX, "ListSequenceStores");

  /** {@code omics:ListShares}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARES = Action.of(PREFIX, "ListShares");

  /** {@code omics:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code omics:ListVariantImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VARIANT_IMPORT_JOBS = Action.of(PREFIX, "ListVariantImportJobs");

  /** {@code omics:ListVariantStores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VARIANT_STORES = Action.of(PREFIX, "ListVariantStores");

  /** {@code omics:ListWorkflowVersions}: List; on workflow. */
  public static final Action LIST_WORKFLOW_VERSIONS = Action.of(PREFIX, "ListWorkflowVersions");

  /** {@code omics:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code omics:PutS3AccessPolicy}: Write; on sequenceStore. */
  public static final Action PUT_S3_ACCESS_POLICY = Action.of(PREFIX, "PutS3AccessPolicy");

  /** {@code omics:StartAnnotationImportJob}: Write; on AnnotationStore, AnnotationStoreVersion. */
  public static final Action START_ANNOTATION_IMPORT_JOB = Action.of(PREFIX, "StartAnnotationImportJob");

  /** {@code omics:StartReadSetActivationJob}: Write; on sequenceStore. */
  public static final Action START_READ_SET_ACTIVATION_JOB = Action.of(PREFIX, "StartReadSetActivationJob");

  /** {@code omics:StartReadSetExportJob}: Write; on sequenceStore. */
  public static final Action START_READ_SET_EXPORT_JOB = Action.of(PREFIX, "StartReadSetExportJob");

  /** {@code omics:StartReadSetImportJob}: Write; on sequenceStore. */
  public static final Action START_READ_SET_IMPORT_JOB = Action.of(PREFIX, "StartReadSetImportJob");

  /** {@code omics:StartReferenceImportJob}: Write; on referenceStore. */
  public static final Action START_REFERENCE_IMPORT_JOB = Action.of(PREFIX, "StartReferenceImportJob");

  /** {@code omics:StartRun}: Write; on configuration, run, runCache, runGroup, workflow. */
  public static final Action START_RUN = Action.of(PREFIX, "StartRun");

  /** {@code omics:StartVariantImportJob}: Write; on VariantStore. */
  public static final Action START_VARIANT_IMPORT_JOB = Action.of(PREFIX, "StartVariantImportJob");

  /** {@code omics:TagResource}: Tagging; on AnnotationStore, AnnotationStoreVersion, VariantStore, WorkflowVersion, configuration, readSet, reference, referenceStore, run, runCache, runGroup, sequenceStore, workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code omics:UntagResource}: Tagging; on AnnotationStore, AnnotationStoreVersion, VariantStore, WorkflowVersion, configuration, readSet, reference, referenceStore, run, runCache, runGroup, sequenceStore, workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code omics:UpdateAnnotationStore}: Write; on AnnotationStore. */
  public static final Action UPDATE_ANNOTATION_STORE = Action.of(PREFIX, "UpdateAnnotationStore");

  /** {@code omics:UpdateAnnotationStoreVersion}: Write; on AnnotationStoreVersion. */
  public static final Action UPDATE_ANNOTATION_STORE_VERSION = Action.of(PREFIX, "UpdateAnnotationStoreVersion");

  /** {@code omics:UpdateRunCache}: Write; on runCache. */
  public static final Action UPDATE_RUN_CACHE = Action.of(PREFIX, "UpdateRunCache");

  /** {@code omics:UpdateRunGroup}: Write; on runGroup. */
  public static final Action UPDATE_RUN_GROUP = Action.of(PREFIX, "UpdateRunGroup");

  /** {@code omics:UpdateSequenceStore}: Write; on sequenceStore. */
  public static final Action UPDATE_SEQUENCE_STORE = Action.of(PREFIX, "UpdateSequenceStore");

  /** {@code omics:UpdateVariantStore}: Write; on VariantStore. */
  public static final Action UPDATE_VARIANT_STORE = Action.of(PREFIX, "UpdateVariantStore");

  /** {@code omics:UpdateWorkflow}: Write; on workflow. */
  public static final Action UPDATE_WORKFLOW = Action.of(PREFIX, "UpdateWorkflow");

  /** {@code omics:UpdateWorkflowVersion}: Write; on WorkflowVersion, workflow. */
  public static final Action UPDATE_WORKFLOW_VERSION = Action.of(PREFIX, "UpdateWorkflowVersion");

  /** {@code omics:UploadReadSetPart}: Write; on sequenceStore. */
  public static final Action UPLOAD_READ_SET_PART = Action.of(PREFIX, "UploadReadSetPart");

  private Omics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
