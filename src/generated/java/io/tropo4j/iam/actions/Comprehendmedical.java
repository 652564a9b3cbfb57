// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Comprehend Medical (prefix {@code comprehendmedical}), as the service authorization reference lists them.
 */
public final class Comprehendmedical {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "comprehendmedical";

  /** {@code comprehendmedical:DescribeEntitiesDetectionV2Job}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENTITIES_DETECTION_V2_JOB = Action.of(PREFIX, "DescribeEntitiesDetectionV2Job");

  /** {@code comprehendmedical:DescribeICD10CMInferenceJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ICD10_CM_INFERENCE_JOB = Action.of(PREFIX, "DescribeICD10CMInferenceJob");

  /** {@code comprehendmedical:DescribePHIDetectionJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PHI_DETECTION_JOB = Action.of(PREFIX, "DescribePHIDetectionJob");

  /** {@code comprehendmedical:DescribeRxNormInferenceJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RX_NORM_INFERENCE_JOB = Action.of(PREFIX, "DescribeRxNormInferenceJob");

  /** {@code comprehendmedical:DescribeSNOMEDCTInferenceJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNOMEDCT_INFERENCE_JOB = Action.of(PREFIX, "DescribeSNOMEDCTInferenceJob");

  /** {@code comprehendmedical:DetectEntitiesV2}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_ENTITIES_V2 = Action.of(PREFIX, "DetectEntitiesV2");

  /** {@code comprehendmedical:DetectPHI}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_PHI = Action.of(PREFIX, "DetectPHI");

  /** {@code comprehendmedical:InferICD10CM}: Read; on no resource type (give {@code *}). */
  public static final Action INFER_ICD10_CM = Action.of(PREFIX, "InferICD10CM");

  /** {@code comprehendmedical:InferRxNorm}: Read; on no resource type (give {@code *}). */
  public static final Action INFER_RX_NORM = Action.of(PREFIX, "InferRxNorm");

  /** {@code comprehendmedical:InferSNOMEDCT}: Read; on no resource type (give {@code *}). */
  public static final Action INFER_SNOMEDCT = Action.of(PREFIX, "InferSNOMEDCT");

  /** {@code comprehendmedical:ListEntitiesDetectionV2Jobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITIES_DETECTION_V2_JOBS = Action.of(PREFIX, "ListEntitiesDetectionV2Jobs");

  /** {@code comprehendmedical:ListICD10CMInferenceJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ICD10_CM_INFERENCE_JOBS = Action.of(PREFIX, "ListICD10CMInferenceJobs");

  /** {@code comprehendmedical:ListPHIDetectionJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PHI_DETECTION_JOBS = Action.of(PREFIX, "ListPHIDetectionJobs");

  /** {@code comprehendmedical:ListRxNormInferenceJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RX_NORM_INFERENCE_JOBS = Action.of(PREFIX, "ListRxNormInferenceJobs");

  /** {@code comprehendmedical:ListSNOMEDCTInferenceJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SNOMEDCT_INFERENCE_JOBS = Action.of(PREFIX, "ListSNOMEDCTInferenceJobs");

  /** {@code comprehendmedical:StartEntitiesDetectionV2Job}: Write; on no resource type (give {@code *}). */
  public static final Action START_ENTITIES_DETECTION_V2_JOB = Action.of(PREFIX, "StartEntitiesDetectionV2Job");

  /** {@code comprehendmedical:StartICD10CMInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_ICD10_CM_INFERENCE_JOB = Action.of(PREFIX, "StartICD10CMInferenceJob");

  /** {@code comprehendmedical:StartPHIDetectionJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_PHI_DETECTION_JOB = Action.of(PREFIX, "StartPHIDetectionJob");

  /** {@code comprehendmedical:StartRxNormInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_RX_NORM_INFERENCE_JOB = Action.of(PREFIX, "StartRxNormInferenceJob");

  /** {@code comprehendmedical:StartSNOMEDCTInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_SNOMEDCT_INFERENCE_JOB = Action.of(PREFIX, "StartSNOMEDCTInferenceJob");

  /** {@code comprehendmedical:StopEntitiesDetectionV2Job}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_ENTITIES_DETECTION_V2_JOB = Action.of(PREFIX, "StopEntitiesDetectionV2Job");

  /** {@code comprehendmedical:StopICD10CMInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_ICD10_CM_INFERENCE_JOB = Action.of(PREFIX, "StopICD10CMInferenceJob");

  /** {@code comprehendmedical:StopPHIDetectionJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_PHI_DETECTION_JOB = Action.of(PREFIX, "StopPHIDetectionJob");

  /** {@code comprehendmedical:StopRxNormInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_RX_NORM_INFERENCE_JOB = Action.of(PREFIX, "StopRxNormInferenceJob");

  /** {@code comprehendmedical:StopSNOMEDCTInferenceJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_SNOMEDCT_INFERENCE_JOB = Action.of(PREFIX, "StopSNOMEDCTInferenceJob");

  private Comprehendmedical() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
