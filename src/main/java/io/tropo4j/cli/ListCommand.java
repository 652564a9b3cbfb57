package io.tropo4j.cli;

import io.tropo4j.stacks.Stack;
import picocli.CommandLine.Model.CommandSpec;

final class ListCommand extends Subcommand {
  @Override
  CommandSpec describe() {
    CommandSpec spec = model("list", "Lists the stacks of the catalog.");
    return spec;
  }

  @Override
  public Integer call() {
    int width = main.catalog().names().stream().mapToInt(String::length).max().orElse(0);
    for (Stack stack : main.catalog().stacks()) {
      main.out().println(stack.name() + " ".repeat(width - stack.name().length() + 2) + stack.summary());
    }
    return 0;
  }
}
