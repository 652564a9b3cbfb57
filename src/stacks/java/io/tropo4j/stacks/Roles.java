package io.tropo4j.stacks;

import io.tropo4j.fn.Json;
import java.util.List;

/** IAM pieces the stacks share. */
final class Roles {
  private Roles() {}

  /** A trust policy letting one AWS service assume a role. */
  static Json assumedBy(String service) {
    return Json.object("Version", "2012-10-17", "Statement", List.of(Json.object(
        "Effect", "Allow", "Principal", Json.object("Service", service), "Action", "sts:AssumeRole")));
  }
}
