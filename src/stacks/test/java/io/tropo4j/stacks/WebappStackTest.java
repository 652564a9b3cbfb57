package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
import static io.tropo4j.stacks.TemplateQueries.lines;
import static io.tropo4j.stacks.TemplateQueries.names;
import static io.tropo4j.stacks.TemplateQueries.packagedFile;
import static io.tropo4j.stacks.TemplateQueries.retentionPolicies;
import static io.tropo4j.stacks.TemplateQueries.statefulIds;
import static io.tropo4j.stacks.TemplateQueries.userData;
import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parts of the webapp stack that matter: how it rolls, who may reach it, how it scales, what it may read. */
class WebappStackTest {
  private final Template template = new WebappStack().build();
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

  @Test
  void holdsEveryResourceTheStackPromises() {
    Map<String, String> types = TemplateQueries.resourceTypes(root);
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("LaunchTemplate", "AWS::EC2::LaunchTemplate"),
        Map.entry("WebServerGroup", "AWS::AutoScaling::AutoScalingGroup"),
        Map.entry("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
        Map.entry("HttpListener", "AWS::ElasticLoadBalancingV2::Listener"),
        Map.entry("HttpsListener", "AWS::ElasticLoadBalancingV2::Listener"),
        Map.entry("Certificate", "AWS::CertificateManager::Certificate"),
        Map.entry("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup"),
        Map.entry("LoadBalancerSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("InstanceSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("InstanceRole", "AWS::IAM::Role"),
        Map.entry("InstanceProfile", "AWS::IAM::InstanceProfile"),
        Map.entry("DnsRecord", "AWS::Route53::RecordSet"),
        Map.entry("AccessLogsBucket", "AWS::S3::Bucket"),
        Map.entry("AccessLogsBucketPolicy", "AWS::S3::BucketPolicy"),
        Map.entry("ScaleOutPolicy", "AWS::AutoScaling::ScalingPolicy"),
        Map.entry("ScaleInPolicy", "AWS::AutoScaling::ScalingPolicy"),
        Map.entry("CpuHighAlarm", "AWS::CloudWatch::Alarm"),
        Map.entry("CpuLowAlarm", "AWS::CloudWatch::Alarm"))), types);
    assertEquals(List.of("URL", "LoadBalancerDNSName", "SourceKey"), names(root.path("Outputs")));
  }

  @Test
  void aNewSourceKeyReachesTheBootScript() {
    assertEquals(expected("{'Type': 'String',"
            + " 'Description': 'The source bundle to run, named by its git commit; a new key rolls the instances',"
            + " 'AllowedPattern': '^webapp/[A-Za-z0-9._-]+\\\\.zip$', 'ConstraintDescription': 'a key under webapp/ ending in .zip'}"),
        root.at("/Parameters/SourceKey"));
    String script = packagedFile("userdata/webapp.sh");
    assertEquals(userData(script), launchTemplateData().path("UserData"));
    // The key is in the script, so a new key is a new launch template version; the instance fetches that release.
    assertTrue(lines(script).contains("aws s3 cp --only-show-errors 's3://${SourceBucket}/${SourceKey}' /tmp/webapp.zip"),
        script);
  }

  @Test
  void aNewLaunchTemplateVersionRollsTheInstancesOneAtATimeEachSignallingItsHealth() {
    assertEquals(expected("{'LaunchTemplateId': {'Ref': 'LaunchTemplate'},"
            + " 'Version': {'Fn::GetAtt': ['LaunchTemplate', 'LatestVersionNumber']}}"),
        properties("WebServerGroup").path("LaunchTemplate"));
    assertEquals(expected("{'AutoScalingRollingUpdate': {'MinInstancesInService': 1, 'MaxBatchSize': 1, 'PauseTime': 'PT15M',"
            + " 'WaitOnResourceSignals': true,"
            + " 'SuspendProcesses': ['HealthCheck', 'ReplaceUnhealthy', 'AZRebalance', 'AlarmNotification', 'ScheduledActions']}}"),
        resource("WebServerGroup").path("UpdatePolicy"));
    assertEquals(expected("{'ResourceSignal': {'Count': {'Ref': 'DesiredCapacity'}, 'Timeout': 'PT15M'}}"),
        resource("WebServerGroup").path("CreationPolicy"));
    // The boot script signals this group: success once the app answers its health check, failure on any error.
    List<String> script = lines(packagedFile("userdata/webapp.sh"));
    assertTrue(script.contains("    --resource WebServerGroup --region '${AWS::Region}' || true"), String.join("\n", script));
    assertTrue(script.contains("trap 'status=$?; [ $status -ne 0 ] && signal $status' EXIT"), String.join("\n", script));
    assertTrue(script.contains("    signal 0"), String.join("\n", script));
  }

  @Test
  void theLoadBalancerIsOpenOn80And443AndTheInstancesOnlyToIt() {
    assertEquals(List.of("LoadBalancerSecurityGroup", "InstanceSecurityGroup"),
        idsOfType(root, "AWS::EC2::SecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'HTTP and HTTPS from anywhere to the load balancer',"
            + " 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': ["
            + " {'Description': 'HTTP, redirected to HTTPS', 'IpProtocol': 'tcp', 'FromPort': 80, 'ToPort': 80,"
            + " 'CidrIp': '0.0.0.0/0'},"
            + " {'Description': 'HTTPS', 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443,"
            + " 'CidrIp': '0.0.0.0/0'}]}"),
        properties("LoadBalancerSecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'HTTP from the load balancer only', 'VpcId': {'Ref': 'VpcId'},"
            + " 'SecurityGroupIngress': [{'Description': 'HTTP from the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': 80, 'ToPort': 80,"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]}"),
        properties("InstanceSecurityGroup"));
    assertEquals(expected("[{'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}]"), launchTemplateData().path("SecurityGroupIds"));
    assertEquals(expected("[{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}]"), properties("LoadBalancer").path("SecurityGroups"));
  }

  @Test
  void httpIsRedirectedToHttpsWhichForwardsWithACurrentPolicy() {
    assertEquals(List.of("HttpListener", "HttpsListener"), idsOfType(root, "AWS::ElasticLoadBalancingV2::Listener"));
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::Listener', 'Properties': {"
            + " 'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTP', 'Port': 80,"
            + " 'DefaultActions': [{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', 'Port': '443',"
            + " 'StatusCode': 'HTTP_301'}}]}}"),
        resource("HttpListener"));
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::Listener', 'Properties': {"
            + " 'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTPS', 'Port': 443,"
            + " 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-2-2021-06',"
            + " 'Certificates': [{'CertificateArn': {'Fn::If': ['RequestCertificate', {'Ref': 'Certificate'},"
            + " {'Ref': 'CertificateArn'}]}}],"
            + " 'DefaultActions': [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]}}"),
        resource("HttpsListener"));
  }

  @Test
  void theCertificateIsForTheFixedNameAndValidatedInTheZoneUnlessOneIsGiven() {
    assertEquals(expected("{'Type': 'String', 'Description': 'Optional ACM certificate for DomainName; empty to have"
            + " the stack request one, validated by DNS in the hosted zone', 'Default': '',"
            + " 'AllowedPattern': '^(arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+)?$',"
            + " 'ConstraintDescription': 'an ACM certificate ARN, or empty'}"),
        root.at("/Parameters/CertificateArn"));
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'CertificateArn'}, '']}"), root.at("/Conditions/RequestCertificate"));
    assertEquals(expected("{'Type': 'AWS::CertificateManager::Certificate', 'Condition': 'RequestCertificate',"
            + " 'Properties': {"
            + " 'DomainName': {'Ref': 'DomainName'}, 'ValidationMethod': 'DNS',"
            + " 'DomainValidationOptions': [{'DomainName': {'Ref': 'DomainName'},"
            + " 'HostedZoneId': {'Ref': 'HostedZoneId'}}]}}"),
        resource("Certificate"));
    assertEquals(expected("{'Description': 'The application at its fixed name',"
            + " 'Value': {'Fn::Sub': 'https://${DomainName}'}}"),
        root.at("/Outputs/URL"));
  }

  @Test
  void theTargetsAreInstancesThatPassTheHealthCheck() {
    assertEquals(expected("{'VpcId': {'Ref': 'VpcId'}, 'Protocol': 'HTTP', 'Port': 80, 'TargetType': 'instance',"
            + " 'HealthCheckPath': '/health', 'HealthCheckIntervalSeconds': 15, 'HealthyThresholdCount': 2,"
            + " 'UnhealthyThresholdCount': 3, 'Matcher': {'HttpCode': '200'},"
            + " 'TargetGroupAttributes': [{'Key': 'deregistration_delay.timeout_seconds', 'Value': '30'}]}"),
        properties("TargetGroup"));
    assertEquals(expected("[{'Ref': 'TargetGroup'}]"), properties("WebServerGroup").path("TargetGroupARNs"));
    assertEquals("ELB", properties("WebServerGroup").path("HealthCheckType").textValue());
  }

  @Test
  void instancesRequireImdsV2AndHaveAnEncryptedRootVolume() {
    assertEquals(expected("{'HttpTokens': 'required', 'HttpEndpoint': 'enabled', 'HttpPutResponseHopLimit': 1}"),
        launchTemplateData().path("MetadataOptions"));
    assertEquals(expected("[{'DeviceName': '/dev/xvda',"
            + " 'Ebs': {'VolumeType': 'gp3', 'VolumeSize': 8, 'Encrypted': true, 'DeleteOnTermination': true}}]"),
        launchTemplateData().path("BlockDeviceMappings"));
  }

  @Test
  void cpuAlarmsDriveTheScalingPolicies() {
    assertEquals(expected("{'AlarmDescription': 'Scale out when average CPU is above 70%', 'Namespace': 'AWS/EC2',"
            + " 'MetricName': 'CPUUtilization', 'Dimensions': [{'Name': 'AutoScalingGroupName', 'Value': {'Ref': 'WebServerGroup'}}],"
            + " 'Statistic': 'Average', 'Period': 300, 'EvaluationPeriods': 2, 'ComparisonOperator': 'GreaterThanThreshold',"
            + " 'Threshold': 70, 'AlarmActions': [{'Ref': 'ScaleOutPolicy'}]}"),
        properties("CpuHighAlarm"));
    assertEquals(expected("{'AlarmDescription': 'Scale in when average CPU is below 30%', 'Namespace': 'AWS/EC2',"
            + " 'MetricName': 'CPUUtilization', 'Dimensions': [{'Name': 'AutoScalingGroupName', 'Value': {'Ref': 'WebServerGroup'}}],"
            + " 'Statistic': 'Average', 'Period': 300, 'EvaluationPeriods': 2, 'ComparisonOperator': 'LessThanThreshold',"
            + " 'Threshold': 30, 'AlarmActions': [{'Ref': 'ScaleInPolicy'}]}"),
        properties("CpuLowAlarm"));
    assertEquals(expected("{'AutoScalingGroupName': {'Ref': 'WebServerGroup'}, 'PolicyType': 'SimpleScaling',"
            + " 'AdjustmentType': 'ChangeInCapacity', 'ScalingAdjustment': 1, 'Cooldown': '300'}"),
        properties("ScaleOutPolicy"));
    assertEquals(expected("{'AutoScalingGroupName': {'Ref': 'WebServerGroup'}, 'PolicyType': 'SimpleScaling',"
            + " 'AdjustmentType': 'ChangeInCapacity', 'ScalingAdjustment': -1, 'Cooldown': '300'}"),
        properties("ScaleInPolicy"));
  }

  @Test
  void instancesMayReadTheReleasePrefixAndNothingElse() {
    assertEquals(expected("{'AssumeRolePolicyDocument': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
            + " 'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]},"
            + " 'Policies': [{'PolicyName': 'ReadReleases', 'PolicyDocument': {'Version': '2012-10-17',"
            + " 'Statement': [{'Effect': 'Allow', 'Action': 's3:GetObject',"
            + " 'Resource': {'Fn::Sub': 'arn:${AWS::Partition}:s3:::${SourceBucket}/webapp/*'}}]}}]}"),
        properties("InstanceRole"));
    assertEquals(expected("{'Roles': [{'Ref': 'InstanceRole'}]}"), properties("InstanceProfile"));
    assertEquals(expected("{'Arn': {'Fn::GetAtt': ['InstanceProfile', 'Arn']}}"), launchTemplateData().path("IamInstanceProfile"));
    assertEquals("^webapp/[A-Za-z0-9._-]+\\.zip$", root.at("/Parameters/SourceKey/AllowedPattern").textValue(),
        "keys stay under the readable prefix");
  }

  @Test
  void everyBucketIsEncryptedPrivateOwnedByTheAccountAndKept() {
    assertEquals(List.of("AccessLogsBucket"), idsOfType(root, "AWS::S3::Bucket"));
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {"
            + " 'BucketEncryption': {'ServerSideEncryptionConfiguration': [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
            + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true, 'IgnorePublicAcls': true,"
            + " 'RestrictPublicBuckets': true},"
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'LifecycleConfiguration': {'Rules': [{'Id': 'ExpireLogs', 'Status': 'Enabled', 'ExpirationInDays': 90,"
            + " 'NoncurrentVersionExpiration': {'NoncurrentDays': 30}}]}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("AccessLogsBucket"));
  }

  @Test
  void everyResourceHoldingDataIsKept() {
    assertEquals(List.of("AccessLogsBucket"), statefulIds(template));
    assertEquals(expected("{'AccessLogsBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void theLogBucketTakesLogDeliveryWritesOverTlsOnly() {
    assertEquals(List.of("AccessLogsBucketPolicy"), idsOfType(root, "AWS::S3::BucketPolicy"));
    assertEquals(expected("{'Bucket': {'Ref': 'AccessLogsBucket'}, 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + " {'Sid': 'LoadBalancerAccessLogs', 'Effect': 'Allow',"
            + " 'Principal': {'Fn::If': ['ElbLogDeliveryFromAccount',"
            + " {'AWS': {'Fn::Sub': ['arn:${AWS::Partition}:iam::${Account}:root',"
            + " {'Account': {'Fn::FindInMap': ['ElbLogDeliveryAccounts', {'Ref': 'AWS::Region'}, 'AccountId']}}]}},"
            + " {'Service': 'logdelivery.elasticloadbalancing.amazonaws.com'}]},"
            + " 'Action': 's3:PutObject', 'Resource': {'Fn::Sub': '${AccessLogsBucket.Arn}/alb/AWSLogs/${AWS::AccountId}/*'}},"
            + " {'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
            + " 'Resource': [{'Fn::GetAtt': ['AccessLogsBucket', 'Arn']}, {'Fn::Sub': '${AccessLogsBucket.Arn}/*'}],"
            + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}}"),
        properties("AccessLogsBucketPolicy"));
  }

  @Test
  void theLoadBalancerWritesAccessLogsOnceItMay() {
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'DependsOn': ['AccessLogsBucketPolicy'],"
            + " 'Properties': {'Scheme': 'internet-facing', 'Type': 'application', 'Subnets': {'Ref': 'Subnets'},"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}], 'LoadBalancerAttributes': ["
            + " {'Key': 'access_logs.s3.enabled', 'Value': 'true'},"
            + " {'Key': 'access_logs.s3.bucket', 'Value': {'Ref': 'AccessLogsBucket'}},"
            + " {'Key': 'access_logs.s3.prefix', 'Value': 'alb'},"
            + " {'Key': 'routing.http.drop_invalid_header_fields.enabled', 'Value': 'true'}]}}"),
        resource("LoadBalancer"));
  }

  @Test
  void everyRegionGetsALogDeliveryPrincipal() {
    List<String> regions = List.of("af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-south-1", "eu-west-1", "eu-west-2", "eu-west-3", "me-south-1", "sa-east-1",
        "us-east-1", "us-east-2", "us-gov-east-1", "us-gov-west-1", "us-west-1", "us-west-2");
    // Regions with a log-delivery account get it from the mapping; the condition holds in exactly those.
    assertEquals(regions, names(root.at("/Mappings/ElbLogDeliveryAccounts")));
    regions.forEach(region -> assertEquals(
        expected("{'AccountId': '" + ElbLogDelivery.LEGACY_ACCOUNTS.get(region) + "'}"),
        root.at("/Mappings/ElbLogDeliveryAccounts/" + region), region));
    // Fn::Or takes at most ten conditions, so the regions come in groups of ten.
    assertEquals(expected("{'Fn::Or': [" + anyRegionOf(regions.subList(0, 10)) + ", " + anyRegionOf(regions.subList(10, 20))
            + ", " + anyRegionOf(regions.subList(20, 24)) + "]}"),
        root.at("/Conditions/ElbLogDeliveryFromAccount"));
  }

  private static String anyRegionOf(List<String> regions) {
    return regions.stream()
        .map(region -> "{'Fn::Equals': [{'Ref': 'AWS::Region'}, '" + region + "']}")
        .collect(Collectors.joining(", ", "{'Fn::Or': [", "]}"));
  }

  @Test
  void theFixedNameAliasesTheLoadBalancer() {
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Ref': 'DomainName'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['LoadBalancer', 'DNSName']},"
            + " 'HostedZoneId': {'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID']}, 'EvaluateTargetHealth': true}}"),
        properties("DnsRecord"));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(parse(Templates.toJson(template)), yaml(Templates.toYaml(template)));
    assertFalse(Templates.toJson(template).contains("Password"));
  }

  @Test
  void everyResourceThatCanCarryTagsCarriesTheApplicationAndTheStack() {
    TemplateQueries.assertStackTags(template, "webapp");
  }

  /** The scanner findings this stack's design answers; each carries its reason on the resource (see Justified). */
  @Test
  void theScannerExemptionsAreExactlyTheReviewedOnes() {
    assertEquals(List.of(
        "LoadBalancerSecurityGroup CHECKOV CKV_AWS_260",
        "AccessLogsBucket CHECKOV CKV_AWS_18"), TemplateQueries.exemptions(template));
  }
}
