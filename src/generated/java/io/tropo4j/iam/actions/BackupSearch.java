// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Backup Search (prefix {@code backup-search}), as the service authorization reference lists them.
 */
public final class BackupSearch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "backup-search";

  /** {@code backup-search:GetSearchJob}: Read; on searchJob. */
  public static final Action GET_SEARCH_JOB = Action.of(PREFIX, "GetSearchJob");

  /** {@code backup-search:GetSearchResultExportJob}: Read; on searchExportJob. */
  public static final Action GET_SEARCH_RESULT_EXPORT_JOB = Action.of(PREFIX, "GetSearchResultExportJob");

  /** {@code backup-search:ListSearchJobBackups}: Read; on searchJob. */
  public static final Action LIST_SEARCH_JOB_BACKUPS = Action.of(PREFIX, "ListSearchJobBackups");

  /** {@code backup-search:ListSearchJobResults}: Read; on searchJob. */
  public static final Action LIST_SEARCH_JOB_RESULTS = Action.of(PREFIX, "ListSearchJobResults");

  /** {@code backup-search:ListSearchJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SEARCH_JOBS = Action.of(PREFIX, "ListSearchJobs");

  /** {@code backup-search:ListSearchResultExportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SEARCH_RESULT_EXPORT_JOBS = Action.of(PREFIX, "ListSearchResultExportJobs");

  /** {@code backup-search:ListTagsForResource}: Read; on searchExportJob, searchJob. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code backup-search:StartSearchJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_SEARCH_JOB = Action.of(PREFIX, "StartSearchJob");

  /** {@code backup-search:StartSearchResultExportJob}: Write; on searchJob. */
  public static final Action START_SEARCH_RESULT_EXPORT_JOB = Action.of(PREFIX, "StartSearchResultExportJob");

  /** {@code backup-search:StopSearchJob}: Write; on searchJob. */
  public static final Action STOP_SEARCH_JOB = Action.of(PREFIX, "StopSearchJob");

  /** {@code backup-search:TagResource}: Tagging; on searchExportJob, searchJob. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code backup-search:UntagResource}: Tagging; on searchExportJob, searchJob. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private BackupSearch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
