// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Translate (prefix {@code translate}), as the service authorization reference lists them.
 */
public final class Translate {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "translate";

  /** {@code translate:CreateParallelData}: Write; on parallel-data. */
  public static final Action CREATE_PARALLEL_DATA = Action.of(PREFIX, "CreateParallelData");

  /** {@code translate:DeleteParallelData}: Write; on parallel-data. */
  public static final Action DELETE_PARALLEL_DATA = Action.of(PREFIX, "DeleteParallelData");

  /** {@code translate:DeleteTerminology}: Write; on terminology. */
  public static final Action DELETE_TERMINOLOGY = Action.of(PREFIX, "DeleteTerminology");

  /** {@code translate:DescribeTextTranslationJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TEXT_TRANSLATION_JOB = Action.of(PREFIX, "DescribeTextTranslationJob");

  /** {@code translate:GetParallelData}: Read; on parallel-data. */
  public static final Action GET_PARALLEL_DATA = Action.of(PREFIX, "GetParallelData");

  /** {@code translate:GetTerminology}: Read; on terminology. */
  public static final Action GET_TERMINOLOGY = Action.of(PREFIX, "GetTerminology");

  /** {@code translate:ImportTerminology}: Write; on terminology. */
  public static final Action IMPORT_TERMINOLOGY = Action.of(PREFIX, "ImportTerminology");

  /** {@code translate:ListLanguages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LANGUAGES = Action.of(PREFIX, "ListLanguages");

  /** {@code translate:ListParallelData}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARALLEL_DATA = Action.of(PREFIX, "ListParallelData");

  /** {@code translate:ListTagsForResource}: Read; on parallel-data, terminology. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code translate:ListTerminologies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TERMINOLOGIES = Action.of(PREFIX, "ListTerminologies");

  /** {@code translate:ListTextTranslationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEXT_TRANSLATION_JOBS = Action.of(PREFIX, "ListTextTranslationJobs");

  /** {@code translate:StartTextTranslationJob}: Write; on parallel-data, terminology. */
  public static final Action START_TEXT_TRANSLATION_JOB = Action.of(PREFIX, "StartTextTranslationJob");

  /** {@code translate:StopTextTranslationJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_TEXT_TRANSLATION_JOB = Action.of(PREFIX, "StopTextTranslationJob");

  /** {@code translate:TagResource}: Tagging; on parallel-data, terminology. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code translate:TranslateDocument}: Read; on terminology. */
  public static final Action TRANSLATE_DOCUMENT = Action.of(PREFIX, "TranslateDocument");

  /** {@code translate:TranslateText}: Read; on parallel-data, terminology. */
  public static final Action TRANSLATE_TEXT = Action.of(PREFIX, "TranslateText");

  /** {@code translate:UntagResource}: Tagging; on parallel-data, terminology. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code translate:UpdateParallelData}: Write; on parallel-data. */
  public static final Action UPDATE_PARALLEL_DATA = Action.of(PREFIX, "UpdateParallelData");

  private Translate() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
