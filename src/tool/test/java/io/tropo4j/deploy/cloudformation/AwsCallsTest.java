package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.AwsCallException.Kind;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

/** SDK failures are told apart by type, status and code: the same words with another code mean another thing. */
class AwsCallsTest {
  private static CloudFormationException answer(int status, String code, String message) {
    return (CloudFormationException) CloudFormationException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().serviceName("CloudFormation").errorCode(code).errorMessage(message)
            .build()).build();
  }

  private static AwsCallException failure(SdkException e) {
    return assertInstanceOf(AwsCallException.class, AwsCalls.failure(e, "looking up stack web"));
  }

  @Test
  void eachKindIsToldByTypeStatusAndCode() {
    assertEquals(Kind.SERVER_ERROR, failure(answer(500, null, null)).kind());
    assertEquals(Kind.SERVER_ERROR, failure(answer(503, "ServiceUnavailable", "Service is unavailable")).kind());
    assertEquals(Kind.THROTTLED, failure(answer(400, "Throttling", "Rate exceeded")).kind());
    assertEquals(Kind.BAD_CREDENTIALS, failure(answer(403, "ExpiredToken", "The security token expired")).kind());
    assertEquals(Kind.ACCESS_DENIED, failure(answer(403, "AccessDenied", "not authorized")).kind());
    assertEquals(Kind.REFUSED, failure(answer(400, "ValidationError", "Template format error")).kind());
    SdkClientException lost = SdkClientException.builder().message("Unable to execute HTTP request")
        .cause(new ConnectException("Connection refused")).build();
    AwsCallException unreachable = failure(lost);
    assertEquals(Kind.UNREACHABLE, unreachable.kind());
    assertEquals("connection refused: Connection refused", unreachable.awsMessage());
    SdkClientException noCredentials = SdkClientException.builder().message("whatever the SDK says")
        .cause(new AwsCalls.NoCredentials(SdkClientException.create("chain"))).build();
    assertEquals(Kind.NO_CREDENTIALS, failure(noCredentials).kind());
  }

  @Test
  void aCallAbortedByAnInterruptIsAnInterruption() {
    Thread.currentThread().interrupt();
    RuntimeException e = AwsCalls.failure(AbortedException.create("Thread was interrupted"), "waiting for web");
    assertInstanceOf(Interruption.class, e);
    assertFalse(Thread.currentThread().isInterrupted(), "cleared, so the tidying up can reach AWS");
  }

  /**
   * A missing stack is CloudFormation's ValidationError to a call that names only the stack; the text
   * "does not exist" in another answer (a missing resource, a change set) is not a missing stack.
   */
  @Test
  void aMissingStackIsValidationErrorNotAnyAnswerThatSaysDoesNotExist() {
    assertTrue(AwsCalls.isMissingStack(answer(400, "ValidationError", "Stack with id web does not exist")));
    assertFalse(AwsCalls.isMissingStack(answer(404, "ChangeSetNotFound", "ChangeSet [x] does not exist")));
    assertFalse(AwsCalls.isMissingStack(answer(500, null, "Stack with id web does not exist")));
    assertTrue(AwsCalls.hasCode(answer(404, "ChangeSetNotFound", "gone"), "ChangeSetNotFound"));
  }
}
