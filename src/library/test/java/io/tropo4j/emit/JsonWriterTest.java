package io.tropo4j.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.testing.TemplateData;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void indentsByTwoAndKeepsEmptyContainersOnOneLine() {
    String text = JsonWriter.write(Json.object("a", List.of(1, "x"), "b", Json.object(), "c", List.of())::writeTo);
    assertEquals("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": []\n}\n", text);
  }

  @Test
  void escapesWhatJsonRequires() {
    String s = "quote\" backslash\\ newline\n tab\t ctl\u0001 unicode é";
    String text = JsonWriter.write(Value.of(s)::writeTo);
    assertEquals("\"quote\\\" backslash\\\\ newline\\n tab\\t ctl\\u0001 unicode é\"\n", text);
    assertEquals(s, TemplateData.parse(text).asText());
  }

  @Test
  void numbersAsWritten() {
    assertEquals("[\n  1,\n  2.5,\n  10000000000\n]\n",
        JsonWriter.write(Json.of(List.of(1, 2.5, 10_000_000_000L))::writeTo));
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Value.of(Double.NaN)::writeTo));
  }
}
