package io.tropo4j.emit;

import static io.tropo4j.testing.TemplateData.json;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlWriterTest {
  private static String yamlOf(Value<?> value) {
    return YamlWriter.write(out -> {
      out.beginObject();
      out.key("V");
      value.writeTo(out);
      out.endObject();
    });
  }

  @Test
  void shortTagsAndGetAttDotForm() {
    Bucket logs = new Bucket("Logs");
    assertEquals("V: !Ref Logs\n", yamlOf(logs.ref()));
    assertEquals("V: !GetAtt Logs.Arn\n", yamlOf(logs.arn()));
    assertEquals("V: !Select\n  - 0\n  - !GetAZs ''\n", yamlOf(Fn.select(0, Fn.getAZs())));
  }

  @Test
  void multiLineSubIsALiteralBlock() {
    assertEquals("V: !Sub |\n  #!/bin/bash\n  echo ${AWS::Region}\n", yamlOf(Fn.sub("#!/bin/bash\necho ${AWS::Region}\n")));
  }

  @Test
  void aTagDirectlyOnATagTakesTheLongForm() {
    String text = yamlOf(Fn.base64(Fn.sub("echo ${AWS::Region}")));
    assertEquals("V: !Base64\n  Fn::Sub: echo ${AWS::Region}\n", text);
    assertEquals(json(Json.object("V", Fn.base64(Fn.sub("echo ${AWS::Region}")))), yaml(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", "on", "OFF", "true", "null", "~", "", "2012-10-17", "0755", "1e3", "0x1F",
      ".5", "-1", "+1", "a: b", "a #b", "trailing ", " leading", "*alias", "&anchor", "!tag", "{{resolve:ssm:x}}",
      "[x]", "- x", "key:", "'quoted'", "\"dq\"", "%x", "@x", "`x", "|x", ">x", "10.0.0.0/16", "tab\there", "ctl\u0001"})
  void ambiguousStringsStayStrings(String s) {
    String text = yamlOf(Value.of(s));
    assertEquals(json(Json.object("V", s)), yaml(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "a\n\n", "a\n\nb", "  indented\nsecond", "x\n  y\n", "last\n\n\n", "\nfirst-empty", "a\r\nb"})
  void multiLineStringsRoundTrip(String s) {
    String text = yamlOf(Value.of(s));
    assertEquals(json(Json.object("V", s)), yaml(text), text);
  }

  @Test
  void plainWhereNothingCanMisreadIt() {
    assertTrue(YamlWriter.isPlainSafe("AWS::S3::Bucket"));
    assertTrue(YamlWriter.isPlainSafe("arn:aws:s3:::bucket/*"));
    assertTrue(YamlWriter.isPlainSafe("${AWS::StackName}-logs"));
    assertFalse(YamlWriter.isPlainSafe("Yes"));
    assertFalse(YamlWriter.isPlainSafe("12"));
  }

  @Test
  void nestedListsAndMapsRoundTrip() {
    Value<?> value = Json.object("a", List.of(List.of("x", "y"), List.of(), Json.object()),
        "b", List.of(Json.object("k", "v", "n", List.of(1, 2)), Fn.join(",", Pseudo.REGION, Value.of("x"))),
        "c", Json.object("d", Json.object("e", true)));
    assertEquals(json(Json.object("V", value)), yaml(yamlOf(value)));
  }
}
