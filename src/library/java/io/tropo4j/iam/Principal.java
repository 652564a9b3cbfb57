package io.tropo4j.iam;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/** Who a statement of a resource or trust policy is about: an AWS service, an account, a role, anyone. */
public final class Principal {
  private final Object json;

  private Principal(Object json) {
    this.json = json;
  }

  /** An AWS service, such as {@code ecs-tasks.amazonaws.com}. */
  public static Principal service(String name) {
    return new Principal(Json.object("Service", name));
  }

  /** An account, role or user, by its ARN or an account ID (a value of the template, such as a parameter). */
  public static Principal aws(Value<String> arnOrAccount) {
    return new Principal(Json.object("AWS", arnOrAccount));
  }

  /** An account, role or user, by its ARN or account ID. */
  public static Principal aws(String arnOrAccount) {
    return new Principal(Json.object("AWS", arnOrAccount));
  }

  /** Users of an identity provider, such as {@code cognito-identity.amazonaws.com}. */
  public static Principal federated(String provider) {
    return new Principal(Json.object("Federated", provider));
  }

  /** A principal the template chooses, such as {@code Fn.ifThen(condition, one, other)} of two principals' JSON. */
  public static Principal of(Value<Json> principal) {
    return new Principal(principal);
  }

  /** As a policy writes it, for a choice between two ({@code Fn.ifThen}). */
  public Json json() {
    return json instanceof Json j ? j : Json.of(json);
  }

  /** Anyone, signed or not: {@code "*"}. A resource policy should narrow it with a condition. */
  public static Principal anyone() {
    return new Principal("*");
  }

  Object value() {
    return json;
  }
}
