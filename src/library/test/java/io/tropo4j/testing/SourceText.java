package io.tropo4j.testing;

/** Java source as the layering tests read it: the code, without its comments. */
public final class SourceText {
  private SourceText() {}

  /** The source without comments; string literals stay, and a comment marker inside one is text. */
  public static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
        continue;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
        continue;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = endOfQuoted(source, i);
      } else {
        end = i + 1;
      }
      code.append(source, i, end);
      i = end;
    }
    return code.toString();
  }

  private static int endOfQuoted(String source, int start) {
    char quote = source.charAt(start);
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, source.length());
  }
}
