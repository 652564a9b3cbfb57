package io.tropo4j.deploy;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** One sentence for an SDK failure: what went wrong, and what to do about it. */
final class Errors {
  private Errors() {}

  static DeployException explain(SdkException e, String doing) {
    return new DeployException(sentence(e, doing), e);
  }

  /**
   * A failure while following an operation CloudFormation already took: it goes on without us, and
   * the user needs to know how to follow it.
   */
  static DeployException lostWhileFollowing(SdkException e, String stackName, String operation, String status) {
    return new DeployException(sentence(e, "following stack " + stackName) + "; the " + operation
        + " was submitted and CloudFormation goes on with it", stackName, status, NextStep.FOLLOW);
  }

  static String sentence(SdkException e, String doing) {
    if (isServerError(e)) {
      AwsServiceException service = (AwsServiceException) e;
      String detail = service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null ? ""
          : ": " + service.awsErrorDetails().errorMessage();
      return doing + ": " + serviceName(service) + " failed with HTTP " + service.statusCode() + detail
          + "; the fault is on the service's side (AWS, or the endpoint AWS_ENDPOINT_URL names), not in the "
          + "request: try again in a minute, and if it persists check the AWS Health Dashboard or that endpoint";
    }
    if (e instanceof AwsServiceException service) {
      String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
      String message = service.awsErrorDetails() == null ? e.getMessage() : service.awsErrorDetails().errorMessage();
      if ("ExpiredToken".equals(code) || "InvalidClientTokenId".equals(code) || "SignatureDoesNotMatch".equals(code)
          || "UnrecognizedClientException".equals(code)) {
        return doing + ": AWS rejected the credentials (" + message + "); refresh them or choose another profile";
      }
      if ("AccessDenied".equals(code) || "AccessDeniedException".equals(code)) {
        return doing + ": access denied (" + message + ")";
      }
      return doing + ": " + (message == null ? code : message);
    }
    String text = String.valueOf(e.getMessage());
    if (text.contains("Unable to load credentials") || text.contains("credentials")
        && text.contains("provider")) {
      return doing + ": no AWS credentials found; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
          + "or AWS_PROFILE";
    }
    if (text.contains("Unable to load region")) {
      return doing + ": no AWS region set; set AWS_REGION or a region in your profile";
    }
    if (e instanceof SdkClientException && causedBy(e, ConnectException.class, UnknownHostException.class,
        HttpTimeoutException.class, java.net.SocketTimeoutException.class)) {
      return doing + ": cannot reach the AWS endpoint (" + rootMessage(e) + "); check the network or "
          + "AWS_ENDPOINT_URL";
    }
    return doing + ": " + text;
  }

  @SafeVarargs
  private static boolean causedBy(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** CloudFormation's way of saying a stack is not there. */
  static boolean isMissingStack(SdkException e) {
    return e instanceof AwsServiceException && String.valueOf(e.getMessage()).contains("does not exist");
  }

  /** An update that changes nothing: moto refuses the change set, AWS makes a FAILED one. */
  static boolean isNoChange(String message) {
    return message != null && (message.contains("No updates are to be performed")
        || message.contains("didn't contain changes"));
  }

  /** The service's own message, without the SDK's request details. */
  static String message(AwsServiceException e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
        ? e.awsErrorDetails().errorMessage() : e.getMessage();
  }

  /** HTTP 5xx: the service (or an emulator standing in for it) failed, after the SDK's own retries. */
  static boolean isServerError(SdkException e) {
    return e instanceof AwsServiceException service && service.statusCode() >= 500;
  }

  private static String serviceName(AwsServiceException e) {
    String name = e.awsErrorDetails() == null ? null : e.awsErrorDetails().serviceName();
    return name == null || name.isEmpty() ? "the service" : name;
  }

  static boolean isThrottling(SdkException e) {
    return e instanceof AwsServiceException service && service.isThrottlingException();
  }
}
