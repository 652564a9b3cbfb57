package io.tropo4j.deploy;

import java.util.Map;

/**
 * Where a create or update left the stack.
 *
 * @param changed false when there was nothing to change and nothing ran
 * @param outputs the stack's outputs by key, in CloudFormation's order
 */
public record Deployment(String stackName, String status, boolean changed, Map<String, String> outputs) {}
