package io.tropo4j.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON read with Jackson: positions and number texts as written, and each of Jackson's refusals as
 * one of our sentences at the character it concerns (BadTemplatesTest has those a template shows).
 */
class JsonReaderTest {
  record Bad(String kind, String text, int line, int column, String sentence) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Bad> cases() {
    return Stream.of(
        new Bad("no colon after a key", "{\"a\" 1}", 1, 6, "expected ':' after the key \"a\" but found '1'"),
        new Bad("no colon after a later key", "{\"a\": 1,\n \"b\" [2]}", 2, 6,
            "expected ':' after the key \"b\" but found '['"),
        new Bad("a trailing comma in an array", "[1, 2,]", 1, 7,
            "a comma before ']': JSON allows no comma after an array's last item"),
        new Bad("a missing comma in an array", "[1 2]", 1, 4, "expected ',' or ']' after an array item but found '2'"),
        new Bad("the wrong bracket after an item", "[1 }", 1, 4, "expected ',' or ']' after an array item but found '}'"),
        new Bad("the wrong bracket after a member", "{\"a\": 1]", 1, 8,
            "expected ',' or '}' after the value of \"a\" but found ']'"),
        new Bad("two commas", "{\"a\": 1,, \"b\": 2}", 1, 9, "expected a key in double quotes but found ','"),
        new Bad("no value after a colon", "{\"a\": }", 1, 7,
            "expected a value (an object, array, string, number, true, false or null) but found '}'"),
        new Bad("a line break in a string", "[\"ab\ncd\"]", 1, 5, "a string that starts at 1:2 runs past the end of the line"),
        new Bad("a control character in a string", "[\"a\u0001\"]", 1, 4,
            "a control character (U+0001) in a string; write it as an escape"),
        new Bad("a short unicode escape", "[\"a\\u12G4\"]", 1, 4, "\\u must be followed by four hexadecimal digits"),
        new Bad("a bad escape in a key", "{\"k\\q\": 1}", 1, 4, "\\q is not a JSON escape; write \\\\ for a backslash"),
        new Bad("a short unicode escape in a key", "{\"a\\u12G4\": 1}", 1, 4,
            "\\u must be followed by four hexadecimal digits"),
        new Bad("a line break in a key", "{\"a\nb\": 1}", 1, 4, "a string that starts at 1:2 runs past the end of the line"),
        new Bad("a key never closed", "{\"a\": 1, \"b", 1, 10, "a string that starts here is never closed"),
        new Bad("a file that ends in an array", "{\"a\": [1,\n", 2, 1, "the file ends inside an array that starts at 1:7"),
        new Bad("a file that ends after a colon", "{\"a\":", 1, 6, "the file ends inside an object that starts at 1:1"),
        new Bad("a minus alone", "-", 1, 1,
            "'-' is not a JSON number (no leading zeros, a digit on both sides of the point)"),
        new Bad("a point without digits after it", "[1.]", 1, 2,
            "'1.' is not a JSON number (no leading zeros, a digit on both sides of the point)"),
        new Bad("a number run into a word", "12x", 1, 1,
            "'12x' is not a JSON number (no leading zeros, a digit on both sides of the point)"),
        new Bad("NaN", "[NaN]", 1, 2,
            "expected a value (an object, array, string, number, true, false or null) but found 'NaN'"),
        new Bad("a second document", "{} []", 1, 4, "there is more after the end of the JSON document: '['"),
        new Bad("a duplicate key deeper down", "{\"a\": {\"b\": 1,\n \"b\": 2}}", 2, 2,
            "duplicate key \"b\" in an object (first at line 1)"),
        new Bad("nesting past 500 levels", "[".repeat(501), 1, 501, "values are nested more than 500 levels deep"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isOneSentenceAtItsLineAndColumn(Bad bad) {
    TemplateReadException e = assertThrows(TemplateReadException.class, () -> TemplateReader.readJson(bad.text, "v"));
    assertEquals(List.of(bad.line, bad.column, bad.sentence), List.of(e.line(), e.column(), e.sentence()));
  }

  /**
   * Any text at all: a node, or one of our sentences at a place in the text, never an exception of
   * another kind or Jackson's words. Seeded edits of a small template, a character at a time.
   */
  @Test
  void anyEditOfATemplateIsANodeOrOneOfOurSentences() {
    String template = "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"N\": -1.5e+3,\n"
        + "  \"Tags\": [{\"Key\": \"a\\\\b\\u00e9\", \"Value\": {\"Fn::Sub\": \"${AWS::StackName}\"}}, true, null, 0]}}}}";
    String alphabet = "{}[]:,\"\\u0123456789-+.eEtruefalsn aZ\n\t\u0001\u00e9";
    Pattern ours = Pattern.compile("the file is empty; .*|there is more after the end of the JSON document: .*"
        + "|duplicate key \".*\" in an object \\(first at line \\d+\\)|values are nested more than 500 levels deep"
        + "|a string that starts here is (never closed|not one JSON allows)|the file ends inside an (object|array) that "
        + "starts at \\d+:\\d+|expected ',' or ']' after an array item but found .*|expected ':' after the key \".*\" "
        + "but found .*|expected ',' or '}' after the value of \".*\" but found .*|a comma before '[}\\]]': JSON allows "
        + "no comma after an (object's last member|array's last item)|expected a key in double quotes but found .*"
        + "|'.*' is not a JSON number \\(no leading zeros, a digit on both sides of the point\\)"
        + "|expected a value \\(an object, array, string, number, true, false or null\\) but found .*"
        + "|a string that starts at \\d+:\\d+ runs past the end of the line|a control character \\(U\\+00[01][0-9A-F]\\) "
        + "in a string; write it as an escape|\\\\u must be followed by four hexadecimal digits"
        + "|\\\\. is not a JSON escape; write \\\\\\\\ for a backslash", Pattern.DOTALL);
    Random random = new Random(7);
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder(template);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, c);
          default -> text.setCharAt(at, c);
        }
      }
      String edited = text.toString();
      try {
        TemplateReader.readJson(edited, "v");
      } catch (TemplateReadException e) {
        refused++;
        long lines = edited.lines().count() + 1;
        assertTrue(ours.matcher(e.sentence()).matches() && e.line() >= 1 && e.line() <= lines && e.column() >= 1,
            () -> e.getMessage() + " for " + edited);
      }
    }
    // Most edits of JSON break it: a reader that stopped refusing would pass the loop above.
    assertTrue(refused > 10_000, refused + " of 20000 edits refused");
  }

  @Test
  void everyNodeIsWhereItsTokenStarts() {
    MapNode root = (MapNode) TemplateReader.readJson("{\n  \"a\": [1, \"x\", {\"Ref\": \"B\"}],\n\t\"c\": null\n}", "v");
    ListNode list = (ListNode) root.get("a");
    assertEquals(List.of(new Position(1, 1), new Position(2, 8), new Position(2, 9), new Position(2, 12),
            new Position(2, 17), new Position(3, 7)),
        List.of(root.position(), list.position(), list.get(0).position(), list.get(1).position(),
            list.get(2).position(), root.get("c").position()));
  }

  @Test
  void numbersKeepTheirText() {
    ListNode list = (ListNode) TemplateReader.readJson("[1.50, -0, 1E+5, 1e-05, 123456789012345678901234567890]", "v");
    assertEquals(List.of("1.50", "-0", "1E+5", "1e-05", "123456789012345678901234567890"),
        list.items().stream().map(n -> ((Scalar) n).text()).toList());
  }

  @Test
  void fiveHundredLevelsRead() {
    Node deep = TemplateReader.readJson("[".repeat(500) + "]".repeat(500), "v");
    assertEquals("[".repeat(500) + "]".repeat(500), deep.toJson());
  }
}
