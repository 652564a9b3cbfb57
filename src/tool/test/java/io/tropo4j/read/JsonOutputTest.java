package io.tropo4j.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Nodes written by Jackson in the diff's layout; every string comes back as it was, value or key. */
class JsonOutputTest {
  private static final String ONE_LINE = "{\"a\": 1.50, \"b\": [true, null, \"x\"], \"c\": {}, \"d\": [], "
      + "\"e\": {\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}}";

  @Test
  void oneLineHasASpaceAfterEachColonAndComma() {
    assertEquals(ONE_LINE, TemplateReader.readJson(ONE_LINE, "v").toJson());
  }

  @Test
  void indentedHasOneMemberOrItemALine() {
    assertEquals("""
        {
          "a": 1.50,
          "b": [
            true,
            null,
            "x"
          ],
          "c": {},
          "d": [],
          "e": {
            "Fn::GetAtt": [
              "Queue",
              "Arn"
            ]
          }
        }""", TemplateReader.readJson(ONE_LINE, "v").toPrettyJson());
  }

  @Test
  void aNumberJsonHasNoFormForIsAString() {
    Node list = new ListNode(List.of(new Scalar(Scalar.Kind.NUMBER, "0x1F", null),
        new Scalar(Scalar.Kind.NUMBER, "1e-05", null), new Scalar(Scalar.Kind.BOOLEAN, "yes", null)), null);
    assertEquals("[\"0x1F\", 1e-05, true]", list.toJson());
  }

  @Test
  void everyStringComesBackAsItWas() {
    List<String> strings = new ArrayList<>(List.of("", "\"", "\\", "\\\"", "/", "\u007f", "\u0085", "\u2028\u2029",
        "\uFEFF", "\uFFFE\uFFFF", "\uD800", "\uDC00", "a\uD83D", "\uDE00b", "\uD83D\uDE00", "{\"Ref\": \"X\"}",
        "${AWS::StackName}", "line one\nline two\r\n"));
    for (char c = 0; c < 0x20; c++) {
      strings.add("<" + c + ">");
    }
    Random random = new Random(20_26);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000));
      }
      strings.add(s.toString());
    }
    for (String s : strings) {
      Map<String, Node> entries = new LinkedHashMap<>();
      entries.put(s, Scalar.string(s, null));
      entries.put("list", new ListNode(List.of(Scalar.string(s, null)), null));
      Node node = new MapNode(entries, null);
      assertEquals(node, TemplateReader.readJson(node.toJson(), "v"), () -> "one line: " + escaped(s));
      assertEquals(node, TemplateReader.readJson(node.toPrettyJson(), "v"), () -> "indented: " + escaped(s));
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
    return out.toString();
  }
}
