// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Jobs DataPlane (prefix {@code iotjobsdata}), as the service authorization reference lists them.
 */
public final class Iotjobsdata {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotjobsdata";

  /** {@code iotjobsdata:DescribeJobExecution}: Read; on thing. */
  public static final Action DESCRIBE_JOB_EXECUTION = Action.of(PREFIX, "DescribeJobExecution");

  /** {@code iotjobsdata:GetPendingJobExecutions}: Read; on thing. */
  public static final Action GET_PENDING_JOB_EXECUTIONS = Action.of(PREFIX, "GetPendingJobExecutions");

  /** {@code iotjobsdata:StartNextPendingJobExecution}: Write; on thing. */
  public static final Action START_NEXT_PENDING_JOB_EXECUTION = Action.of(PREFIX, "StartNextPendingJobExecution");

  /** {@code iotjobsdata:UpdateJobExecution}: Write; on thing. */
  public static final Action UPDATE_JOB_EXECUTION = Action.of(PREFIX, "UpdateJobExecution");

  private Iotjobsdata() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
