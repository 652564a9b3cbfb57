package io.tropo4j.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stack as CloudFormation has it now.
 *
 * @param reason CloudFormation's reason for the status, or null
 * @param created when it was created, or null
 * @param lastUpdated when it was last updated, or null if never
 * @param recentEvents its latest events, oldest first
 * @param outputs its outputs by key, in CloudFormation's order
 */
public record StackStatus(String stackName, String status, String reason, Instant created, Instant lastUpdated,
    List<ResourceEvent> recentEvents, Map<String, String> outputs) {}
