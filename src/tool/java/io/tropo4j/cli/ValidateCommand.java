package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.util.List;
import java.util.concurrent.Future;

final class ValidateCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("validate", "Builds and validates stacks, printing every problem.")
        .flag("Also list each stack's resources whose type cannot carry tags.", "--untaggable"))
        .positionals("STACK", 0, -1, "Stacks to validate (default: all).");
  }

  @Override
  int call() {
    List<Stack> stacks = select(args.positionals());
    if (stacks == null) {
      return Main.USAGE;
    }
    boolean untaggable = args.flag("--untaggable");
    List<Future<Checked>> results = StackWork.start(stacks, new Check());
    int failed = 0;
    for (int i = 0; i < stacks.size(); i++) {
      Stack stack = stacks.get(i);
      Checked checked = StackWork.join(results.get(i));
      Template template = checked.template();
      List<Problem> problems = checked.problems();
      if (problems.isEmpty()) {
        main.out().println(stack.name() + ": ok");
      } else {
        report(stack, problems);
        failed++;
      }
      if (untaggable && template != null) {
        reportUntaggable(stack, template);
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }

  /** A stack's template (null when it could not be built) and its problems. */
  private record Checked(Template template, List<Problem> problems) {}

  private static final class Check implements StackWork.Job<Checked> {
    @Override
    public Checked run(Stack stack) {
      Template template = null;
      try {
        template = Catalog.build(stack);
        return new Checked(template, Templates.validate(template));
      } catch (InvalidTemplateException e) {
        return new Checked(template, e.problems());
      }
    }
  }

  /** The resources a template's tags cannot reach: their type has no tags, or none of a known form. */
  private void reportUntaggable(Stack stack, Template template) {
    List<Resource<?>> untagged = template.resources().stream().filter(r -> r.schema().tagProperty() == null).toList();
    main.out().println(stack.name() + ": " + untagged.size() + " of " + template.resources().size()
        + " resources cannot carry tags" + (untagged.isEmpty() ? "" : ":"));
    untagged.forEach(r -> main.out().println("  " + r.logicalId() + " (" + r.type() + ")"));
  }
}
