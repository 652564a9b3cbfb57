package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaDocTest {
  @Test
  void nothingInTheTextCanEndTheCommentOrFormAnEscape() {
    String doc = new JavaDoc().markdown("Ends */ here, \\u0000 and @return and <b> & more").render("");
    assertFalse(doc.substring(3, doc.length() - 4).contains("*/"), doc);
    assertFalse(doc.contains("\\u"), doc);
    assertFalse(doc.contains("@return"), doc);
    assertTrue(doc.contains("&lt;b&gt; &amp; more"), doc);
  }

  @Test
  void markdownBecomesHtml() {
    assertEquals("see <a href=\"https://x.example/a\">the docs</a> and <code>Ref</code> <b>now</b>",
        JavaDoc.inline("see [the docs](https://x.example/a) and `Ref` **now**"));
    assertEquals("an <em>italic</em> word, and a*b*c untouched", JavaDoc.inline("an *italic* word, and a*b*c untouched"));
  }

  @Test
  void paragraphsListsAndWrapping() {
    String doc = new JavaDoc().markdown("First paragraph.\n\n- one\n- two\n\n" + "word ".repeat(40))
        .note("Required.").render("  ");
    assertTrue(doc.startsWith("  /**\n   * First paragraph.\n   *\n   * <ul> <li>one <li>two </ul>\n"), doc);
    assertTrue(doc.contains("   * <p>Required.\n"), doc);
    doc.lines().forEach(line -> assertTrue(line.length() <= 100, line));
  }

  @Test
  void shortCommentsTakeOneLine() {
    assertEquals("  /** Required. */\n", new JavaDoc().note("Required.").render("  "));
    assertEquals("", new JavaDoc().markdown(null).note(null).render(""));
  }
}
