package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.CreationPolicy;
import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdatePolicy;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.cloudformation.WaitCondition;
import io.tropo4j.resources.cloudwatch.Alarm;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.SecurityGroup.Ingress;
import io.tropo4j.resources.iam.ManagedPolicy;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Alias;
import io.tropo4j.resources.lambda.EventSourceMapping;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.rds.DBInstance;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import io.tropo4j.resources.sqs.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Broken templates, each built with the API and each with one kind of mistake, for {@link
 * LintParityTest}: cfn-lint's errors on each must be tropo4j problems too, or explained there.
 */
final class LintCases {
  /**
   * A named broken template.
   *
   * @param lintSilent why cfn-lint reports no error on it although CloudFormation or AWS refuses it (or
   *     loses data), or null when cfn-lint must report one
   */
  record Case(String name, Consumer<Template> build, String lintSilent) {
    Template template() {
      Template t = new Template();
      build.accept(t);
      return t;
    }
  }

  /** A resource of a type without a generated class, e.g. {@code AWS::Serverless::SimpleTable}. */
  static final class Untyped extends Resource<Untyped> {
    Untyped(String logicalId, String type) {
      super(logicalId, Schema.of(type));
    }
  }

  private static final List<Case> CASES = new ArrayList<>();
  private static final String STRING_DEFAULTS = "cfn-lint 1.58 compares a default with MinValue and MaxValue only"
      + " when it is a JSON number; tropo4j writes every default as a string, as CloudFormation passes it";
  private static final String UNIQUE_EXPORTS = "cfn-lint 1.58 checks an export name's type, not that names are unique";

  private LintCases() {}

  static List<Case> all() {
    return List.copyOf(CASES);
  }

  private static void add(String name, Consumer<Template> build) {
    CASES.add(new Case(name, build, null));
  }

  private static void silent(String name, String why, Consumer<Template> build) {
    CASES.add(new Case(name, build, why));
  }

  private static SecurityGroup group(Template t, String id) {
    return t.add(new SecurityGroup(id).groupDescription("web"));
  }

  private static Function function(String id, String runtime) {
    return new Function(id).role("arn:aws:iam::123456789012:role/lambda").handler("index.handler")
        .runtime(runtime).code(new Function.Code().zipFile("def handler(event, context): pass"));
  }

  private static Json statement(Object... keysAndValues) {
    return Json.object(keysAndValues);
  }

  private static Json document(Object statement) {
    return Json.object("Version", "2012-10-17", "Statement", List.of(statement));
  }

  private static Role role(String id) {
    return new Role(id).assumeRolePolicyDocument(document(statement("Effect", "Allow",
        "Principal", Json.object("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole")));
  }

  /** Refers to a condition by name only, as a condition refers to one declared after it. */
  private static NamedCondition named(String id) {
    return () -> id;
  }

  static {
    // Properties: required, allowed values, runtimes.
    add("RequiredProperty", t -> t.add(new SecurityGroup("Web")));
    add("RequiredNestedProperty", t -> group(t, "Web").securityGroupIngress(new Ingress().cidrIp("10.0.0.0/8")));
    add("RequiredPropertyInListItem", t -> t.add(role("Fn").policies(List.of(new Role.Policy()
        .policyDocument(document(statement("Effect", "Allow", "Action", "s3:GetObject", "Resource", "*")))))));
    add("RequiredPropertyOfAlias", t -> t.add(new Alias("Live").functionName("f").functionVersion("1")));
    add("AllowedValue", t -> t.add(new Bucket("Logs").retainData().accessControl("Open")));
    add("AllowedValueNested", t -> t.add(new Bucket("Logs").retainData()
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Off"))));
    add("AllowedValueInIfBranch", t -> {
      Condition east = t.add(new Condition("East", Fn.equals(Pseudo.REGION, Value.of("us-east-1"))));
      t.add(new Bucket("Logs").retainData().versioningConfiguration(Fn.ifThen(east,
          new Bucket.VersioningConfiguration().status("Enabled"), new Bucket.VersioningConfiguration().status("Off"))));
    });
    add("AllowedNumber", t -> t.add(new LogGroup("Logs").retainData().retentionInDays(8)));
    // The resource provider schemas' constraints, which the specification does not carry.
    add("AllowedValueFromTheSchemas", t -> t.add(new Alarm("Errors").comparisonOperator("GreaterThan")
        .evaluationPeriods(1).metricName("Errors").namespace("AWS/Lambda").period(60).statistic("Sum").threshold(1)));
    add("AllowedValueOfAListItem", t -> t.add(new Bucket("Site").retainData().corsConfiguration(
        new Bucket.CorsConfiguration().corsRules(new Bucket.CorsRule().allowedOrigins(List.of("*"))
            .allowedMethods(List.of("GET", "FETCH"))))));
    add("NumberBelowItsRange", t -> t.add(new Queue("Work").retainData().messageRetentionPeriod(30)));
    add("StringAgainstItsPattern", t -> t.add(new LogGroup("Logs").retainData().logGroupName("my app logs")));
    add("StringOverItsLength", t -> t.add(function("Fn", "python3.12").description("d".repeat(257))));
    add("StringOfTheWrongFormat", t -> t.add(new Bucket("Logs").retainData().bucketName("Logs_Bucket")));
    // A Ref that yields another kind of value than the property takes: a queue's Ref is its URL.
    silent("RefOfTheWrongKind", "cfn-lint 1.58 holds only literals to a property's pattern: a queue's Ref, its URL, "
        + "passes where its ARN belongs, and fails when Lambda is asked to read from it", t -> {
      Queue queue = t.add(new Queue("Work").retainData());
      t.add(new EventSourceMapping("Events").functionName("worker").eventSourceArn(queue.ref()));
    });
    add("RuntimeBlocked", t -> t.add(function("Fn", "python2.7")));
    add("RuntimeBlockedNode", t -> t.add(function("Fn", "nodejs10.x")));
    add("RuntimeBlockedDotnet", t -> t.add(function("Fn", "dotnetcore3.1")));
    add("RuntimeBlockedInIfBranch", t -> {
      Condition east = t.add(new Condition("East", Fn.equals(Pseudo.REGION, Value.of("us-east-1"))));
      t.add(function("Fn", "python3.12").runtime(Fn.ifThen(east, Value.of("python3.12"), Value.of("python3.6"))));
    });

    // Properties that come together, or one of several.
    add("TcpRuleWithoutPorts", t -> group(t, "Web").securityGroupIngress(new Ingress().ipProtocol("tcp").cidrIp("10.0.0.0/8")));
    add("StandaloneUdpRuleWithoutToPort", t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new io.tropo4j.resources.ec2.SecurityGroupIngress("Dns").groupId(web.groupId()).ipProtocol("udp")
          .fromPort(53).cidrIp("10.0.0.0/8"));
    });
    add("AutoScalingGroupWithoutLaunchSource", t -> t.add(new AutoScalingGroup("Fleet").minSize("1").maxSize("2")));

    // What tropo4j cannot know when building (each cfn-lint rule explained in LintParityTest).
    add("InstanceTypeNotOffered", t -> t.add(new Instance("Vm").imageId("ami-12345678").instanceType("t2.huge")));
    add("EngineVersionNotOffered", t -> t.add(new DBInstance("Db").snapshotData().engine("mysql").engineVersion("5.1.1")
        .dbInstanceClass("db.t3.micro").allocatedStorage("20").masterUsername("admin").manageMasterUserPassword(true)));
    add("BucketNameAgainstPattern", t -> t.add(new Bucket("Logs").retainData().bucketName("My_Bucket")));
    add("RoleNotAnArn", t -> t.add(function("Fn", "python3.12").role("lambda-role")));
    add("DescriptionOverMaxLength", t -> t.add(new SecurityGroup("Web").groupDescription("x".repeat(300))));
    add("DelayAboveMaximum", t -> t.add(new Queue("Jobs").retainData().delaySeconds(901)));

    // References.
    add("RefToUndeclaredParameter", t -> group(t, "Web").vpcId(Parameter.of("Vpc", ParameterType.VPC_ID).ref()));
    add("RefToUndeclaredResource", t -> group(t, "Web").vpcId(new SecurityGroup("Loose").groupDescription("x").ref()));
    add("GetAttOfUndeclaredResource", t -> group(t, "Web").vpcId(new SecurityGroup("Loose").groupDescription("x").groupId()));
    add("GetAttOfMissingAttribute", t -> {
      Bucket logs = t.add(new Bucket("Logs").retainData());
      group(t, "Web").groupDescription(Fn.getAtt(logs, "Nope"));
    });
    add("SubOfUnknownName", t -> group(t, "Web").groupDescription(Fn.sub("${Stage}-web")));
    add("SubOfMissingAttribute", t -> {
      t.add(new Bucket("Logs").retainData());
      group(t, "Web").groupDescription(Fn.sub("${Logs.Nope}"));
    });
    add("FindInMapOfUndeclaredMapping", t -> group(t, "Web").groupDescription(
        new Mapping("Regions").put("us-east-1", "Ami", "ami-1").find(Pseudo.REGION, "Ami")));
    add("FindInMapOfMissingTopKey", t -> {
      Mapping regions = t.add(new Mapping("Regions").put("us-east-1", "Ami", "ami-1"));
      group(t, "Web").groupDescription(regions.find(Value.of("eu-west-1"), "Ami"));
    });
    add("FindInMapOfMissingSecondKey", t -> {
      Mapping regions = t.add(new Mapping("Regions").put("us-east-1", "Ami", "ami-1"));
      group(t, "Web").groupDescription(regions.find(Value.of("us-east-1"), "Kernel"));
    });
    add("DependsOnUndeclaredResource", t -> group(t, "Web").dependsOn(new SecurityGroup("Elsewhere")));
    add("ResourceConditionUndeclared", t -> group(t, "Web").condition(
        new Condition("Ghost", Fn.equals(Pseudo.REGION, Value.of("x")))));
    add("IfConditionUndeclared", t -> group(t, "Web").groupDescription(Fn.ifThen(
        new Condition("Ghost", Fn.equals(Pseudo.REGION, Value.of("x"))), Value.of("a"), Value.of("b"))));
    add("OutputConditionUndeclared", t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Output("Group", web.ref()).condition(new Condition("Ghost", Fn.equals(Pseudo.REGION, Value.of("x")))));
    });
    add("ConditionRefersToResource", t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Condition("HasWeb", Fn.equals(web.ref(), Value.of("x"))));
    });
    add("RuleFunctionInConditions", t -> {
      group(t, "Web");
      Parameter<List<String>> zones = t.add(Parameter.of("Zones", ParameterType.COMMA_DELIMITED_LIST));
      t.add(new Condition("HasA", Fn.contains(zones.ref(), Value.of("a"))));
    });
    add("OutputRefToUndeclaredParameter", t -> {
      group(t, "Web");
      t.add(new Output("Stage", Parameter.string("Stage").ref()));
    });
    add("OutputGetAttOfMissingAttribute", t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Output("Arn", Fn.getAtt(web, "Arn")));
    });

    // Cycles.
    add("RefCycle", t -> {
      SecurityGroup a = group(t, "A");
      SecurityGroup b = group(t, "B");
      a.securityGroupIngress(new Ingress().ipProtocol("-1").sourceSecurityGroupId(b.groupId()));
      b.securityGroupIngress(new Ingress().ipProtocol("-1").sourceSecurityGroupId(a.groupId()));
    });
    add("DependsOnCycle", t -> {
      SecurityGroup a = group(t, "A");
      SecurityGroup b = group(t, "B").dependsOn(a);
      a.dependsOn(b);
    });
    add("DependsOnItself", t -> {
      SecurityGroup a = group(t, "A");
      a.dependsOn(a);
    });
    silent("ConditionCycle", "cfn-lint 1.58 does not follow conditions that refer to each other", t -> {
      Condition first = new Condition("First", Fn.not(named("Second")));
      t.add(new Condition("Second", Fn.not(first)));
      t.add(first);
      group(t, "Web").condition(first);
    });

    // Logical IDs.
    add("LogicalIdNotAlphanumeric", t -> group(t, "web-server"));
    add("LogicalIdTooLong", t -> group(t, "A".repeat(256)));
    add("LogicalIdTwiceInResources", t -> {
      group(t, "Web");
      t.add(new SecurityGroup("Web").groupDescription("other"));
    });
    add("ParameterAndResourceShareName", t -> {
      t.add(Parameter.string("Web"));
      group(t, "Web");
    });
    silent("NoResources", "cfn-lint 1.58 reports nothing on a template without resources; CloudFormation refuses it",
        t -> t.description("nothing"));
    add("OutputIdNotAlphanumeric", t -> t.add(new Output("web_group", group(t, "Web").ref())));
    add("ParameterIdNotAlphanumeric", t -> {
      Parameter<String> stage = t.add(Parameter.string("stage-name"));
      group(t, "Web").groupDescription(stage.ref());
    });

    // Quotas.
    add("TooManyResources", t -> {
      for (int i = 0; i <= 500; i++) {
        group(t, "Group" + i);
      }
    });
    silent("TooManyParameters", "cfn-lint 1.58 has no error for more than 200 parameters", t -> {
      for (int i = 0; i <= 200; i++) {
        t.add(Parameter.string("Param" + i));
      }
      group(t, "Web");
    });
    add("TooManyOutputs", t -> {
      SecurityGroup web = group(t, "Web");
      for (int i = 0; i <= 200; i++) {
        t.add(new Output("Out" + i, web.ref()));
      }
    });
    silent("TooManyMappings", "cfn-lint 1.58 has no error for more than 200 mappings", t -> {
      for (int i = 0; i <= 200; i++) {
        t.add(new Mapping("Map" + i).put("k", "v", "x"));
      }
      group(t, "Web");
    });
    add("DescriptionTooLong", t -> {
      t.description("d".repeat(1025));
      group(t, "Web");
    });
    add("BodyOverOneMegabyte", t -> group(t, "Web").metadata("Blob", Value.of("x".repeat(1024 * 1024))));

    // Parameters.
    add("DefaultNotAllowed", t -> {
      group(t, "Web");
      t.add(Parameter.string("Size").allowedValues("small", "large").defaultValue("huge"));
    });
    add("DefaultAgainstPattern", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").allowedPattern("[a-z]+").defaultValue("Web1"));
    });
    add("DefaultTooShort", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").minLength(3).defaultValue("ab"));
    });
    add("DefaultTooLong", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").maxLength(3).defaultValue("abcd"));
    });
    silent("NumberDefaultAboveMax", STRING_DEFAULTS, t -> {
      group(t, "Web");
      t.add(Parameter.number("Count").maxValue(4).defaultValue(9));
    });
    silent("NumberDefaultBelowMin", STRING_DEFAULTS, t -> {
      group(t, "Web");
      t.add(Parameter.number("Count").minValue(2).defaultValue(1));
    });
    silent("NumberDefaultNotANumber", "cfn-lint 1.58 does not read a Number parameter's default as a number", t -> {
      group(t, "Web");
      t.add(Parameter.number("Count").defaultValue("many"));
    });
    add("ListDefaultItemNotAllowed", t -> {
      group(t, "Web");
      t.add(Parameter.of("Zones", ParameterType.COMMA_DELIMITED_LIST)
        .allowedValues("a", "b").defaultValue("a,c"));
    });
    add("LengthOnNumber", t -> {
      group(t, "Web");
      t.add(Parameter.number("Count").minLength(1));
    });
    add("RangeOnString", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").maxValue(3));
    });
    silent("MinLengthAboveMaxLength", "cfn-lint 1.58 does not compare MinLength with MaxLength", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").minLength(5).maxLength(3));
    });
    silent("MinValueAboveMaxValue", "cfn-lint 1.58 does not compare MinValue with MaxValue", t -> {
      group(t, "Web");
      t.add(Parameter.number("Count").minValue(5).maxValue(3));
    });
    silent("PatternThatDoesNotCompile", "cfn-lint 1.58 does not compile AllowedPattern", t -> {
      group(t, "Web");
      t.add(Parameter.string("Name").allowedPattern("[a-"));
    });
    silent("NoEchoWithDefault", "cfn-lint 1.58 does not flag a NoEcho parameter's default", t -> {
      group(t, "Web");
      t.add(Parameter.string("Password").noEcho().defaultValue("hunter2"));
    });
    silent("NoEchoInOutputs", "cfn-lint only warns (W2010) that a NoEcho parameter is shown in Outputs", t -> {
      Parameter<String> password = t.add(Parameter.string("Password").noEcho());
      group(t, "Web");
      t.add(new Output("Password", password.ref()));
    });

    // Outputs and exports.
    silent("ExportNameTwice", UNIQUE_EXPORTS, t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Output("A", web.ref()).exportName(Value.of("web")));
      t.add(new Output("B", web.ref()).exportName(Value.of("web")));
    });
    silent("ExportNameTwiceWithStackName", UNIQUE_EXPORTS, t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Output("A", web.ref()).exportName(Fn.sub("${AWS::StackName}-web")));
      t.add(new Output("B", web.ref()).exportName(Fn.sub("${AWS::StackName}-web")));
    });
    silent("ExportNameTwiceAsSubAndJoin", UNIQUE_EXPORTS, t -> {
      SecurityGroup web = group(t, "Web");
      t.add(new Output("A", web.ref()).exportName(Fn.sub("${AWS::StackName}-web")));
      t.add(new Output("B", web.ref()).exportName(Fn.join("-", Pseudo.STACK_NAME, Value.of("web"))));
    });

    // Resource attributes.
    add("SnapshotDeletionPolicyOnSecurityGroup", t -> group(t, "Web").deletionPolicy(DeletionPolicy.SNAPSHOT));
    add("SnapshotReplacePolicyOnSecurityGroup", t -> group(t, "Web").updateReplacePolicy(UpdateReplacePolicy.SNAPSHOT));
    add("UpdatePolicyOnSecurityGroup", t -> group(t, "Web").updatePolicy(new UpdatePolicy().autoScalingReplacingUpdate(true)));
    silent("AutoScalingUpdatePolicyOnAlias", "cfn-lint 1.58's UpdatePolicy schema for AWS::Lambda::Alias lets other parts through",
        t -> t.add(new Alias("Live").functionName("f").functionVersion("1").name("live")
        .updatePolicy(new UpdatePolicy().autoScalingReplacingUpdate(true))));
    silent("CreationPolicyOnSecurityGroup",
        "cfn-lint 1.58 validates CreationPolicy on the types that take it only; CloudFormation ignores it elsewhere, "
            + "so the signals are never awaited",
        t -> group(t, "Web").creationPolicy(new CreationPolicy().resourceSignal("PT5M")));
    add("StartFleetOnWaitCondition", t -> t.add(new WaitCondition("Wait").creationPolicy(new CreationPolicy().startFleet(true))));
    silent("LogGroupWithoutDataPolicies", "cfn-lint only informs (I3011) that a stateful type lacks its policies",
        t -> t.add(new LogGroup("Logs").retentionInDays(30)));
    silent("ServerlessTableWithoutDataPolicies",
        "cfn-lint only informs (I3011) after the transform; a SimpleTable becomes a DynamoDB table", t -> {
          t.transform("AWS::Serverless-2016-10-31");
          t.add(new Untyped("Table", "AWS::Serverless::SimpleTable"));
        });

    // IAM policy documents.
    add("TrustPolicyWithoutPrincipal", t -> t.add(new Role("Fn").assumeRolePolicyDocument(
        document(statement("Effect", "Allow", "Action", "sts:AssumeRole")))));
    add("TrustPolicyWithResource", t -> t.add(new Role("Fn").assumeRolePolicyDocument(document(statement("Effect", "Allow",
        "Principal", Json.object("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole", "Resource", "*")))));
    add("TrustPolicyWithoutStatement", t -> t.add(new Role("Fn").assumeRolePolicyDocument(
        Json.object("Version", "2012-10-17"))));
    silent("IdentityPolicyWithEmptyStatement", "cfn-lint 1.58 accepts an empty Statement list; IAM refuses the"
        + " policy as malformed", t -> t.add(new ManagedPolicy("Read").policyDocument(
        Json.object("Version", "2012-10-17", "Statement", List.of()))));
    add("IdentityStatementWithoutEffect", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Action", "s3:GetObject", "Resource", "*")))));
    add("IdentityStatementWithoutAction", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Resource", "*")))));
    add("IdentityStatementWithoutResource", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Action", "s3:GetObject")))));
    add("IdentityStatementWithPrincipal", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Principal", "*", "Action", "s3:GetObject", "Resource", "*")))));
    add("IdentityStatementWithBadEffect", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Permit", "Action", "s3:GetObject", "Resource", "*")))));
    add("IdentityStatementWithActionAndNotAction", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Action", "s3:GetObject", "NotAction", "s3:PutObject", "Resource", "*")))));
    add("IdentityStatementWithEmptyActions", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Action", List.of(), "Resource", "*")))));
    add("IdentityStatementWithUnknownElement", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Effect", "Allow", "Action", "s3:GetObject", "Resources", "*")))));
    add("PolicyWithBadVersion", t -> t.add(new ManagedPolicy("Read").policyDocument(Json.object("Version", "2024-01-01",
        "Statement", List.of(statement("Effect", "Allow", "Action", "s3:GetObject", "Resource", "*"))))));
    add("IdentityPolicyWithoutStatement", t -> t.add(new ManagedPolicy("Read").policyDocument(
        Json.object("Version", "2012-10-17"))));
    add("IdentityStatementAsObjectWithoutEffect", t -> t.add(new ManagedPolicy("Read").policyDocument(
        Json.object("Version", "2012-10-17", "Statement", statement("Action", "s3:GetObject", "Resource", "*")))));
    add("InlinePolicyStatementWithoutResource", t -> t.add(role("Fn").policies(List.of(new Role.Policy().policyName("read")
        .policyDocument(document(statement("Effect", "Allow", "Action", "s3:GetObject")))))));
    add("IdentitySidNotAlphanumeric", t -> t.add(new ManagedPolicy("Read").policyDocument(
        document(statement("Sid", "read-objects", "Effect", "Allow", "Action", "s3:GetObject", "Resource", "*")))));
    add("BucketPolicyWithoutPrincipal", t -> {
      Bucket site = t.add(new Bucket("Site").retainData());
      t.add(new BucketPolicy("SitePolicy").bucket(site.ref()).policyDocument(document(statement("Effect", "Allow",
          "Action", "s3:GetObject", "Resource", Fn.sub("${Site.Arn}/*")))));
    });
    add("BucketPolicyWithoutResource", t -> {
      Bucket site = t.add(new Bucket("Site").retainData());
      t.add(new BucketPolicy("SitePolicy").bucket(site.ref()).policyDocument(document(statement("Effect", "Allow",
          "Principal", "*", "Action", "s3:GetObject"))));
    });
  }
}
