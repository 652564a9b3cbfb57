package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
import static io.tropo4j.stacks.TemplateQueries.retentionPolicies;
import static io.tropo4j.stacks.TemplateQueries.statefulIds;
import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bucket is private and kept, CloudFront alone reads it, viewers get HTTPS, the certificate is in us-east-1, and
 * the distribution's and the bucket's access logs go to a log bucket.
 */
class StaticSiteStackTest {
  private final Template template = new StaticSiteStack().build();
  private final JsonNode root = TemplateQueries.resourcesAsBuilt(template);
  private final JsonNode config = root.at("/Resources/Distribution/Properties/DistributionConfig");

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  @Test
  void everyBucketIsEncryptedPrivateOwnedByTheAccountAndKept() {
    assertEquals(List.of("LogBucket", "SiteBucket"), idsOfType(root, "AWS::S3::Bucket"));
    // Versioned, logging its requests, and no WebsiteConfiguration: it is not a public website.
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {"
            + " 'BucketEncryption': {'ServerSideEncryptionConfiguration':"
            + " [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
            + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true,"
            + " 'IgnorePublicAcls': true, 'RestrictPublicBuckets': true},"
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'},"
            + " 'LoggingConfiguration': {'DestinationBucketName': {'Ref': 'LogBucket'},"
            + " 'LogFilePrefix': 'site-bucket/'}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        root.at("/Resources/SiteBucket"));
    // Logs expire after 90 days; a deleted or overwritten one stays recoverable for 30 more.
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
        root.at("/Resources/LogBucket"));
  }

  @Test
  void everyResourceHoldingDataIsKept() {
    assertEquals(List.of("LogBucket", "SiteBucket"), statefulIds(template));
    assertEquals(expected("{'LogBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'SiteBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  /**
   * The log bucket takes CloudWatch-vended logs from this account's delivery sources (CloudFront's among them)
   * and the site bucket's server access logs, each service under its own prefix, and nothing but TLS.
   */
  @Test
  void theLogBucketPolicyLetsTheTwoLogServicesWriteOverTlsOnly() {
    assertEquals(expected("{'Type': 'AWS::S3::BucketPolicy', 'Properties': {'Bucket': {'Ref': 'LogBucket'},"
            + " 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + " {'Sid': 'VendedLogDelivery', 'Effect': 'Allow',"
            + " 'Principal': {'Service': 'delivery.logs.amazonaws.com'},"
            + " 'Action': 's3:PutObject', 'Resource': {'Fn::Sub': '${LogBucket.Arn}/AWSLogs/${AWS::AccountId}/*'},"
            + " 'Condition': {'StringEquals': {'s3:x-amz-acl': 'bucket-owner-full-control',"
            + " 'aws:SourceAccount': {'Ref': 'AWS::AccountId'}},"
            + " 'ArnLike': {'aws:SourceArn':"
            + " {'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:delivery-source:*'}}}},"
            + " {'Sid': 'ServerAccessLogDelivery', 'Effect': 'Allow',"
            + " 'Principal': {'Service': 'logging.s3.amazonaws.com'},"
            + " 'Action': 's3:PutObject', 'Resource': {'Fn::Sub': '${LogBucket.Arn}/site-bucket/*'},"
            + " 'Condition': {'ArnLike': {'aws:SourceArn': {'Fn::GetAtt': ['SiteBucket', 'Arn']}},"
            + " 'StringEquals': {'aws:SourceAccount': {'Ref': 'AWS::AccountId'}}}},"
            + " {'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
            + " 'Resource': [{'Fn::GetAtt': ['LogBucket', 'Arn']}, {'Fn::Sub': '${LogBucket.Arn}/*'}],"
            + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}}}"),
        root.at("/Resources/LogBucketPolicy"));
  }

  /** Standard logging v2: a source for the distribution, a destination for the bucket, a delivery between them. */
  @Test
  void theDistributionsAccessLogsAreDeliveredToTheLogBucket() {
    assertEquals(expected("{'Type': 'AWS::Logs::DeliverySource', 'Condition': 'HasRelease', 'Properties': {"
            + " 'Name': {'Fn::Sub': '${Distribution}-access-logs'}, 'LogType': 'ACCESS_LOGS',"
            + " 'ResourceArn':"
            + " {'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'}}}"),
        root.at("/Resources/AccessLogSource"));
    assertEquals(expected("{'Type': 'AWS::Logs::DeliveryDestination', 'Condition': 'HasRelease',"
            + " 'DependsOn': ['LogBucketPolicy'],"
            + " 'Properties': {'Name': {'Fn::Sub': '${Distribution}-log-bucket'}, 'DeliveryDestinationType': 'S3',"
            + " 'DestinationResourceArn': {'Fn::GetAtt': ['LogBucket', 'Arn']}}}"),
        root.at("/Resources/AccessLogDestination"));
    assertEquals(expected("{'Type': 'AWS::Logs::Delivery', 'Condition': 'HasRelease', 'Properties': {"
            + " 'DeliverySourceName': {'Ref': 'AccessLogSource'},"
            + " 'DeliveryDestinationArn': {'Fn::GetAtt': ['AccessLogDestination', 'Arn']}}}"),
        root.at("/Resources/AccessLogDelivery"));
    assertEquals(List.of("AccessLogSource"), idsOfType(root, "AWS::Logs::DeliverySource"));
    assertEquals(List.of("AccessLogDestination"), idsOfType(root, "AWS::Logs::DeliveryDestination"));
    assertEquals(List.of("AccessLogDelivery"), idsOfType(root, "AWS::Logs::Delivery"));
  }

  @Test
  void theBucketPolicyLetsThisDistributionReadAndRefusesAnythingButTls() {
    assertEquals(List.of("SiteBucketPolicy", "LogBucketPolicy"), idsOfType(root, "AWS::S3::BucketPolicy"));
    assertEquals(expected("{'Bucket': {'Ref': 'SiteBucket'}, 'PolicyDocument': {'Version': '2012-10-17', 'Statement': ["
            + " {'Fn::If': ['HasRelease',"
            + " {'Sid': 'CloudFrontOnly', 'Effect': 'Allow', 'Principal': {'Service': 'cloudfront.amazonaws.com'},"
            + " 'Action': 's3:GetObject', 'Resource': {'Fn::Sub': '${SiteBucket.Arn}/*'},"
            + " 'Condition': {'StringEquals': {'AWS:SourceArn':"
            + " {'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}'}}}},"
            + " {'Ref': 'AWS::NoValue'}]},"
            + " {'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
            + " 'Resource': [{'Fn::GetAtt': ['SiteBucket', 'Arn']}, {'Fn::Sub': '${SiteBucket.Arn}/*'}],"
            + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}}"),
        properties("SiteBucketPolicy"));
  }

  @Test
  void theDistributionReadsTheBucketThroughOriginAccessControl() {
    assertEquals(expected("[{'Id': 'site', 'DomainName': {'Fn::GetAtt': ['SiteBucket', 'RegionalDomainName']},"
            + " 'OriginPath': {'Fn::Sub': '/releases/${SiteRelease}'},"
            + " 'OriginAccessControlId': {'Fn::GetAtt': ['OriginAccessControl', 'Id']},"
            + " 'S3OriginConfig': {'OriginAccessIdentity': ''}}]"),
        config.path("Origins"));
    assertEquals(expected("{'OriginAccessControlConfig': {'Name': {'Fn::Sub': '${AWS::StackName}-site'},"
            + " 'Description': 'CloudFront signs its requests to the site bucket', 'OriginAccessControlOriginType': 's3',"
            + " 'SigningBehavior': 'always', 'SigningProtocol': 'sigv4'}}"),
        properties("OriginAccessControl"));
  }

  @Test
  void viewersGetHttpsWithAModernPolicyAndTheAppForEveryPath() {
    assertEquals(expected("{'TargetOriginId': 'site', 'ViewerProtocolPolicy': 'redirect-to-https',"
            + " 'CachePolicyId': '658327ea-f89d-4fab-a63d-7e88639e58f6', 'Compress': true, 'AllowedMethods': ['GET', 'HEAD']}"),
        config.path("DefaultCacheBehavior"));
    assertEquals(expected("{'AcmCertificateArn': {'Ref': 'Certificate'}, 'SslSupportMethod': 'sni-only',"
        + " 'MinimumProtocolVersion': 'TLSv1.2_2021'}"), config.path("ViewerCertificate"));
    assertEquals(expected("[{'Ref': 'DomainName'}, {'Fn::Sub': 'www.${DomainName}'}]"), config.path("Aliases"));
    assertEquals("index.html", config.path("DefaultRootObject").textValue());
    assertEquals(expected("[{'ErrorCode': 403, 'ResponseCode': 200, 'ResponsePagePath': '/index.html'},"
        + " {'ErrorCode': 404, 'ResponseCode': 200, 'ResponsePagePath': '/index.html'}]"), config.path("CustomErrorResponses"));
  }

  @Test
  void theCertificateIsValidatedInTheZoneAndMustBeInUsEast1() {
    assertEquals(expected("{'DomainName': {'Ref': 'DomainName'}, 'ValidationMethod': 'DNS', 'DomainValidationOptions': ["
            + " {'DomainName': {'Ref': 'DomainName'}, 'HostedZoneId': {'Ref': 'HostedZoneId'}},"
            + " {'DomainName': {'Fn::Sub': 'www.${DomainName}'}, 'HostedZoneId': {'Ref': 'HostedZoneId'}}],"
            + " 'SubjectAlternativeNames': [{'Fn::Sub': 'www.${DomainName}'}]}"),
        properties("Certificate"));
    assertEquals(expected("{'CertificateRegion': {'Assertions': [{'Assert': {'Fn::Equals': [{'Ref': 'AWS::Region'}, 'us-east-1']},"
            + " 'AssertDescription': 'Deploy static-site in us-east-1: CloudFront takes its certificates from ACM in us-east-1 only'}]}}"),
        root.path("Rules"));
  }

  @Test
  void theApexAndWwwNamesAliasTheDistribution() {
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Ref': 'DomainName'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['Distribution', 'DomainName']}, 'HostedZoneId': 'Z2FDTNDATAQYW2'}}"),
        properties("ApexRecord"));
    assertEquals(expected("{'HostedZoneId': {'Ref': 'HostedZoneId'}, 'Name': {'Fn::Sub': 'www.${DomainName}'}, 'Type': 'A',"
            + " 'AliasTarget': {'DNSName': {'Fn::GetAtt': ['Distribution', 'DomainName']}, 'HostedZoneId': 'Z2FDTNDATAQYW2'}}"),
        properties("WwwRecord"));
  }

  /**
   * A release is the commit named in SiteRelease, served from its own prefix; without one the stack holds
   * the bucket and serves nothing, so the first create can put the files in before anything serves them.
   */
  @Test
  void theReleaseParameterPicksTheOriginPathAndWithoutOneNothingServes() {
    assertEquals(expected("{'Type': 'String', 'Description': 'The release to serve: the commit whose files are under"
            + " releases/<commit>/ in the bucket. Set by the deployer; empty serves nothing yet', 'Default': '',"
            + " 'AllowedPattern': '^([0-9a-f]{40}(-dirty)?)?$', 'ConstraintDescription': 'a full commit id, or empty'}"),
        root.at("/Parameters/SiteRelease"));
    assertEquals(expected("{'HasRelease': {'Fn::Not': [{'Fn::Equals': [{'Ref': 'SiteRelease'}, '']}]}}"),
        root.path("Conditions"));
    assertEquals(List.of("AccessLogDelivery", "AccessLogDestination", "AccessLogSource", "ApexRecord", "Distribution",
        "WwwRecord"), template.resources().stream()
        .filter(r -> r.condition() != null).map(r -> r.logicalId()).sorted().toList());
    assertEquals(List.of("DistributionDomainName", "DistributionId", "URL"), template.outputs().stream()
        .filter(o -> o.condition() != null).map(o -> o.logicalId()).sorted().toList());
    assertEquals(new StaticFiles("src/site", "SiteBucket", "SiteRelease", "Distribution"),
        new StaticSiteStack().staticFiles().orElseThrow());
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(parse(Templates.toJson(template)), yaml(Templates.toYaml(template)));
  }

  @Test
  void everyResourceThatCanCarryTagsCarriesTheApplicationAndTheStack() {
    TemplateQueries.assertStackTags(template, "static-site");
  }

  /** The scanner findings this stack's design answers; each carries its reason on the resource (see Justified). */
  @Test
  void theScannerExemptionsAreExactlyTheReviewedOnes() {
    assertEquals(List.of(
        "LogBucket CHECKOV CKV_AWS_18",
        "Distribution CHECKOV CKV_AWS_68",
        "Distribution CHECKOV CKV_AWS_86"), TemplateQueries.exemptions(template));
  }
}
