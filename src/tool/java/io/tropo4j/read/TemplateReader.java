package io.tropo4j.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/**
 * Reads a CloudFormation template, JSON or YAML, into a {@link TemplateDocument}: every section,
 * every function (short or long form), every attribute, unknown resource types included. A text that
 * is not a readable template is a {@link TemplateReadException}: one sentence with its line and column.
 */
public final class TemplateReader {
  private TemplateReader() {}

  /**
   * @param fileName the name errors give the text; its extension (.json, .yaml, .yml, .template) says
   *     the format, otherwise a text whose first character is '{' is read as JSON
   */
  public static TemplateDocument read(String text, String fileName) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // a byte-order mark some editors write; it is not part of the template
    }
    TemplateDocument.Format format = format(text, fileName);
    Node root = format == TemplateDocument.Format.JSON ? JsonReader.read(text, fileName)
        : YamlReader.read(text, fileName);
    return new TemplateDocument(fileName, format, TemplateShape.check(root, fileName));
  }

  /**
   * One JSON value that is not a template, such as a policy document or a state machine definition
   * held in a string: the same nodes, the same messages.
   */
  public static Node readJson(String text, String name) {
    return JsonReader.read(text, name);
  }

  /** Reads a file, which must be UTF-8. */
  public static TemplateDocument read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new TemplateReadException(file.toString(), 1, 1, "the file is not UTF-8 text; CloudFormation reads "
          + "templates as UTF-8");
    }
    return read(text, file.toString());
  }

  static TemplateDocument.Format format(String text, String fileName) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      return TemplateDocument.Format.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return TemplateDocument.Format.YAML;
    }
    return text.stripLeading().startsWith("{") ? TemplateDocument.Format.JSON : TemplateDocument.Format.YAML;
  }
}
