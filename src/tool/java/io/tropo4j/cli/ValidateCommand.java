package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Stack;
import java.util.List;

final class ValidateCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("validate", "Builds and validates stacks, printing every problem."))
        .positionals("STACK", 0, -1, "Stacks to validate (default: all).");
  }

  @Override
  int call() {
    List<Stack> stacks = select(args.positionals());
    if (stacks == null) {
      return Main.USAGE;
    }
    int failed = 0;
    for (Stack stack : stacks) {
      List<Problem> problems;
      try {
        problems = Templates.validate(Catalog.build(stack));
      } catch (InvalidTemplateException e) {
        problems = e.problems();
      }
      if (problems.isEmpty()) {
        main.out().println(stack.name() + ": ok");
      } else {
        report(stack, problems);
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }
}
