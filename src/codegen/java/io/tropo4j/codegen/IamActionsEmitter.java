package io.tropo4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Writes {@code io.tropo4j.iam.actions}: a class per AWS service ({@code S3} for the prefix {@code s3})
 * with a constant per IAM action ({@code S3.GET_OBJECT}), from the pinned IAM definition
 * ({@code iam.json.gz}), so that a misspelt action does not compile; and {@code actions("Get*")} for a
 * wildcard, which stays visible as one.
 */
final class IamActionsEmitter {
  static final String PACKAGE = "io.tropo4j.iam.actions";

  private final JsonNode services;

  private IamActionsEmitter(JsonNode services) {
    this.services = services;
  }

  static IamActionsEmitter none() {
    return new IamActionsEmitter(new ObjectMapper().createObjectNode());
  }

  static IamActionsEmitter read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return new IamActionsEmitter(new ObjectMapper().readTree(in));
    }
  }

  List<GeneratedFile> emit() {
    List<GeneratedFile> files = new ArrayList<>();
    Set<String> classes = new HashSet<>();
    services.properties().forEach(entry -> {
      String prefix = entry.getKey();
      String name = className(prefix);
      if (classes.add(name)) {
        files.add(service(prefix, name, entry.getValue()));
      }
    });
    return files;
  }

  private static GeneratedFile service(String prefix, String className, JsonNode service) {
    StringBuilder out = new StringBuilder(ResourceEmitter.HEADER);
    out.append("package ").append(PACKAGE).append(";\n\n")
        .append("import io.tropo4j.iam.Action;\n\n")
        .append("/**\n * The IAM actions of ").append(JavaDoc.escape(service.path("name").asText(prefix)))
        .append(" (prefix {@code ").append(prefix).append("}), as the service authorization reference lists them.\n */\n")
        .append("public final class ").append(className).append(" {\n")
        .append("  /** The service's prefix in an action's name. */\n")
        .append("  public static final String PREFIX = ").append(ResourceEmitter.literal(prefix)).append(";\n");
    Set<String> constants = new HashSet<>(Set.of("PREFIX"));
    service.path("actions").properties().forEach(action -> {
      String name = action.getKey();
      String constant = constant(name);
      while (!constants.add(constant)) {
        constant += "_";
      }
      List<String> resources = new ArrayList<>();
      action.getValue().path("resources").forEach(r -> resources.add(r.asText()));
      String access = action.getValue().path("access").asText();
      out.append("\n  /** {@code ").append(prefix).append(':').append(JavaDoc.escape(name)).append("}")
          .append(access.isEmpty() ? "" : ": " + JavaDoc.escape(access))
          .append(resources.isEmpty() ? "; on no resource type (give {@code *})"
              : "; on " + JavaDoc.escape(String.join(", ", resources)))
          .append(". */\n")
          .append("  public static final Action ").append(constant).append(" = Action.of(PREFIX, ")
          .append(ResourceEmitter.literal(name)).append(");\n");
    });
    out.append("\n  private ").append(className).append("() {}\n\n")
        .append("  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */\n")
        .append("  public static Action actions(String pattern) {\n")
        .append("    return Action.wildcard(PREFIX, pattern);\n")
        .append("  }\n}\n");
    return new GeneratedFile(PACKAGE.replace('.', '/') + "/" + className + ".java", out.toString());
  }

  /** {@code s3} is {@code S3}, {@code execute-api} {@code ExecuteApi}. */
  static String className(String prefix) {
    StringBuilder name = new StringBuilder();
    for (String part : prefix.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return Character.isDigit(name.charAt(0)) ? "Service" + name : name.toString();
  }

  /** {@code GetObject} is {@code GET_OBJECT}, {@code CreateDBInstance} {@code CREATE_DB_INSTANCE}. */
  static String constant(String action) {
    String words = action.replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
    return words.toUpperCase(Locale.ROOT);
  }
}
