package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
  private final Template template = new Template();

  ParametersTest() {
    template.add(Parameter.string("Env").allowedValues("dev", "prod").defaultValue("dev"));
    template.add(Parameter.string("Key").allowedPattern("^app/.*$").constraintDescription("a key under app/"));
    template.add(Parameter.string("Name"));
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
    assertEquals(List.of(previous("Env"), explicit("Key", "app/2"), previous("Name")), resolved);
  }

  /** What a deploy itself supplies (a bundle's bucket and key) counts, before any call is made. */
  @Test
  void everyValueIsAccountedForBeforeAnythingIsSent() {
    DeployException e = assertThrows(DeployException.class,
        () -> Parameters.requireValues(template, "s", List.of("Key"), List.of()));
    assertEquals(List.of("Name"), e.parameters());
    Parameters.requireValues(template, "s", List.of("Key", "Name"), List.of());
    Parameters.requireValues(template, "s", List.of(), List.of("Key", "Name"));
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
   * An update keeps every value it is not given by reference, as {@code aws cloudformation deploy}
   * does: lists, SSM-typed parameters (whose value is the parameter's name) and NoEcho values alike,
   * whatever the stack reports them as.
   */
  @Test
  void anUpdateKeepsEveryValueItIsNotGivenByReference() {
    Template t = new Template();
    t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS));
    t.add(Parameter.of("ImageId", ParameterType.ssmValue(ParameterType.IMAGE_ID)).defaultValue("/aws/ami"));
    t.add(Parameter.string("Password").noEcho());
    t.add(Parameter.string("Added").defaultValue("x"));
    var resolved = Parameters.resolve(t, "s", Map.of("Password", "new-secret"), List.of(
        now("Subnets", "subnet-1,subnet-2"), ssm("ImageId", "/aws/ami", "ami-1"), now("Password", "****")));
    // Added is not on the stack yet: it takes its default, so nothing is sent for it.
    assertEquals(List.of(previous("Subnets"), previous("ImageId"), explicit("Password", "new-secret")), resolved);
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

  private String message(Map<String, String> given) {
    return assertThrows(DeployException.class, () -> Parameters.check(template, "s", given)).getMessage();
  }
}
