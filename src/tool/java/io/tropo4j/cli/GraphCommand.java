package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.App;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Stack;
import io.tropo4j.read.TemplateReader;
import java.util.List;

/**
 * {@code graph STACK}: the stack's resources and the references between them, as Mermaid (for Markdown
 * pages) or Graphviz DOT, drawn from the template the stack builds, so a diagram cannot drift from it.
 * {@code graph APP}: an app's stacks, where each is deployed, and which reads which.
 */
final class GraphCommand extends Subcommand {
  enum Format { MERMAID, DOT }

  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("graph",
        "Writes a stack's resources and their references as Mermaid or Graphviz DOT."))
        .value("FORMAT", "mermaid", "mermaid or dot.", "--format")
        .positionals("STACK", 1, 1, "The stack (see `list`), or an app.");
  }

  @Override
  int call() {
    Format format = args.choice("--format", Format.class);
    String name = args.positionals().get(0);
    App app = catalog().find(name).isPresent() ? null : catalog().madeApps().stream()
        .filter(a -> a.name().equals(name)).findFirst().orElse(null);
    if (app != null) {
      App.Built built;
      try {
        built = app.build();
      } catch (InvalidTemplateException e) {
        main.err().println("tropo4j: app " + name + " cannot be built: " + e.getMessage());
        return Main.FAILED;
      }
      AppGraph graph = new AppGraph(built);
      main.out().print(format == Format.DOT ? graph.dot(name) : graph.mermaid());
      return 0;
    }
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
