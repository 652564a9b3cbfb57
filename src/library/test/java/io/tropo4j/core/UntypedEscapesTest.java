package io.tropo4j.core;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.emit.JsonWriter;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The untyped forms an imported template falls back to write what they are given, as given. */
class UntypedEscapesTest {
  @Test
  void writesEveryUntypedFormAsGiven() {
    Template t = new Template();
    Parameter<List<String>> zones = t.add(Parameter.of("Zones", ParameterType.namedList("List<AWS::EC2::Zone::Name>")));
    Parameter<String> image = t.add(Parameter.of("Image", ParameterType.named("AWS::SSM::Parameter::Value<String>")));
    SecurityGroup group = t.add(new SecurityGroup("Group"))
        .groupDescription("web")
        .property("FutureProperty", Value.of(true))
        .securityGroupIngress(new SecurityGroup.Ingress().ipProtocol("tcp").property("FromPort", Value.of("80")))
        .vpcId(Json.untyped(Map.of("Fn::ImportValue", "vpc")))
        .resourceAttribute("Version", Value.of("1.0"));
    t.add(new UntypedResource("Function", "AWS::Serverless::Function"))
        .property("Handler", Value.of("index.handler"))
        .property("Image", image.ref())
        .property("Zones", zones.ref())
        .dependsOn(group);
    assertEquals(expected("""
        {'AWSTemplateFormatVersion': '2010-09-09',
         'Parameters': {'Zones': {'Type': 'List<AWS::EC2::Zone::Name>'},
                        'Image': {'Type': 'AWS::SSM::Parameter::Value<String>'}},
         'Resources': {
           'Group': {'Type': 'AWS::EC2::SecurityGroup', 'Version': '1.0',
                     'Properties': {'GroupDescription': 'web', 'FutureProperty': true,
                                    'SecurityGroupIngress': [{'IpProtocol': 'tcp', 'FromPort': '80'}],
                                    'VpcId': {'Fn::ImportValue': 'vpc'}}},
           'Function': {'Type': 'AWS::Serverless::Function', 'DependsOn': ['Group'],
                        'Properties': {'Handler': 'index.handler', 'Image': {'Ref': 'Image'},
                                       'Zones': {'Ref': 'Zones'}}}}}
        """), parse(JsonWriter.write(t)));
  }

  @Test
  void anUntypedResourceReadsAttributesByName() {
    UntypedResource function = new UntypedResource("Function", "AWS::Serverless::Function");
    assertEquals(expected("{'Fn::GetAtt': ['Function', 'Arn']}"), parse(JsonWriter.write(function.attribute("Arn"))));
  }
}
