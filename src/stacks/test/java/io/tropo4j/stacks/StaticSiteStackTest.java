package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bucket is private and kept, CloudFront alone reads it, viewers get HTTPS, and the certificate is in us-east-1. */
class StaticSiteStackTest {
  private final Template template = new StaticSiteStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode resources = root.path("Resources");
  private final JsonNode config = resources.path("Distribution").path("Properties").path("DistributionConfig");

  @Test
  void theBucketIsPrivateAndKept() {
    JsonNode bucket = resources.path("SiteBucket");
    assertEquals("Retain", bucket.path("DeletionPolicy").asText());
    assertEquals("Retain", bucket.path("UpdateReplacePolicy").asText());
    bucket.path("Properties").path("PublicAccessBlockConfiguration").forEach(flag -> assertTrue(flag.asBoolean()));
    assertTrue(bucket.path("Properties").path("WebsiteConfiguration").isMissingNode(), "not a public website");
  }

  @Test
  void onlyThisDistributionReadsTheBucketThroughOriginAccessControl() {
    JsonNode origin = config.path("Origins").path(0);
    assertEquals(expected("{'Fn::GetAtt': ['OriginAccessControl', 'Id']}"), origin.path("OriginAccessControlId"));
    assertEquals(expected("{'Fn::GetAtt': ['SiteBucket', 'RegionalDomainName']}"), origin.path("DomainName"));
    assertEquals("", origin.path("S3OriginConfig").path("OriginAccessIdentity").asText());
    JsonNode oac = resources.path("OriginAccessControl").path("Properties").path("OriginAccessControlConfig");
    assertEquals("s3", oac.path("OriginAccessControlOriginType").asText());
    assertEquals("always", oac.path("SigningBehavior").asText());
    JsonNode read = resources.path("SiteBucketPolicy").path("Properties").path("PolicyDocument").path("Statement").path(0);
    assertEquals(expected("{'Service': 'cloudfront.amazonaws.com'}"), read.path("Principal"));
    assertEquals("s3:GetObject", read.path("Action").asText());
    assertEquals("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}",
        read.path("Condition").path("StringEquals").path("AWS:SourceArn").path("Fn::Sub").asText());
  }

  @Test
  void viewersGetHttpsWithAModernPolicyAndTheAppForEveryPath() {
    assertEquals("redirect-to-https", config.path("DefaultCacheBehavior").path("ViewerProtocolPolicy").asText());
    assertEquals(expected("{'AcmCertificateArn': {'Ref': 'Certificate'}, 'SslSupportMethod': 'sni-only',"
        + " 'MinimumProtocolVersion': 'TLSv1.2_2021'}"), config.path("ViewerCertificate"));
    assertEquals("index.html", config.path("DefaultRootObject").asText());
    assertEquals(expected("[{'ErrorCode': 403, 'ResponseCode': 200, 'ResponsePagePath': '/index.html'},"
        + " {'ErrorCode': 404, 'ResponseCode': 200, 'ResponsePagePath': '/index.html'}]"), config.path("CustomErrorResponses"));
  }

  @Test
  void theCertificateIsValidatedInTheZoneAndMustBeInUsEast1() {
    JsonNode certificate = resources.path("Certificate").path("Properties");
    assertEquals("DNS", certificate.path("ValidationMethod").asText());
    assertEquals(2, certificate.path("DomainValidationOptions").size());
    assertEquals(expected("{'Ref': 'HostedZoneId'}"), certificate.path("DomainValidationOptions").path(1).path("HostedZoneId"));
    assertEquals(expected("{'Assertions': [{'Assert': {'Fn::Equals': [{'Ref': 'AWS::Region'}, 'us-east-1']},"
            + " 'AssertDescription': 'Deploy static-site in us-east-1: CloudFront takes its certificates from ACM in us-east-1 only'}]}"),
        root.path("Rules").path("CertificateRegion"));
    for (String record : List.of("ApexRecord", "WwwRecord")) {
      assertEquals(Dns.CLOUDFRONT_ZONE, resources.path(record).path("Properties").path("AliasTarget").path("HostedZoneId").asText());
    }
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
