package io.tropo4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Condition;
import io.tropo4j.core.CustomResource;
import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Rule;
import io.tropo4j.core.Template;
import io.tropo4j.core.UserData;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup.Ingress;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final Template t = new Template();

  private SecurityGroup group(String id) {
    return t.add(new SecurityGroup(id).groupDescription("web"));
  }

  /** Asserts exactly one problem, at a path holding every fragment, with a message holding {@code words}. */
  private Problem onlyProblem(String path, String words) {
    List<Problem> problems = Templates.validate(t);
    assertEquals(1, problems.size(), problems.toString());
    Problem problem = problems.get(0);
    assertEquals(path, problem.path(), problem.toString());
    assertTrue(problem.message().contains(words), problem.toString());
    return problem;
  }

  @Test
  void validTemplateHasNoProblems() {
    Parameter<String> vpc = t.add(Parameter.of("Vpc", ParameterType.VPC_ID));
    SecurityGroup web = group("Web").vpcId(vpc.ref());
    group("App").securityGroupIngress(List.of(new Ingress().ipProtocol("tcp").fromPort(80).toPort(80).sourceSecurityGroupId(web.groupId())));
    t.add(new Output("WebGroup", web.groupId()));
    assertEquals(List.of(), Templates.validate(t));
  }

  /** NaN and the infinities have no JSON form: a problem at their path, not an exception while writing. */
  @Test
  void aNumberJsonCannotHoldIsAProblemAtItsPath() {
    t.add(new io.tropo4j.resources.cloudwatch.Alarm("High").comparisonOperator("GreaterThanThreshold")
        .evaluationPeriods(1).threshold(Double.NaN));
    onlyProblem("Resources.High.Properties.Threshold", "is NaN, which neither JSON nor CloudFormation can hold");
    Template infinite = new Template();
    infinite.add(new io.tropo4j.resources.cloudwatch.Alarm("High").comparisonOperator("GreaterThanThreshold")
        .evaluationPeriods(1).threshold(Double.POSITIVE_INFINITY));
    assertEquals(List.of(new Problem("Resources.High.Properties.Threshold",
        "is Infinity, which neither JSON nor CloudFormation can hold; give a finite number")),
        assertThrowsInvalid(infinite));
  }

  private static List<Problem> assertThrowsInvalid(Template template) {
    return org.junit.jupiter.api.Assertions.assertThrows(io.tropo4j.core.InvalidTemplateException.class,
        () -> Templates.toJson(template)).problems();
  }

  @Test
  void missingRequiredProperty() {
    t.add(new SecurityGroup("Web"));
    onlyProblem("Resources.Web.Properties.GroupDescription", "required property is missing");
  }

  @Test
  void missingRequiredPropertyInNestedStruct() {
    group("Web").securityGroupIngress(List.of(new Ingress().ipProtocol("-1"), new Ingress().cidrIp("0.0.0.0/0")));
    onlyProblem("Resources.Web.Properties.SecurityGroupIngress[1].IpProtocol", "required property is missing");
  }

  @Test
  void literalOutsideAllowedValues() {
    t.add(new Bucket("Logs").retainData().accessControl("Open"));
    onlyProblem("Resources.Logs.Properties.AccessControl", "'Open' is not an allowed value");
  }

  @Test
  void statefulResourceWithoutDataPolicies() {
    t.add(new Bucket("Logs").deletionPolicy(DeletionPolicy.DELETE));
    onlyProblem("Resources.Logs.UpdateReplacePolicy", "AWS::S3::Bucket holds data");
  }

  @Test
  void allowedValuesAreCheckedInBothBranchesOfIf() {
    Condition on = t.add(new Condition("On", Fn.equals(Pseudo.REGION, Value.of("us-east-1"))));
    t.add(new Bucket("Logs").retainData().versioningConfiguration(Fn.ifThen(on,
        new Bucket.VersioningConfiguration().status("Enabled"),
        new Bucket.VersioningConfiguration().status("Off"))));
    onlyProblem("Resources.Logs.Properties.VersioningConfiguration.Fn::If[2].Status", "'Off' is not an allowed value");
  }

  @Test
  void refToParameterNotInTemplate() {
    Parameter<String> vpc = Parameter.of("Vpc", ParameterType.VPC_ID);
    group("Web").vpcId(vpc.ref());
    onlyProblem("Resources.Web.Properties.VpcId.Ref", "'Vpc', which is not a parameter or resource");
  }

  @Test
  void getAttOfResourceNotInTemplate() {
    SecurityGroup loose = new SecurityGroup("Loose").groupDescription("x");
    group("Web").vpcId(loose.groupId());
    onlyProblem("Resources.Web.Properties.VpcId.Fn::GetAtt", "'Loose', which is not a resource");
  }

  @Test
  void getAttOfAttributeTheTypeDoesNotHave() {
    Bucket logs = t.add(new Bucket("Logs").retainData());
    group("Web").vpcId(Fn.getAtt(logs, "Nope"));
    onlyProblem("Resources.Web.Properties.VpcId.Fn::GetAtt", "has no attribute 'Nope'; it has Arn, DomainName");
  }

  @Test
  void customResourceAttributesAreOpen() {
    CustomResource lookup = t.add(new CustomResource("Lookup", "Custom::Lookup", Value.of("arn:aws:lambda:f")));
    group("Web").vpcId(lookup.attribute("VpcId"));
    assertEquals(List.of(), Templates.validate(t));
  }

  @Test
  void dependsOnResourceNotInTemplate() {
    group("Web").dependsOn(new Bucket("Elsewhere"));
    onlyProblem("Resources.Web.DependsOn", "'Elsewhere' is not a resource of this template");
  }

  @Test
  void conditionNotInTemplate() {
    Condition ghost = new Condition("Ghost", Fn.equals(Value.of("a"), Value.of("b")));
    group("Web").condition(ghost);
    onlyProblem("Resources.Web.Condition", "condition 'Ghost' is not in the template");
  }

  @Test
  void ifWithConditionNotInTemplate() {
    Condition ghost = new Condition("Ghost", Fn.equals(Value.of("a"), Value.of("b")));
    group("Web").groupDescription(Fn.ifThen(ghost, Value.of("a"), Value.of("b")));
    onlyProblem("Resources.Web.Properties.GroupDescription.Fn::If", "condition 'Ghost' is not in the template");
  }

  @Test
  void subNameThatDoesNotResolve() {
    group("Web").groupDescription(Fn.sub("for ${Stage} in ${AWS::Region}"));
    onlyProblem("Resources.Web.Properties.GroupDescription.Fn::Sub", "${Stage}");
  }

  @Test
  void subResolvesParametersResourcesAttributesVariablesAndEscapes() {
    t.add(Parameter.string("Stage"));
    t.add(new Bucket("Logs").retainData());
    group("Web").groupDescription(Fn.sub("${Stage} ${Logs} ${Logs.Arn} ${Extra} ${!Literal} ${AWS::StackName}",
        Map.of("Extra", Value.of("x"))));
    assertEquals(List.of(), Templates.validate(t));
  }

  @Test
  void subAttributeTheTypeDoesNotHave() {
    t.add(new Bucket("Logs").retainData());
    group("Web").groupDescription(Fn.sub("${Logs.Nope}"));
    onlyProblem("Resources.Web.Properties.GroupDescription.Fn::Sub", "has no attribute 'Nope'");
  }

  @Test
  void userDataNamesFileAndLine() {
    t.add(Parameter.string("Bucket"));
    group("Web").groupDescription(UserData.fromFile("test.sh"));
    Problem problem = onlyProblem("Resources.Web.Properties.GroupDescription.Fn::Base64.Fn::Sub", "${Undeclared}");
    assertTrue(problem.message().contains("userdata/test.sh line 4"), problem.toString());
  }

  @Test
  void findInMapWithUnknownMappingOrKey() {
    Mapping regions = t.add(new Mapping("Regions").put("us-east-1", "Ami", "ami-1"));
    group("Web").groupDescription(regions.find(Value.of("eu-west-1"), "Ami"));
    onlyProblem("Resources.Web.Properties.GroupDescription.Fn::FindInMap", "has no key 'eu-west-1'");
  }

  @Test
  void findInMapOfMappingNotInTemplate() {
    Mapping regions = new Mapping("Regions").put("us-east-1", "Ami", "ami-1");
    group("Web").groupDescription(regions.find(Pseudo.REGION, "Ami"));
    onlyProblem("Resources.Web.Properties.GroupDescription.Fn::FindInMap", "mapping 'Regions' is not in the template");
  }

  @Test
  void logicalIdNotAlphanumeric() {
    group("web-server");
    onlyProblem("Resources.web-server", "must be alphanumeric");
  }

  @Test
  void logicalIdTooLong() {
    String id = "A".repeat(256);
    group(id);
    onlyProblem("Resources." + id, "256 characters; the limit is 255");
  }

  @Test
  void duplicateLogicalIdInSection() {
    group("Web");
    group("Web");
    onlyProblem("Resources.Web", "declared more than once in Resources");
  }

  @Test
  void duplicateNameAcrossParametersAndResources() {
    t.add(Parameter.string("Web"));
    group("Web");
    assertTrue(Templates.validate(t).stream().anyMatch(p -> p.path().equals("Resources.Web")
        && p.message().contains("also a parameter's")), Templates.validate(t).toString());
  }

  @Test
  void resourceCycle() {
    SecurityGroup a = new SecurityGroup("A").groupDescription("a");
    SecurityGroup b = group("B").vpcId(a.groupId());
    t.add(a.vpcId(b.ref()));
    onlyProblem("Resources.B", "circular dependency: B -> A -> B");
  }

  @Test
  void dependsOnCycle() {
    SecurityGroup a = group("A");
    SecurityGroup b = group("B").dependsOn(a);
    a.dependsOn(b);
    onlyProblem("Resources.A", "circular dependency: A -> B -> A");
  }

  @Test
  void conditionCycle() {
    group("Web");
    Condition[] holder = new Condition[1];
    Condition first = new Condition("First", Fn.not(new io.tropo4j.fn.NamedCondition() {
      @Override
      public String logicalId() {
        return "Second";
      }
    }));
    holder[0] = t.add(new Condition("Second", Fn.not(first)));
    t.add(first);
    List<Problem> problems = Templates.validate(t);
    // One problem: the by-name reference is not also reported as a missing condition.
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("circular dependency"), problems.toString());
  }

  @Test
  void conditionsMayNotReferToResources() {
    SecurityGroup web = group("Web");
    t.add(new Condition("HasWeb", Fn.equals(web.ref(), Value.of("x"))));
    onlyProblem("Conditions.HasWeb.Fn::Equals[0].Ref", "parameters only, not to resource 'Web'");
  }

  @Test
  void ruleFunctionOutsideRules() {
    t.add(Parameter.string("Env"));
    group("Web");
    t.add(new Condition("Odd", Fn.contains(Value.of(List.of("a")), Value.of("a"))));
    onlyProblem("Conditions.Odd.Fn::Contains", "can only be used in Rules");
  }

  @Test
  void ruleFunctionInsideRules() {
    Parameter<String> env = t.add(Parameter.string("Env"));
    group("Web");
    t.add(new Rule("EnvKnown").require(Fn.contains(Value.of(List.of("dev", "prod")), env.ref()), "dev or prod"));
    assertEquals(List.of(), Templates.validate(t));
  }

  @Test
  void tooManyResources() {
    for (int i = 0; i < 501; i++) {
      group("G" + i);
    }
    onlyProblem("Resources", "501 declared; CloudFormation allows 500");
  }

  @Test
  void tooManyParametersOutputsAndMappings() {
    SecurityGroup web = group("Web");
    for (int i = 0; i < 201; i++) {
      t.add(Parameter.string("P" + i));
      t.add(new Output("O" + i, web.ref()));
      t.add(new Mapping("M" + i).put("a", "b", "c"));
    }
    List<Problem> problems = Templates.validate(t);
    assertEquals(List.of("Mappings", "Outputs", "Parameters"), problems.stream().map(Problem::path).toList());
    assertTrue(problems.stream().allMatch(p -> p.message().contains("201 declared; CloudFormation allows 200")));
  }

  @Test
  void descriptionOver1024Bytes() {
    group("Web");
    t.description("é".repeat(513));
    onlyProblem("Description", "is 1026 bytes; CloudFormation allows 1024");
  }

  @Test
  void bodyOverOneMegabyte() {
    // Metadata is the padding: a property would be held to its length.
    for (int i = 0; i < 40; i++) {
      group("G" + i).metadata("Notes", Value.of("x".repeat(27_000)));
    }
    onlyProblem("(template)", "CloudFormation accepts at most 1048576 bytes");
  }

  @Test
  void snapshotOnTypeWithoutSnapshots() {
    group("Web").deletionPolicy(DeletionPolicy.SNAPSHOT);
    onlyProblem("Resources.Web.DeletionPolicy", "Snapshot is not supported by AWS::EC2::SecurityGroup");
  }

  @Test
  void defaultOutsideAllowedValues() {
    group("Web");
    t.add(Parameter.string("Size").allowedValues("small", "large").defaultValue("huge"));
    onlyProblem("Parameters.Size.Default", "'huge' is not among AllowedValues");
  }

  @Test
  void defaultAgainstPatternAndLengths() {
    group("Web");
    t.add(Parameter.string("Name").allowedPattern("[a-z]+").minLength(2).maxLength(3).defaultValue("ABCD"));
    List<Problem> problems = Templates.validate(t);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.path().equals("Parameters.Name.Default")));
  }

  @Test
  void numberDefaultAgainstRange() {
    group("Web");
    t.add(Parameter.number("Count").minValue(1).maxValue(4).defaultValue(9));
    onlyProblem("Parameters.Count.Default", "9 is greater than MaxValue 4");
  }

  @Test
  void constraintOfTheWrongKind() {
    group("Web");
    t.add(Parameter.number("Count").maxLength(3));
    onlyProblem("Parameters.Count", "apply to strings, not Number");
  }

  @Test
  void minGreaterThanMax() {
    group("Web");
    t.add(Parameter.string("Name").minLength(5).maxLength(3));
    onlyProblem("Parameters.Name.MinLength", "is greater than MaxLength");
  }

  @Test
  void listDefaultsAreCheckedItemByItem() {
    group("Web");
    t.add(Parameter.of("Zones", ParameterType.COMMA_DELIMITED_LIST).allowedValues("a", "b").defaultValue("a,c"));
    onlyProblem("Parameters.Zones.Default", "'c' is not among AllowedValues");
  }

  @Test
  void noEchoParameterWithDefault() {
    group("Web");
    t.add(Parameter.string("Password").noEcho().defaultValue("hunter2"));
    Problem problem = onlyProblem("Parameters.Password.Default", "must not have a default");
    assertTrue(!problem.message().contains("hunter2"));
  }

  @Test
  void noEchoParameterInOutputs() {
    Parameter<String> password = t.add(Parameter.string("Password").noEcho());
    group("Web");
    t.add(new Output("Leak", Fn.sub("pw=${Password}")));
    t.add(new Output("Leak2", password.ref()));
    List<Problem> problems = Templates.validate(t);
    assertEquals(List.of("Outputs.Leak.Value.Fn::Sub", "Outputs.Leak2.Value.Ref"),
        problems.stream().map(Problem::path).toList());
    assertTrue(problems.stream().allMatch(p -> p.message().contains("exposes NoEcho parameter 'Password'")));
  }

  @Test
  void noEchoParameterInResourceMetadata() {
    Parameter<String> password = t.add(Parameter.string("Password").noEcho());
    group("Web").metadata("Secret", password.ref());
    onlyProblem("Resources.Web.Metadata.Secret.Ref", "exposes NoEcho parameter 'Password'");
  }

  @Test
  void duplicateExportNames() {
    SecurityGroup web = group("Web");
    t.add(new Output("A", web.ref()).exportName(Value.of("web")));
    t.add(new Output("B", web.ref()).exportName(Value.of("web")));
    onlyProblem("Outputs.B.Export.Name", "export name 'web' is used by another output");
  }

  @Test
  void parameterGroupsNameDeclaredParameters() {
    group("Web");
    t.parameterGroup("Network", Parameter.string("Vpc"));
    onlyProblem("Metadata.AWS::CloudFormation::Interface.ParameterGroups[Network]", "parameter 'Vpc' is not in the template");
  }

  @Test
  void emptyTemplate() {
    onlyProblem("Resources", "needs at least one resource");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    t.add(new SecurityGroup("bad-id"));
    group("Web").vpcId(Parameter.string("Missing").ref()).deletionPolicy(DeletionPolicy.SNAPSHOT);
    assertEquals(4, Templates.validate(t).size(), Templates.validate(t).toString());
  }

  @Test
  void snapshotIsReportedAtThePolicyThatSaysIt() {
    group("Web").updateReplacePolicy(io.tropo4j.core.UpdateReplacePolicy.SNAPSHOT);
    onlyProblem("Resources.Web.UpdateReplacePolicy", "Snapshot is not supported by AWS::EC2::SecurityGroup");
  }

  @Test
  void creationAndUpdatePoliciesOnlyWhereTheTypeTakesThem() {
    group("Web").creationPolicy(new io.tropo4j.core.CreationPolicy().resourceSignal("PT5M"));
    onlyProblem("Resources.Web.CreationPolicy", "AWS::EC2::SecurityGroup takes no CreationPolicy");
    Template alias = new Template();
    alias.add(new io.tropo4j.resources.lambda.Alias("Live").functionName("f").functionVersion("1").name("live")
        .updatePolicy(new io.tropo4j.core.UpdatePolicy().autoScalingReplacingUpdate(true)));
    assertEquals(List.of(new Problem("Resources.Live.UpdatePolicy.AutoScalingReplacingUpdate",
        "applies to AWS::AutoScaling::AutoScalingGroup, not AWS::Lambda::Alias")), Templates.validate(alias));
  }

  @Test
  void trustPolicyNeedsAPrincipalAndEveryStatementAnEffectAndActions() {
    t.add(new io.tropo4j.resources.iam.Role("Fn").assumeRolePolicyDocument(io.tropo4j.fn.Json.object(
        "Version", "2012-10-17", "Statement", List.of(io.tropo4j.fn.Json.object("Effect", "Allow", "Action", "sts:AssumeRole")))));
    onlyProblem("Resources.Fn.Properties.AssumeRolePolicyDocument.Statement[0].Principal", "is missing (or NotPrincipal)");
    Template identity = new Template();
    identity.add(new io.tropo4j.resources.iam.ManagedPolicy("Read").policyDocument(io.tropo4j.fn.Json.object(
        "Statement", io.tropo4j.fn.Json.object("Resource", "*"))));
    assertEquals(List.of("Resources.Read.Properties.PolicyDocument.Statement.Action",
        "Resources.Read.Properties.PolicyDocument.Statement.Effect"),
        Templates.validate(identity).stream().map(Problem::path).toList());
  }

  private static java.time.Clock utcClockAt(String date) {
    return java.time.Clock.fixed(java.time.Instant.parse(date + "T00:00:00Z"), java.time.ZoneOffset.UTC);
  }

  @Test
  void deprecatedRuntimeFromItsDeprecationDate() {
    t.add(new io.tropo4j.resources.lambda.Function("Fn").role("arn:aws:iam::123456789012:role/x")
        .handler("index.handler").runtime("python3.9"));
    List<Problem> before = new java.util.ArrayList<>();
    RuntimeCheck.run(t, utcClockAt("2025-12-14"), before);
    assertEquals(List.of(), before);
    List<Problem> after = new java.util.ArrayList<>();
    RuntimeCheck.run(t, utcClockAt("2026-01-01"), after);
    assertEquals(List.of(new Problem("Resources.Fn.Properties.Runtime", "'python3.9' is deprecated since 2025-12-15;"
        + " creating functions is refused from 2027-02-01; updating them is refused from 2027-03-03; use python3.14")), after);
  }

  @Test
  void exportNamesAreComparedAfterResolvingSubAndJoin() {
    SecurityGroup web = group("Web");
    t.add(new Output("A", web.ref()).exportName(Fn.sub("${AWS::StackName}-web")));
    t.add(new Output("B", web.ref()).exportName(Fn.join("-", Pseudo.STACK_NAME, Value.of("web"))));
    onlyProblem("Outputs.B.Export.Name", "export name '${AWS::StackName}-web' is used by another output (A)");
  }

  @Test
  void exportsUnderTwoDifferentConditionsMayShareAName() {
    SecurityGroup web = group("Web");
    Condition east = t.add(new Condition("East", Fn.equals(Pseudo.REGION, Value.of("us-east-1"))));
    Condition west = t.add(new Condition("West", Fn.not(east)));
    t.add(new Output("A", web.ref()).condition(east).exportName(Fn.sub("${AWS::StackName}-web")));
    t.add(new Output("B", web.ref()).condition(west).exportName(Fn.sub("${AWS::StackName}-web")));
    assertEquals(List.of(), Templates.validate(t));
  }

  /** A type without a generated class, declared as a program of one's own would. */
  private static final class SimpleTable extends io.tropo4j.core.Resource<SimpleTable> {
    SimpleTable(String logicalId) {
      super(logicalId, io.tropo4j.core.Schema.of("AWS::Serverless::SimpleTable"));
    }
  }

  @Test
  void serverlessTypesThatHoldDataNeedBothPolicies() {
    t.transform("AWS::Serverless-2016-10-31");
    t.add(new SimpleTable("Table"));
    assertEquals(List.of("Resources.Table.DeletionPolicy", "Resources.Table.UpdateReplacePolicy"),
        Templates.validate(t).stream().map(Problem::path).toList());
    t.add(new SimpleTable("Kept").retainData());
    assertEquals(2, Templates.validate(t).size());
  }

  @Test
  void portsForTcpRulesAndOneLaunchSourceForAGroup() {
    group("Web").securityGroupIngress(new Ingress().ipProtocol("tcp").fromPort(80).cidrIp("10.0.0.0/8"));
    onlyProblem("Resources.Web.Properties.SecurityGroupIngress[0].ToPort", "is required when IpProtocol is 'tcp'");
    Template fleet = new Template();
    fleet.add(new io.tropo4j.resources.autoscaling.AutoScalingGroup("Fleet").minSize("1").maxSize("2"));
    assertEquals(List.of(new Problem("Resources.Fleet.Properties.LaunchTemplate", "is missing; an Auto Scaling group"
        + " needs one of LaunchTemplate, MixedInstancesPolicy, LaunchConfigurationName, InstanceId")), Templates.validate(fleet));
  }

  @Test
  void anEmptyStatementListIsAProblem() {
    t.add(new io.tropo4j.resources.iam.ManagedPolicy("Read").policyDocument(io.tropo4j.fn.Json.object(
        "Version", "2012-10-17", "Statement", List.of())));
    onlyProblem("Resources.Read.Properties.PolicyDocument.Statement",
        "is empty; an identity policy needs at least one statement");
  }

  @Test
  void aMisspeltStatementElementIsOneProblem() {
    t.add(new io.tropo4j.resources.iam.ManagedPolicy("Read").policyDocument(io.tropo4j.fn.Json.object("Statement",
        List.of(io.tropo4j.fn.Json.object("Effect", "Allow", "Action", "s3:GetObject", "Resources", "*")))));
    onlyProblem("Resources.Read.Properties.PolicyDocument.Statement[0].Resources", "did you mean Resource?");
  }

  @Test
  void anotherStacksOutputIsTakenInPropertiesOutputsAndTheFunctionsAroundIt() {
    t.add(new Bucket("Logs").retainData().bucketName(Fn.join("-", Fn.getStackOutput("network", "Prefix"),
        Value.of("logs"))));
    t.add(new Output("Vpc", Fn.getStackOutput("network", "VpcId").inRegion("eu-west-1")
        .assumingRole("arn:aws:iam::111122223333:role/read-outputs")));
    assertEquals(List.of(), Templates.validate(t));
    String json = Templates.toJson(t);
    assertTrue(json.replaceAll("\\s+", "").contains("{\"Fn::GetStackOutput\":{\"StackName\":\"network\",\"OutputName\":"
            + "\"VpcId\",\"Region\":\"eu-west-1\",\"RoleArn\":\"arn:aws:iam::111122223333:role/read-outputs\"}}"), json);
    assertTrue(Templates.toYaml(t).contains("!GetStackOutput"), Templates.toYaml(t));
  }

  @Test
  void anotherStacksOutputIsRefusedInConditions() {
    group("Web");
    t.add(new Condition("InNetwork", Fn.equals(Fn.getStackOutput("network", "Env"), Value.of("prod"))));
    onlyProblem("Conditions.InNetwork.Fn::Equals[0].Fn::GetStackOutput", "resource properties and Outputs only, "
        + "not in Conditions");
  }

  @Test
  void anotherStacksOutputIsRefusedInsideImportValueAndOtherFunctions() {
    group("Web");
    t.add(new Output("Imported", Fn.importValue(Fn.getStackOutput("network", "ExportName"))));
    onlyProblem("Outputs.Imported.Value.Fn::ImportValue.Fn::GetStackOutput", "cannot be used inside Fn::ImportValue");
  }

  @Test
  void anotherStacksOutputCannotNameAnExport() {
    group("Web");
    t.add(new Output("Shared", Value.of("x")).exportName(Fn.getStackOutput("network", "Name")));
    List<Problem> problems = Templates.validate(t);
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("Fn::GetStackOutput cannot name an export")),
        problems.toString());
  }
}
