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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What matters in the ecs-cluster stack: data kept, the password kept secret and given to the containers from
 * its secret, Offline meaning zero, CloudFront only and over HTTPS, EFS mounted, logs kept, and containers kept
 * from the instances' credentials.
 */
class EcsClusterStackTest {
  private final Template template = new EcsClusterStack().build();
  private final JsonNode root = TemplateQueries.resourcesAsBuilt(template);

  private JsonNode resource(String logicalId) {
    return root.at("/Resources/" + logicalId);
  }

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  private JsonNode launchTemplateData() {
    return root.at("/Resources/LaunchTemplate/Properties/LaunchTemplateData");
  }

  /** Encrypted with S3-managed keys and never public; ownership and the rest follow. */
  private static final String PRIVATE_BUCKET =
      " 'BucketEncryption': {'ServerSideEncryptionConfiguration': [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
      + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true, 'IgnorePublicAcls': true,"
      + " 'RestrictPublicBuckets': true},";

  private static String tlsOnly(String bucket) {
    return "{'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
        + " 'Resource': [{'Fn::GetAtt': ['" + bucket + "', 'Arn']}, {'Fn::Sub': '${" + bucket + ".Arn}/*'}],"
        + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}";
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
        Map.entry("LoadBalancerCertificate", "AWS::CertificateManager::Certificate"),
        Map.entry("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup"),
        Map.entry("HttpsListener", "AWS::ElasticLoadBalancingV2::Listener"),
        Map.entry("CloudFrontOnlyRule", "AWS::ElasticLoadBalancingV2::ListenerRule"),
        Map.entry("OriginVerifySecret", "AWS::SecretsManager::Secret"),
        Map.entry("AccessLogsBucket", "AWS::S3::Bucket"),
        Map.entry("AccessLogsBucketPolicy", "AWS::S3::BucketPolicy"),
        Map.entry("Distribution", "AWS::CloudFront::Distribution"),
        Map.entry("LogsBucket", "AWS::S3::Bucket"),
        Map.entry("LogsBucketPolicy", "AWS::S3::BucketPolicy"),
        Map.entry("CloudFrontLogsSource", "AWS::Logs::DeliverySource"),
        Map.entry("CloudFrontLogsDestination", "AWS::Logs::DeliveryDestination"),
        Map.entry("CloudFrontLogsDelivery", "AWS::Logs::Delivery"),
        Map.entry("DnsRecord", "AWS::Route53::RecordSet"),
        Map.entry("ConfigBucket", "AWS::S3::Bucket"),
        Map.entry("ConfigBucketPolicy", "AWS::S3::BucketPolicy"),
        Map.entry("FileSystem", "AWS::EFS::FileSystem"),
        Map.entry("FileSystemSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("MountTargetA", "AWS::EFS::MountTarget"),
        Map.entry("MountTargetB", "AWS::EFS::MountTarget"),
        Map.entry("Database", "AWS::RDS::DBInstance"),
        Map.entry("DatabaseSecret", "AWS::SecretsManager::Secret"),
        Map.entry("DatabaseSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("DatabaseSubnetGroup", "AWS::RDS::DBSubnetGroup"),
        Map.entry("DatabaseMonitoringRole", "AWS::IAM::Role"),
        Map.entry("LogGroup", "AWS::Logs::LogGroup"),
        Map.entry("TaskExecutionRole", "AWS::IAM::Role"),
        Map.entry("AppTaskRole", "AWS::IAM::Role"),
        Map.entry("CommandTaskRole", "AWS::IAM::Role"),
        Map.entry("AppTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("CommandTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("Service", "AWS::ECS::Service"))), types);
    assertEquals(List.of("SiteURL", "CloudFrontDomainName", "LoadBalancerName", "LoadBalancerDNSName",
        "CommandTaskDefinition", "ConfigBucket", "FileSystemId", "DatabaseEndpoint"),
        names(root.path("Outputs")));
  }

  @Test
  void everyResourceHoldingDataIsKeptOrSnapshotted() {
    assertEquals(List.of("FileSystem", "LogsBucket", "ConfigBucket", "DatabaseSecret", "Database", "OriginVerifySecret",
        "AccessLogsBucket", "LogGroup"), statefulIds(template));
    assertEquals(expected("{'FileSystem': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'LogsBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'ConfigBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'DatabaseSecret': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'Database': {'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Snapshot'},"
            // The header's secret guards nothing once the stack is gone: a new stack makes a new one.
            + " 'OriginVerifySecret': {'DeletionPolicy': 'Delete', 'UpdateReplacePolicy': 'Delete'},"
            + " 'AccessLogsBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'LogGroup': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void everyBucketIsEncryptedPrivateOwnedByTheAccountAndKept() {
    assertEquals(List.of("LogsBucket", "ConfigBucket", "AccessLogsBucket"), idsOfType(root, "AWS::S3::Bucket"));
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {" + PRIVATE_BUCKET
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'LoggingConfiguration': {'DestinationBucketName': {'Ref': 'LogsBucket'}, 'LogFilePrefix': 's3/config/'}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("ConfigBucket"));
    assertEquals(expected("{'Bucket': {'Ref': 'ConfigBucket'}, 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + tlsOnly("ConfigBucket") + "]}}"),
        properties("ConfigBucketPolicy"));
    assertEquals(List.of("ConfigBucketPolicy", "LogsBucketPolicy", "AccessLogsBucketPolicy"),
        idsOfType(root, "AWS::S3::BucketPolicy"));
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
            + " 'SecurityGroups': [{'Fn::GetAtt': ['FileSystemSecurityGroup', 'GroupId']}]}"),
        properties("MountTargetA"));
    assertEquals(expected("{'FileSystemId': {'Ref': 'FileSystem'}, 'SubnetId': {'Fn::Select': [1, {'Ref': 'Subnets'}]},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['FileSystemSecurityGroup', 'GroupId']}]}"),
        properties("MountTargetB"));
  }

  @Test
  void theDatabaseIsMysqlEncryptedPrivateSnapshottedAndReachedFromTheInstancesOnly() {
    assertEquals(expected("{'Type': 'AWS::RDS::DBInstance', 'Properties': {'Engine': 'mysql',"
            + " 'DBInstanceClass': {'Ref': 'DatabaseInstanceClass'}, 'AllocatedStorage': {'Ref': 'DatabaseStorage'},"
            + " 'StorageType': 'gp3', 'StorageEncrypted': true, 'DBName': 'app', 'MasterUsername': 'root',"
            + " 'MasterUserPassword': {'Fn::Sub': '{{resolve:secretsmanager:${DatabaseSecret}:SecretString:password}}'},"
            + " 'DBSubnetGroupName': {'Ref': 'DatabaseSubnetGroup'}, 'VPCSecurityGroups': [{'Fn::GetAtt': ['DatabaseSecurityGroup', 'GroupId']}],"
            + " 'PubliclyAccessible': false, 'BackupRetentionPeriod': 7,"
            + " 'MonitoringInterval': 60, 'MonitoringRoleArn': {'Fn::GetAtt': ['DatabaseMonitoringRole', 'Arn']}},"
            + " 'DeletionPolicy': 'Snapshot', 'UpdateReplacePolicy': 'Snapshot'}"),
        resource("Database"));
    assertEquals(expected("{'GroupDescription': 'MySQL from the cluster instances only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'MySQL from the instances', 'IpProtocol': 'tcp', 'FromPort': 3306,"
            + " 'ToPort': 3306, 'SourceSecurityGroupId': {'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}}]}"),
        properties("DatabaseSecurityGroup"));
    assertEquals(expected("{'AssumeRolePolicyDocument': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
            + " 'Principal': {'Service': 'monitoring.rds.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]},"
            + " 'ManagedPolicyArns': [{'Fn::Sub':"
            + " 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole'}]}"),
        properties("DatabaseMonitoringRole"));
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
    // The database, the execution role and the containers' secrets name it; nothing else does.
    assertEquals(List.of("/Resources/DatabaseSecret", "/Resources/Database/Properties/MasterUserPassword/Fn::Sub",
            "/Resources/TaskExecutionRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource/Ref",
            "/Resources/AppTaskDefinition/Properties/ContainerDefinitions/0/Secrets/0/ValueFrom/Fn::Sub",
            "/Resources/CommandTaskDefinition/Properties/ContainerDefinitions/0/Secrets/0/ValueFrom/Fn::Sub"),
        placesNaming(root, "DatabaseSecret"));
  }

  @Test
  void theContainersGetThePasswordFromTheSecretThroughTheExecutionRole() {
    for (String task : List.of("AppTaskDefinition", "CommandTaskDefinition")) {
      JsonNode container = properties(task).at("/ContainerDefinitions/0");
      // The JSON key form: the agent reads the secret and sets DATABASE_PASSWORD to its password field.
      assertEquals(expected("[{'Name': 'DATABASE_PASSWORD', 'ValueFrom': {'Fn::Sub': '${DatabaseSecret}:password::'}}]"),
          container.path("Secrets"), task);
      assertEquals(expected("[{'Name': 'CONFIG_FILE', 'Value': '/mnt/efs/config/settings.json'},"
              + " {'Name': 'DATABASE_HOST', 'Value': {'Fn::GetAtt': ['Database', 'Endpoint.Address']}},"
              + " {'Name': 'DATABASE_NAME', 'Value': 'app'}, {'Name': 'DATABASE_USER', 'Value': 'root'}]"),
          container.path("Environment"), task);
      assertEquals(expected("{'Fn::GetAtt': ['TaskExecutionRole', 'Arn']}"), properties(task).path("ExecutionRoleArn"),
          task);
    }
    // The agent may read that one secret, besides pulling the image and writing logs; containers never get this role.
    assertEquals(expected("{'AssumeRolePolicyDocument': " + EcsExpectations.TASK_TRUST + ","
            + " 'ManagedPolicyArns': [{'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'}],"
            + " 'Policies': [{'PolicyName': 'ReadTheDatabaseCredentials', 'PolicyDocument': {'Version': '2012-10-17',"
            + " 'Statement': [{'Effect': 'Allow', 'Action': 'secretsmanager:GetSecretValue', 'Resource': {'Ref': 'DatabaseSecret'}}]}}]}"),
        properties("TaskExecutionRole"));
    // Nothing writes the password anywhere on the instances.
    assertFalse(packagedFile("userdata/ecs-instance.sh").toLowerCase().contains("password"));
  }

  @Test
  void eachTaskHasARoleOfItsOwnWithoutPermissionsAndNeverTheInstances() {
    assertEquals(List.of("DatabaseMonitoringRole", "InstanceRole", "TaskExecutionRole", "AppTaskRole", "CommandTaskRole"),
        idsOfType(root, "AWS::IAM::Role"));
    Map.of("AppTaskDefinition", "AppTaskRole", "CommandTaskDefinition", "CommandTaskRole").forEach((task, role) -> {
      assertEquals(expected(EcsExpectations.EMPTY_TASK_ROLE), resource(role), role);
      assertEquals(expected("{'Fn::GetAtt': ['" + role + "', 'Arn']}"), properties(task).path("TaskRoleArn"), task);
    });
    // The agent serves the task roles to bridge-mode containers; one hop keeps the instance role from them.
    assertTrue(lines(packagedFile("userdata/ecs-instance.sh"))
        .contains("echo 'ECS_ENABLE_TASK_IAM_ROLE=true' >> /etc/ecs/ecs.config"));
    assertEquals(expected(EcsExpectations.ONE_HOP_IMDS_V2), launchTemplateData().path("MetadataOptions"));
  }

  @Test
  void offlineMeansNoTasks() {
    assertEquals(expected("{'Type': 'String',"
            + " 'Description': 'Offline runs no application task; switch to Online once configured and migrated',"
            + " 'Default': 'Offline', 'AllowedValues': ['Online', 'Offline']}"),
        root.at("/Parameters/ServiceState"));
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'ServiceState'}, 'Online']}"), root.at("/Conditions/ServiceOnline"));
    assertEquals(List.of("ServiceOnline", "CloudFrontLogsV2", "ElbLogDeliveryFromAccount"),
        names(root.path("Conditions")));
    assertEquals(expected("{'Fn::If': ['ServiceOnline', {'Ref': 'ServiceCount'}, 0]}"), properties("Service").path("DesiredCount"));
  }

  @Test
  void theLoadBalancerTakesHttpsFromCloudFrontsOriginFacingServersOnly() {
    assertEquals(expected("{'GroupDescription': 'HTTPS from the CloudFront origin-facing servers only',"
            + " 'VpcId': {'Ref': 'VpcId'}, 'SecurityGroupIngress': [{'Description': 'HTTPS from CloudFront',"
            + " 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443, 'SourcePrefixListId':"
            + " {'Fn::FindInMap': ['CloudFrontOriginFacingPrefixLists', {'Ref': 'AWS::Region'}, 'PrefixListId']}}]}"),
        properties("LoadBalancerSecurityGroup"));
    assertEquals(expected("[{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}]"), properties("LoadBalancer").path("SecurityGroups"));
    // com.amazonaws.global.cloudfront.origin-facing, whose ID differs by region.
    assertEquals(new ArrayList<>(CloudFrontOrigin.PREFIX_LISTS.keySet()),
        names(root.at("/Mappings/CloudFrontOriginFacingPrefixLists")));
    JsonNode prefixLists = root.at("/Mappings/CloudFrontOriginFacingPrefixLists");
    assertEquals(expected("{'PrefixListId': 'pl-3b927c52'}"), prefixLists.path("us-east-1"));
    assertEquals(expected("{'PrefixListId': 'pl-4fa04526'}"), prefixLists.path("eu-west-1"));
    // No function rewrites the group any more, and nothing listens on HTTP.
    assertEquals(List.of(), idsOfType(root, "AWS::Lambda::Function"));
    assertEquals(List.of("HttpsListener"), idsOfType(root, "AWS::ElasticLoadBalancingV2::Listener"));
  }

  @Test
  void theListenerServesOnlyRequestsCarryingCloudFrontsSecretHeader() {
    assertEquals(expected("{'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTPS', 'Port': 443,"
            + " 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-2-2021-06',"
            + " 'Certificates': [{'CertificateArn': {'Ref': 'LoadBalancerCertificate'}}],"
            + " 'DefaultActions': [{'Type': 'fixed-response',"
            + " 'FixedResponseConfig': {'StatusCode': '403', 'ContentType': 'text/plain', 'MessageBody': 'Forbidden'}}]}"),
        properties("HttpsListener"));
    assertEquals(expected("{'ListenerArn': {'Ref': 'HttpsListener'}, 'Priority': 1,"
            + " 'Conditions': [{'Field': 'http-header', 'HttpHeaderConfig': {'HttpHeaderName': 'X-Origin-Verify',"
            + " 'Values': [{'Fn::Sub': '{{resolve:secretsmanager:${OriginVerifySecret}:SecretString}}'}]}}],"
            + " 'Actions': [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]}"),
        properties("CloudFrontOnlyRule"));
    // The target group belongs to the load balancer through the rule.
    assertEquals(expected("['CloudFrontOnlyRule']"), resource("Service").path("DependsOn"));
    // A certificate for the site's name in the stack's region: CloudFront checks it against the Host it forwards.
    assertEquals(expected("{'DomainName': {'Ref': 'DomainName'}, 'ValidationMethod': 'DNS',"
            + " 'DomainValidationOptions': [{'DomainName': {'Ref': 'DomainName'}, 'HostedZoneId': {'Ref': 'HostedZoneId'}}]}"),
        properties("LoadBalancerCertificate"));
    // Secrets Manager makes the value; the template holds only dynamic references to it.
    assertEquals(expected("{'Type': 'AWS::SecretsManager::Secret', 'Properties': {"
            + " 'Description': {'Fn::Sub': '${AWS::StackName}: the header CloudFront adds, which the load balancer requires'},"
            + " 'GenerateSecretString': {'PasswordLength': 32, 'ExcludePunctuation': true}},"
            + " 'DeletionPolicy': 'Delete', 'UpdateReplacePolicy': 'Delete'}"),
        resource("OriginVerifySecret"));
    assertEquals(List.of("/Resources/OriginVerifySecret",
            "/Resources/CloudFrontOnlyRule/Properties/Conditions/0/HttpHeaderConfig/Values/0/Fn::Sub",
            "/Resources/Distribution/Properties/DistributionConfig/Origins/0/OriginCustomHeaders/0/HeaderValue/Fn::Sub"),
        placesNaming(root, "OriginVerifySecret"));
  }

  @Test
  void theInstancesTakeTrafficFromTheLoadBalancerOnlyOnDynamicHostPorts() {
    assertEquals(expected("{'GroupDescription': 'Dynamic host ports from the load balancer only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'Container ports from the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': 32768, 'ToPort': 65535,"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]}"),
        properties("InstanceSecurityGroup"));
    assertEquals(expected("[{'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}]"), launchTemplateData().path("SecurityGroupIds"));
    assertEquals(expected("[{'ContainerPort': {'Ref': 'AppPort'}, 'HostPort': 0, 'Protocol': 'tcp'}]"),
        root.at("/Resources/AppTaskDefinition/Properties/ContainerDefinitions/0/PortMappings"));
  }

  @Test
  void instancesRequireImdsV2WithOneHopAndHaveAnEncryptedRootVolume() {
    assertEquals(expected(EcsExpectations.ONE_HOP_IMDS_V2), launchTemplateData().path("MetadataOptions"));
    assertEquals(expected("[{'DeviceName': '/dev/xvda',"
            + " 'Ebs': {'VolumeType': 'gp3', 'VolumeSize': 30, 'Encrypted': true, 'DeleteOnTermination': true}}]"),
        launchTemplateData().path("BlockDeviceMappings"));
    assertEquals(expected("[{'Name': 'containerInsights', 'Value': 'enabled'}]"),
        properties("Cluster").path("ClusterSettings"));
  }

  @Test
  void viewersReachTheSiteOverHttpsThroughCloudFrontAndCloudFrontTheLoadBalancerOverHttps() {
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
            + " 'CustomOriginConfig': {'OriginProtocolPolicy': 'https-only', 'HTTPSPort': 443, 'OriginSSLProtocols': ['TLSv1.2']},"
            + " 'OriginCustomHeaders': [{'HeaderName': 'X-Origin-Verify',"
            + " 'HeaderValue': {'Fn::Sub': '{{resolve:secretsmanager:${OriginVerifySecret}:SecretString}}'}}]}]"),
        config.path("Origins"));
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Ref': 'DomainName'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['Distribution', 'DomainName']}, 'HostedZoneId': 'Z2FDTNDATAQYW2'}}"),
        properties("DnsRecord"));
  }

  @Test
  void cloudFrontLogsThroughV2InUsEast1AndLegacyLoggingElsewhere() {
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'AWS::Region'}, 'us-east-1']}"),
        root.at("/Conditions/CloudFrontLogsV2"));
    // Outside us-east-1 the distribution's own (legacy) logging, which writes through the bucket's ACL.
    assertEquals(expected("{'Fn::If': ['CloudFrontLogsV2', {'Ref': 'AWS::NoValue'},"
            + " {'Bucket': {'Fn::GetAtt': ['LogsBucket', 'RegionalDomainName']}, 'Prefix': 'cloudfront/'}]}"),
        properties("Distribution").at("/DistributionConfig/Logging"));
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {" + PRIVATE_BUCKET
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership':"
            + " {'Fn::If': ['CloudFrontLogsV2', 'BucketOwnerEnforced', 'BucketOwnerPreferred']}}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'LifecycleConfiguration': {'Rules': [{'Id': 'ExpireLogs', 'Status': 'Enabled', 'ExpirationInDays': 90,"
            + " 'NoncurrentVersionExpiration': {'NoncurrentDays': 30}}]}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("LogsBucket"));
    // In us-east-1, CloudWatch-vended delivery from the distribution to the bucket.
    assertEquals(expected("{'Type': 'AWS::Logs::DeliverySource', 'Condition': 'CloudFrontLogsV2', 'Properties': {"
            + " 'Name': {'Fn::Sub': 'cloudfront-${Distribution}'}, 'LogType': 'ACCESS_LOGS',"
            + " 'ResourceArn': {'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'}}}"),
        resource("CloudFrontLogsSource"));
    assertEquals(expected("{'Type': 'AWS::Logs::DeliveryDestination', 'Condition': 'CloudFrontLogsV2',"
            + " 'DependsOn': ['LogsBucketPolicy'], 'Properties': {'Name': {'Fn::Sub': 'cloudfront-${Distribution}-s3'},"
            + " 'DestinationResourceArn': {'Fn::GetAtt': ['LogsBucket', 'Arn']}}}"),
        resource("CloudFrontLogsDestination"));
    assertEquals(expected("{'Type': 'AWS::Logs::Delivery', 'Condition': 'CloudFrontLogsV2', 'Properties': {"
            + " 'DeliverySourceName': {'Ref': 'CloudFrontLogsSource'},"
            + " 'DeliveryDestinationArn': {'Fn::GetAtt': ['CloudFrontLogsDestination', 'Arn']}}}"),
        resource("CloudFrontLogsDelivery"));
    // v2 delivery from this account's us-east-1 sources, the config bucket's access logs, and TLS only.
    assertEquals(expected("{'Bucket': {'Ref': 'LogsBucket'}, 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + " {'Fn::If': ['CloudFrontLogsV2', {'Sid': 'CloudFrontLogsV2', 'Effect': 'Allow',"
            + " 'Principal': {'Service': 'delivery.logs.amazonaws.com'}, 'Action': 's3:PutObject',"
            + " 'Resource': {'Fn::Sub': '${LogsBucket.Arn}/*'},"
            + " 'Condition': {'StringEquals': {'s3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': {'Ref': 'AWS::AccountId'}},"
            + " 'ArnLike': {'aws:SourceArn': {'Fn::Sub': 'arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:delivery-source:*'}}}},"
            + " {'Ref': 'AWS::NoValue'}]},"
            + " {'Sid': 'ServerAccessLogDelivery', 'Effect': 'Allow', 'Principal': {'Service': 'logging.s3.amazonaws.com'},"
            + " 'Action': 's3:PutObject', 'Resource': {'Fn::Sub': '${LogsBucket.Arn}/s3/config/*'},"
            + " 'Condition': {'ArnLike': {'aws:SourceArn': {'Fn::GetAtt': ['ConfigBucket', 'Arn']}},"
            + " 'StringEquals': {'aws:SourceAccount': {'Ref': 'AWS::AccountId'}}}}, "
            + tlsOnly("LogsBucket") + "]}}"),
        properties("LogsBucketPolicy"));
  }

  @Test
  void theLoadBalancerWritesAccessLogsToAPrivateExpiringBucketOnceItMay() {
    assertEquals(expected(EcsExpectations.ACCESS_LOGS_BUCKET), resource("AccessLogsBucket"));
    assertEquals(expected(EcsExpectations.ACCESS_LOGS_POLICY), properties("AccessLogsBucketPolicy"));
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'DependsOn': ['AccessLogsBucketPolicy'],"
            + " 'Properties': {'Scheme': 'internet-facing', 'Type': 'application', 'Subnets': {'Ref': 'Subnets'},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}],"
            + " 'LoadBalancerAttributes': " + EcsExpectations.LOAD_BALANCER_ATTRIBUTES + "}}"),
        resource("LoadBalancer"));
  }

  @Test
  void theStackHasNoImageRepositoryOfItsOwn() {
    // The image is a parameter (AppImage); there is no repository here to make immutable.
    assertEquals(List.of(), idsOfType(root, "AWS::ECR::Repository"));
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
    assertEquals(parse(Templates.toJson(template)), yaml(Templates.toYaml(template)));
  }

  @Test
  void everyResourceThatCanCarryTagsCarriesTheApplicationAndTheStack() {
    TemplateQueries.assertStackTags(template, "ecs-cluster");
  }

  /** The scanner findings this stack's design answers; each carries its reason on the resource (see Justified). */
  @Test
  void theScannerExemptionsAreExactlyTheReviewedOnes() {
    assertEquals(List.of(
        "LogsBucket CHECKOV CKV_AWS_18",
        "DatabaseSecret CHECKOV CKV_AWS_149",
        "Database CHECKOV CKV_AWS_157",
        "Database CHECKOV CKV_AWS_161",
        "OriginVerifySecret CHECKOV CKV_AWS_149",
        "AccessLogsBucket CHECKOV CKV_AWS_18",
        "LogGroup CHECKOV CKV_AWS_158",
        "Distribution CHECKOV CKV_AWS_68",
        "Distribution CHECKOV CKV_AWS_86"), TemplateQueries.exemptions(template));
  }
}
