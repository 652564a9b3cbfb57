package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
import static io.tropo4j.stacks.TemplateQueries.lines;
import static io.tropo4j.stacks.TemplateQueries.names;
import static io.tropo4j.stacks.TemplateQueries.packagedFile;
import static io.tropo4j.stacks.TemplateQueries.placesNaming;
import static io.tropo4j.stacks.TemplateQueries.retentionPolicies;
import static io.tropo4j.stacks.TemplateQueries.statefulIds;
import static io.tropo4j.stacks.TemplateQueries.userData;
import static io.tropo4j.stacks.TemplateQueries.withJsonTextParsed;
import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.InlineCode;
import io.tropo4j.core.Template;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What matters in the ecs-cluster stack: data kept, the password kept secret, Offline meaning zero, CloudFront only, EFS mounted. */
class EcsClusterStackTest {
  private final Template template = new EcsClusterStack().build();
  private final JsonNode root = parse(Templates.toJson(template));

  private JsonNode resource(String logicalId) {
    return root.at("/Resources/" + logicalId);
  }

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  private JsonNode launchTemplateData() {
    return root.at("/Resources/LaunchTemplate/Properties/LaunchTemplateData");
  }

  @Test
  void holdsEveryPartOfTheSourceDocument() {
    Map<String, String> types = TemplateQueries.resourceTypes(root);
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("Cluster", "AWS::ECS::Cluster"),
        Map.entry("ClusterInstances", "AWS::AutoScaling::AutoScalingGroup"),
        Map.entry("LaunchTemplate", "AWS::EC2::LaunchTemplate"),
        Map.entry("InstanceRole", "AWS::IAM::Role"),
        Map.entry("InstanceProfile", "AWS::IAM::InstanceProfile"),
        Map.entry("InstanceSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
        Map.entry("LoadBalancerSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup"),
        Map.entry("HttpListener", "AWS::ElasticLoadBalancingV2::Listener"),
        Map.entry("Distribution", "AWS::CloudFront::Distribution"),
        Map.entry("DnsRecord", "AWS::Route53::RecordSet"),
        Map.entry("SecurityGroupUpdateRole", "AWS::IAM::Role"),
        Map.entry("SecurityGroupUpdateFunction", "AWS::Lambda::Function"),
        Map.entry("SecurityGroupUpdatePermission", "AWS::Lambda::Permission"),
        Map.entry("IpRangesSubscription", "AWS::SNS::Subscription"),
        Map.entry("ConfigBucket", "AWS::S3::Bucket"),
        Map.entry("FileSystem", "AWS::EFS::FileSystem"),
        Map.entry("FileSystemSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("MountTargetA", "AWS::EFS::MountTarget"),
        Map.entry("MountTargetB", "AWS::EFS::MountTarget"),
        Map.entry("Database", "AWS::RDS::DBInstance"),
        Map.entry("DatabaseSecret", "AWS::SecretsManager::Secret"),
        Map.entry("DatabaseSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("DatabaseSubnetGroup", "AWS::RDS::DBSubnetGroup"),
        Map.entry("LogGroup", "AWS::Logs::LogGroup"),
        Map.entry("AppTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("CommandTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("Service", "AWS::ECS::Service"))), types);
    assertEquals(List.of("SiteURL", "CloudFrontDomainName", "LoadBalancerName", "LoadBalancerDNSName",
        "CommandTaskDefinition", "UpdateFunctionName", "ConfigBucket", "FileSystemId", "DatabaseEndpoint"),
        names(root.path("Outputs")));
  }

  @Test
  void everyResourceHoldingDataIsKeptOrSnapshotted() {
    assertEquals(List.of("FileSystem", "ConfigBucket", "DatabaseSecret", "Database", "LogGroup"), statefulIds(template));
    assertEquals(expected("{'FileSystem': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'ConfigBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'DatabaseSecret': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'Database': {'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Snapshot'},"
            + " 'LogGroup': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void everyBucketIsEncryptedPrivateOwnedByTheAccountAndKept() {
    assertEquals(List.of("ConfigBucket"), idsOfType(root, "AWS::S3::Bucket"));
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {"
            + " 'BucketEncryption': {'ServerSideEncryptionConfiguration': [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
            + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true, 'IgnorePublicAcls': true,"
            + " 'RestrictPublicBuckets': true},"
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'Tags': [{'Key': 'Stack', 'Value': {'Ref': 'AWS::StackName'}}]},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("ConfigBucket"));
  }

  @Test
  void theFileSystemIsEncryptedBackedUpKeptAndReachedFromTheInstancesOnly() {
    assertEquals(expected("{'Type': 'AWS::EFS::FileSystem', 'Properties': {'Encrypted': true, 'PerformanceMode': 'generalPurpose',"
            + " 'BackupPolicy': {'Status': 'ENABLED'},"
            + " 'FileSystemTags': [{'Key': 'Name', 'Value': {'Fn::Sub': '${AWS::StackName}-config'}}]},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("FileSystem"));
    assertEquals(expected("{'GroupDescription': 'NFS from the cluster instances only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'NFS from the instances', 'IpProtocol': 'tcp', 'FromPort': 2049,"
            + " 'ToPort': 2049, 'SourceSecurityGroupId': {'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}}]}"),
        properties("FileSystemSecurityGroup"));
    assertEquals(List.of("MountTargetA", "MountTargetB"), idsOfType(root, "AWS::EFS::MountTarget"));
    assertEquals(expected("{'FileSystemId': {'Ref': 'FileSystem'}, 'SubnetId': {'Fn::Select': [0, {'Ref': 'Subnets'}]},"
            + " 'SecurityGroups': [{'Ref': 'FileSystemSecurityGroup'}]}"),
        properties("MountTargetA"));
    assertEquals(expected("{'FileSystemId': {'Ref': 'FileSystem'}, 'SubnetId': {'Fn::Select': [1, {'Ref': 'Subnets'}]},"
            + " 'SecurityGroups': [{'Ref': 'FileSystemSecurityGroup'}]}"),
        properties("MountTargetB"));
  }

  @Test
  void theDatabaseIsMysqlEncryptedPrivateSnapshottedAndReachedFromTheInstancesOnly() {
    assertEquals(expected("{'Type': 'AWS::RDS::DBInstance', 'Properties': {'Engine': 'mysql',"
            + " 'DBInstanceClass': {'Ref': 'DatabaseInstanceClass'}, 'AllocatedStorage': {'Ref': 'DatabaseStorage'},"
            + " 'StorageType': 'gp3', 'StorageEncrypted': true, 'DBName': 'app', 'MasterUsername': 'root',"
            + " 'MasterUserPassword': {'Fn::Sub': '{{resolve:secretsmanager:${DatabaseSecret}:SecretString:password}}'},"
            + " 'DBSubnetGroupName': {'Ref': 'DatabaseSubnetGroup'}, 'VPCSecurityGroups': [{'Ref': 'DatabaseSecurityGroup'}],"
            + " 'PubliclyAccessible': false, 'BackupRetentionPeriod': 7},"
            + " 'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Snapshot'}"),
        resource("Database"));
    assertEquals(expected("{'GroupDescription': 'MySQL from the cluster instances only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'MySQL from the instances', 'IpProtocol': 'tcp', 'FromPort': 3306,"
            + " 'ToPort': 3306, 'SourceSecurityGroupId': {'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}}]}"),
        properties("DatabaseSecurityGroup"));
  }

  @Test
  void thePasswordIsNoEchoAndReachesOnlyTheSecret() {
    assertEquals(parse("""
            {"Type": "String", "Description": "Password of the database's master user, root",
             "AllowedPattern": "^[A-Za-z0-9_+=,.-]+$", "MinLength": 8, "MaxLength": 41, "NoEcho": true,
             "ConstraintDescription": "8 to 41 letters, digits or _+=,.-"}"""),
        root.at("/Parameters/DatabasePassword"));
    // Besides its declaration and its place on the console, the password appears in the secret alone: in no
    // other resource, no output, no metadata.
    assertEquals(List.of("/Metadata/AWS::CloudFormation::Interface/ParameterGroups/4/Parameters/2",
            "/Parameters/DatabasePassword", "/Resources/DatabaseSecret/Properties/SecretString/Fn::Sub"),
        placesNaming(root, "DatabasePassword"));
    assertEquals(parse("""
            {"Type": "AWS::SecretsManager::Secret",
             "Properties": {"Description": {"Fn::Sub": "${AWS::StackName}: the database's master user"},
                            "SecretString": {"Fn::Sub": {"username": "root", "password": "${DatabasePassword}"}}},
             "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"}"""),
        withJsonTextParsed(resource("DatabaseSecret"), "/Properties/SecretString/Fn::Sub"));
    // The database takes it from the secret through a dynamic reference, never as template text.
    assertEquals(expected("{'Fn::Sub': '{{resolve:secretsmanager:${DatabaseSecret}:SecretString:password}}'}"),
        properties("Database").path("MasterUserPassword"));
    assertEquals(List.of("/Resources/DatabaseSecret", "/Resources/Database/Properties/MasterUserPassword/Fn::Sub"),
        placesNaming(root, "DatabaseSecret"));
  }

  @Test
  void offlineMeansNoTasks() {
    assertEquals(expected("{'Type': 'String',"
            + " 'Description': 'Offline runs no application task; switch to Online once configured and migrated',"
            + " 'Default': 'Offline', 'AllowedValues': ['Online', 'Offline']}"),
        root.at("/Parameters/ServiceState"));
    assertEquals(expected("{'ServiceOnline': {'Fn::Equals': [{'Ref': 'ServiceState'}, 'Online']}}"), root.path("Conditions"));
    assertEquals(expected("{'Fn::If': ['ServiceOnline', {'Ref': 'ServiceCount'}, 0]}"), properties("Service").path("DesiredCount"));
  }

  @Test
  void theLoadBalancerAdmitsCloudFrontOnlyThroughTheUpdateFunction() {
    // No ingress but what the function writes.
    assertEquals(expected("{'GroupDescription': 'CloudFront only, on port 80; SecurityGroupUpdateFunction keeps the ranges current',"
            + " 'VpcId': {'Ref': 'VpcId'}}"),
        properties("LoadBalancerSecurityGroup"));
    assertEquals(expected("[{'Ref': 'LoadBalancerSecurityGroup'}]"), properties("LoadBalancer").path("SecurityGroups"));
    JsonNode function = properties("SecurityGroupUpdateFunction");
    assertEquals(expected("{'Variables': {'PORT': '80',"
            + " 'SECURITY_GROUP_ID': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}}"),
        function.path("Environment"));
    assertEquals(expected("{'Fn::GetAtt': ['SecurityGroupUpdateRole', 'Arn']}"), function.path("Role"));
    String code = packagedFile("functions/update_security_group.py");
    assertEquals(code, function.at("/Code/ZipFile").textValue());
    assertTrue(lines(code).contains("SERVICE = \"CLOUDFRONT_ORIGIN_FACING\""), code);
    assertTrue(code.length() <= InlineCode.LIMIT, "inline code fits CloudFormation's limit");
    // The function may change this group's ingress, and nothing else.
    assertEquals(expected("{'AssumeRolePolicyDocument': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
            + " 'Principal': {'Service': 'lambda.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]},"
            + " 'ManagedPolicyArns': [{'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'}],"
            + " 'Policies': [{'PolicyName': 'UpdateLoadBalancerIngress', 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + " {'Effect': 'Allow', 'Action': 'ec2:DescribeSecurityGroups', 'Resource': '*'},"
            + " {'Effect': 'Allow', 'Action': ['ec2:AuthorizeSecurityGroupIngress', 'ec2:RevokeSecurityGroupIngress'],"
            + " 'Resource': {'Fn::Sub': 'arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:"
            + "security-group/${LoadBalancerSecurityGroup.GroupId}'}}]}}]}"),
        properties("SecurityGroupUpdateRole"));
    // AWS's notifications of new address ranges run it.
    assertEquals(expected("{'TopicArn': 'arn:aws:sns:us-east-1:806199016981:AmazonIpSpaceChanged', 'Protocol': 'lambda',"
            + " 'Endpoint': {'Fn::GetAtt': ['SecurityGroupUpdateFunction', 'Arn']}, 'Region': 'us-east-1'}"),
        properties("IpRangesSubscription"));
    assertEquals(expected("{'Action': 'lambda:InvokeFunction', 'FunctionName': {'Fn::GetAtt': ['SecurityGroupUpdateFunction', 'Arn']},"
            + " 'Principal': 'sns.amazonaws.com', 'SourceArn': 'arn:aws:sns:us-east-1:806199016981:AmazonIpSpaceChanged'}"),
        properties("SecurityGroupUpdatePermission"));
  }

  @Test
  void theInstancesTakeTrafficFromTheLoadBalancerOnlyOnDynamicHostPorts() {
    assertEquals(expected("{'GroupDescription': 'Dynamic host ports from the load balancer only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'Container ports from the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': 32768, 'ToPort': 65535,"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]}"),
        properties("InstanceSecurityGroup"));
    assertEquals(expected("[{'Ref': 'InstanceSecurityGroup'}]"), launchTemplateData().path("SecurityGroupIds"));
    assertEquals(expected("[{'ContainerPort': {'Ref': 'AppPort'}, 'HostPort': 0, 'Protocol': 'tcp'}]"),
        root.at("/Resources/AppTaskDefinition/Properties/ContainerDefinitions/0/PortMappings"));
  }

  @Test
  void instancesRequireImdsV2WithOneHopAndHaveAnEncryptedRootVolume() {
    assertEquals(expected("{'HttpTokens': 'required', 'HttpEndpoint': 'enabled', 'HttpPutResponseHopLimit': 1}"),
        launchTemplateData().path("MetadataOptions"));
    assertEquals(expected("[{'DeviceName': '/dev/xvda',"
            + " 'Ebs': {'VolumeType': 'gp3', 'VolumeSize': 30, 'Encrypted': true, 'DeleteOnTermination': true}}]"),
        launchTemplateData().path("BlockDeviceMappings"));
  }

  @Test
  void viewersReachTheSiteOverHttpsThroughCloudFront() {
    JsonNode config = properties("Distribution").path("DistributionConfig");
    assertEquals(expected("{'TargetOriginId': 'load-balancer', 'ViewerProtocolPolicy': 'redirect-to-https',"
            + " 'AllowedMethods': ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],"
            + " 'CachePolicyId': '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', 'OriginRequestPolicyId': '216adef6-5c7f-47e4-b989-5492eafa07d3',"
            + " 'Compress': true}"),
        config.path("DefaultCacheBehavior"));
    assertEquals(expected("{'AcmCertificateArn': {'Ref': 'CertificateArn'}, 'SslSupportMethod': 'sni-only',"
            + " 'MinimumProtocolVersion': 'TLSv1.2_2021'}"),
        config.path("ViewerCertificate"));
    assertEquals(expected("[{'Id': 'load-balancer', 'DomainName': {'Fn::GetAtt': ['LoadBalancer', 'DNSName']},"
            + " 'CustomOriginConfig': {'OriginProtocolPolicy': 'http-only', 'HTTPPort': 80}}]"),
        config.path("Origins"));
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Ref': 'DomainName'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['Distribution', 'DomainName']}, 'HostedZoneId': 'Z2FDTNDATAQYW2'}}"),
        properties("DnsRecord"));
  }

  @Test
  void theFileSystemIsMountedAtMntEfsOnEveryInstance() {
    String script = packagedFile("userdata/ecs-instance.sh");
    assertEquals(userData(script, expected("{'Cluster': {'Ref': 'Cluster'}, 'FileSystem': {'Ref': 'FileSystem'}}")),
        launchTemplateData().path("UserData"));
    assertTrue(lines(script).contains("echo '${FileSystem}:/ /mnt/efs efs _netdev,tls 0 0' >> /etc/fstab"), script);
    assertTrue(lines(script).contains("mountpoint -q /mnt/efs"), script);
    assertTrue(lines(script).contains("echo 'ECS_CLUSTER=${Cluster}' >> /etc/ecs/ecs.config"), script);
    assertEquals(expected("['MountTargetA', 'MountTargetB']"), resource("ClusterInstances").path("DependsOn"));
    for (String task : List.of("AppTaskDefinition", "CommandTaskDefinition")) {
      assertEquals(expected("[{'Name': 'efs', 'Host': {'SourcePath': '/mnt/efs'}}]"), properties(task).path("Volumes"), task);
      assertEquals(expected("[{'SourceVolume': 'efs', 'ContainerPath': '/mnt/efs', 'ReadOnly': true}]"),
          properties(task).at("/ContainerDefinitions/0/MountPoints"), task);
    }
  }

  @Test
  void logsAreKeptForTheDaysChosen() {
    assertEquals(parse("""
            {"Type": "Number", "Description": "Days the application's logs are kept", "Default": "30",
             "AllowedValues": ["7", "14", "30", "60", "90", "180", "365"]}"""),
        root.at("/Parameters/LogRetentionDays"));
    assertEquals(expected("{'Type': 'AWS::Logs::LogGroup', 'Properties': {'RetentionInDays': {'Ref': 'LogRetentionDays'}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("LogGroup"));
    Map.of("AppTaskDefinition", "app", "CommandTaskDefinition", "command").forEach((task, prefix) ->
        assertEquals(expected("{'LogDriver': 'awslogs', 'Options': {'awslogs-group': {'Ref': 'LogGroup'},"
                + " 'awslogs-region': {'Ref': 'AWS::Region'}, 'awslogs-stream-prefix': '" + prefix + "'}}"),
            properties(task).at("/ContainerDefinitions/0/LogConfiguration"), task));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
