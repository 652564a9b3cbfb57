package io.tropo4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.Templates;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.resources.ecs.TaskDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A String parameter where a number is wanted holds numbers only, or the template says why not. */
class NumericUseCheckTest {
  private static List<String> problemsWith(Parameter<String> port) {
    Template t = new Template();
    t.add(port);
    t.add(new TaskDefinition("Task").containerDefinitions(new TaskDefinition.ContainerDefinition().name("web").image("nginx")
        .portMappings(new TaskDefinition.PortMapping().containerPort(Parameter.asInteger(port)))));
    return Templates.validate(t).stream().map(Problem::toString).toList();
  }

  @Test
  void aConstrainedParameterIsWrittenAsItsRef() {
    assertEquals(List.of(), problemsWith(Parameter.string("Port").allowedPattern("^[0-9]+$").defaultValue("8080")));
    assertEquals(List.of(), problemsWith(Parameter.string("Other").allowedValues("80", "443")));
  }

  @Test
  void aParameterThatTakesAnyStringIsAProblem() {
    assertEquals(List.of("Parameters.Port: Parameter.asInteger uses it as an integer, but it takes any string: give AllowedValues"
        + " or an AllowedPattern such as ^[0-9]+$, or make it a Number parameter"), problemsWith(Parameter.string("Port")));
  }

  @Test
  void aDefaultOrAllowedValueThatIsNotAnIntegerIsAProblemAtItsPath() {
    assertEquals(List.of("Parameters.Port.Default: 'http' is not an integer, and Parameter.asInteger uses the parameter as one"),
        problemsWith(Parameter.string("Port").allowedPattern("^.*$").defaultValue("http")));
    assertEquals(List.of("Parameters.Port.AllowedValues: '8.5' is not an integer, and Parameter.asInteger uses the parameter as one"),
        problemsWith(Parameter.string("Port").allowedValues("80", "8.5")));
  }

  @Test
  void aTypeWhoseValuesAreNamesIsAProblem() {
    assertEquals(List.of("Parameters.Key.Type: is AWS::EC2::KeyPair::KeyName, whose values are not numbers, yet Parameter.asInteger"
        + " uses it as an integer"), problemsWith(Parameter.of("Key", ParameterType.KEY_PAIR_NAME)));
  }
}
