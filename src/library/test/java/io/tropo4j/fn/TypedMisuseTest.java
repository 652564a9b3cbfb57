package io.tropo4j.fn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.Compiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type parameters earn their keep: misuse must not compile, and the correct use must. */
class TypedMisuseTest {
  private static final String HEADER = """
      import io.tropo4j.core.*;
      import io.tropo4j.fn.*;
      import io.tropo4j.resources.ec2.SecurityGroup;
      import io.tropo4j.resources.s3.Bucket;
      import java.util.List;
      class Snippet {
        void build(Template t) {
          Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS));
          Parameter<String> env = t.add(Parameter.string("Env"));
          Condition isProd = t.add(new Condition("IsProd", Fn.equals(env.ref(), Value.of("prod"))));
          Bucket bucket = t.add(new Bucket("Logs"));
      """;

  @Test
  void correctUseCompiles() {
    assertTrue(compile("bucket.bucketName(Fn.select(0, subnets.ref()));"
        + "bucket.bucketName(Fn.ifThen(isProd, bucket.arn(), Fn.noValue()));"
        + "bucket.bucketName(Fn.join(\",\", subnets.ref()));"
        + "bucket.bucketName(Fn.join(\"\", \"https://\", bucket.domainName()));"
        + "bucket.bucketName(Fn.ifThen(isProd, \"prod-logs\", Fn.noValue()));"
        + "Condition c = new Condition(\"C\", Fn.equals(env.ref(), \"x\"));").isEmpty());
  }

  @Test
  void listWhereStringIsWantedDoesNotCompile() {
    assertFalse(compile("bucket.bucketName(subnets.ref());").isEmpty());
    assertFalse(compile("bucket.bucketName(Fn.getAZs());").isEmpty());
  }

  @Test
  void conditionWhereValueIsWantedDoesNotCompile() {
    assertFalse(compile("bucket.bucketName(isProd);").isEmpty());
    assertFalse(compile("bucket.bucketName(Fn.equals(env.ref(), Value.of(\"x\")));").isEmpty());
    // Fn.join(",", Fn.not(isProd)) compiles, as Fn.join(String, Object...) of literals and
    // values mixed: that form refuses a condition when called (LiteralsTest).
  }

  @Test
  void attributeTheResourceDoesNotHaveDoesNotCompile() {
    List<String> errors = compile("bucket.groupId();");
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).contains("groupId"), errors.toString());
  }

  @Test
  void propertyTheResourceDoesNotHaveDoesNotCompile() {
    List<String> errors = compile("bucket.groupDescription(\"web\");");
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).contains("groupDescription"), errors.toString());
  }

  @Test
  void propertyTypesAreNotInterchangeable() {
    assertTrue(compile("bucket.versioningConfiguration(new Bucket.VersioningConfiguration().status(\"Enabled\"));")
        .isEmpty());
    assertFalse(compile("bucket.versioningConfiguration(\"Enabled\");").isEmpty());
    assertFalse(compile("bucket.versioningConfiguration(new SecurityGroup.Ingress());").isEmpty());
    assertFalse(compile("new SecurityGroup(\"Web\").securityGroupIngress(new SecurityGroup.Egress());").isEmpty());
  }

  @Test
  void branchesOfIfMustAgree() {
    assertFalse(compile("Fn.ifThen(isProd, Value.of(1), Value.of(\"one\")).writeTo(null);"
        + "bucket.bucketName(Fn.ifThen(isProd, Value.of(1), Value.of(2)));").isEmpty());
    assertFalse(compile("Fn.ifThen(isProd, \"one\", 2);").isEmpty());
    assertFalse(compile("bucket.bucketName(Fn.ifThen(isProd, 1, 2));").isEmpty());
    assertFalse(compile("Fn.ifThen(isProd, subnets.ref(), \"x\");").isEmpty());
  }

  @Test
  void intrinsicsAreMadeOnlyByWhatTheyName() {
    assertTrue(compile("Value<String> name = bucket.ref(); Value<List<String>> ids = subnets.ref();"
        + "Value<String> arn = bucket.arn(); Value<String> ami = new Mapping(\"M\").find(Pseudo.REGION, \"Ami\");")
        .isEmpty());
    // Each would compile if the class or method it names were reachable: what is internal must be.
    Map<String, String> internals = Map.of(
        "Value<Integer> n = new Ref<Integer>(bucket);", "Ref",
        "Value<Integer> n = new GetAtt<Integer>(bucket, \"Arn\");", "GetAtt",
        "Value<Integer> n = new FindInMap<Integer>(new Mapping(\"M\"), Pseudo.REGION, Value.of(\"Ami\"));", "FindInMap",
        "Value<Integer> n = new Literal<Integer>(\"not a number\");", "Literal",
        "Value<List<Integer>> n = new ListValue<Integer>(List.of(Value.of(\"x\")));", "ListValue",
        "Value<Integer> n = new If<Integer>(isProd, Value.of(1), Value.of(2));", "If",
        "Value<Integer> n = bucket.<Integer>getAtt(\"Arn\");", "getAtt");
    internals.forEach((statement, name) -> {
      List<String> errors = compile(statement);
      assertFalse(errors.isEmpty(), statement);
      assertTrue(errors.get(0).contains(name), statement + ": " + errors);
    });
  }

  /** Compiles the statements inside a method and returns the error messages. */
  static List<String> compile(String statements) {
    return Compiler.compile(Map.of("Snippet.java", HEADER + statements + "\n  }\n}\n")).errors();
  }
}
