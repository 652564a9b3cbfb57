package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
import static io.tropo4j.stacks.TemplateQueries.names;
import static io.tropo4j.stacks.TemplateQueries.retentionPolicies;
import static io.tropo4j.stacks.TemplateQueries.statefulIds;
import static io.tropo4j.stacks.TemplateQueries.withJsonTextParsed;
import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security group chain, HTTP sent to HTTPS, access logs kept, the repository kept with immutable tags, and the
 * service the document asks for.
 */
class FargateServiceStackTest {
  private final Template template = new FargateServiceStack().build();
  private final JsonNode root = TemplateQueries.resourcesAsBuilt(template);

  private JsonNode resource(String logicalId) {
    return root.at("/Resources/" + logicalId);
  }

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  @Test
  void theLoadBalancerIsOpenOn80And443AndTheTasksOnlyToIt() {
    assertEquals(List.of("LoadBalancerSecurityGroup", "TaskSecurityGroup"), idsOfType(root, "AWS::EC2::SecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'HTTP and HTTPS from anywhere to the load balancer', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': ["
            + " {'Description': 'HTTP, redirected to HTTPS', 'IpProtocol': 'tcp', 'FromPort': 80, 'ToPort': 80, 'CidrIp': '0.0.0.0/0'},"
            + " {'Description': 'HTTPS', 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443, 'CidrIp': '0.0.0.0/0'}]}"),
        properties("LoadBalancerSecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'The container port from the load balancer only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'From the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': {'Ref': 'ContainerPort'}, 'ToPort': {'Ref': 'ContainerPort'},"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]}"),
        properties("TaskSecurityGroup"));
    assertEquals(expected("{'AwsvpcConfiguration': {'AssignPublicIp': 'ENABLED', 'Subnets': {'Ref': 'Subnets'},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['TaskSecurityGroup', 'GroupId']}]}}"),
        properties("Service").path("NetworkConfiguration"));
    assertEquals(expected("[{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}]"), properties("LoadBalancer").path("SecurityGroups"));
  }

  @Test
  void httpIsRedirectedToHttpsWhichForwardsWithACurrentPolicy() {
    assertEquals(List.of("HttpListener", "HttpsListener"), idsOfType(root, "AWS::ElasticLoadBalancingV2::Listener"));
    assertEquals(expected("{'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTP', 'Port': 80,"
            + " 'DefaultActions': [{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', 'Port': '443', 'StatusCode': 'HTTP_301'}}]}"),
        properties("HttpListener"));
    assertEquals(expected("{'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTPS', 'Port': 443,"
            + " 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-2-2021-06', 'Certificates': [{'CertificateArn': {'Ref': 'Certificate'}}],"
            + " 'DefaultActions': [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]}"),
        properties("HttpsListener"));
    assertEquals(expected("['HttpsListener']"), resource("Service").path("DependsOn"));
  }

  @Test
  void theCertificateCoversBothNamesAndIsValidatedInTheZone() {
    assertEquals(expected("{'DomainName': {'Ref': 'DomainName'}, 'ValidationMethod': 'DNS', 'DomainValidationOptions': ["
            + " {'DomainName': {'Ref': 'DomainName'}, 'HostedZoneId': {'Ref': 'HostedZoneId'}},"
            + " {'DomainName': {'Fn::Sub': 'www.${DomainName}'}, 'HostedZoneId': {'Ref': 'HostedZoneId'}}],"
            + " 'SubjectAlternativeNames': [{'Fn::Sub': 'www.${DomainName}'}]}"),
        properties("Certificate"));
  }

  @Test
  void theServiceIsTheDocumentsOne() {
    assertEquals(expected("{'Type': 'String', 'Description': 'CPU units of a task (1024 is one vCPU)', 'Default': '1024',"
            + " 'AllowedValues': ['256', '512', '1024', '2048', '4096']}"),
        root.at("/Parameters/Cpu"));
    assertEquals(expected("{'Type': 'String', 'Description': 'Memory of a task in MiB; it must suit the CPU (1 vCPU takes 2048 to 8192)',"
            + " 'Default': '3072', 'AllowedValues': ['512', '1024', '2048', '3072', '4096', '5120', '6144', '7168', '8192', '16384']}"),
        root.at("/Parameters/Memory"));
    assertEquals(expected("{'Type': 'Number', 'Description': 'Tasks to run once an image tag is given', 'Default': '3',"
            + " 'MinValue': 1, 'MaxValue': 50}"),
        root.at("/Parameters/DesiredCount"));
    assertEquals(expected("{'Cluster': {'Ref': 'Cluster'}, 'TaskDefinition': {'Ref': 'TaskDefinition'}, 'LaunchType': 'FARGATE',"
            + " 'DesiredCount': {'Fn::If': ['ImageGiven', {'Ref': 'DesiredCount'}, 0]},"
            + " 'NetworkConfiguration': {'AwsvpcConfiguration': {'AssignPublicIp': 'ENABLED', 'Subnets': {'Ref': 'Subnets'},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['TaskSecurityGroup', 'GroupId']}]}},"
            + " 'LoadBalancers': [{'ContainerName': 'app', 'ContainerPort': {'Ref': 'ContainerPort'}, 'TargetGroupArn': {'Ref': 'TargetGroup'}}],"
            + " 'HealthCheckGracePeriodSeconds': 30, 'DeploymentConfiguration': {'MinimumHealthyPercent': 100, 'MaximumPercent': 200,"
            + " 'DeploymentCircuitBreaker': {'Enable': true, 'Rollback': true}}}"),
        properties("Service"));
    assertEquals(expected("{'VpcId': {'Ref': 'VpcId'}, 'TargetType': 'ip', 'Protocol': 'HTTP', 'Port': {'Ref': 'ContainerPort'},"
            + " 'HealthCheckPath': '/', 'Matcher': {'HttpCode': '200-399'},"
            + " 'TargetGroupAttributes': [{'Key': 'deregistration_delay.timeout_seconds', 'Value': '30'}]}"),
        properties("TargetGroup"));
  }

  @Test
  void tasksRunTheTaggedImageOnFargateAndLogToCloudWatch() {
    assertEquals(expected("{'Family': {'Fn::Sub': '${AWS::StackName}-app'}, 'RequiresCompatibilities': ['FARGATE'],"
            + " 'NetworkMode': 'awsvpc', 'Cpu': {'Ref': 'Cpu'}, 'Memory': {'Ref': 'Memory'},"
            + " 'RuntimePlatform': {'OperatingSystemFamily': 'LINUX', 'CpuArchitecture': 'X86_64'},"
            + " 'ExecutionRoleArn': {'Fn::GetAtt': ['TaskExecutionRole', 'Arn']},"
            + " 'ContainerDefinitions': [{'Name': 'app', 'Essential': true,"
            + " 'Image': {'Fn::If': ['ImageGiven', {'Fn::Sub': '${Repository.RepositoryUri}:${ImageTag}'},"
            + " {'Fn::Sub': '${Repository.RepositoryUri}:latest'}]},"
            + " 'PortMappings': [{'ContainerPort': {'Ref': 'ContainerPort'}, 'Protocol': 'tcp'}],"
            + " 'LogConfiguration': {'LogDriver': 'awslogs', 'Options': {'awslogs-group': {'Ref': 'LogGroup'},"
            + " 'awslogs-region': {'Ref': 'AWS::Region'}, 'awslogs-stream-prefix': 'app'}}}]}"),
        properties("TaskDefinition"));
    assertEquals(expected("{'Fn::Not': [{'Fn::Equals': [{'Ref': 'ImageTag'}, '']}]}"),
        root.at("/Conditions/ImageGiven"));
    assertEquals(List.of("ImageGiven", "ElbLogDeliveryFromAccount"), names(root.path("Conditions")));
  }

  @Test
  void theApexAndWwwNamesAliasTheLoadBalancer() {
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Ref': 'DomainName'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['LoadBalancer', 'DNSName']},"
            + " 'HostedZoneId': {'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID']}}}"),
        properties("ApexRecord"));
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Fn::Sub': 'www.${DomainName}'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['LoadBalancer', 'DNSName']},"
            + " 'HostedZoneId': {'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID']}}}"),
        properties("WwwRecord"));
  }

  @Test
  void everyResourceHoldingDataIsKept() {
    // The library counts the log group and the bucket as data; the stack keeps the repository's images too.
    assertEquals(List.of("LogGroup", "AccessLogsBucket"), statefulIds(template));
    assertEquals(expected("{'Repository': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'LogGroup': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'AccessLogsBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void theLoadBalancerWritesAccessLogsOnceItMay() {
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::LoadBalancer',"
            + " 'DependsOn': ['AccessLogsBucketPolicy'],"
            + " 'Properties': {'Scheme': 'internet-facing', 'Type': 'application', 'Subnets': {'Ref': 'Subnets'},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}], 'LoadBalancerAttributes': ["
            + " {'Key': 'access_logs.s3.enabled', 'Value': 'true'},"
            + " {'Key': 'access_logs.s3.bucket', 'Value': {'Ref': 'AccessLogsBucket'}},"
            + " {'Key': 'access_logs.s3.prefix', 'Value': 'alb'},"
            + " {'Key': 'routing.http.drop_invalid_header_fields.enabled', 'Value': 'true'}]}}"),
        resource("LoadBalancer"));
  }

  @Test
  void theLogBucketIsPrivateEncryptedExpiringKeptAndTakesLogDeliveryWritesOverTlsOnly() {
    assertEquals(List.of("AccessLogsBucket"), idsOfType(root, "AWS::S3::Bucket"));
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {"
            + " 'BucketEncryption': {'ServerSideEncryptionConfiguration':"
            + " [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
            + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true,"
            + " 'IgnorePublicAcls': true, 'RestrictPublicBuckets': true},"
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'LifecycleConfiguration': {'Rules': [{'Id': 'ExpireLogs', 'Status': 'Enabled', 'ExpirationInDays': 90,"
            + " 'NoncurrentVersionExpiration': {'NoncurrentDays': 30}}]}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("AccessLogsBucket"));
    assertEquals(List.of("AccessLogsBucketPolicy"), idsOfType(root, "AWS::S3::BucketPolicy"));
    assertEquals(expected("{'Bucket': {'Ref': 'AccessLogsBucket'}, 'PolicyDocument': {'Version': '2012-10-17',"
            + " 'Statement': ["
            + " {'Sid': 'LoadBalancerAccessLogs', 'Effect': 'Allow',"
            + " 'Principal': {'Fn::If': ['ElbLogDeliveryFromAccount',"
            + " {'AWS': {'Fn::Sub': ['arn:${AWS::Partition}:iam::${Account}:root',"
            + " {'Account': {'Fn::FindInMap': ['ElbLogDeliveryAccounts', {'Ref': 'AWS::Region'}, 'AccountId']}}]}},"
            + " {'Service': 'logdelivery.elasticloadbalancing.amazonaws.com'}]},"
            + " 'Action': 's3:PutObject',"
            + " 'Resource': {'Fn::Sub': '${AccessLogsBucket.Arn}/alb/AWSLogs/${AWS::AccountId}/*'}},"
            + " {'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
            + " 'Resource': [{'Fn::GetAtt': ['AccessLogsBucket', 'Arn']}, {'Fn::Sub': '${AccessLogsBucket.Arn}/*'}],"
            + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}}"),
        properties("AccessLogsBucketPolicy"));
    // The same log-delivery principals per region as webapp's, which its test spells out.
    JsonNode webapp = parse(Templates.toJson(new WebappStack().build()));
    assertEquals(webapp.at("/Mappings/ElbLogDeliveryAccounts"), root.at("/Mappings/ElbLogDeliveryAccounts"));
    assertEquals(webapp.at("/Conditions/ElbLogDeliveryFromAccount"), root.at("/Conditions/ElbLogDeliveryFromAccount"));
    assertEquals(List.of("ElbLogDeliveryAccounts"), names(root.path("Mappings")));
  }

  @Test
  void theRepositoryScansImagesKeepsTagsImmutableAndKeepsTheNewest30() {
    assertEquals(expected("{'Type': 'AWS::ECR::Repository', 'Properties': {'ImageTagMutability': 'IMMUTABLE',"
            + " 'ImageScanningConfiguration': {'ScanOnPush': true},"
            + " 'LifecyclePolicy': {'LifecyclePolicyText': {'rules': [{'rulePriority': 1, 'description': 'Keep the 30 newest images',"
            + " 'selection': {'tagStatus': 'any', 'countType': 'imageCountMoreThan', 'countNumber': 30},"
            + " 'action': {'type': 'expire'}}]}}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        withJsonTextParsed(resource("Repository"), "/Properties/LifecyclePolicy/LifecyclePolicyText"));
  }

  @Test
  void logsAreKeptThirtyDays() {
    assertEquals(expected("{'Type': 'AWS::Logs::LogGroup', 'Properties': {'RetentionInDays': 30},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("LogGroup"));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(parse(Templates.toJson(template)), yaml(Templates.toYaml(template)));
  }

  @Test
  void everyResourceThatCanCarryTagsCarriesTheApplicationAndTheStack() {
    TemplateQueries.assertStackTags(template, "fargate-service");
  }

  /** The scanner findings this stack's design answers; each carries its reason on the resource (see Justified). */
  @Test
  void theScannerExemptionsAreExactlyTheReviewedOnes() {
    assertEquals(List.of(
        "Repository CHECKOV CKV_AWS_136",
        "LoadBalancerSecurityGroup CHECKOV CKV_AWS_260",
        "LogGroup CHECKOV CKV_AWS_158",
        "AccessLogsBucket CHECKOV CKV_AWS_18"), TemplateQueries.exemptions(template));
  }
}
