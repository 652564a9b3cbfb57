package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

class ErrorsTest {
  /** What the SDK gives for an HTTP 500 whose body is not AWS's: no code, no message, no request id. */
  @Test
  void aServerErrorSaysWhichCallFailedThatTheServiceFailedAndWhatToDo() {
    CloudFormationException e = (CloudFormationException) CloudFormationException.builder().statusCode(500)
        .message("(Service: CloudFormation, Status Code: 500, Request ID: null)")
        .awsErrorDetails(AwsErrorDetails.builder().serviceName("CloudFormation").build()).build();
    String message = Errors.explain(e, "creating a change set for stack web").getMessage();
    assertEquals("creating a change set for stack web: CloudFormation failed with HTTP 500; the fault is on the "
        + "service's side (AWS, or the endpoint AWS_ENDPOINT_URL names), not in the request: try again in a minute, "
        + "and if it persists check the AWS Health Dashboard or that endpoint", message);
    assertFalse(message.contains("Request ID"), message);
  }

  @Test
  void aServerErrorWithAMessageKeepsIt() {
    CloudFormationException e = (CloudFormationException) CloudFormationException.builder().statusCode(503)
        .awsErrorDetails(AwsErrorDetails.builder().serviceName("CloudFormation").errorCode("ServiceUnavailable")
            .errorMessage("Service is unavailable").build()).build();
    assertEquals("looking up stack web: CloudFormation failed with HTTP 503: Service is unavailable; the fault is on "
        + "the service's side (AWS, or the endpoint AWS_ENDPOINT_URL names), not in the request: try again in a "
        + "minute, and if it persists check the AWS Health Dashboard or that endpoint",
        Errors.explain(e, "looking up stack web").getMessage());
  }

  @Test
  void losingTheEndpointWhileFollowingSaysTheOperationGoesOnAndHowToFollowIt() {
    SdkClientException lost = SdkClientException.builder().message("Unable to execute HTTP request")
        .cause(new java.net.ConnectException("Connection refused")).build();
    DeployException e = Errors.lostWhileFollowing(lost, "web", "create", "CREATE_IN_PROGRESS");
    assertEquals("following stack web: cannot reach the AWS endpoint (ConnectException: Connection refused); check "
        + "the network or AWS_ENDPOINT_URL; the create was submitted and CloudFormation goes on with it",
        e.getMessage());
    assertEquals(NextStep.FOLLOW, e.next());
    assertEquals(java.util.Optional.of("CREATE_IN_PROGRESS"), e.status());
  }
}
