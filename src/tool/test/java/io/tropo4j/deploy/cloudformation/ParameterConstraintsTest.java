package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.Parameter;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.core.ParameterType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterConstraintsTest {

  @Test
  void aStringMustBeOneOfTheAllowedValuesExactly() {
    Parameter<String> env = Parameter.string("Env").allowedValues("dev", "prod");
    accepts(env, "dev", "prod");
    assertEquals("parameter Env is 'qa'; allowed values are dev, prod", refusal(env, "qa"));
    assertEquals("parameter Env is 'Dev'; allowed values are dev, prod", refusal(env, "Dev"));
    assertEquals("parameter Env is 'dev '; allowed values are dev, prod", refusal(env, "dev "));
  }

  @Test
  void aStringPatternMustMatchTheWholeValue() {
    Parameter<String> name = Parameter.string("Name").allowedPattern("[a-z]+");
    accepts(name, "abc");
    assertEquals("parameter Name is 'abc1', which must match [a-z]+", refusal(name, "abc1"));
    assertEquals("parameter Name is '', which must match [a-z]+", refusal(name, ""));
    Parameter<String> key =
        Parameter.string("Key").allowedPattern("^app/.*$").constraintDescription("a key under app/");
    accepts(key, "app/x");
    assertEquals("parameter Key is 'other/x', which must be a key under app/", refusal(key, "other/x"));
  }

  @Test
  void aStringWithACommaIsOneValueAndIsStillChecked() {
    assertEquals("parameter Name is 'a,b', which must match [a-z]+",
        refusal(Parameter.string("Name").allowedPattern("[a-z]+"), "a,b"));
    accepts(Parameter.string("Name").allowedPattern("[a-z,]+"), "a,b");
    accepts(Parameter.string("Pair").allowedValues("a,b"), "a,b");
    assertEquals("parameter Pair is 'a'; allowed values are a,b",
        refusal(Parameter.string("Pair").allowedValues("a,b"), "a"));
    assertEquals("parameter Name is 'ab,cd', which must be at most 4 characters long",
        refusal(Parameter.string("Name").maxLength(4), "ab,cd"));
  }

  @Test
  void aStringLengthIsBoundedInclusively() {
    Parameter<String> name = Parameter.string("Name").minLength(3).maxLength(5);
    accepts(name, "abc", "abcde", "a,b", "   ");
    assertEquals("parameter Name is 'ab', which must be at least 3 characters long", refusal(name, "ab"));
    assertEquals("parameter Name is 'abcdef', which must be at most 5 characters long", refusal(name, "abcdef"));
    assertEquals("parameter Name is '', which must be at least 3 characters long", refusal(name, ""));
  }

  @Test
  void aPatternJavaCannotCompileIsLeftToCloudFormation() {
    accepts(Parameter.string("Name").allowedPattern("[a-"), "anything");
    accepts(Parameter.of("Names", ParameterType.COMMA_DELIMITED_LIST).allowedPattern("(x"), "a,b");
  }

  @Test
  void aNumberIsAnIntegerOrAFloat() {
    Parameter<Integer> port = Parameter.number("Port");
    accepts(port, "3", "-2", "0", "+4", "0.5", "-0.5", ".5", "5.", "1e3", "1.5E-2", "007");
    for (String notANumber : List.of("eighty", "", "1,2", "0x10", "NaN", "Infinity", "1.2.3", "1e", "--1", "5 5")) {
      assertEquals("parameter Port is '" + notANumber + "', which must be a number", refusal(port, notANumber));
    }
  }

  @Test
  void aNumberIsBoundedInclusively() {
    Parameter<Integer> port = Parameter.number("Port").minValue(1).maxValue(65535);
    accepts(port, "1", "65535", "80", "1.0", "6.5535e4");
    assertEquals("parameter Port is '0', which must be at least 1", refusal(port, "0"));
    assertEquals("parameter Port is '0.999', which must be at least 1", refusal(port, "0.999"));
    assertEquals("parameter Port is '70000', which must be at most 65535", refusal(port, "70000"));
    assertEquals("parameter Port is '65535.01', which must be at most 65535", refusal(port, "65535.01"));
    assertEquals("parameter Port is 'eighty', which must be a number", refusal(port, "eighty"));
  }

  @Test
  void decimalAndNegativeBoundsAreComparedAsNumbers() {
    Parameter<Double> ratio = Parameter.of("Ratio", ParameterType.DECIMAL).minValue(-1.5).maxValue(2.5);
    accepts(ratio, "-1.5", "2.5", "0", "-1", "2.50", "25e-1");
    assertEquals("parameter Ratio is '-1.6', which must be at least -1.5", refusal(ratio, "-1.6"));
    assertEquals("parameter Ratio is '2.51', which must be at most 2.5", refusal(ratio, "2.51"));
    assertEquals("parameter Ratio is '1e1', which must be at most 2.5", refusal(ratio, "1e1"));
    Parameter<Integer> below = Parameter.number("Offset").minValue(-10).maxValue(-2);
    accepts(below, "-10", "-2", "-5.5");
    assertEquals("parameter Offset is '-1', which must be at most -2", refusal(below, "-1"));
    assertEquals("parameter Offset is '-11', which must be at least -10", refusal(below, "-11"));
  }

  @Test
  void aNumberIsAllowedWhenItEqualsAnAllowedValueAsTextOrAsANumber() {
    Parameter<Integer> port = Parameter.number("Port").allowedValues("80", "443");
    accepts(port, "80", "443", "80.0", "8e1");
    assertEquals("parameter Port is '81'; allowed values are 80, 443", refusal(port, "81"));
    assertEquals("parameter Port is 'http', which must be a number", refusal(port, "http"));
  }

  @Test
  void stringConstraintsDoNotApplyToANumber() {
    accepts(Parameter.number("Count").allowedPattern("[a-z]+").minLength(5).maxLength(1), "42");
  }

  @Test
  void eachElementOfANumberListIsANumberWithinTheBounds() {
    Parameter<List<Integer>> sizes = Parameter.of("Sizes", ParameterType.NUMBER_LIST).minValue(1).maxValue(10);
    accepts(sizes, "1,10", "5", "1, 2 ,3", "1.5,2e0");
    assertEquals("parameter Sizes is '1,x', whose element 'x' must be a number", refusal(sizes, "1,x"));
    assertEquals("parameter Sizes is '1,11', whose element '11' must be at most 10", refusal(sizes, "1,11"));
    assertEquals("parameter Sizes is '0.5,2', whose element '0.5' must be at least 1", refusal(sizes, "0.5,2"));
    assertEquals("parameter Sizes is '1,,2', whose element '' must be a number", refusal(sizes, "1,,2"));
    assertEquals("parameter Sizes is '', whose element '' must be a number", refusal(sizes, ""));
    assertEquals("parameter Sizes is '-3,-4', whose element '-3' must be at least 1", refusal(sizes, "-3,-4"));
  }

  @Test
  void aNumberListRefusesAnElementOnlyWhenTheWholeIsNotAllowedEither() {
    Parameter<List<Integer>> ports = Parameter.of("Ports", ParameterType.NUMBER_LIST).allowedValues("80", "443");
    accepts(ports, "80,443", "443", "80.0,8e1");
    assertEquals("parameter Ports is '80,81', whose element '81' is not allowed; allowed values are 80, 443",
        refusal(ports, "80,81"));
    accepts(Parameter.of("Ports", ParameterType.NUMBER_LIST).allowedValues("80,81"), "80,81");
  }

  @Test
  void aCommaDelimitedListPatternMatchesEachTrimmedElement() {
    Parameter<List<String>> names =
        Parameter.of("Names", ParameterType.COMMA_DELIMITED_LIST).allowedPattern("[a-z]+");
    accepts(names, "a,b", "a, b ,c", "abc");
    assertEquals("parameter Names is 'a,B', whose element 'B' must match [a-z]+", refusal(names, "a,B"));
    assertEquals("parameter Names is 'a,,b', whose element '' must match [a-z]+", refusal(names, "a,,b"));
    Parameter<List<String>> orgs = Parameter.of("Orgs", ParameterType.COMMA_DELIMITED_LIST)
        .allowedPattern("o-[a-z0-9]+").constraintDescription("an organization ID");
    assertEquals("parameter Orgs is 'o-1,x-2', whose element 'x-2' must be an organization ID",
        refusal(orgs, "o-1,x-2"));
    // Even a pattern that takes the whole value is held to each element, as documented for CommaDelimitedList.
    assertEquals("parameter Pairs is 'a,b', whose element 'a' must match [a-z],[a-z]",
        refusal(Parameter.of("Pairs", ParameterType.COMMA_DELIMITED_LIST).allowedPattern("[a-z],[a-z]"), "a,b"));
  }

  @Test
  void eachElementOfACommaDelimitedListMustBeAnAllowedValue() {
    Parameter<List<String>> envs =
        Parameter.of("Envs", ParameterType.COMMA_DELIMITED_LIST).allowedValues("dev", "prod");
    accepts(envs, "dev", "dev,prod", "prod, dev", "dev,dev");
    assertEquals("parameter Envs is 'dev,qa', whose element 'qa' is not allowed; allowed values are dev, prod",
        refusal(envs, "dev,qa"));
    assertEquals("parameter Envs is '', whose element '' is not allowed; allowed values are dev, prod",
        refusal(envs, ""));
  }

  @Test
  void aListIsRefusedForItsLengthOnlyWhenWholeAndElementsBothBreakIt() {
    Parameter<List<String>> names = Parameter.of("Names", ParameterType.COMMA_DELIMITED_LIST).minLength(3).maxLength(4);
    accepts(names, "abc,defg", "abc", "ab,cd");
    assertEquals("parameter Names is 'ab', which must be at least 3 characters long", refusal(names, "ab"));
    assertEquals("parameter Names is 'abc,defgh', whose element 'defgh' must be at most 4 characters long",
        refusal(names, "abc,defgh"));
    accepts(names, "abc, defg ");
  }

  @Test
  void anAwsListTypeRefusesAnElementOnlyWhenTheWholeBreaksTheConstraintToo() {
    Parameter<List<String>> subnets =
        Parameter.of("Subnets", ParameterType.SUBNET_IDS).allowedPattern("subnet-[0-9a-f]+");
    accepts(subnets, "subnet-1a,subnet-2b", "subnet-1a, subnet-2b", "subnet-0");
    assertEquals("parameter Subnets is 'subnet-1a,vpc-1', whose element 'vpc-1' must match subnet-[0-9a-f]+",
        refusal(subnets, "subnet-1a,vpc-1"));
    Parameter<List<String>> zones = Parameter.of("Zones", ParameterType.AVAILABILITY_ZONE_NAMES)
        .allowedValues("eu-west-1a", "eu-west-1b");
    accepts(zones, "eu-west-1a,eu-west-1b");
    assertEquals("parameter Zones is 'eu-west-1a,eu-west-1c', whose element 'eu-west-1c' is not allowed; "
        + "allowed values are eu-west-1a, eu-west-1b", refusal(zones, "eu-west-1a,eu-west-1c"));
  }

  @Test
  void anAwsTypeIsHeldToItsDeclaredConstraintsOnlyNotToExistence() {
    accepts(Parameter.of("Vpc", ParameterType.VPC_ID), "vpc-does-not-exist", "");
    accepts(Parameter.of("Subnets", ParameterType.SUBNET_IDS), "subnet-x,,anything");
    Parameter<String> vpc = Parameter.of("Vpc", ParameterType.VPC_ID).allowedPattern("vpc-[0-9a-f]+").maxLength(12);
    accepts(vpc, "vpc-0a1b2c3d");
    assertEquals("parameter Vpc is 'subnet-1', which must match vpc-[0-9a-f]+", refusal(vpc, "subnet-1"));
    assertEquals("parameter Vpc is 'vpc-0a1b2c3d4', which must be at most 12 characters long",
        refusal(vpc, "vpc-0a1b2c3d4"));
    Parameter<String> key = Parameter.of("Key", ParameterType.KEY_PAIR_NAME).allowedValues("ops");
    assertEquals("parameter Key is 'dev'; allowed values are ops", refusal(key, "dev"));
  }

  @Test
  void anSsmTypeValueIsOneParameterStoreKeyCheckedAsAString() {
    Parameter<String> image = Parameter.of("Image", ParameterType.ssmValue(ParameterType.IMAGE_ID))
        .allowedPattern("/aws/service/.+");
    accepts(image, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
    assertEquals("parameter Image is 'ami-0123', which must match /aws/service/.+", refusal(image, "ami-0123"));
    // The value of a list SSM type is still one key: the pattern is matched against all of it, not per element.
    Parameter<List<String>> subnets = Parameter.of("Subnets", ParameterType.ssmValue(ParameterType.SUBNET_IDS))
        .allowedPattern("/[a-z/]+");
    accepts(subnets, "/net/subnets");
    assertEquals("parameter Subnets is '/net/a,/net/b', which must match /[a-z/]+", refusal(subnets, "/net/a,/net/b"));
    Parameter<String> name = Parameter.of("Name", ParameterType.SSM_PARAMETER_NAME).minLength(2);
    accepts(name, "/a");
    assertEquals("parameter Name is '/', which must be at least 2 characters long", refusal(name, "/"));
  }

  @Test
  void aNoEchoValueAndItsPartsAreNeverRepeated() {
    assertEquals(
        "parameter DatabasePassword (NoEcho, value not shown) is not valid; it must be at least 8 characters long",
        refusal(Parameter.string("DatabasePassword").noEcho().minLength(8), "Zq7x"));
    assertEquals("parameter Pin (NoEcho, value not shown) is not valid; allowed values are 1111, 2222",
        refusal(Parameter.string("Pin").noEcho().allowedValues("1111", "2222"), "9876"));
    assertEquals("parameter Password (NoEcho, value not shown) is not valid; it must be 8 or more small letters",
        refusal(Parameter.string("Password").noEcho().allowedPattern("^[a-z]{8,}$")
            .constraintDescription("8 or more small letters"), "hunter2"));
    assertEquals("parameter Sizes (NoEcho, value not shown) is not valid; each element must be a number",
        refusal(Parameter.of("Sizes", ParameterType.NUMBER_LIST).noEcho(), "1,Zq7x"));

    // Every constraint, broken by a secret whose parts are distinctive: no part of it may reach the message.
    Map<Parameter<?>, String> secrets = Map.ofEntries(
        Map.entry(Parameter.string("A").noEcho().allowedValues("x", "y"), "Zq7x-Wv3k"),
        Map.entry(Parameter.string("B").noEcho().allowedPattern("[a-z]+"), "Zq7x,Wv3k"),
        Map.entry(Parameter.string("C").noEcho().allowedPattern("[a-z]+").constraintDescription("small letters"),
            "Zq7x"),
        Map.entry(Parameter.string("D").noEcho().minLength(20), "Zq7x-Wv3k"),
        Map.entry(Parameter.string("E").noEcho().maxLength(3), "Zq7x-Wv3k"),
        Map.entry(Parameter.number("F").noEcho(), "Zq7x"),
        Map.entry(Parameter.number("G").noEcho().minValue(100000), "73519"),
        Map.entry(Parameter.number("H").noEcho().maxValue(1), "73519.25"),
        Map.entry(Parameter.number("I").noEcho().allowedValues("1", "2"), "73519"),
        Map.entry(Parameter.of("J", ParameterType.NUMBER_LIST).noEcho().maxValue(1), "0,73519"),
        Map.entry(Parameter.of("K", ParameterType.NUMBER_LIST).noEcho(), "1,Zq7x"),
        Map.entry(Parameter.of("L", ParameterType.COMMA_DELIMITED_LIST).noEcho().allowedValues("x"), "x,Zq7x"),
        Map.entry(Parameter.of("M", ParameterType.COMMA_DELIMITED_LIST).noEcho().allowedPattern("[a-z]+"), "ab,Zq7x"),
        Map.entry(Parameter.of("N", ParameterType.COMMA_DELIMITED_LIST).noEcho().minLength(20), "Zq7x,Wv3k"),
        Map.entry(Parameter.of("O", ParameterType.COMMA_DELIMITED_LIST).noEcho().maxLength(2), "ab,Zq7x"),
        Map.entry(Parameter.of("P", ParameterType.SUBNET_IDS).noEcho().allowedPattern("subnet-[0-9a-f]+"),
            "subnet-1,Zq7x"),
        Map.entry(Parameter.of("Q", ParameterType.ssmValue(ParameterType.IMAGE_ID)).noEcho().allowedValues("/a"),
            "/Zq7x"));
    secrets.forEach((parameter, secret) -> {
      String message = refusal(parameter, secret);
      assertTrue(message.startsWith("parameter " + parameter.logicalId() + " (NoEcho, value not shown) is not valid; "),
          message);
      assertFalse(message.contains(secret), message);
      for (String part : List.of("Zq7x", "Wv3k", "73519", "ab,", "subnet-1", ".25")) {
        assertFalse(secret.contains(part) && message.contains(part), message);
      }
    });
  }

  private static void accepts(Parameter<?> parameter, String... values) {
    for (String value : values) {
      assertDoesNotThrow(() -> ParameterConstraints.check(parameter, value), "'" + value + "'");
    }
  }

  private static String refusal(Parameter<?> parameter, String value) {
    return assertThrows(DeployException.class, () -> ParameterConstraints.check(parameter, value),
        "'" + value + "' was accepted").getMessage();
  }
}
