package io.tropo4j.cli;

import io.tropo4j.Templates;
import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.emit.YamlWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Builds, validates and writes stacks' templates: the work of {@code templates} and of every
 * rebuild of {@code watch}. A stack with problems leaves its files as they were; a file is replaced
 * in one step, and only when its bytes change.
 */
final class TemplateFiles {
  enum Format { json, yaml, both }

  /** What became of one stack: the files it has, those this run changed, or its problems. */
  record Outcome(Stack stack, List<Path> files, List<Path> changed, List<Problem> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  private TemplateFiles() {}

  static List<Outcome> write(List<Stack> stacks, Format format, Path out) throws IOException {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new IOException("cannot write templates to " + out + ": " + IoErrors.reason(e), e);
    }
    List<Future<Texts>> texts = StackWork.start(stacks, new Compile(format));
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < stacks.size(); i++) {
      Stack stack = stacks.get(i);
      try {
        Texts compiled = StackWork.join(texts.get(i));
        List<Path> files = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        for (Texts text : compiled.withNested()) {
          write(out.resolve(stack.name() + text.suffix() + ".json"), text.json(), files, changed);
          write(out.resolve(stack.name() + text.suffix() + ".yaml"), text.yaml(), files, changed);
        }
        outcomes.add(new Outcome(stack, files, changed, List.of()));
      } catch (InvalidTemplateException e) {
        outcomes.add(new Outcome(stack, List.of(), List.of(), e.problems()));
      }
    }
    return outcomes;
  }

  /**
   * A template's texts, null for a format not asked for, and those of the stacks nested in it.
   *
   * @param suffix what follows the stack's name in the file's: empty for the stack's own, the logical IDs
   *     down to it for a nested one ({@code .Network})
   */
  private record Texts(String suffix, String json, String yaml, List<Texts> nested) {
    /** This one and every nested one, parents first. */
    List<Texts> withNested() {
      List<Texts> all = new ArrayList<>();
      all.add(this);
      for (Texts child : nested) {
        all.addAll(child.withNested());
      }
      return all;
    }
  }

  /**
   * Every text is made before any is written, so a failing stack leaves its files alone. A nested
   * stack's template is written beside its parent's, as it is uploaded, to be read and scanned.
   */
  private record Compile(Format format) implements StackWork.Job<Texts> {
    @Override
    public Texts run(Stack stack) {
      Template template = Catalog.build(stack);
      String json = Templates.toJson(template); // validates, nested templates too, once for both formats
      return texts("", template, format == Format.yaml ? null : json);
    }

    private Texts texts(String suffix, Template template, String json) {
      String yaml = format != Format.json ? YamlWriter.write(template) : null;
      List<Texts> nested = new ArrayList<>();
      for (Resource<?> resource : template.resources()) {
        if (resource instanceof NestedTemplate child) {
          Template nestedTemplate = child.nestedTemplate();
          nested.add(texts(suffix + "." + child.logicalId(), nestedTemplate,
              format == Format.yaml ? null : JsonWriter.write(nestedTemplate)));
        }
      }
      return new Texts(suffix, json, yaml, nested);
    }
  }

  /**
   * Through a FileInputStream: Files.readAllBytes goes through the channel machinery, which took
   * several times as long in a run's first reads, all interpreted.
   */
  private static byte[] read(Path file) throws IOException {
    try (InputStream in = new FileInputStream(file.toFile())) {
      return in.readAllBytes();
    }
  }

  private static void write(Path file, String text, List<Path> files, List<Path> changed) throws IOException {
    if (text == null) {
      return;
    }
    files.add(file);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && Arrays.equals(read(file), bytes)) {
      return;
    }
    Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    changed.add(file);
  }
}
