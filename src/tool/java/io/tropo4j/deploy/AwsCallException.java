package io.tropo4j.deploy;

/**
 * A call to AWS that failed, told apart by what failed rather than by the words of the answer: the
 * caller chooses what to advise for each {@link Kind}.
 */
public final class AwsCallException extends DeployException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as the SDK's exception type, the HTTP status and AWS's error code say. */
  public enum Kind {
    /** No credentials in the SDK's chain (environment, profile, container, instance). */
    NO_CREDENTIALS,
    /** No region in the SDK's chain. */
    NO_REGION,
    /** AWS rejected the credentials: expired, unknown or a wrong signature. */
    BAD_CREDENTIALS,
    /** The credentials are not allowed the call. */
    ACCESS_DENIED,
    /** The endpoint could not be reached, or stopped answering. */
    UNREACHABLE,
    /** HTTP 5xx: the service failed, after the SDK's own retries. */
    SERVER_ERROR,
    /** AWS asked to slow down, after the SDK's own retries. */
    THROTTLED,
    /** AWS refused the request itself (HTTP 4xx, with its code and message). */
    REFUSED,
    /** The SDK failed before or after the call for another reason. */
    CLIENT
  }

  private final Kind kind;
  private final String doing;
  private final String service;
  private final int statusCode;
  private final String errorCode;
  private final String awsMessage;

  /**
   * @param doing what the call was for, e.g. "creating a change set for stack web"
   * @param service the AWS service, or null when the call did not reach one
   * @param statusCode the HTTP status, or 0 without an answer
   * @param errorCode AWS's error code, or null
   * @param awsMessage AWS's (or the SDK's) own words, or null
   */
  public AwsCallException(Kind kind, String doing, String service, int statusCode, String errorCode,
      String awsMessage, Throwable cause) {
    super(doing + ": " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (awsMessage == null ? "" : " (" + awsMessage + ")"), cause);
    this.kind = kind;
    this.doing = doing;
    this.service = service;
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.awsMessage = awsMessage;
  }

  public Kind kind() {
    return kind;
  }

  public String doing() {
    return doing;
  }

  /** The AWS service named in the answer, or null. */
  public String service() {
    return service;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int statusCode() {
    return statusCode;
  }

  /** AWS's error code, or null. */
  public String errorCode() {
    return errorCode;
  }

  /** AWS's own message (or the SDK's cause, for a call that got no answer), or null. */
  public String awsMessage() {
    return awsMessage;
  }
}
