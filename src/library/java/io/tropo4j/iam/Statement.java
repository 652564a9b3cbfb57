package io.tropo4j.iam;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement of a policy: allow or deny these actions on these resources, for a principal (in a
 * resource or trust policy), when these conditions hold. Immutable: each method returns a new one.
 */
public final class Statement {
  private final String effect;
  private final List<Action> actions;
  private final List<Object> resources;
  private final Principal principal;
  private final List<When> conditions;
  private final String sid;

  private Statement(String effect, List<Action> actions, List<Object> resources, Principal principal,
      List<When> conditions, String sid) {
    this.effect = effect;
    this.actions = List.copyOf(actions);
    this.resources = List.copyOf(resources);
    this.principal = principal;
    this.conditions = List.copyOf(conditions);
    this.sid = sid;
  }

  public static Statement allow(Action... actions) {
    return new Statement("Allow", Arrays.asList(actions), List.of(), null, List.of(), null);
  }

  public static Statement deny(Action... actions) {
    return new Statement("Deny", Arrays.asList(actions), List.of(), null, List.of(), null);
  }

  /** On these resources, by ARN: the template's values ({@code bucket.arn()}, {@code Fn.sub(...)}). */
  @SafeVarargs
  public final Statement on(Value<String>... arns) {
    List<Object> all = new ArrayList<>(resources);
    all.addAll(Arrays.asList(arns));
    return new Statement(effect, actions, all, principal, conditions, sid);
  }

  /** On these resources, by ARN, written out. */
  public Statement on(String... arns) {
    List<Object> all = new ArrayList<>(resources);
    all.addAll(Arrays.asList(arns));
    return new Statement(effect, actions, all, principal, conditions, sid);
  }

  /** On every resource: {@code "*"}, for actions that take no resource or where the principal narrows it. */
  public Statement onAnyResource() {
    return on("*");
  }

  public Statement principal(Principal who) {
    return new Statement(effect, actions, resources, who, conditions, sid);
  }

  public Statement when(When... more) {
    List<When> all = new ArrayList<>(conditions);
    all.addAll(Arrays.asList(more));
    return new Statement(effect, actions, resources, principal, all, sid);
  }

  public Statement sid(String id) {
    return new Statement(effect, actions, resources, principal, conditions, id);
  }

  /**
   * As a policy document holds it, a single action or resource as one value, as people write them: for
   * a statement only some templates have ({@code Fn.ifThen(condition, statement.json(), Fn.noValue())}).
   */
  public Json json() {
    List<Object> parts = new ArrayList<>();
    if (sid != null) {
      parts.addAll(List.of("Sid", sid));
    }
    parts.addAll(List.of("Effect", effect));
    if (principal != null) {
      parts.addAll(List.of("Principal", principal.value()));
    }
    List<String> names = actions.stream().map(Action::toString).toList();
    parts.addAll(List.of("Action", names.size() == 1 ? names.get(0) : names));
    if (!resources.isEmpty()) {
      parts.addAll(List.of("Resource", resources.size() == 1 ? resources.get(0) : resources));
    }
    if (!conditions.isEmpty()) {
      Map<String, Map<String, Object>> byOperator = new LinkedHashMap<>();
      for (When when : conditions) {
        byOperator.computeIfAbsent(when.operator(), k -> new LinkedHashMap<>()).put(when.key(), when.value());
      }
      List<Object> operators = new ArrayList<>();
      byOperator.forEach((operator, keys) -> {
        List<Object> pairs = new ArrayList<>();
        keys.forEach((key, value) -> pairs.addAll(List.of(key, value)));
        operators.addAll(List.of(operator, Json.object(pairs.toArray())));
      });
      parts.addAll(List.of("Condition", Json.object(operators.toArray())));
    }
    return Json.object(parts.toArray());
  }
}
