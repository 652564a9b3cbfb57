package io.tropo4j.cli;

import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.stacks.Stack;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

final class ValidateCommand extends Subcommand {
  @Override
  CommandSpec describe() {
    CommandSpec spec = model("validate", "Builds and validates stacks, printing every problem.");
    spec.addPositional(stackNames("Stacks to validate (default: all)."));
    return spec;
  }

  @Override
  public Integer call() {
    List<Stack> stacks = select(givenStackNames());
    if (stacks == null) {
      return Main.USAGE;
    }
    int failed = 0;
    for (Stack stack : stacks) {
      List<Problem> problems;
      try {
        problems = build(stack).validate();
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
