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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    List<Future<Texts>> texts = compileAll(stacks, format);
    int failed = 0;
    for (int i = 0; i < stacks.size(); i++) {
      Stack stack = stacks.get(i);
      try {
        Texts compiled = join(texts.get(i));
        List<String> written = new ArrayList<>();
        write(out.resolve(stack.name() + ".json"), compiled.json(), written);
        write(out.resolve(stack.name() + ".yaml"), compiled.yaml(), written);
        main.out().println(stack.name() + ": " + String.join(" ", written));
      } catch (InvalidTemplateException e) {
        report(stack, e.problems());
        failed++;
      }
    }
    return failed == 0 ? 0 : Main.FAILED;
  }

  /** A stack's texts; null for a format not asked for. */
  private record Texts(String json, String yaml) {}

  /**
   * Builds, validates and serializes the stacks on every core: they are independent, and this is
   * most of a run after start-up. Results are read back in catalog order, so output never depends
   * on which finished first.
   */
  private List<Future<Texts>> compileAll(List<Stack> stacks, Format format) {
    int threads = Math.min(stacks.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(threads, 1), work -> {
      Thread thread = new Thread(work, "tropo4j-templates");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Texts>> texts = new ArrayList<>();
      for (Stack stack : stacks) {
        texts.add(pool.submit(() -> compile(stack, format)));
      }
      return texts;
    } finally {
      pool.shutdown();
    }
  }

  /** Both texts are made before either is written, so a failing stack leaves its files alone. */
  private Texts compile(Stack stack, Format format) {
    Template template = build(stack);
    String json = template.toJson(); // validates, once for both formats
    String yaml = format != Format.json ? YamlWriter.write(template::writeTo) : null;
    return new Texts(format == Format.yaml ? null : json, yaml);
  }

  private static Texts join(Future<Texts> text) {
    try {
      return text.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
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
