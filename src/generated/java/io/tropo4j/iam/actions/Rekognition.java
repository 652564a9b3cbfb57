// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Rekognition (prefix {@code rekognition}), as the service authorization reference lists them.
 */
public final class Rekognition {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rekognition";

  /** {@code rekognition:AssociateFaces}: Write; on collection. */
  public static final Action ASSOCIATE_FACES = Action.of(PREFIX, "AssociateFaces");

  /** {@code rekognition:CompareFaces}: Read; on no resource type (give {@code *}). */
  public static final Action COMPARE_FACES = Action.of(PREFIX, "CompareFaces");

  /** {@code rekognition:CopyProjectVersion}: Write; on project, projectversion. */
  public static final Action COPY_PROJECT_VERSION = Action.of(PREFIX, "CopyProjectVersion");

  /** {@code rekognition:CreateCollection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COLLECTION = Action.of(PREFIX, "CreateCollection");

  /** {@code rekognition:CreateDataset}: Write; on project. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code rekognition:CreateFaceLivenessSession}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FACE_LIVENESS_SESSION = Action.of(PREFIX, "CreateFaceLivenessSession");

  /** {@code rekognition:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code rekognition:CreateProjectVersion}: Write; on project. */
  public static final Action CREATE_PROJECT_VERSION = Action.of(PREFIX, "CreateProjectVersion");

  /** {@code rekognition:CreateStreamProcessor}: Write; on collection. */
  public static final Action CREATE_STREAM_PROCESSOR = Action.of(PREFIX, "CreateStreamProcessor");

  /** {@code rekognition:CreateUser}: Write; on collection. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code rekognition:DeleteCollection}: Write; on collection. */
  public static final Action DELETE_COLLECTION = Action.of(PREFIX, "DeleteCollection");

  /** {@code rekognition:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code rekognition:DeleteFaces}: Write; on collection. */
  public static final Action DELETE_FACES = Action.of(PREFIX, "DeleteFaces");

  /** {@code rekognition:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code rekognition:DeleteProjectPolicy}: Write; on project. */
  public static final Action DELETE_PROJECT_POLICY = Action.of(PREFIX, "DeleteProjectPolicy");

  /** {@code rekognition:DeleteProjectVersion}: Write; on projectversion. */
  public static final Action DELETE_PROJECT_VERSION = Action.of(PREFIX, "DeleteProjectVersion");

  /** {@code rekognition:DeleteStreamProcessor}: Write; on streamprocessor. */
  public static final Action DELETE_STREAM_PROCESSOR = Action.of(PREFIX, "DeleteStreamProcessor");

  /** {@code rekognition:DeleteUser}: Write; on collection. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code rekognition:DescribeCollection}: Read; on collection. */
  public static final Action DESCRIBE_COLLECTION = Action.of(PREFIX, "DescribeCollection");

  /** {@code rekognition:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code rekognition:DescribeProjectVersions}: Read; on project. */
  public static final Action DESCRIBE_PROJECT_VERSIONS = Action.of(PREFIX, "DescribeProjectVersions");

  /** {@code rekognition:DescribeProjects}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROJECTS = Action.of(PREFIX, "DescribeProjects");

  /** {@code rekognition:DescribeStreamProcessor}: Read; on streamprocessor. */
  public static final Action DESCRIBE_STREAM_PROCESSOR = Action.of(PREFIX, "DescribeStreamProcessor");

  /** {@code rekognition:DetectCustomLabels}: Read; on projectversion. */
  public static final Action DETECT_CUSTOM_LABELS = Action.of(PREFIX, "DetectCustomLabels");

  /** {@code rekognition:DetectFaces}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_FACES = Action.of(PREFIX, "DetectFaces");

  /** {@code rekognition:DetectLabels}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_LABELS = Action.of(PREFIX, "DetectLabels");

  /** {@code rekognition:DetectModerationLabels}: Read; on projectversion. */
  public static final Action DETECT_MODERATION_LABELS = Action.of(PREFIX, "DetectModerationLabels");

  /** {@code rekognition:DetectProtectiveEquipment}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_PROTECTIVE_EQUIPMENT = Action.of(PREFIX, "DetectProtectiveEquipment");

  /** {@code rekognition:DetectText}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_TEXT = Action.of(PREFIX, "DetectText");

  /** {@code rekognition:DisassociateFaces}: Write; on collection. */
  public static final Action DISASSOCIATE_FACES = Action.of(PREFIX, "DisassociateFaces");

  /** {@code rekognition:DistributeDatasetEntries}: Write; on dataset. */
  public static final Action DISTRIBUTE_DATASET_ENTRIES = Action.of(PREFIX, "DistributeDatasetEntries");

  /** {@code rekognition:GetCelebrityInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CELEBRITY_INFO = Action.of(PREFIX, "GetCelebrityInfo");

  /** {@code rekognition:GetCelebrityRecognition}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CELEBRITY_RECOGNITION = Action.of(PREFIX, "GetCelebrityRecognition");

  /** {@code rekognition:GetContentModeration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTENT_MODERATION = Action.of(PREFIX, "GetContentModeration");

  /** {@code rekognition:GetFaceDetection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FACE_DETECTION = Action.of(PREFIX, "GetFaceDetection");

  /** {@code rekognition:GetFaceLivenessSessionResults}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FACE_LIVENESS_SESSION_RESULTS = Action.of(PREFIX, "GetFaceLivenessSessionResults");

  /** {@code rekognition:GetFaceSearch}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FACE_SEARCH = Action.of(PREFIX, "GetFaceSearch");

  /** {@code rekognition:GetLabelDetection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LABEL_DETECTION = Action.of(PREFIX, "GetLabelDetection");

  /** {@code rekognition:GetMediaAnalysisJob}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEDIA_ANALYSIS_JOB = Action.of(PREFIX, "GetMediaAnalysisJob");

  /** {@code rekognition:GetPersonTracking}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PERSON_TRACKING = Action.of(PREFIX, "GetPersonTracking");

  /** {@code rekognition:GetSegmentDetection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SEGMENT_DETECTION = Action.of(PREFIX, "GetSegmentDetection");

  /** {@code rekognition:GetTextDetection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEXT_DETECTION = Action.of(PREFIX, "GetTextDetection");

  /** {@code rekognition:IndexFaces}: Write; on collection. */
  public static final Action INDEX_FACES = Action.of(PREFIX, "IndexFaces");

  /** {@code rekognition:ListCollections}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_COLLECTIONS = Action.of(PREFIX, "ListCollections");

  /** {@code rekognition:ListDatasetEntries}: Read; on dataset. */
  public static final Action LIST_DATASET_ENTRIES = Action.of(PREFIX, "ListDatasetEntries");

  /** {@code rekognition:ListDatasetLabels}: Read; on dataset. */
  public static final Action LIST_DATASET_LABELS = Action.of(PREFIX, "ListDatasetLabels");

  /** {@code rekognition:ListFaces}: Read; on collection. */
  public static final Action LIST_FACES = Action.of(PREFIX, "ListFaces");

  /** {@code rekognition:ListMediaAnalysisJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MEDIA_ANALYSIS_JOBS = Action.of(PREFIX, "ListMediaAnalysisJobs");

  /** {@code rekognition:ListProjectPolicies}: Read; on project. */
  public static final Action LIST_PROJECT_POLICIES = Action.of(PREFIX, "ListProjectPolicies");

  /** {@code rekognition:ListStreamProcessors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAM_PROCESSORS = Action.of(PREFIX, "ListStreamProcessors");

  /** {@code rekognition:ListTagsForResource}: Read; on collection, dataset, project, projectversion, streamprocessor. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rekognition:ListUsers}: Read; on collection. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code rekognition:PutProjectPolicy}: Write; on project. */
  public static final Action PUT_PROJECT_POLICY = Action.of(PREFIX, "PutProjectPolicy");

  /** {@code rekognition:RecognizeCelebrities}: Read; on no resource type (give {@code *}). */
  public static final Action RECOGNIZE_CELEBRITIES = Action.of(PREFIX, "RecognizeCelebrities");

  /** {@code rekognition:SearchFaces}: Read; on collection. */
  public static final Action SEARCH_FACES = Action.of(PREFIX, "SearchFaces");

  /** {@code rekognition:SearchFacesByImage}: Read; on collection. */
  public static final Action SEARCH_FACES_BY_IMAGE = Action.of(PREFIX, "SearchFacesByImage");

  /** {@code rekognition:SearchUsers}: Read; on collection. */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code rekognition:SearchUsersByImage}: Read; on collection. */
  public static final Action SEARCH_USERS_BY_IMAGE = Action.of(PREFIX, "SearchUsersByImage");

  /** {@code rekognition:StartCelebrityRecognition}: Write; on no resource type (give {@code *}). */
  public static final Action START_CELEBRITY_RECOGNITION = Action.of(PREFIX, "StartCelebrityRecognition");

  /** {@code rekognition:StartContentModeration}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONTENT_MODERATION = Action.of(PREFIX, "StartContentModeration");

  /** {@code rekognition:StartFaceDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_FACE_DETECTION = Action.of(PREFIX, "StartFaceDetection");

  /** {@code rekognition:StartFaceLivenessSession}: Write; on no resource type (give {@code *}). */
  public static final Action START_FACE_LIVENESS_SESSION = Action.of(PREFIX, "StartFaceLivenessSession");

  /** {@code rekognition:StartFaceSearch}: Write; on collection. */
  public static final Action START_FACE_SEARCH = Action.of(PREFIX, "StartFaceSearch");

  /** {@code rekognition:StartLabelDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_LABEL_DETECTION = Action.of(PREFIX, "StartLabelDetection");

  /** {@code rekognition:StartMediaAnalysisJob}: Write; on projectversion. */
  public static final Action START_MEDIA_ANALYSIS_JOB = Action.of(PREFIX, "StartMediaAnalysisJob");

  /** {@code rekognition:StartPersonTracking}: Write; on no resource type (give {@code *}). */
  public static final Action START_PERSON_TRACKING = Action.of(PREFIX, "StartPersonTracking");

  /** {@code rekognition:StartProjectVersion}: Write; on projectversion. */
  public static final Action START_PROJECT_VERSION = Action.of(PREFIX, "StartProjectVersion");

  /** {@code rekognition:StartSegmentDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_SEGMENT_DETECTION = Action.of(PREFIX, "StartSegmentDetection");

  /** {@code rekognition:StartStreamProcessor}: Write; on streamprocessor. */
  public static final Action START_STREAM_PROCESSOR = Action.of(PREFIX, "StartStreamProcessor");

  /** {@code rekognition:StartTextDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_TEXT_DETECTION = Action.of(PREFIX, "StartTextDetection");

  /** {@code rekognition:StopProjectVersion}: Write; on projectversion. */
  public static final Action STOP_PROJECT_VERSION = Action.of(PREFIX, "StopProjectVersion");

  /** {@code rekognition:StopStreamProcessor}: Write; on streamprocessor. */
  public static final Action STOP_STREAM_PROCESSOR = Action.of(PREFIX, "StopStreamProcessor");

  /** {@code rekognition:TagResource}: Tagging; on collection, dataset, project, projectversion, streamprocessor. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code rekognition:UntagResource}: Tagging; on collection, dataset, project, projectversion, streamprocessor. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code rekognition:UpdateDatasetEntries}: Write; on dataset. */
  public static final Action UPDATE_DATASET_ENTRIES = Action.of(PREFIX, "UpdateDatasetEntries");

  /** {@code rekognition:UpdateStreamProcessor}: Write; on streamprocessor. */
  public static final Action UPDATE_STREAM_PROCESSOR = Action.of(PREFIX, "UpdateStreamProcessor");

  private Rekognition() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
