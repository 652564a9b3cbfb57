package io.tropo4j.fn;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FnTest {
  private final Bucket bucket = new Bucket("Logs");
  private final Parameter<String> env = Parameter.string("Env");
  private final Condition isProd = new Condition("IsProd", Fn.equals(env.ref(), Value.of("prod")));

  @Test
  void refOfParameterAndResource() {
    assertEquals(expected("{'Ref': 'Env'}"), json(env.ref()));
    assertEquals(expected("{'Ref': 'Logs'}"), json(bucket.ref()));
  }

  @Test
  void getAttTakesResourceAndAttribute() {
    assertEquals(expected("{'Fn::GetAtt': ['Logs', 'Arn']}"), json(bucket.arn()));
  }

  @Test
  void subInBothForms() {
    assertEquals(expected("{'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Logs}/*'}"),
        json(Fn.sub("arn:${AWS::Partition}:s3:::${Logs}/*")));
    assertEquals(expected("{'Fn::Sub': ['${A}-${B}', {'A': {'Ref': 'Env'}, 'B': 'x'}]}"),
        json(Fn.sub("${A}-${B}", Map.of("B", Value.of("x"), "A", env.ref()))));
  }

  @Test
  void joinOfPartsAndOfList() {
    assertEquals(expected("{'Fn::Join': ['-', ['a', {'Ref': 'Env'}]]}"),
        json(Fn.join("-", Value.of("a"), env.ref())));
    assertEquals(expected("{'Fn::Join': [',', {'Fn::GetAZs': ''}]}"), json(Fn.join(",", Fn.getAZs())));
  }

  @Test
  void splitSelectAndGetAZs() {
    assertEquals(expected("{'Fn::Select': [1, {'Fn::Split': [',', {'Ref': 'Env'}]}]}"),
        json(Fn.select(1, Fn.split(",", env.ref()))));
    assertEquals(expected("{'Fn::GetAZs': {'Ref': 'AWS::Region'}}"), json(Fn.getAZs(Pseudo.REGION)));
    assertThrows(IllegalArgumentException.class, () -> Fn.select(-1, Fn.getAZs()));
  }

  @Test
  void ifWithNoValue() {
    assertEquals(expected("{'Fn::If': ['IsProd', 'big', {'Ref': 'AWS::NoValue'}]}"),
        json(Fn.ifThen(isProd, Value.of("big"), Fn.noValue())));
  }

  @Test
  void findInMapFromMapping() {
    Mapping ami = new Mapping("RegionMap").put("us-east-1", "Ami", "ami-1");
    assertEquals(expected("{'Fn::FindInMap': ['RegionMap', {'Ref': 'AWS::Region'}, 'Ami']}"),
        json(ami.find(Pseudo.REGION, "Ami")));
  }

  @Test
  void importValueBase64CidrTransform() {
    assertEquals(expected("{'Fn::ImportValue': 'net-VpcId'}"), json(Fn.importValue("net-VpcId")));
    assertEquals(expected("{'Fn::Base64': {'Fn::Sub': 'echo ${Env}'}}"), json(Fn.base64(Fn.sub("echo ${Env}"))));
    assertEquals(expected("{'Fn::Cidr': ['10.0.0.0/16', 6, 8]}"), json(Fn.cidr(Value.of("10.0.0.0/16"), 6, 8)));
    assertThrows(IllegalArgumentException.class, () -> Fn.cidr(Value.of("10.0.0.0/16"), 0, 8));
    assertEquals(expected("{'Fn::Transform': {'Name': 'AWS::Include', 'Parameters': {'Location': 's3://b/k'}}}"),
        json(Fn.<String>transform("AWS::Include", Map.of("Location", Value.of("s3://b/k")))));
  }

  @Test
  void conditionFunctions() {
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'Env'}, 'prod']}"), json(isProd.expression()));
    Condition other = new Condition("Other", Fn.not(isProd));
    assertEquals(expected("{'Fn::Not': [{'Condition': 'IsProd'}]}"), json(other.expression()));
    assertEquals(expected("{'Fn::And': [{'Condition': 'IsProd'}, {'Condition': 'Other'}]}"),
        json(Fn.and(isProd, other)));
    assertEquals(expected("{'Fn::Or': [{'Condition': 'IsProd'}, {'Fn::Equals': ['a', 'b']}]}"),
        json(Fn.or(isProd, Fn.equals(Value.of("a"), Value.of("b")))));
    assertThrows(IllegalArgumentException.class, () -> Fn.and(isProd));
    assertThrows(IllegalArgumentException.class, () -> Fn.or(new ConditionExpr[11]));
  }

  @Test
  void ruleFunctions() {
    Parameter<List<String>> subnets = Parameter.of("Subnets", ParameterType.SUBNET_IDS);
    assertEquals(expected("{'Fn::Contains': [['a', 'b'], {'Ref': 'Env'}]}"),
        json(Fn.contains(Value.of(List.of("a", "b")), env.ref())));
    assertEquals(expected("{'Fn::EachMemberEquals': [{'Fn::ValueOfAll': ['List<AWS::EC2::Subnet::Id>', 'VpcId']}, 'vpc-1']}"),
        json(Fn.eachMemberEquals(Fn.valueOfAll("List<AWS::EC2::Subnet::Id>", "VpcId"), Value.of("vpc-1"))));
    assertEquals(expected("{'Fn::EachMemberIn': [{'Ref': 'Subnets'}, {'Fn::RefAll': 'AWS::EC2::Subnet::Id'}]}"),
        json(Fn.eachMemberIn(subnets.ref(), Fn.refAll("AWS::EC2::Subnet::Id"))));
    assertEquals(expected("{'Fn::ValueOf': [{'Ref': 'Env'}, 'VpcId']}"), json(Fn.valueOf(env, "VpcId")));
  }

  @Test
  void everyPseudoParameter() {
    assertEquals(expected("{'Ref': 'AWS::AccountId'}"), json(Pseudo.ACCOUNT_ID));
    assertEquals(expected("{'Ref': 'AWS::NotificationARNs'}"), json(Pseudo.NOTIFICATION_ARNS));
    assertEquals(expected("{'Ref': 'AWS::Partition'}"), json(Pseudo.PARTITION));
    assertEquals(expected("{'Ref': 'AWS::Region'}"), json(Pseudo.REGION));
    assertEquals(expected("{'Ref': 'AWS::StackId'}"), json(Pseudo.STACK_ID));
    assertEquals(expected("{'Ref': 'AWS::StackName'}"), json(Pseudo.STACK_NAME));
    assertEquals(expected("{'Ref': 'AWS::URLSuffix'}"), json(Pseudo.URL_SUFFIX));
    assertEquals(expected("{'Ref': 'AWS::NoValue'}"), json(Fn.noValue()));
  }

  @Test
  void literalsListsMapsAndJson() {
    assertEquals(expected("[1, 2.5, true, 'x', 7]"),
        json(Value.listOf(List.of(Value.of(1), Value.of(2.5), Value.of(true), Value.of("x"), Value.of(7L)))));
    assertEquals(expected("{'a': '1', 'b': '2'}"), json(Value.ofMap(Map.of("b", "2", "a", "1"))));
    assertEquals(expected("{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Resource': {'Fn::GetAtt': ['Logs', 'Arn']}}]}"),
        json(Json.object("Version", "2012-10-17",
            "Statement", List.of(Json.object("Effect", "Allow", "Resource", bucket.arn())))));
    assertThrows(IllegalArgumentException.class, () -> Json.of(Map.of("a", new Object())));
  }
}
