package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Stack;
import io.tropo4j.read.TemplateReader;
import java.util.List;

/**
 * {@code graph STACK}: the stack's resources and the references between them, as Mermaid (for Markdown
 * pages) or Graphviz DOT, drawn from the template the stack builds, so a diagram cannot drift from it.
 */
final class GraphCommand extends Subcommand {
  enum Format { MERMAID, DOT }

  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("graph",
        "Writes a stack's resources and their references as Mermaid or Graphviz DOT."))
        .value("FORMAT", "mermaid", "mermaid or dot.", "--format")
        .positionals("STACK", 1, 1, "The stack (see `list`).");
  }

  @Override
  int call() {
    Format format = args.choice("--format", Format.class);
    List<Stack> stacks = select(args.positionals());
    if (stacks == null) {
      return Main.USAGE;
    }
    Stack stack = stacks.get(0);
    String json;
    try {
      json = Templates.toJson(Catalog.build(stack));
    } catch (InvalidTemplateException e) {
      report(stack, e.problems());
      return Main.FAILED;
    }
    StackGraph graph = new StackGraph(TemplateReader.read(json, stack.name() + ".json"));
    main.out().print(format == Format.DOT ? graph.dot(stack.name()) : graph.mermaid());
    return 0;
  }
}
