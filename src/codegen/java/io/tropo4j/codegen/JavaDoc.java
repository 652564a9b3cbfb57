package io.tropo4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the specification's Markdown into Javadoc: paragraphs, bullet lists, code spans and links,
 * with everything that would end the comment, start a tag or form a unicode escape made harmless.
 */
final class JavaDoc {
  private static final int WIDTH = 100;
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern CODE = Pattern.compile("`{1,2}([^`]+?)`{1,2}");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");

  private final List<String> blocks = new ArrayList<>();

  /** Adds the Markdown text of the specification, if there is any. */
  JavaDoc markdown(String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    List<String> items = new ArrayList<>();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      for (String line : paragraph.split("\\n")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
          items.add(inline(trimmed.substring(2)));
          continue;
        }
        flushList(items);
        if (trimmed.startsWith(">")) {
          trimmed = trimmed.replaceFirst("^>\\s*", "");
        }
        if (!trimmed.isEmpty()) {
          appendToParagraph(inline(trimmed));
        }
      }
      flushList(items);
      blocks.add(null); // paragraph break
    }
    return this;
  }

  /** Adds a sentence of our own, already in Javadoc form, as its own paragraph; null adds nothing. */
  JavaDoc note(String javadoc) {
    if (javadoc == null) {
      return this;
    }
    blocks.add(javadoc);
    blocks.add(null);
    return this;
  }

  boolean isEmpty() {
    return blocks.stream().allMatch(b -> b == null);
  }

  /** The comment, indented for its place in the file; empty when there is nothing to say. */
  String render(String indent) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      if (block == null) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(current.length() > 0 ? " " : "").append(block);
      }
    }
    if (paragraphs.isEmpty()) {
      return "";
    }
    String oneLine = indent + "/** " + paragraphs.get(0) + " */";
    if (paragraphs.size() == 1 && oneLine.length() <= WIDTH) {
      return oneLine + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(indent).append("/**\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (i > 0) {
        out.append(indent).append(" *\n");
        if (!paragraph.startsWith("<ul>") && !paragraph.startsWith("@")) {
          paragraph = "<p>" + paragraph;
        }
      }
      wrap(paragraph, indent + " * ", out);
    }
    out.append(indent).append(" */\n");
    return out.toString();
  }

  private void appendToParagraph(String text) {
    int last = blocks.size() - 1;
    if (last >= 0 && blocks.get(last) != null && !blocks.get(last).startsWith("<ul>")) {
      blocks.set(last, blocks.get(last) + " " + text);
    } else {
      blocks.add(text);
    }
  }

  private void flushList(List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder list = new StringBuilder("<ul>");
    for (String item : items) {
      list.append(" <li>").append(item);
    }
    blocks.add(null);
    blocks.add(list.append(" </ul>").toString());
    blocks.add(null);
    items.clear();
  }

  /** Escapes, then converts Markdown's inline forms. */
  static String inline(String markdown) {
    String text = escape(markdown);
    text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        "<a href=\"" + m.group(2).replace("\"", "%22") + "\">" + m.group(1) + "</a>"));
    text = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1).strip() + "</code>"));
    text = BOLD.matcher(text).replaceAll("<b>$1</b>");
    return ITALIC.matcher(text).replaceAll("<em>$1</em>");
  }

  /** Makes text safe inside a Javadoc comment: HTML, comment end, tags and unicode escapes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void wrap(String text, String prefix, StringBuilder out) {
    int width = Math.max(40, WIDTH - prefix.length());
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(prefix).append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      out.append(prefix).append(line).append('\n');
    }
  }
}
