package io.tropo4j.deploy;

/**
 * An ECS service's newest deployment as one look at it finds it, while a stack operation changes it.
 *
 * @param service the service's name
 * @param rolloutState IN_PROGRESS, COMPLETED or FAILED (the circuit breaker gave up), or null
 * @param rolloutReason ECS's words for the rollout state, or null
 */
public record ServiceDeployment(String service, int desired, int pending, int running, String rolloutState,
    String rolloutReason) {
  public boolean failed() {
    return "FAILED".equals(rolloutState);
  }
}
