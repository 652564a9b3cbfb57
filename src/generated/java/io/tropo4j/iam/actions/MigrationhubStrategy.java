// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Migration Hub Strategy Recommendations (prefix {@code migrationhub-strategy}), as the service authorization reference lists them.
 */
public final class MigrationhubStrategy {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "migrationhub-strategy";

  /** {@code migrationhub-strategy:GetAntiPattern}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ANTI_PATTERN = Action.of(PREFIX, "GetAntiPattern");

  /** {@code migrationhub-strategy:GetApplicationComponentDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPLICATION_COMPONENT_DETAILS = Action.of(PREFIX, "GetApplicationComponentDetails");

  /** {@code migrationhub-strategy:GetApplicationComponentStrategies}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPLICATION_COMPONENT_STRATEGIES = Action.of(PREFIX, "GetApplicationComponentStrategies");

  /** {@code migrationhub-strategy:GetAssessment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSESSMENT = Action.of(PREFIX, "GetAssessment");

  /** {@code migrationhub-strategy:GetImportFileTask}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IMPORT_FILE_TASK = Action.of(PREFIX, "GetImportFileTask");

  /** {@code migrationhub-strategy:GetLatestAssessmentId}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LATEST_ASSESSMENT_ID = Action.of(PREFIX, "GetLatestAssessmentId");

  /** {@code migrationhub-strategy:GetMessage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGE = Action.of(PREFIX, "GetMessage");

  /** {@code migrationhub-strategy:GetPortfolioPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PORTFOLIO_PREFERENCES = Action.of(PREFIX, "GetPortfolioPreferences");

  /** {@code migrationhub-strategy:GetPortfolioSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PORTFOLIO_SUMMARY = Action.of(PREFIX, "GetPortfolioSummary");

  /** {@code migrationhub-strategy:GetRecommendationReportDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RECOMMENDATION_REPORT_DETAILS = Action.of(PREFIX, "GetRecommendationReportDetails");

  /** {@code migrationhub-strategy:GetServerDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVER_DETAILS = Action.of(PREFIX, "GetServerDetails");

  /** {@code migrationhub-strategy:GetServerStrategies}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVER_STRATEGIES = Action.of(PREFIX, "GetServerStrategies");

  /** {@code migrationhub-strategy:ListAnalyzableServers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANALYZABLE_SERVERS = Action.of(PREFIX, "ListAnalyzableServers");

  /** {@code migrationhub-strategy:ListAntiPatterns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANTI_PATTERNS = Action.of(PREFIX, "ListAntiPatterns");

  /** {@code migrationhub-strategy:ListApplicationComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATION_COMPONENTS = Action.of(PREFIX, "ListApplicationComponents");

  /** {@code migrationhub-strategy:ListCollectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLECTORS = Action.of(PREFIX, "ListCollectors");

  /** {@code migrationhub-strategy:ListImportFileTask}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORT_FILE_TASK = Action.of(PREFIX, "ListImportFileTask");

  /** {@code migrationhub-strategy:ListJarArtifacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JAR_ARTIFACTS = Action.of(PREFIX, "ListJarArtifacts");

  /** {@code migrationhub-strategy:ListServers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVERS = Action.of(PREFIX, "ListServers");

  /** {@code migrationhub-strategy:PutLogData}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOG_DATA = Action.of(PREFIX, "PutLogData");

  /** {@code migrationhub-strategy:PutMetricData}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_METRIC_DATA = Action.of(PREFIX, "PutMetricData");

  /** {@code migrationhub-strategy:PutPortfolioPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PORTFOLIO_PREFERENCES = Action.of(PREFIX, "PutPortfolioPreferences");

  /** {@code migrationhub-strategy:RegisterCollector}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_COLLECTOR = Action.of(PREFIX, "RegisterCollector");

  /** {@code migrationhub-strategy:SendMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code migrationhub-strategy:StartAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action START_ASSESSMENT = Action.of(PREFIX, "StartAssessment");

  /** {@code migrationhub-strategy:StartImportFileTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_IMPORT_FILE_TASK = Action.of(PREFIX, "StartImportFileTask");

  /** {@code migrationhub-strategy:StartRecommendationReportGeneration}: Write; on no resource type (give {@code *}). */
  public static final Action START_RECOMMENDATION_REPORT_GENERATION = Action.of(PREFIX, "StartRecommendationReportGeneration");

  /** {@code migrationhub-strategy:StopAssessment}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_ASSESSMENT = Action.of(PREFIX, "StopAssessment");

  /** {@code migrationhub-strategy:UpdateApplicationComponentConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_COMPONENT_CONFIG = Action.of(PREFIX, "UpdateApplicationComponentConfig");

  /** {@code migrationhub-strategy:UpdateCollectorConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_COLLECTOR_CONFIGURATION = Action.of(PREFIX, "UpdateCollectorConfiguration");

  /** {@code migrationhub-strategy:UpdateServerConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVER_CONFIG = Action.of(PREFIX, "UpdateServerConfig");

  private MigrationhubStrategy() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
