package io.tropo4j.cli;

import io.tropo4j.emit.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A stack's outputs as JSON for the next step of a pipeline, in the shape {@code cdk deploy
 * --outputs-file} writes: {@code {"stack": {"Key": "value"}}}. Replaced whole, never half written.
 */
final class OutputsFile {
  private OutputsFile() {}

  /** The file could not be written; the deploy itself went through. */
  static final class NotWritten extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotWritten(String message) {
      super(message);
    }
  }

  static void write(Path file, String stackName, Map<String, String> outputs) {
    write(file, Map.of(stackName, outputs));
  }

  /** Several stacks' outputs, in the map's order (an app's, as its stacks finished). */
  static void write(Path file, Map<String, Map<String, String>> stacks) {
    String json = JsonWriter.write(sink -> {
      sink.beginObject();
      stacks.forEach((stackName, outputs) -> {
        sink.key(stackName);
        sink.beginObject();
        outputs.forEach((key, value) -> {
          sink.key(key);
          sink.string(value);
        });
        sink.endObject();
      });
      sink.endObject();
    });
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new NotWritten("the stack's outputs could not be written to " + file + ": " + IoErrors.reason(e));
    }
  }
}
