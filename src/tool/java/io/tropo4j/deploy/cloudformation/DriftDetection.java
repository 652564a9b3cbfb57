package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackDriftDetectionStatusResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceDriftsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;

/**
 * CloudFormation's drift detection of a stack: started, followed until it is done, and its resources'
 * drifts read. It changes no resource: it only records, in CloudFormation, when drift was last
 * detected. Internal.
 */
public final class DriftDetection {
  /**
   * What a finished detection found.
   *
   * @param failure why some resources could not be checked, when the detection failed for them; else null
   */
  public record Outcome(String status, List<StackResourceDrift> resources, String failure) {}

  private final CloudFormationClient cloudFormation;
  private final Duration pollInterval;
  private final Journal journal;

  public DriftDetection(CloudFormationClient cloudFormation, Duration pollInterval, Journal journal) {
    this.cloudFormation = cloudFormation;
    this.pollInterval = pollInterval;
    this.journal = journal;
  }

  public Outcome detect(String stackName, Duration timeout) {
    journal.doing("detecting drift of stack " + stackName);
    String id;
    try {
      id = cloudFormation.detectStackDrift(b -> b.stackName(stackName)).stackDriftDetectionId();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "starting drift detection of stack " + stackName);
    }
    DescribeStackDriftDetectionStatusResponse done = await(stackName, id, timeout);
    String failure = null;
    if ("DETECTION_FAILED".equals(done.detectionStatusAsString())) {
      if (done.stackDriftStatus() == null || "UNKNOWN".equals(done.stackDriftStatusAsString())) {
        throw new DeployException("drift detection of stack " + stackName + " failed: "
            + done.detectionStatusReason(), stackName, null, NextStep.NONE);
      }
      // Some resources could not be checked (the reason names them); those that were are still worth showing.
      failure = done.detectionStatusReason() == null ? "no reason given" : done.detectionStatusReason();
    }
    return new Outcome(done.stackDriftStatusAsString(), resources(stackName), failure);
  }

  private DescribeStackDriftDetectionStatusResponse await(String stackName, String id, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Polling polling = new Polling(pollInterval);
    while (true) {
      try {
        DescribeStackDriftDetectionStatusResponse status = cloudFormation.describeStackDriftDetectionStatus(
            b -> b.stackDriftDetectionId(id));
        if (!"DETECTION_IN_PROGRESS".equals(status.detectionStatusAsString())) {
          return status;
        }
      } catch (SdkException e) {
        if (!AwsCalls.isThrottling(e)) {
          throw AwsCalls.failure(e, "reading drift detection " + id + " of stack " + stackName);
        }
        polling.throttled();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new WaitTimedOut("waiting " + timeout.toMinutes() + " minutes for drift detection of stack "
            + stackName + " (CloudFormation goes on with it)");
      }
      polling.pause("waiting for drift detection of stack " + stackName);
    }
  }

  /** Every resource's drift as the last detection found it. */
  private List<StackResourceDrift> resources(String stackName) {
    List<StackResourceDrift> drifts = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      DescribeStackResourceDriftsResponse response;
      try {
        response = cloudFormation.describeStackResourceDrifts(b -> b.stackName(stackName).nextToken(page));
      } catch (SdkException e) {
        throw AwsCalls.failure(e, "reading the drift of stack " + stackName + "'s resources");
      }
      drifts.addAll(response.stackResourceDrifts());
      token = response.nextToken();
    } while (token != null);
    return drifts;
  }
}
