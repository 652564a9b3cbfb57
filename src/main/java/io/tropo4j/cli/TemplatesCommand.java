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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "templates", description = "Writes each stack's template to <out>/<stack>.json and .yaml.")
final class TemplatesCommand extends Subcommand {
  enum Format { json, yaml, both }

  @Option(names = "--format", defaultValue = "both", description = "json, yaml or both (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", defaultValue = "output", description = "Folder to write to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Parameters(paramLabel = "STACK", arity = "0..*", description = "Stacks to write (default: all).")
  List<String> names;

  @Override
  public Integer call() throws IOException {
    List<Stack> stacks = select(names);
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
