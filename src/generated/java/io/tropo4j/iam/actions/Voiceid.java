// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect Voice ID (prefix {@code voiceid}), as the service authorization reference lists them.
 */
public final class Voiceid {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "voiceid";

  /** {@code voiceid:AssociateFraudster}: Write; on domain. */
  public static final Action ASSOCIATE_FRAUDSTER = Action.of(PREFIX, "AssociateFraudster");

  /** {@code voiceid:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code voiceid:CreateWatchlist}: Write; on domain. */
  public static final Action CREATE_WATCHLIST = Action.of(PREFIX, "CreateWatchlist");

  /** {@code voiceid:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code voiceid:DeleteFraudster}: Write; on domain. */
  public static final Action DELETE_FRAUDSTER = Action.of(PREFIX, "DeleteFraudster");

  /** {@code voiceid:DeleteSpeaker}: Write; on domain. */
  public static final Action DELETE_SPEAKER = Action.of(PREFIX, "DeleteSpeaker");

  /** {@code voiceid:DeleteWatchlist}: Write; on domain. */
  public static final Action DELETE_WATCHLIST = Action.of(PREFIX, "DeleteWatchlist");

  /** {@code voiceid:DescribeComplianceConsent}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPLIANCE_CONSENT = Action.of(PREFIX, "DescribeComplianceConsent");

  /** {@code voiceid:DescribeDomain}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code voiceid:DescribeFraudster}: Read; on domain. */
  public static final Action DESCRIBE_FRAUDSTER = Action.of(PREFIX, "DescribeFraudster");

  /** {@code voiceid:DescribeFraudsterRegistrationJob}: Read; on domain. */
  public static final Action DESCRIBE_FRAUDSTER_REGISTRATION_JOB = Action.of(PREFIX, "DescribeFraudsterRegistrationJob");

  /** {@code voiceid:DescribeSpeaker}: Read; on domain. */
  public static final Action DESCRIBE_SPEAKER = Action.of(PREFIX, "DescribeSpeaker");

  /** {@code voiceid:DescribeSpeakerEnrollmentJob}: Read; on domain. */
  public static final Action DESCRIBE_SPEAKER_ENROLLMENT_JOB = Action.of(PREFIX, "DescribeSpeakerEnrollmentJob");

  /** {@code voiceid:DescribeWatchlist}: Read; on domain. */
  public static final Action DESCRIBE_WATCHLIST = Action.of(PREFIX, "DescribeWatchlist");

  /** {@code voiceid:DisassociateFraudster}: Write; on domain. */
  public static final Action DISASSOCIATE_FRAUDSTER = Action.of(PREFIX, "DisassociateFraudster");

  /** {@code voiceid:EvaluateSession}: Write; on domain. */
  public static final Action EVALUATE_SESSION = Action.of(PREFIX, "EvaluateSession");

  /** {@code voiceid:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code voiceid:ListFraudsterRegistrationJobs}: List; on domain. */
  public static final Action LIST_FRAUDSTER_REGISTRATION_JOBS = Action.of(PREFIX, "ListFraudsterRegistrationJobs");

  /** {@code voiceid:ListFraudsters}: List; on domain. */
  public static final Action LIST_FRAUDSTERS = Action.of(PREFIX, "ListFraudsters");

  /** {@code voiceid:ListSpeakerEnrollmentJobs}: List; on domain. */
  public static final Action LIST_SPEAKER_ENROLLMENT_JOBS = Action.of(PREFIX, "ListSpeakerEnrollmentJobs");

  /** {@code voiceid:ListSpeakers}: List; on domain. */
  public static final Action LIST_SPEAKERS = Action.of(PREFIX, "ListSpeakers");

  /** {@code voiceid:ListTagsForResource}: Read; on domain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code voiceid:ListWatchlists}: List; on domain. */
  public static final Action LIST_WATCHLISTS = Action.of(PREFIX, "ListWatchlists");

  /** {@code voiceid:OptOutSpeaker}: Write; on domain. */
  public static final Action OPT_OUT_SPEAKER = Action.of(PREFIX, "OptOutSpeaker");

  /** {@code voiceid:RegisterComplianceConsent}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_COMPLIANCE_CONSENT = Action.of(PREFIX, "RegisterComplianceConsent");

  /** {@code voiceid:StartFraudsterRegistrationJob}: Write; on domain. */
  public static final Action START_FRAUDSTER_REGISTRATION_JOB = Action.of(PREFIX, "StartFraudsterRegistrationJob");

  /** {@code voiceid:StartSpeakerEnrollmentJob}: Write; on domain. */
  public static final Action START_SPEAKER_ENROLLMENT_JOB = Action.of(PREFIX, "StartSpeakerEnrollmentJob");

  /** {@code voiceid:TagResource}: Tagging; on domain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code voiceid:UntagResource}: Tagging; on domain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code voiceid:UpdateDomain}: Write; on domain. */
  public static final Action UPDATE_DOMAIN = Action.of(PREFIX, "UpdateDomain");

  /** {@code voiceid:UpdateWatchlist}: Write; on domain. */
  public static final Action UPDATE_WATCHLIST = Action.of(PREFIX, "UpdateWatchlist");

  private Voiceid() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
