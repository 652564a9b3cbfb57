package io.tropo4j.cli;

import io.tropo4j.cli.TemplateFiles.Format;
import io.tropo4j.cli.TemplateFiles.Outcome;
import io.tropo4j.core.Stack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

final class TemplatesCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return addStackSources(addOutputOptions(new Syntax("templates",
        "Writes each stack's template to <out>/<stack>.json and .yaml.")))
        .positionals("STACK", 0, -1, "Stacks to write (default: all).");
  }

  /** --format and --out, which watch takes too. */
  static Syntax addOutputOptions(Syntax syntax) {
    return syntax
        .value("FORMAT", "both", "json, yaml or both.", "--format")
        .value("DIR", "output", "Folder to write to.", "--out");
  }

  @Override
  int call() throws IOException {
    Format format = args.choice("--format", Format.class);
    List<Stack> stacks = select(args.positionals());
    if (stacks == null) {
      return Main.USAGE;
    }
    int failed = 0;
    for (Outcome outcome : TemplateFiles.write(stacks, format, args.path("--out"))) {
      if (outcome.ok()) {
        StringBuilder line = new StringBuilder(outcome.stack().name()).append(':');
        for (Path file : outcome.files()) {
          line.append(' ').append(file);
        }
        main.out().println(line);
      } else {
        report(outcome.stack(), outcome.problems());
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }
}
