package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.AwsCallException;
import io.tropo4j.deploy.AwsCallException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * SDK failures told apart by what they are: the exception's type and cause, the HTTP status and
 * AWS's error code, never the words of a message. Internal: not part of the deployer's API.
 */
public final class AwsCalls {
  /** The codes AWS answers when it does not accept the credentials themselves. */
  private static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
      "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException", "InvalidAccessKeyId",
      "InvalidToken", "AuthFailure");
  private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
      "UnauthorizedOperation");

  private AwsCalls() {}

  /** The credentials chain found none; thrown by the deployer's own provider, so the SDK keeps it as cause. */
  public static final class NoCredentials extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoCredentials(Throwable cause) {
      super("no credentials", cause);
    }
  }

  /**
   * The failure as the deployer reports it; a call that failed because its thread was interrupted is
   * an {@link Interruption} instead, for the command to stop on.
   *
   * @param doing what the call was for, e.g. "looking up stack web"
   */
  public static RuntimeException failure(SdkException e, String doing) {
    if (isInterrupted(e)) {
      return new Interruption(doing);
    }
    if (e instanceof AwsServiceException service) {
      String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
      String message = message(service);
      String name = service.awsErrorDetails() == null || service.awsErrorDetails().serviceName() == null
          || service.awsErrorDetails().serviceName().isEmpty() ? null : service.awsErrorDetails().serviceName();
      Kind kind = isServerError(e) ? Kind.SERVER_ERROR
          : isThrottling(e) ? Kind.THROTTLED
          : code != null && BAD_CREDENTIALS.contains(code) ? Kind.BAD_CREDENTIALS
          : code != null && ACCESS_DENIED.contains(code) ? Kind.ACCESS_DENIED
          : Kind.REFUSED;
      return new AwsCallException(kind, doing, name, service.statusCode(), code, message, e);
    }
    if (causedBy(e, NoCredentials.class)) {
      return new AwsCallException(Kind.NO_CREDENTIALS, doing, null, 0, null, null, e);
    }
    if (isUnreachable(e)) {
      return new AwsCallException(Kind.UNREACHABLE, doing, null, 0, null, rootCause(e), e);
    }
    return new AwsCallException(Kind.CLIENT, doing, null, 0, null, e.getMessage(), e);
  }

  /** Whether the call failed because the thread was interrupted (the SDK aborts it). */
  public static boolean isInterrupted(Throwable e) {
    return e instanceof AbortedException || causedBy(e, InterruptedException.class);
  }

  /** Whether the endpoint could not be reached or stopped answering: no answer came. */
  public static boolean isUnreachable(Throwable e) {
    return !(e instanceof AwsServiceException) && causedBy(e, ConnectException.class, UnknownHostException.class,
        NoRouteToHostException.class, SocketTimeoutException.class, HttpTimeoutException.class,
        SocketException.class, java.io.EOFException.class, java.io.InterruptedIOException.class);
  }

  /** An AWS error answer with this code. */
  public static boolean hasCode(SdkException e, String code) {
    return e instanceof AwsServiceException service && service.awsErrorDetails() != null
        && code.equals(service.awsErrorDetails().errorCode());
  }

  /**
   * CloudFormation's answer to a call naming a stack it does not have: ValidationError, the code it
   * gives every malformed request too. The deployer checks a stack name's form before any call, so
   * from a call that names only a stack it means the stack is not there.
   */
  public static boolean isMissingStack(SdkException e) {
    return hasCode(e, "ValidationError") && ((AwsServiceException) e).statusCode() == 400;
  }

  /** HTTP 5xx: the service failed, after the SDK's own retries. */
  public static boolean isServerError(SdkException e) {
    return e instanceof AwsServiceException service && service.statusCode() >= 500;
  }

  public static boolean isThrottling(SdkException e) {
    return e instanceof AwsServiceException service && service.isThrottlingException();
  }

  /** The service's own message, without the SDK's request details. */
  public static String message(AwsServiceException e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
        ? e.awsErrorDetails().errorMessage() : null;
  }

  @SafeVarargs
  static boolean causedBy(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What became of the connection, in words, with the system's own detail. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String what = root instanceof ConnectException ? "connection refused"
        : root instanceof UnknownHostException ? "unknown host"
        : root instanceof NoRouteToHostException ? "no route to the host"
        : root instanceof SocketTimeoutException || root instanceof HttpTimeoutException ? "no answer in time"
        : "connection dropped";
    return root.getMessage() == null ? what : what + ": " + root.getMessage();
  }
}
