// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Observability Admin Service (prefix {@code observabilityadmin}), as the service authorization reference lists them.
 */
public final class Observabilityadmin {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "observabilityadmin";

  /** {@code observabilityadmin:CreateCentralizationRuleForOrganization}: Write; on organization-centralization-rule. */
  public static final Action CREATE_CENTRALIZATION_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "CreateCentralizationRuleForOrganization");

  /** {@code observabilityadmin:CreateS3TableIntegration}: Write; on s3tableintegration. */
  public static final Action CREATE_S3_TABLE_INTEGRATION = Action.of(PREFIX, "CreateS3TableIntegration");

  /** {@code observabilityadmin:CreateTelemetryPipeline}: Write; on telemetry-pipeline. */
  public static final Action CREATE_TELEMETRY_PIPELINE = Action.of(PREFIX, "CreateTelemetryPipeline");

  /** {@code observabilityadmin:CreateTelemetryRule}: Write; on telemetry-rule. */
  public static final Action CREATE_TELEMETRY_RULE = Action.of(PREFIX, "CreateTelemetryRule");

  /** {@code observabilityadmin:CreateTelemetryRuleForOrganization}: Write; on organization-telemetry-rule. */
  public static final Action CREATE_TELEMETRY_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "CreateTelemetryRuleForOrganization");

  /** {@code observabilityadmin:DeleteCentralizationRuleForOrganization}: Write; on organization-centralization-rule. */
  public static final Action DELETE_CENTRALIZATION_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "DeleteCentralizationRuleForOrganization");

  /** {@code observabilityadmin:DeleteS3TableIntegration}: Write; on s3tableintegration. */
  public static final Action DELETE_S3_TABLE_INTEGRATION = Action.of(PREFIX, "DeleteS3TableIntegration");

  /** {@code observabilityadmin:DeleteTelemetryPipeline}: Write; on telemetry-pipeline. */
  public static final Action DELETE_TELEMETRY_PIPELINE = Action.of(PREFIX, "DeleteTelemetryPipeline");

  /** {@code observabilityadmin:DeleteTelemetryRule}: Write; on telemetry-rule. */
  public static final Action DELETE_TELEMETRY_RULE = Action.of(PREFIX, "DeleteTelemetryRule");

  /** {@code observabilityadmin:DeleteTelemetryRuleForOrganization}: Write; on organization-telemetry-rule. */
  public static final Action DELETE_TELEMETRY_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "DeleteTelemetryRuleForOrganization");

  /** {@code observabilityadmin:GetCentralizationRuleForOrganization}: Read; on organization-centralization-rule. */
  public static final Action GET_CENTRALIZATION_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "GetCentralizationRuleForOrganization");

  /** {@code observabilityadmin:GetS3TableIntegration}: Read; on s3tableintegration. */
  public static final Action GET_S3_TABLE_INTEGRATION = Action.of(PREFIX, "GetS3TableIntegration");

  /** {@code observabilityadmin:GetTelemetryEnrichmentStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TELEMETRY_ENRICHMENT_STATUS = Action.of(PREFIX, "GetTelemetryEnrichmentStatus");

  /** {@code observabilityadmin:GetTelemetryEvaluationStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TELEMETRY_EVALUATION_STATUS = Action.of(PREFIX, "GetTelemetryEvaluationStatus");

  /** {@code observabilityadmin:GetTelemetryEvaluationStatusForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TELEMETRY_EVALUATION_STATUS_FOR_ORGANIZATION = Action.of(PREFIX, "GetTelemetryEvaluationStatusForOrganization");

  /** {@code observabilityadmin:GetTelemetryPipeline}: Read; on telemetry-pipeline. */
  public static final Action GET_TELEMETRY_PIPELINE = Action.of(PREFIX, "GetTelemetryPipeline");

  /** {@code observabilityadmin:GetTelemetryRule}: Read; on telemetry-rule. */
  public static final Action GET_TELEMETRY_RULE = Action.of(PREFIX, "GetTelemetryRule");

  /** {@code observabilityadmin:GetTelemetryRuleForOrganization}: Read; on organization-telemetry-rule. */
  public static final Action GET_TELEMETRY_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "GetTelemetryRuleForOrganization");

  /** {@code observabilityadmin:ListCentralizationRulesForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CENTRALIZATION_RULES_FOR_ORGANIZATION = Action.of(PREFIX, "ListCentralizationRulesForOrganization");

  /** {@code observabilityadmin:ListResourceTelemetry}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_TELEMETRY = Action.of(PREFIX, "ListResourceTelemetry");

  /** {@code observabilityadmin:ListResourceTelemetryForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_TELEMETRY_FOR_ORGANIZATION = Action.of(PREFIX, "ListResourceTelemetryForOrganization");

  /** {@code observabilityadmin:ListS3TableIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_S3_TABLE_INTEGRATIONS = Action.of(PREFIX, "ListS3TableIntegrations");

  /** {@code observabilityadmin:ListTagsForResource}: List; on organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code observabilityadmin:ListTelemetryPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TELEMETRY_PIPELINES = Action.of(PREFIX, "ListTelemetryPipelines");

  /** {@code observabilityadmin:ListTelemetryRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TELEMETRY_RULES = Action.of(PREFIX, "ListTelemetryRules");

  /** {@code observabilityadmin:ListTelemetryRulesForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TELEMETRY_RULES_FOR_ORGANIZATION = Action.of(PREFIX, "ListTelemetryRulesForOrganization");

  /** {@code observabilityadmin:StartTelemetryEnrichment}: Write; on no resource type (give {@code *}). */
  public static final Action START_TELEMETRY_ENRICHMENT = Action.of(PREFIX, "StartTelemetryEnrichment");

  /** {@code observabilityadmin:StartTelemetryEvaluation}: Write; on no resource type (give {@code *}). */
  public static final Action START_TELEMETRY_EVALUATION = Action.of(PREFIX, "StartTelemetryEvaluation");

  /** {@code observabilityadmin:StartTelemetryEvaluationForOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action START_TELEMETRY_EVALUATION_FOR_ORGANIZATION = Action.of(PREFIX, "StartTelemetryEvaluationForOrganization");

  /** {@code observabilityadmin:StopTelemetryEnrichment}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_TELEMETRY_ENRICHMENT = Action.of(PREFIX, "StopTelemetryEnrichment");

  /** {@code observabilityadmin:StopTelemetryEvaluation}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_TELEMETRY_EVALUATION = Action.of(PREFIX, "StopTelemetryEvaluation");

  /** {@code observabilityadmin:StopTelemetryEvaluationForOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_TELEMETRY_EVALUATION_FOR_ORGANIZATION = Action.of(PREFIX, "StopTelemetryEvaluationForOrganization");

  /** {@code observabilityadmin:TagResource}: Tagging; on organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code observabilityadmin:TestTelemetryPipeline}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_TELEMETRY_PIPELINE = Action.of(PREFIX, "TestTelemetryPipeline");

  /** {@code observabilityadmin:UntagResource}: Tagging; on organization-centralization-rule, organization-telemetry-rule, s3tableintegration, telemetry-pipeline, telemetry-rule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code observabilityadmin:UpdateCentralizationRuleForOrganization}: Write; on organization-centralization-rule. */
  public static final Action UPDATE_CENTRALIZATION_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "UpdateCentralizationRuleForOrganization");

  /** {@code observabilityadmin:UpdateTelemetryPipeline}: Write; on telemetry-pipeline. */
  public static final Action UPDATE_TELEMETRY_PIPELINE = Action.of(PREFIX, "UpdateTelemetryPipeline");

  /** {@code observabilityadmin:UpdateTelemetryRule}: Write; on telemetry-rule. */
  public static final Action UPDATE_TELEMETRY_RULE = Action.of(PREFIX, "UpdateTelemetryRule");

  /** {@code observabilityadmin:UpdateTelemetryRuleForOrganization}: Write; on organization-telemetry-rule. */
  public static final Action UPDATE_TELEMETRY_RULE_FOR_ORGANIZATION = Action.of(PREFIX, "UpdateTelemetryRuleForOrganization");

  /** {@code observabilityadmin:ValidateTelemetryPipelineConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_TELEMETRY_PIPELINE_CONFIGURATION = Action.of(PREFIX, "ValidateTelemetryPipelineConfiguration");

  private Observabilityadmin() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
