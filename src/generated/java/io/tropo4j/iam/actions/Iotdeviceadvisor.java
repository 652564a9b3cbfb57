// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Core Device Advisor (prefix {@code iotdeviceadvisor}), as the service authorization reference lists them.
 */
public final class Iotdeviceadvisor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotdeviceadvisor";

  /** {@code iotdeviceadvisor:CreateSuiteDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUITE_DEFINITION = Action.of(PREFIX, "CreateSuiteDefinition");

  /** {@code iotdeviceadvisor:DeleteSuiteDefinition}: Write; on Suitedefinition. */
  public static final Action DELETE_SUITE_DEFINITION = Action.of(PREFIX, "DeleteSuiteDefinition");

  /** {@code iotdeviceadvisor:GetEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENDPOINT = Action.of(PREFIX, "GetEndpoint");

  /** {@code iotdeviceadvisor:GetSuiteDefinition}: Read; on Suitedefinition. */
  public static final Action GET_SUITE_DEFINITION = Action.of(PREFIX, "GetSuiteDefinition");

  /** {@code iotdeviceadvisor:GetSuiteRun}: Read; on Suiterun. */
  public static final Action GET_SUITE_RUN = Action.of(PREFIX, "GetSuiteRun");

  /** {@code iotdeviceadvisor:GetSuiteRunReport}: Read; on Suiterun. */
  public static final Action GET_SUITE_RUN_REPORT = Action.of(PREFIX, "GetSuiteRunReport");

  /** {@code iotdeviceadvisor:ListSuiteDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUITE_DEFINITIONS = Action.of(PREFIX, "ListSuiteDefinitions");

  /** {@code iotdeviceadvisor:ListSuiteRuns}: List; on Suitedefinition. */
  public static final Action LIST_SUITE_RUNS = Action.of(PREFIX, "ListSuiteRuns");

  /** {@code iotdeviceadvisor:ListTagsForResource}: Read; on Suitedefinition, Suiterun. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotdeviceadvisor:StartSuiteRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_SUITE_RUN = Action.of(PREFIX, "StartSuiteRun");

  /** {@code iotdeviceadvisor:StopSuiteRun}: Write; on Suiterun. */
  public static final Action STOP_SUITE_RUN = Action.of(PREFIX, "StopSuiteRun");

  /** {@code iotdeviceadvisor:TagResource}: Tagging; on Suitedefinition, Suiterun. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotdeviceadvisor:UntagResource}: Tagging; on Suitedefinition, Suiterun. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotdeviceadvisor:UpdateSuiteDefinition}: Write; on Suitedefinition. */
  public static final Action UPDATE_SUITE_DEFINITION = Action.of(PREFIX, "UpdateSuiteDefinition");

  private Iotdeviceadvisor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
