package io.tropo4j.cli;

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
    StringBuilder json = new StringBuilder("{\n  ").append(quote(stackName)).append(": {");
    String separator = "\n";
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      json.append(separator).append("    ").append(quote(output.getKey())).append(": ").append(quote(output.getValue()));
      separator = ",\n";
    }
    json.append(outputs.isEmpty() ? "}\n}\n" : "\n  }\n}\n");
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new NotWritten("the stack's outputs could not be written to " + file + ": " + IoErrors.reason(e));
    }
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
