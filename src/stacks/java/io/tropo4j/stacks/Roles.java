package io.tropo4j.stacks;

import io.tropo4j.fn.Json;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.Sts;

/** IAM pieces the stacks share. */
final class Roles {
  private Roles() {}

  /** A trust policy letting one AWS service assume a role. */
  static Json assumedBy(String service) {
    return Policy.document(Statement.allow(Sts.ASSUME_ROLE).principal(Principal.service(service)));
  }
}
