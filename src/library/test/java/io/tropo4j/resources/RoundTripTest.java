package io.tropo4j.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.Templates;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.resources.cloudfront.Distribution;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.rds.DBInstance;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated classes of several services build the JSON the CloudFormation documentation shows for
 * them; each expectation was written from the resource's reference page, not from our output.
 */
class RoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Template t = new Template();

  private JsonNode resource(String logicalId) throws Exception {
    return JSON.readTree(Templates.toJson(t)).path("Resources").path(logicalId);
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private Role lambdaRole() {
    return t.add(new Role("FunctionRole")
        .assumeRolePolicyDocument(Json.object("Version", "2012-10-17", "Statement", List.of(Json.object(
            "Effect", "Allow", "Principal", Json.object("Service", "lambda.amazonaws.com"),
            "Action", "sts:AssumeRole"))))
        .managedPolicyArns(List.of("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")));
  }

  @Test
  void s3BucketWithEncryptionAndPublicAccessBlock() throws Exception {
    t.add(new Bucket("Logs")
        .bucketEncryption(new Bucket.BucketEncryption().serverSideEncryptionConfiguration(
            new Bucket.ServerSideEncryptionRule().serverSideEncryptionByDefault(
                new Bucket.ServerSideEncryptionByDefault().sseAlgorithm("AES256"))))
        .publicAccessBlockConfiguration(new Bucket.PublicAccessBlockConfiguration()
            .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true))
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .tags(Tags.of("Team", "web"))
        .retainData());
    assertEquals(json("""
        {"Type": "AWS::S3::Bucket",
         "Properties": {
           "BucketEncryption": {"ServerSideEncryptionConfiguration": [
             {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]},
           "PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "BlockPublicPolicy": true,
             "IgnorePublicAcls": true, "RestrictPublicBuckets": true},
           "VersioningConfiguration": {"Status": "Enabled"},
           "Tags": [{"Key": "Team", "Value": "web"}]},
         "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"}
        """), resource("Logs"));
  }

  @Test
  void ec2SecurityGroupWithIngressFromAnotherGroup() throws Exception {
    Parameter<String> vpc = t.add(Parameter.of("VpcId", ParameterType.VPC_ID));
    SecurityGroup lb = t.add(new SecurityGroup("LoadBalancerGroup").groupDescription("load balancer")
        .vpcId(vpc.ref())
        .securityGroupIngress(new SecurityGroup.Ingress().ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0")));
    t.add(new SecurityGroup("InstanceGroup").groupDescription("instances").vpcId(vpc.ref())
        .securityGroupIngress(new SecurityGroup.Ingress().ipProtocol("tcp").fromPort(80).toPort(80)
            .sourceSecurityGroupId(lb.groupId())));
    assertEquals(json("""
        {"Type": "AWS::EC2::SecurityGroup",
         "Properties": {"GroupDescription": "instances", "VpcId": {"Ref": "VpcId"},
           "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80,
             "SourceSecurityGroupId": {"Fn::GetAtt": ["LoadBalancerGroup", "GroupId"]}}]}}
        """), resource("InstanceGroup"));
  }

  @Test
  void ecsFargateTaskDefinition() throws Exception {
    Role role = lambdaRole();
    t.add(new TaskDefinition("Task").family("web").cpu("256").memory("512").networkMode("awsvpc")
        .requiresCompatibilities(List.of("FARGATE"))
        .executionRoleArn(role)
        .containerDefinitions(new TaskDefinition.ContainerDefinition().name("web").image("nginx:1.27")
            .essential(true).portMappings(new TaskDefinition.PortMapping().containerPort(80).protocol("tcp"))));
    assertEquals(json("""
        {"Type": "AWS::ECS::TaskDefinition",
         "Properties": {"Family": "web", "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc",
           "RequiresCompatibilities": ["FARGATE"],
           "ExecutionRoleArn": {"Fn::GetAtt": ["FunctionRole", "Arn"]},
           "ContainerDefinitions": [{"Name": "web", "Image": "nginx:1.27", "Essential": true,
             "PortMappings": [{"ContainerPort": 80, "Protocol": "tcp"}]}]}}
        """), resource("Task"));
  }

  @Test
  void rdsInstanceWithManagedPasswordAndSnapshot() throws Exception {
    t.add(new DBInstance("Database").engine("postgres").dbInstanceClass("db.t4g.micro").allocatedStorage("20")
        .masterUsername("app").manageMasterUserPassword(true).storageEncrypted(true).snapshotData());
    assertEquals(json("""
        {"Type": "AWS::RDS::DBInstance",
         "Properties": {"Engine": "postgres", "DBInstanceClass": "db.t4g.micro", "AllocatedStorage": "20",
           "MasterUsername": "app", "ManageMasterUserPassword": true, "StorageEncrypted": true},
         "DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot"}
        """), resource("Database"));
  }

  @Test
  void iamRoleAndLambdaFunctionReferringToIt() throws Exception {
    Role role = lambdaRole();
    t.add(new Function("Handler").runtime("python3.12").handler("index.handler").role(role).memorySize(128)
        .code(new Function.Code().zipFile("def handler(event, context):\n    return 'ok'\n")));
    assertEquals(json("""
        {"Type": "AWS::IAM::Role",
         "Properties": {
           "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
           "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]}}
        """), resource("FunctionRole"));
    assertEquals(json("""
        {"Type": "AWS::Lambda::Function",
         "Properties": {"Runtime": "python3.12", "Handler": "index.handler",
           "Role": {"Fn::GetAtt": ["FunctionRole", "Arn"]}, "MemorySize": 128,
           "Code": {"ZipFile": "def handler(event, context):\\n    return 'ok'\\n"}}}
        """), resource("Handler"));
  }

  @Test
  void cloudFrontDistributionInFrontOfABucket() throws Exception {
    Bucket site = t.add(new Bucket("Site").retainData());
    t.add(new Distribution("Cdn").distributionConfig(new Distribution.DistributionConfig()
        .enabled(true)
        .defaultRootObject("index.html")
        .origins(new Distribution.Origin().id("site").domainName(site)
            .s3OriginConfig(new Distribution.S3OriginConfig().originAccessIdentity("")))
        .defaultCacheBehavior(new Distribution.DefaultCacheBehavior().targetOriginId("site")
            .viewerProtocolPolicy("redirect-to-https")
            .cachePolicyId("658327ea-f89d-4fab-a63d-7e88639e58f6"))
        .comment(Fn.sub("${AWS::StackName} site"))));
    assertEquals(json("""
        {"Type": "AWS::CloudFront::Distribution",
         "Properties": {"DistributionConfig": {"Enabled": true, "DefaultRootObject": "index.html",
           "Origins": [{"Id": "site", "DomainName": {"Fn::GetAtt": ["Site", "RegionalDomainName"]},
             "S3OriginConfig": {"OriginAccessIdentity": ""}}],
           "DefaultCacheBehavior": {"TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https",
             "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
           "Comment": {"Fn::Sub": "${AWS::StackName} site"}}}}
        """), resource("Cdn"));
  }
}
