package io.tropo4j.nested;

import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Asset;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.VPC;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stack inside a stack: its template an asset, its parameters and outputs typed by the child's own objects. */
class NestedStackTest {
  /** A child stack as a user writes one: its template, with the parameter and output the parent uses. */
  static final class Network {
    final Template template = new Template().description("network");
    final Parameter<String> cidr = template.add(Parameter.string("Cidr"));
    final Parameter<String> name = template.add(Parameter.string("Name").defaultValue("net"));
    final VPC vpc = template.add(new VPC("Vpc").cidrBlock(cidr.ref()));
    final Output vpcId = template.add(new Output("VpcId", vpc.ref()));
  }

  @Test
  void theParentPassesTypedParametersAndReadsTheChildsOutputs() {
    Network network = new Network();
    Template parent = new Template();
    NestedStack net = parent.add(new NestedStack("Network", network.template)
        .parameter(network.cidr, "10.0.0.0/16"));
    parent.add(new SecurityGroup("Web").groupDescription("web").vpcId(net.output(network.vpcId)));
    assertEquals(List.of(), Templates.validate(parent));

    JsonNode json = parse(Templates.toJson(parent));
    Asset child = net.templateAsset();
    assertEquals(parse("{\"Fn::Sub\": \"https://s3.${AWS::Region}.${AWS::URLSuffix}/${AssetBucket}/"
        + child.objectKey() + "\"}"), json.at("/Resources/Network/Properties/TemplateURL"));
    assertEquals(parse("{\"Cidr\": \"10.0.0.0/16\"}"), json.at("/Resources/Network/Properties/Parameters"));
    assertEquals(parse("{\"Fn::GetAtt\": [\"Network\", \"Outputs.VpcId\"]}"),
        json.at("/Resources/Web/Properties/VpcId"));
    assertEquals(parse(Templates.toJson(network.template)), parse(new String(child.content(), StandardCharsets.UTF_8)));
    assertEquals(List.of(child.objectKey()), parent.assets().stream().map(Asset::objectKey).toList());
  }

  @Test
  void aChildsProblemsAndMissingValuesAreTheParentsUnderItsPath() {
    Network network = new Network();
    network.template.add(new Output("Broken", Fn.sub("${NoSuchName}")));
    Template parent = new Template();
    NestedStack net = parent.add(new NestedStack("Network", network.template));
    parent.add(new SecurityGroup("Web").groupDescription("web").vpcId(net.output("NoSuchOutput")));
    List<String> problems = Templates.validate(parent).stream().map(Problem::toString).toList();
    assertEquals(true, problems.contains("Resources.Network.Properties.Parameters: the nested template's "
        + "parameter Cidr has no default, and no value is given here"), problems.toString());
    assertEquals(true, problems.stream().anyMatch(p -> p.startsWith("Resources.Network.Template.Outputs.Broken")),
        problems.toString());
    assertEquals(true, problems.stream().anyMatch(p -> p.startsWith("Resources.Web.Properties.VpcId")
        && p.contains("NoSuchOutput")), problems.toString());
  }

  @Test
  void anImportedNestedStackReadsAnyOutputOfTheTemplateItNamesByUrl() {
    Template parent = new Template();
    io.tropo4j.resources.cloudformation.Stack network = parent.add(new io.tropo4j.resources.cloudformation.Stack(
        "Network").templateURL("https://s3.amazonaws.com/my-bucket/network.json").retainData());
    parent.add(new Output("Vpc", Fn.getAtt(network, "Outputs.VpcId")));
    parent.add(new Output("Bare", Fn.getAtt(network, "Outputs.")));
    assertEquals(List.of("Outputs.Bare.Value.Fn::GetAtt"),
        Templates.validate(parent).stream().map(Problem::path).toList());
  }

  @Test
  void aChildChangedAfterItWasNestedIsAProblem() {
    Network network = new Network();
    Template parent = new Template();
    parent.add(new NestedStack("Network", network.template).parameter(network.cidr, "10.0.0.0/16"));
    network.template.add(new Output("Late", Value.of("added after")));
    assertEquals(List.of("Resources.Network: the nested template changed after NestedStack was made; make the "
        + "NestedStack once its template is complete"), Templates.validate(parent).stream().map(Problem::toString)
        .toList());
  }

  @Test
  void aParameterOfAnotherTemplateIsRefused() {
    Network network = new Network();
    NestedStack net = new NestedStack("Network", network.template);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> net.parameter(Parameter.string("Cidr"), "10.0.0.0/16"));
    assertEquals("nested stack Network: its template has no parameter Cidr (its parameters: Cidr, Name)",
        e.getMessage());
  }
}
