package io.tropo4j.deploy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.deploy.StackDiff.ParameterChange;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/** The stack's parameter values against those an update would send; NoEcho values never shown. */
class ParameterComparisonTest {
  private final TemplateDocument deployed = TemplateReader.read("""
      Parameters:
        Key: {Type: String}
        Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
        Password: {Type: String, NoEcho: true}
        Old: {Type: String}
        Same: {Type: String}
      Resources: {Q: {Type: X}}
      """, "deployed.yaml");
  private final TemplateDocument local = TemplateReader.read("""
      Parameters:
        Key: {Type: String}
        Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
        Password: {Type: String, NoEcho: true}
        Same: {Type: String}
        Added: {Type: String, Default: fresh}
        Token: {Type: String, NoEcho: true}
      Resources: {Q: {Type: X}}
      """, "local.yaml");

  @Test
  void changedAddedAndRemovedValuesAndHiddenOnes() {
    List<Parameter> now = List.of(value("Key", "webapp/one.zip"), value("Subnets", "subnet-a, subnet-b"),
        value("Password", "****"), value("Old", "gone"), value("Same", "x"));
    List<Parameter> sent = List.of(value("Key", "webapp/two.zip"), value("Subnets", "subnet-a,subnet-b"),
        Parameter.builder().parameterKey("Password").usePreviousValue(true).build(), value("Same", "x"),
        value("Token", "t0p-secret"));
    // in the local template's order, then those it no longer declares
    assertEquals(List.of(new ParameterChange("Key", "webapp/one.zip", "webapp/two.zip", false),
        new ParameterChange("Added", null, "fresh", false),
        new ParameterChange("Token", null, null, true),
        new ParameterChange("Old", "gone", null, false)),
        ParameterComparison.compare(deployed, local, now, sent));
  }

  /** A NoEcho value given anew cannot be compared with the one kept: a change, without either value. */
  @Test
  void aNoEchoValueGivenAgainIsAHiddenChange() {
    List<ParameterChange> changes = ParameterComparison.compare(deployed, local,
        List.of(value("Key", "k"), value("Subnets", "a"), value("Password", "****"), value("Same", "x")),
        List.of(value("Key", "k"), value("Subnets", "a"), value("Password", "new"), value("Same", "x")));
    assertEquals(List.of(new ParameterChange("Password", null, null, true), new ParameterChange("Added", null, "fresh",
        false), new ParameterChange("Token", null, null, true)), changes);
    assertEquals(false, changes.toString().contains("new"), changes.toString());
  }

  @Test
  void nothingChangesWhenEveryValueIsKept() {
    TemplateDocument same = TemplateReader.read("""
        Parameters:
          Subnets: {Type: CommaDelimitedList}
        Resources: {Q: {Type: X}}
        """, "same.yaml");
    assertEquals(List.of(), ParameterComparison.compare(same, same, List.of(value("Subnets", "a, b")),
        List.of(value("Subnets", "a,b"))));
  }

  /**
   * An SSM-typed parameter's value is its name (AWS reports the resolved value beside it): kept, it is
   * sent by reference and unchanged; given anew, it is compared by name.
   */
  @Test
  void anSsmParameterIsComparedByTheParametersName() {
    TemplateDocument ssm = TemplateReader.read("""
        Parameters:
          ImageId: {Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/service/ami}
        Resources: {Q: {Type: X}}
        """, "ssm.yaml");
    Parameter byName = Parameter.builder().parameterKey("ImageId").parameterValue("/aws/service/ami")
        .resolvedValue("ami-123").build();
    Parameter kept = Parameter.builder().parameterKey("ImageId").usePreviousValue(true).build();
    assertEquals(List.of(), ParameterComparison.compare(ssm, ssm, List.of(byName), List.of(kept)));
    assertEquals(List.of(), ParameterComparison.compare(ssm, ssm, List.of(byName), List.of(value("ImageId",
        "/aws/service/ami"))));
    assertEquals(List.of(new ParameterChange("ImageId", "/aws/service/ami", "/aws/service/other", false)),
        ParameterComparison.compare(ssm, ssm, List.of(byName), List.of(value("ImageId", "/aws/service/other"))));
  }

  private static Parameter value(String key, String value) {
    return Parameter.builder().parameterKey(key).parameterValue(value).build();
  }
}
