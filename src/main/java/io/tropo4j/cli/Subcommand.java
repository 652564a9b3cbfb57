package io.tropo4j.cli;

import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.stacks.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** What the subcommands share: choosing stacks and reporting their problems. */
abstract class Subcommand implements Callable<Integer> {
  Main main;
  private CommandSpec spec;

  /**
   * The command's model built in code, for the commands a template run uses: picocli then reads no
   * annotations, which costs a JVM a proxy class per annotation type on every start. Null for a
   * command described by annotations.
   */
  CommandSpec describe() {
    return null;
  }

  /** The model {@link #describe} built, kept so that {@code call} can read the parsed values. */
  final CommandSpec spec() {
    if (spec == null) {
      spec = describe();
    }
    return spec;
  }

  /** A model with its name, description and -h/--help. */
  final CommandSpec model(String name, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name(name);
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    return spec;
  }

  static PositionalParamSpec stackNames(String description) {
    return PositionalParamSpec.builder().paramLabel("STACK").arity("0..*").type(List.class)
        .auxiliaryTypes(String.class).description(description).build();
  }

  /** The stack names given, from the model built by {@link #stackNames}. */
  final List<String> givenStackNames() {
    return spec().positionalParameters().get(0).getValue();
  }

  /** The named stacks, or all of them; null after reporting an unknown name. */
  List<Stack> select(List<String> names) {
    if (names == null || names.isEmpty()) {
      return main.catalog().stacks();
    }
    List<Stack> chosen = new ArrayList<>();
    for (String name : names) {
      var stack = main.catalog().find(name);
      if (stack.isEmpty()) {
        main.err().println("tropo4j: unknown stack '" + name + "'; the stacks are: "
            + String.join(", ", main.catalog().names()));
        return null;
      }
      chosen.add(stack.get());
    }
    return chosen;
  }

  /** Builds a stack's template; a stack that cannot be built is reported like a problem. */
  Template build(Stack stack) {
    try {
      return stack.build();
    } catch (InvalidTemplateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidTemplateException(List.of(new Problem("(building the stack)",
          e.getMessage() == null ? e.toString() : e.getMessage())));
    }
  }

  void report(Stack stack, List<Problem> problems) {
    main.err().println(stack.name() + ": " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems"));
    for (Problem problem : problems) {
      main.err().println("  " + problem);
    }
  }
}
