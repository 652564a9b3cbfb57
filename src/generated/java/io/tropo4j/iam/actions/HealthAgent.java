// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect Health (prefix {@code health-agent}), as the service authorization reference lists them.
 */
public final class HealthAgent {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "health-agent";

  /** {@code health-agent:ActivateSubscription}: Write; on Domain, Subscription. */
  public static final Action ACTIVATE_SUBSCRIPTION = Action.of(PREFIX, "ActivateSubscription");

  /** {@code health-agent:CancelAppointment}: Write; on Domain, Integration. */
  public static final Action CANCEL_APPOINTMENT = Action.of(PREFIX, "CancelAppointment");

  /** {@code health-agent:CreateAgent}: Write; on Agent, Domain. */
  public static final Action CREATE_AGENT = Action.of(PREFIX, "CreateAgent");

  /** {@code health-agent:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code health-agent:CreateIntegration}: Write; on Domain, Integration. */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code health-agent:CreateSession}: Write; on Agent, Domain, Session. */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code health-agent:CreateSubscription}: Write; on Domain, Subscription. */
  public static final Action CREATE_SUBSCRIPTION = Action.of(PREFIX, "CreateSubscription");

  /** {@code health-agent:DeactivateSubscription}: Write; on Domain, Subscription. */
  public static final Action DEACTIVATE_SUBSCRIPTION = Action.of(PREFIX, "DeactivateSubscription");

  /** {@code health-agent:DeleteAgent}: Write; on Agent, Domain. */
  public static final Action DELETE_AGENT = Action.of(PREFIX, "DeleteAgent");

  /** {@code health-agent:DeleteDomain}: Write; on Domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code health-agent:DeleteIntegration}: Write; on Domain, Integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code health-agent:GetAgent}: Read; on Agent, Domain. */
  public static final Action GET_AGENT = Action.of(PREFIX, "GetAgent");

  /** {@code health-agent:GetCareTeamProvider}: Read; on Domain, Integration. */
  public static final Action GET_CARE_TEAM_PROVIDER = Action.of(PREFIX, "GetCareTeamProvider");

  /** {@code health-agent:GetDomain}: Read; on Domain. */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code health-agent:GetIntegration}: Read; on Domain, Integration. */
  public static final Action GET_INTEGRATION = Action.of(PREFIX, "GetIntegration");

  /** {@code health-agent:GetMedicalScribeListeningSession}: Read; on Domain, Subscription. */
  public static final Action GET_MEDICAL_SCRIBE_LISTENING_SESSION = Action.of(PREFIX, "GetMedicalScribeListeningSession");

  /** {@code health-agent:GetPatient}: Read; on Domain, Integration. */
  public static final Action GET_PATIENT = Action.of(PREFIX, "GetPatient");

  /** {@code health-agent:GetPatientInsightsJob}: Read; on Domain, PatientInsightsJob. */
  public static final Action GET_PATIENT_INSIGHTS_JOB = Action.of(PREFIX, "GetPatientInsightsJob");

  /** {@code health-agent:GetPractitioner}: Read; on Domain, Integration. */
  public static final Action GET_PRACTITIONER = Action.of(PREFIX, "GetPractitioner");

  /** {@code health-agent:GetSessionContext}: Read; on Domain, Session. */
  public static final Action GET_SESSION_CONTEXT = Action.of(PREFIX, "GetSessionContext");

  /** {@code health-agent:GetSubscription}: Read; on Domain, Subscription. */
  public static final Action GET_SUBSCRIPTION = Action.of(PREFIX, "GetSubscription");

  /** {@code health-agent:InvokeAgent}: Write; on Domain, Session. */
  public static final Action INVOKE_AGENT = Action.of(PREFIX, "InvokeAgent");

  /** {@code health-agent:ListAgents}: List; on Domain. */
  public static final Action LIST_AGENTS = Action.of(PREFIX, "ListAgents");

  /** {@code health-agent:ListAppointmentSlots}: Read; on Domain, Integration. */
  public static final Action LIST_APPOINTMENT_SLOTS = Action.of(PREFIX, "ListAppointmentSlots");

  /** {@code health-agent:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code health-agent:ListIntegrations}: List; on Domain. */
  public static final Action LIST_INTEGRATIONS = Action.of(PREFIX, "ListIntegrations");

  /** {@code health-agent:ListPatientAppointments}: Read; on Domain, Integration. */
  public static final Action LIST_PATIENT_APPOINTMENTS = Action.of(PREFIX, "ListPatientAppointments");

  /** {@code health-agent:ListPatientInsuranceCoverages}: Read; on Domain, Integration. */
  public static final Action LIST_PATIENT_INSURANCE_COVERAGES = Action.of(PREFIX, "ListPatientInsuranceCoverages");

  /** {@code health-agent:ListProviders}: Read; on Domain, Integration. */
  public static final Action LIST_PROVIDERS = Action.of(PREFIX, "ListProviders");

  /** {@code health-agent:ListSubscriptions}: List; on Domain. */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code health-agent:ListTagsForResource}: List; on Domain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code health-agent:MatchPatient}: Read; on Domain, Integration. */
  public static final Action MATCH_PATIENT = Action.of(PREFIX, "MatchPatient");

  /** {@code health-agent:PublishAgent}: Write; on Agent, Domain. */
  public static final Action PUBLISH_AGENT = Action.of(PREFIX, "PublishAgent");

  /** {@code health-agent:RescheduleAppointment}: Write; on Domain, Integration. */
  public static final Action RESCHEDULE_APPOINTMENT = Action.of(PREFIX, "RescheduleAppointment");

  /** {@code health-agent:ScheduleAppointment}: Write; on Domain, Integration. */
  public static final Action SCHEDULE_APPOINTMENT = Action.of(PREFIX, "ScheduleAppointment");

  /** {@code health-agent:StartMedicalScribeListeningSession}: Write; on Domain, Subscription. */
  public static final Action START_MEDICAL_SCRIBE_LISTENING_SESSION = Action.of(PREFIX, "StartMedicalScribeListeningSession");

  /** {@code health-agent:StartPatientInsightsJob}: Write; on Domain, PatientInsightsJob. */
  public static final Action START_PATIENT_INSIGHTS_JOB = Action.of(PREFIX, "StartPatientInsightsJob");

  /** {@code health-agent:TagResource}: Tagging; on Domain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code health-agent:UntagResource}: Tagging; on Domain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code health-agent:UpdateAgent}: Write; on Agent, Domain. */
  public static final Action UPDATE_AGENT = Action.of(PREFIX, "UpdateAgent");

  /** {@code health-agent:UpdateIntegration}: Write; on Domain, Integration. */
  public static final Action UPDATE_INTEGRATION = Action.of(PREFIX, "UpdateIntegration");

  /** {@code health-agent:UpdateSession}: Write; on Domain, Session. */
  public static final Action UPDATE_SESSION = Action.of(PREFIX, "UpdateSession");

  private HealthAgent() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
