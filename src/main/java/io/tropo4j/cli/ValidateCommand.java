package io.tropo4j.cli;

import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.stacks.Stack;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Builds and validates stacks, printing every problem.")
final class ValidateCommand extends Subcommand {
  @Parameters(paramLabel = "STACK", arity = "0..*", description = "Stacks to validate (default: all).")
  List<String> names;

  @Override
  public Integer call() {
    List<Stack> stacks = select(names);
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
