package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        () -> Parameters.resolve(template, "s", Map.of("Key", "app/1"), Set.of()));
    assertEquals("stack s needs a value for Name", missing.getMessage());
    assertEquals(NextStep.GIVE_VALUES, missing.next());
    assertEquals(List.of("Name"), missing.parameters());
    var resolved = Parameters.resolve(template, "s", Map.of("Key", "app/2"), Set.of("Env", "Key", "Name"));
    assertEquals(3, resolved.size());
    assertEquals("app/2", resolved.get(1).parameterValue());
    assertTrue(resolved.get(0).usePreviousValue());
    assertTrue(resolved.get(2).usePreviousValue());
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

  private String message(Map<String, String> given) {
    return assertThrows(DeployException.class, () -> Parameters.check(template, "s", given)).getMessage();
  }
}
