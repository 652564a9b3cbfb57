package io.tropo4j.demo;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.iam.User;

/**
 * The demo's stack with a secret: an operator's console user whose first password is a NoEcho
 * parameter. `make demo` deploys it to show that the password appears in no output, error or
 * process list.
 */
public final class OperatorStack implements Stack {
  @Override
  public String name() {
    return "operator";
  }

  @Override
  public String summary() {
    return "An operator's console user; its first password is a NoEcho parameter";
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j demo: a console user whose first password is a secret");
    Parameter<String> password = t.add(Parameter.string("OperatorPassword").noEcho().minLength(16).maxLength(64)
        .description("The operator's first console password; they must change it at first sign-in"));
    t.add(new User("Operator").loginProfile(new User.LoginProfile().password(password.ref())
        .passwordResetRequired(true)));
    return t;
  }
}
