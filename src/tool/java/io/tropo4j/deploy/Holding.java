package io.tropo4j.deploy;

/**
 * One thing AWS holds after a command stopped partway ({@link StoppedException}): what the command
 * left there, so the user is told the truth and the next command can take it from there.
 *
 * @param stackName the stack it is about, or null (an upload, an invalidation)
 * @param name the change set, object or invalidation it is about, or null
 * @param status the stack's status when last seen, or null
 */
public record Holding(Kind kind, String stackName, String name, String status) {
  public enum Kind {
    /** A change set the command made and did not run was removed again (with the empty stack it made). */
    CHANGE_SET_REMOVED,
    /** A change set the command made and did not run is still there; the next command removes it. */
    CHANGE_SET_LEFT,
    /** The change set was asked for and the answer lost: it may be there; the next command removes it. */
    CHANGE_SET_MAYBE_LEFT,
    /** CloudFormation runs the stack operation the command started, and goes on without it. */
    OPERATION_GOES_ON,
    /** The operation was asked for and the answer lost: CloudFormation may be running it. */
    OPERATION_MAYBE_STARTED,
    /** The stack operation the command started is over; the stack rests in {@link #status()}. */
    STACK_SETTLED,
    /** An object was uploaded (content-addressed: harmless, and not sent again). */
    UPLOADED,
    /** A distribution's cache invalidation was sent and CloudFront goes on with it. */
    INVALIDATION_GOES_ON,
    /** The site switched releases and its cache was not invalidated yet; the next update does it. */
    INVALIDATION_PENDING,
    /**
     * A safeguard of the stack may be lowered: {@link #name()} says which and what restores it (its stack
     * policy letting resources holding data be replaced, its termination protection off, or neither set yet
     * on a stack being created).
     */
    SAFEGUARD_LOWERED
  }
}
