package io.tropo4j.iam;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy document of typed statements, for any property that takes one (a role's policies, a bucket's
 * or a queue's policy, a trust policy):
 * {@code Policy.document(Statement.allow(S3.GET_OBJECT).on(Fn.sub("${Bucket.Arn}/*")))}.
 */
public final class Policy {
  private Policy() {}

  /** Version 2012-10-17, with these statements. */
  public static Json document(Statement... statements) {
    if (statements.length == 0) {
      throw new IllegalArgumentException("a policy document needs at least one statement");
    }
    List<Json> all = new ArrayList<>();
    for (Statement statement : statements) {
      all.add(statement.json());
    }
    return Json.object("Version", "2012-10-17", "Statement", all);
  }

  /**
   * Version 2012-10-17, with these statements, each a {@link Statement#json()} or a choice among them
   * ({@code Fn.ifThen(condition, statement.json(), Fn.noValue())}).
   */
  public static Json document(List<? extends Value<Json>> statements) {
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a policy document needs at least one statement");
    }
    return Json.object("Version", "2012-10-17", "Statement", List.copyOf(statements));
  }
}
