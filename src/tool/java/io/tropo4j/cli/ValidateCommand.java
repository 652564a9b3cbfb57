package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.App;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

final class ValidateCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return addStackSources(new Syntax("validate", "Builds and validates stacks, printing every problem.")
        .flag("Also list each stack's resources whose type cannot carry tags.", "--untaggable"))
        .positionals("STACK", 0, -1, "Stacks to validate (default: all, and every app's stacks as the app builds "
            + "them).");
  }

  @Override
  int call() {
    // Apps alone are something to validate: their stacks need not be stacks of the catalog too.
    boolean appsOnly = args.positionals().isEmpty() && catalog().stacks().isEmpty() && !catalog().apps().isEmpty();
    List<Stack> stacks = appsOnly ? List.of() : select(args.positionals());
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
    if (args.positionals().isEmpty()) {
      for (App app : catalog().madeApps()) {
        failed += validate(app);
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }

  /**
   * An app's stacks as the app builds them (each reading the others' outputs), each checked as a stack is:
   * "site-app/site-app-site: ok". A stack whose build fails, a cycle, a missing output: the app's problems.
   */
  private int validate(App app) {
    App.Built built;
    try {
      built = app.build();
    } catch (InvalidTemplateException e) {
      report(app.name(), e.problems());
      return 1;
    } catch (RuntimeException e) {
      report(app.name(), List.of(new Problem("(building the app)", String.valueOf(e.getMessage()))));
      return 1;
    }
    int failed = 0;
    for (Map.Entry<App.Member, Template> member : built.templates().entrySet()) {
      String heading = app.name() + "/" + member.getKey().name();
      List<Problem> problems = Templates.validate(member.getValue());
      if (problems.isEmpty()) {
        main.out().println(heading + ": ok");
      } else {
        report(heading, problems);
        failed++;
      }
    }
    return failed;
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
