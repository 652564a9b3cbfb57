package io.tropo4j.cli;

import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Template;
import io.tropo4j.emit.YamlWriter;
import io.tropo4j.stacks.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class TemplatesCommand extends Subcommand {
  enum Format { json, yaml, both }

  @Override
  CommandSpec describe() {
    CommandSpec spec = model("templates", "Writes each stack's template to <out>/<stack>.json and .yaml.");
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("both")
        .description("json, yaml or both (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--out").paramLabel("DIR").type(Path.class).defaultValue("output")
        .description("Folder to write to (default: ${DEFAULT-VALUE}).").build());
    spec.addPositional(stackNames("Stacks to write (default: all)."));
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    Format format = spec().findOption("--format").getValue();
    Path out = spec().findOption("--out").getValue();
    List<Stack> stacks = select(givenStackNames());
    if (stacks == null) {
      return Main.USAGE;
    }
    Files.createDirectories(out);
    int failed = 0;
    for (Stack stack : stacks) {
      try {
        Template template = build(stack);
        // toJson validates (once, for both formats). Both texts are made before either is
        // written, so a failing stack leaves its files alone.
        String json = template.toJson();
        String yaml = format != Format.json ? YamlWriter.write(template::writeTo) : null;
        if (format == Format.yaml) {
          json = null;
        }
        List<String> written = new ArrayList<>();
        write(out.resolve(stack.name() + ".json"), json, written);
        write(out.resolve(stack.name() + ".yaml"), yaml, written);
        main.out().println(stack.name() + ": " + String.join(" ", written));
      } catch (InvalidTemplateException e) {
        report(stack, e.problems());
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }

  /** Replaces the file in one step, and only when its bytes change. */
  private static void write(Path file, String text, List<String> written) throws IOException {
    if (text == null) {
      return;
    }
    written.add(file.toString());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
