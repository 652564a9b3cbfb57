package io.tropo4j.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Java identifiers and literals for a template's names and values. */
final class JavaNames {
  static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
      "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

  private final Set<String> taken = new HashSet<>();

  JavaNames() {
    // The build method's own local, and the roots of fully qualified names.
    taken.add("template");
    taken.add("io");
    taken.add("java");
  }

  /** Whether the text is a Java identifier that is not a keyword. */
  static boolean isIdentifier(String text) {
    if (text.isEmpty() || KEYWORDS.contains(text) || !Character.isJavaIdentifierStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!Character.isJavaIdentifierPart(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A new local variable for a logical ID: {@code WebServerSG} becomes {@code webServerSg}, unique. */
  String variable(String logicalId) {
    String base = lowerCamel(logicalId);
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  static String lowerCamel(String name) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        word.append(c);
      }
    }
    String text = word.toString();
    int upper = 0;
    while (upper < text.length() && Character.isUpperCase(text.charAt(upper))) {
      upper++;
    }
    int lower = upper > 1 && upper < text.length() && Character.isLowerCase(text.charAt(upper)) ? upper - 1 : upper;
    text = text.substring(0, lower).toLowerCase(Locale.ROOT) + text.substring(lower);
    if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
      text = "r" + text;
    }
    return KEYWORDS.contains(text) ? text + "Value" : text;
  }

  /** A class name for a file name: {@code vpc-with-nat.yaml} becomes {@code VpcWithNat}. */
  static String className(String fileName) {
    String base = baseName(fileName);
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Stack");
    }
    return name.toString();
  }

  /** The stack's catalog name for a file name: {@code VPC_With_NAT.yaml} becomes {@code vpc-with-nat}. */
  static String stackName(String fileName) {
    String base = baseName(fileName).toLowerCase(Locale.ROOT);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        name.append(c);
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
        name.append('-');
      }
    }
    while (name.length() > 0 && name.charAt(name.length() - 1) == '-') {
      name.setLength(name.length() - 1);
    }
    return name.length() == 0 ? "imported" : name.toString();
  }

  private static String baseName(String fileName) {
    String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /** A Java string literal; a string of several lines is split after each newline, joined with +. */
  static String string(String value, String indent) {
    if (value.indexOf('\n') < 0 || value.indexOf('\n') == value.length() - 1 || value.length() < 40) {
      return quote(value);
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < value.length()) {
      int end = value.indexOf('\n', start);
      end = end < 0 ? value.length() : end + 1;
      if (start > 0) {
        out.append('\n').append(indent).append("+ ");
      }
      out.append(quote(value.substring(start, end)));
      start = end;
    }
    return out.toString();
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
