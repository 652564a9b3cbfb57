package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {
  private final Template template = new Template();

  ParametersTest() {
    template.add(Parameter.string("Env").allowedValues("dev", "prod").defaultValue("dev"));
    template.add(Parameter.string("Key").allowedPattern("^app/.*$").constraintDescription("a key under app/"));
    template.add(Parameter.string("Name"));
  }

  @Test
  void pairsSplitAtTheFirstEquals() {
    assertEquals(Map.of("A", "x=y", "Subnets", "a,b"), Parameters.parsePairs(List.of("A=x=y", "Subnets=a,b")));
    assertThrows(DeployException.class, () -> Parameters.parsePairs(List.of("novalue")));
  }

  @Test
  void parametersFileInCloudFormationsFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.json");
    Files.writeString(file, "[{\"ParameterKey\": \"Env\", \"ParameterValue\": \"prod\"}, "
        + "{\"ParameterKey\": \"Size\", \"ParameterValue\": 3}]");
    assertEquals(Map.of("Env", "prod", "Size", "3"), Parameters.readFile(file));
    Files.writeString(file, "{\"Env\": \"prod\"}");
    assertTrue(assertThrows(DeployException.class, () -> Parameters.readFile(file)).getMessage().contains("JSON array"));
    Files.writeString(file, "[{\"Key\": 1}]");
    assertTrue(assertThrows(DeployException.class, () -> Parameters.readFile(file)).getMessage().contains("item 0"));
  }

  @Test
  void givenValuesAreCheckedAgainstTheTemplate() {
    assertTrue(message(Map.of("Nope", "1")).contains("has no parameter 'Nope'; its parameters are Env, Key, Name"));
    assertTrue(message(Map.of("Env", "qa")).contains("parameter Env is 'qa'; allowed values are dev, prod"));
    assertTrue(message(Map.of("Key", "other/x")).contains("which must be a key under app/"));
  }

  @Test
  void createNeedsEveryValueWithoutDefaultAndUpdateKeepsPreviousOnes() {
    DeployException missing = assertThrows(DeployException.class,
        () -> Parameters.resolve(template, "s", Map.of("Key", "app/1"), List.of()));
    assertEquals("stack s needs a value for Name", missing.getMessage());
    assertEquals(NextStep.GIVE_VALUES, missing.next());
    assertEquals(List.of("Name"), missing.parameters());
    var resolved = Parameters.resolve(template, "s", Map.of("Key", "app/2"),
        List.of(now("Env", "prod"), now("Key", "app/1"), now("Name", "web")));
    assertEquals(List.of(explicit("Env", "prod"), explicit("Key", "app/2"), explicit("Name", "web")), resolved);
  }

  @Test
  void aNoEchoValueIsNeverRepeated() {
    Template secrets = new Template();
    secrets.add(Parameter.string("Password").noEcho().allowedPattern("^[a-z]{8,}$")
        .constraintDescription("8 or more small letters"));
    secrets.add(Parameter.string("Pin").noEcho().allowedValues("1111", "2222"));
    assertEquals("parameter Password (NoEcho, value not shown) is not valid; it must be 8 or more small letters",
        assertThrows(DeployException.class,
            () -> Parameters.check(secrets, "s", Map.of("Password", "hunter2"))).getMessage());
    assertEquals("parameter Pin (NoEcho, value not shown) is not valid; allowed values are 1111, 2222",
        assertThrows(DeployException.class, () -> Parameters.check(secrets, "s", Map.of("Pin", "9876"))).getMessage());
  }

  /**
   * An update keeps each value as an explicit one, read back from the stack, because emulators fail
   * "use previous value" for lists and SSM-typed parameters; only a NoEcho value, which cannot be
   * read back, is kept by reference.
   */
  @Test
  void anUpdateKeepsEveryValueExplicitlyExceptNoEchoOnes() {
    Template t = new Template();
    t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS));
    t.add(Parameter.of("Zones", ParameterType.COMMA_DELIMITED_LIST));
    t.add(Parameter.of("ImageId", ParameterType.ssmValue(ParameterType.IMAGE_ID)).defaultValue("/aws/ami"));
    t.add(Parameter.of("Other", ParameterType.ssmValue(ParameterType.IMAGE_ID)));
    t.add(Parameter.string("Password").noEcho());
    // As AWS reports them: lists as given, an SSM parameter's name with its resolved value beside it.
    var onAws = Parameters.resolve(t, "s", Map.of(), List.of(now("Subnets", "subnet-1,subnet-2"),
        now("Zones", "a,b"), ssm("ImageId", "/aws/ami", "ami-1"), ssm("Other", "/my/ami", "ami-2"),
        now("Password", "****")));
    assertEquals(List.of(explicit("Subnets", "subnet-1,subnet-2"), explicit("Zones", "a,b"),
        explicit("ImageId", "/aws/ami"), explicit("Other", "/my/ami"), previous("Password")), onAws);
    // As moto reports them: lists as Python lists, SSM parameters resolved with the name lost.
    var onMoto = Parameters.resolve(t, "s", Map.of(), List.of(now("Subnets", "['subnet-1', 'subnet-2']"),
        now("Zones", "['a', 'b']"), now("ImageId", "ami-1"), now("Other", "ami-2"), now("Password", "secret")));
    assertEquals(List.of(explicit("Subnets", "subnet-1,subnet-2"), explicit("Zones", "a,b"), previous("Other"),
        previous("Password")), onMoto);
  }

  private static software.amazon.awssdk.services.cloudformation.model.Parameter now(String key, String value) {
    return software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey(key)
        .parameterValue(value).build();
  }

  private static software.amazon.awssdk.services.cloudformation.model.Parameter ssm(String key, String name,
      String resolved) {
    return software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey(key)
        .parameterValue(name).resolvedValue(resolved).build();
  }

  private static software.amazon.awssdk.services.cloudformation.model.Parameter explicit(String key, String value) {
    return now(key, value);
  }

  private static software.amazon.awssdk.services.cloudformation.model.Parameter previous(String key) {
    return software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey(key)
        .usePreviousValue(true).build();
  }

  @Test
  void aParametersFileThatIsNotJsonIsOneSentenceWithWhere(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.json");
    Files.writeString(file, "[{\"ParameterKey\": \"Env\",\n  ParameterValue: \"prod\"}]");
    assertEquals("parameters file " + file + " is not JSON (it goes wrong at line 2, column 3); it must be a JSON "
        + "array of {\"ParameterKey\": ..., \"ParameterValue\": ...}",
        assertThrows(DeployException.class, () -> Parameters.readFile(file)).getMessage());
  }

  @Test
  void aPairWithoutEqualsIsNotRepeatedAsItMayBeASecret() {
    DeployException e = assertThrows(DeployException.class,
        () -> Parameters.parsePairs(List.of("A=1", "DatabasePassword:hunter22")));
    assertEquals("parameter value 2 of 2 is not Key=Value (its text is not shown, as it may be a secret)",
        e.getMessage());
  }

  private String message(Map<String, String> given) {
    return assertThrows(DeployException.class, () -> Parameters.check(template, "s", given)).getMessage();
  }
}
