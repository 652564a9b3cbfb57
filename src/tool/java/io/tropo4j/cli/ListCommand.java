package io.tropo4j.cli;

import io.tropo4j.core.Stack;
import java.util.List;

final class ListCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("list", "Lists the stacks, with a line on each."));
  }

  @Override
  int call() {
    List<Stack> stacks = select(List.of());
    if (stacks == null) {
      return Main.USAGE;
    }
    int width = 0;
    for (String name : catalog().names()) {
      width = Math.max(width, name.length());
    }
    for (Stack stack : stacks) {
      main.out().println(stack.name() + " ".repeat(width - stack.name().length() + 2) + stack.summary());
    }
    return 0;
  }
}
