package io.tropo4j.cli;

import io.tropo4j.stacks.Stack;
import picocli.CommandLine.Command;

@Command(name = "list", description = "Lists the stacks of the catalog.")
final class ListCommand extends Subcommand {
  @Override
  public Integer call() {
    int width = main.catalog().names().stream().mapToInt(String::length).max().orElse(0);
    for (Stack stack : main.catalog().stacks()) {
      main.out().printf("%-" + Math.max(width, 1) + "s  %s%n", stack.name(), stack.summary());
    }
    return 0;
  }
}
