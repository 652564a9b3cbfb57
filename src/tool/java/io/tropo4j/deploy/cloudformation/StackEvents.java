package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.ResourceEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * A stack's events, each reported once. CloudFormation lists them newest first, a page at a time; a
 * busy stack can add more than a page between two looks, so each look reads pages until it meets an
 * event already seen (or the last page), as the CDK's poller does: no event is lost, the first failure
 * included. Internal.
 */
public final class StackEvents {
  private final CloudFormationClient cloudFormation;
  private final String stackId;
  private final Set<String> seen = new HashSet<>();
  private final Instant since;

  /** @param stackId the stack's ID (ARN), which names it also once deleted */
  public StackEvents(CloudFormationClient cloudFormation, String stackId) {
    this(cloudFormation, stackId, null);
  }

  /**
   * The events of an operation that began after {@code since}, by CloudFormation's clock (a change
   * set's creation, which its execution follows): older ones are the stack's history, and no call is
   * needed to tell them apart, as the CDK's poller tells them.
   */
  public StackEvents(CloudFormationClient cloudFormation, String stackId, Instant since) {
    this.cloudFormation = cloudFormation;
    this.stackId = stackId;
    this.since = since;
  }

  /**
   * Marks the events there now as seen, so that only the next operation's are reported: the newest
   * page is enough, as every later event is newer than all of it.
   */
  public StackEvents skipPast() {
    try {
      for (StackEvent event : cloudFormation.describeStackEvents(b -> b.stackName(stackId)).stackEvents()) {
        seen.add(event.eventId());
      }
    } catch (SdkException e) {
      if (!AwsCalls.isMissingStack(e)) {
        throw AwsCalls.failure(e, "reading the events of stack " + stackId);
      }
    }
    return this;
  }

  /** The events not reported yet, oldest first; empty for a stack that is not there. */
  public List<ResourceEvent> fresh() {
    List<ResourceEvent> fresh = new ArrayList<>();
    String token = null;
    try {
      do {
        String page = token;
        DescribeStackEventsResponse response = cloudFormation.describeStackEvents(
            b -> b.stackName(stackId).nextToken(page));
        boolean metSeen = false;
        for (StackEvent event : response.stackEvents()) {
          if (!seen.add(event.eventId()) || since != null && event.timestamp() != null
              && event.timestamp().isBefore(since)) {
            metSeen = true; // what came before this operation, and everything older
            continue;
          }
          if (since == null || !"REVIEW_IN_PROGRESS".equals(event.resourceStatusAsString())) {
            fresh.add(of(event)); // REVIEW_IN_PROGRESS is the change set's making, not its run
          }
        }
        token = metSeen ? null : response.nextToken();
      } while (token != null);
    } catch (SdkException e) {
      if (!AwsCalls.isMissingStack(e)) {
        throw AwsCalls.failure(e, "reading the events of stack " + stackId);
      }
    }
    Collections.reverse(fresh);
    return fresh;
  }

  /** The newest events, oldest first, at most {@code count}: what a look at the stack shows. */
  public static List<ResourceEvent> recent(CloudFormationClient cloudFormation, String stackId, int count) {
    try {
      List<StackEvent> events = cloudFormation.describeStackEvents(b -> b.stackName(stackId)).stackEvents();
      List<ResourceEvent> recent = new ArrayList<>();
      for (StackEvent event : events.subList(0, Math.min(count, events.size()))) {
        recent.add(of(event));
      }
      Collections.reverse(recent);
      return recent;
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "reading the events of stack " + stackId);
    }
  }

  static ResourceEvent of(StackEvent event) {
    return new ResourceEvent(event.eventId(), event.timestamp(), event.logicalResourceId(),
        event.physicalResourceId(), event.resourceType(), event.resourceStatusAsString(),
        event.resourceStatusReason());
  }
}
