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

/** The bucket is private and kept, CloudFront alone reads it, viewers get HTTPS, and the certificate is in us-east-1. */
class StaticSiteStackTest {
  private final Template template = new StaticSiteStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode config = root.at("/Resources/Distribution/Properties/DistributionConfig");

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  @Test
  void everyBucketIsEncryptedPrivateOwnedByTheAccountAndKept() {
    assertEquals(List.of("SiteBucket"), idsOfType(root, "AWS::S3::Bucket"));
    // Versioned, and no WebsiteConfiguration: it is not a public website.
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'Properties': {"
            + " 'BucketEncryption': {'ServerSideEncryptionConfiguration': [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
            + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true, 'IgnorePublicAcls': true,"
            + " 'RestrictPublicBuckets': true},"
            + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
            + " 'VersioningConfiguration': {'Status': 'Enabled'}},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        root.at("/Resources/SiteBucket"));
  }

  @Test
  void everyResourceHoldingDataIsKept() {
    assertEquals(List.of("SiteBucket"), statefulIds(template));
    assertEquals(expected("{'SiteBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void theBucketPolicyLetsThisDistributionReadAndRefusesAnythingButTls() {
    assertEquals(List.of("SiteBucketPolicy"), idsOfType(root, "AWS::S3::BucketPolicy"));
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
    assertEquals(List.of("ApexRecord", "Distribution", "WwwRecord"), template.resources().stream()
        .filter(r -> r.condition() != null).map(r -> r.logicalId()).sorted().toList());
    assertEquals(List.of("DistributionDomainName", "DistributionId", "URL"), template.outputs().stream()
        .filter(o -> o.condition() != null).map(o -> o.logicalId()).sorted().toList());
    assertEquals(new StaticFiles("src/site", "SiteBucket", "SiteRelease", "Distribution"),
        new StaticSiteStack().staticFiles().orElseThrow());
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
