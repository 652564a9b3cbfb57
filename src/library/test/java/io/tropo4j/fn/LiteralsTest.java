package io.tropo4j.fn;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Literals where values go, so that {@code Value.of} is rare in a stack. */
class LiteralsTest {
  private final Bucket bucket = new Bucket("Site");
  private final SecurityGroup web = new SecurityGroup("Web");
  private final Parameter<String> env = Parameter.string("Env");
  private final Parameter<List<String>> subnets = Parameter.of("Subnets", ParameterType.SUBNET_IDS);
  private final Condition isProd = new Condition("IsProd", Fn.equals(env.ref(), "prod"));

  @Test
  void joinMixesLiteralsAndValues() {
    assertEquals(expected("{'Fn::Join': ['', ['https://', {'Fn::GetAtt': ['Site', 'DomainName']}, '/index.html']]}"),
        json(Fn.join("", "https://", bucket.domainName(), "/index.html")));
    assertEquals(expected("{'Fn::Join': [',', ['a', 'b']]}"), json(Fn.join(",", "a", "b")));
  }

  @Test
  void aListMixesLiteralsAndValues() {
    assertEquals(expected("['sg-0a1b2c', {'Fn::GetAtt': ['Web', 'GroupId']}]"), json(Value.strings("sg-0a1b2c", web.groupId())));
  }

  @Test
  void aMapMixesLiteralsAndValuesInKeyOrder() {
    Value<Map<String, String>> options =
        Value.strings(Map.of("awslogs-stream-prefix", "web", "awslogs-group", env.ref(), "awslogs-region", Pseudo.REGION));
    assertEquals(expected("{'awslogs-group': {'Ref': 'Env'}, 'awslogs-region': {'Ref': 'AWS::Region'}, 'awslogs-stream-prefix': 'web'}"),
        json(options));
    // JSON objects compare without order: the order is asserted on its own.
    assertEquals(List.of("awslogs-group", "awslogs-region", "awslogs-stream-prefix"), fieldNames(options));
    LinkedHashMap<String, Object> given = new LinkedHashMap<>();
    given.put("b", "2");
    given.put("a", env.ref());
    assertEquals(List.of("b", "a"), fieldNames(Value.strings(given)), "a map with an order of its own keeps it");
    assertRefused("map value awslogs-group is a list, not a string", () -> Value.strings(Map.of("awslogs-group", Value.strings("a"))));
  }

  @Test
  void ifTakesLiteralBranches() {
    assertEquals(expected("{'Fn::If': ['IsProd', 'Enabled', 'Suspended']}"), json(Fn.ifThen(isProd, "Enabled", "Suspended")));
    assertEquals(expected("{'Fn::If': ['IsProd', 'Enabled', {'Ref': 'AWS::NoValue'}]}"),
        json(Fn.ifThen(isProd, "Enabled", Fn.noValue())));
    assertEquals(expected("{'Fn::If': ['IsProd', {'Ref': 'Env'}, 'dev']}"), json(Fn.ifThen(isProd, env.ref(), "dev")));
    assertEquals(expected("{'Fn::If': ['IsProd', 3, 1]}"), json(Fn.ifThen(isProd, 3, 1)));
    assertEquals(expected("{'Fn::If': ['IsProd', {'Ref': 'Count'}, 0]}"),
        json(Fn.ifThen(isProd, Parameter.number("Count").ref(), 0)));
    assertEquals(expected("{'Fn::If': ['IsProd', true, false]}"), json(Fn.ifThen(isProd, true, false)));
  }

  @Test
  void equalsTakesALiteral() {
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'Env'}, 'prod']}"), json(Fn.equals(env.ref(), "prod")));
  }

  @Test
  void aPartThatIsNotAStringIsRefusedWithItsPosition() {
    assertRefused("Fn::Join item 2 is a list, not a string", () -> Fn.join(",", "a", Value.strings("b")));
    assertRefused("Fn::Join item 1 is Fn::GetAZs, a list, not a string", () -> Fn.join(",", Fn.getAZs(), "x"));
    assertRefused("Fn::Join item 2 is the literal 80, not a string", () -> Fn.join(":", "host", Value.of(80)));
    assertRefused("Fn::Join item 2 is an Integer: give a String or a Value<String> (\"80\")", () -> Fn.join(":", "host", 80));
    assertRefused("list item 1 is Fn::Split, a list", () -> Value.strings(Fn.split(",", env.ref()), "x"));
    assertRefused("item 2 is AWS::NotificationARNs, a list", () -> Value.strings("x", Pseudo.NOTIFICATION_ARNS));
    assertRefused("item 2 is a list", () -> Fn.join(",", "x", Fn.ifThen(isProd, Value.strings("a"), Fn.noValue())));
    assertRefused("item 1 is null", () -> Fn.join(",", (Object) null, "x"));
    assertRefused("Fn::Join item 1 is a condition", () -> Fn.join(",", Fn.not(isProd)));
  }

  @Test
  void aListParametersRefIsRefusedToo() {
    assertRefused("Fn::Join item 2 is Ref Subnets, a list", () -> Fn.join(",", "x", subnets.ref()));
    assertEquals(expected("{'Fn::Join': ['-', ['x', {'Ref': 'Env'}]]}"), json(Fn.join("-", "x", env.ref())));
  }

  private static List<String> fieldNames(Value<?> value) {
    List<String> names = new ArrayList<>();
    json(value).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertRefused(String words, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }
}
