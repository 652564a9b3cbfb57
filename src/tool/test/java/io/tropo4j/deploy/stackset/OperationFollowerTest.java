package io.tropo4j.deploy.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.deploy.FleetException;
import io.tropo4j.deploy.FleetListener;
import io.tropo4j.testing.FakeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackSetOperationResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;

/** Following one operation: the timeout ends the following, and the operation is left to go on. */
class OperationFollowerTest {
  private final FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class);
  private final List<String> told = new ArrayList<>();

  @Test
  void theTimeoutEndsTheFollowingNotTheOperation() {
    cloudFormation.on("describeStackSetOperation", r -> DescribeStackSetOperationResponse.builder()
            .stackSetOperation(o -> o.operationId("op-1").status("RUNNING")).build())
        .on("listStackSetOperationResults", r -> ListStackSetOperationResultsResponse.builder().summaries(
            StackSetOperationResultSummary.builder().account("111111111111").region("eu-west-1").status("RUNNING")
                .build()).build());
    OperationFollower follower = new OperationFollower(new StackSetCalls(cloudFormation.client(), false),
        new FleetListener() {
          @Override
          public void instanceChanged(String account, String region, String status, String reason, Counts counts) {
            told.add(account + " " + region + " " + status);
          }
        }, Duration.ofMillis(5));

    FleetException e = assertThrows(FleetException.class, () -> follower.follow("alerts", "op-1", 2,
        Duration.ofMillis(200)));

    assertEquals(FleetException.Kind.TIMED_OUT, e.kind());
    assertEquals("op-1", e.operationId());
    assertTrue(e.getMessage().endsWith("it goes on in CloudFormation"), e.getMessage());
    assertEquals(List.of("111111111111 eu-west-1 RUNNING"), told, "a status told once, however many polls");
    assertTrue(cloudFormation.requests("describeStackSetOperation").size() > 3);
    assertEquals(List.of(), cloudFormation.requests("stopStackSetOperation"));
  }
}
