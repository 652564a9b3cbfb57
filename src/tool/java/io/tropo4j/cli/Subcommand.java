package io.tropo4j.cli;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Stack;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What the subcommands share: their syntax, choosing stacks, and reporting problems. */
abstract class Subcommand {
  Main main;
  Arguments args;
  private Catalog catalog;

  /** The command's name, options and parameters. */
  abstract Syntax syntax();

  /**
   * The exit status for a command line that could not be understood: {@link Main#USAGE}, unless the
   * command gives that status another meaning.
   */
  int usageStatus() {
    return Main.USAGE;
  }

  /** Runs the command on {@link #args}; returns the exit status. */
  abstract int call() throws IOException;

  /** The options that say where stacks come from, beyond those the process was given. */
  static Syntax addStackSources(Syntax syntax) {
    return syntax
        .list("DIR", null, "A folder of stack sources, compiled on the fly against the library; repeatable.",
            "--stacks")
        .list("PATH", File.pathSeparator,
            "Jars and folders of compiled stacks, found through META-INF/services/io.tropo4j.core.Stack.",
            "--classpath", "-cp");
  }

  /** The run's catalog: the stacks given in process, on --classpath and in --stacks folders. */
  final Catalog catalog() {
    if (catalog == null) {
      catalog = main.catalog(args.paths("--classpath"), args.paths("--stacks"));
    }
    return catalog;
  }

  /** The named stacks, or all of them; null after reporting an unknown name or an empty catalog. */
  List<Stack> select(List<String> names) {
    if (catalog().stacks().isEmpty()) {
      main.err().println("tropo4j: no stacks: give a folder of stack sources (--stacks DIR) or compiled "
          + "stacks (--classpath PATH)");
      return null;
    }
    if (names.isEmpty()) {
      return catalog().stacks();
    }
    List<Stack> chosen = new ArrayList<>();
    for (String name : names) {
      var stack = catalog().find(name);
      if (stack.isEmpty()) {
        main.err().println("tropo4j: unknown stack '" + name + "'; the stacks are: "
            + String.join(", ", catalog().names()));
        return null;
      }
      chosen.add(stack.get());
    }
    return chosen;
  }

  void report(Stack stack, List<Problem> problems) {
    report(stack.name(), problems);
  }

  /** Problems under a heading of their own: a stack's name, or an app's stack ("site-app/site-app-site"). */
  void report(String heading, List<Problem> problems) {
    main.err().println(heading + ": " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems"));
    for (Problem problem : problems) {
      main.err().println("  " + problem);
    }
  }
}
