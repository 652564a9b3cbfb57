// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Mainframe Modernization Application Testing (prefix {@code apptest}), as the service authorization reference lists them.
 */
public final class Apptest {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "apptest";

  /** {@code apptest:CreateTestCase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEST_CASE = Action.of(PREFIX, "CreateTestCase");

  /** {@code apptest:CreateTestConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEST_CONFIGURATION = Action.of(PREFIX, "CreateTestConfiguration");

  /** {@code apptest:CreateTestSuite}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEST_SUITE = Action.of(PREFIX, "CreateTestSuite");

  /** {@code apptest:DeleteTestCase}: Write; on TestCase. */
  public static final Action DELETE_TEST_CASE = Action.of(PREFIX, "DeleteTestCase");

  /** {@code apptest:DeleteTestConfiguration}: Write; on TestConfiguration. */
  public static final Action DELETE_TEST_CONFIGURATION = Action.of(PREFIX, "DeleteTestConfiguration");

  /** {@code apptest:DeleteTestRun}: Write; on TestRun. */
  public static final Action DELETE_TEST_RUN = Action.of(PREFIX, "DeleteTestRun");

  /** {@code apptest:DeleteTestSuite}: Write; on TestSuite. */
  public static final Action DELETE_TEST_SUITE = Action.of(PREFIX, "DeleteTestSuite");

  /** {@code apptest:GetTestCase}: Read; on TestCase. */
  public static final Action GET_TEST_CASE = Action.of(PREFIX, "GetTestCase");

  /** {@code apptest:GetTestConfiguration}: Read; on TestConfiguration. */
  public static final Action GET_TEST_CONFIGURATION = Action.of(PREFIX, "GetTestConfiguration");

  /** {@code apptest:GetTestRunStep}: Read; on TestRun. */
  public static final Action GET_TEST_RUN_STEP = Action.of(PREFIX, "GetTestRunStep");

  /** {@code apptest:GetTestSuite}: Read; on TestSuite. */
  public static final Action GET_TEST_SUITE = Action.of(PREFIX, "GetTestSuite");

  /** {@code apptest:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code apptest:ListTestCases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_CASES = Action.of(PREFIX, "ListTestCases");

  /** {@code apptest:ListTestConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_CONFIGURATIONS = Action.of(PREFIX, "ListTestConfigurations");

  /** {@code apptest:ListTestRunSteps}: Read; on TestRun. */
  public static final Action LIST_TEST_RUN_STEPS = Action.of(PREFIX, "ListTestRunSteps");

  /** {@code apptest:ListTestRunTestCases}: Read; on TestRun. */
  public static final Action LIST_TEST_RUN_TEST_CASES = Action.of(PREFIX, "ListTestRunTestCases");

  /** {@code apptest:ListTestRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_RUNS = Action.of(PREFIX, "ListTestRuns");

  /** {@code apptest:ListTestSuites}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_SUITES = Action.of(PREFIX, "ListTestSuites");

  /** {@code apptest:StartTestRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_TEST_RUN = Action.of(PREFIX, "StartTestRun");

  /** {@code apptest:TagResource}: Tagging; on TestCase, TestConfiguration, TestRun, TestSuite. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code apptest:UntagResource}: Tagging; on TestCase, TestConfiguration, TestRun, TestSuite. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code apptest:UpdateTestCase}: Write; on TestCase. */
  public static final Action UPDATE_TEST_CASE = Action.of(PREFIX, "UpdateTestCase");

  /** {@code apptest:UpdateTestConfiguration}: Write; on TestConfiguration. */
  public static final Action UPDATE_TEST_CONFIGURATION = Action.of(PREFIX, "UpdateTestConfiguration");

  /** {@code apptest:UpdateTestSuite}: Write; on TestSuite. */
  public static final Action UPDATE_TEST_SUITE = Action.of(PREFIX, "UpdateTestSuite");

  private Apptest() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
