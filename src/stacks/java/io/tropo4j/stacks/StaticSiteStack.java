package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Rule;
import io.tropo4j.core.Stack;
import io.tropo4j.core.StackOutput;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.certificatemanager.Certificate;
import io.tropo4j.resources.cloudfront.Distribution;
import io.tropo4j.resources.cloudfront.OriginAccessControl;
import io.tropo4j.resources.logs.Delivery;
import io.tropo4j.resources.logs.DeliveryDestination;
import io.tropo4j.resources.logs.DeliverySource;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The frontend of source document 004: a single-page application's files in a private bucket,
 * served only through CloudFront (origin access control) over HTTPS at the apex and www names.
 *
 * <p>Each release's files sit in the bucket under {@code releases/<commit>/}, and the distribution's
 * origin path names the one it serves ({@code SiteRelease}): a release is one atomic stack update, a
 * rollback the same with an older commit. Without a release the stack holds the buckets and
 * certificate and serves nothing, which is how the deployer makes it first, so the files are in
 * place before anything points at them.
 *
 * <p>A log bucket of the stack takes the distribution's access logs (CloudFront standard logging v2,
 * delivered by CloudWatch Logs, so the bucket needs no ACLs) and the site bucket's S3 server access logs.
 */
public final class StaticSiteStack implements Stack {
  /** AWS-managed CloudFront cache policy for static files. */
  static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
  /** AWS-managed CloudFront cache policy that caches nothing: an API's answers. */
  static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  /** AWS-managed origin request policy: every header but Host, so the API sees its own name. */
  static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

  /** The service's DNS name, from the stack that runs it; null for a site alone. */
  private final StackOutput api;

  /** The site alone, as the catalog has it. */
  public StaticSiteStack() {
    this(null);
  }

  /**
   * The site, with {@code /api/*} passed through to a service at the DNS name that output holds, over HTTPS
   * and uncached: the app calls its API on its own origin, so no CORS is needed.
   */
  public StaticSiteStack(StackOutput api) {
    this.api = api;
  }
  /** The site bucket's server access logs go under this prefix of the log bucket. */
  static final String SITE_BUCKET_LOG_PREFIX = "site-bucket/";

  @Override
  public String name() {
    return "static-site";
  }

  @Override
  public String summary() {
    return "A single-page app in a private S3 bucket behind CloudFront with HTTPS, at the apex and www, with access "
        + "logs";
  }

  @Override
  public Optional<StaticFiles> staticFiles() {
    return Optional.of(new StaticFiles("src/site", "SiteBucket", "SiteRelease", "Distribution"));
  }

  private List<Distribution.Origin> origins(Bucket site, OriginAccessControl access) {
    Distribution.Origin files = new Distribution.Origin().id("site").domainName(site)
        .originPath(Fn.sub("/releases/${SiteRelease}")).originAccessControlId(access.id())
        .s3OriginConfig(new Distribution.S3OriginConfig().originAccessIdentity(""));
    if (api == null) {
      return List.of(files);
    }
    return List.of(files, new Distribution.Origin().id("api").domainName(api.value())
        .customOriginConfig(new Distribution.CustomOriginConfig().originProtocolPolicy("https-only")
            .originSSLProtocols(List.of("TLSv1.2"))));
  }

  @Override
  public Template build() {
    Template t = new Template().tags(StackTags.of("static-site")).description(
        "tropo4j static-site: a private S3 bucket served only through CloudFront over HTTPS, with a DNS-validated "
            + "certificate, alias records for the apex and www names, and access logs in a log bucket. "
            + "Deploy in us-east-1.");
    Parameter<String> domain = t.add(Parameter.string("DomainName")
        .description("The site's apex name, e.g. example.com; www.<name> is served too")
        .allowedPattern("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$")
        .constraintDescription("a lower-case DNS name such as example.com"));
    Parameter<String> zone = t.add(Parameter.of("HostedZoneId", ParameterType.HOSTED_ZONE_ID)
        .description("The Route53 hosted zone of the domain"));
    Parameter<String> release = t.add(Parameter.string("SiteRelease").defaultValue("")
        .description("The release to serve: the commit whose files are under releases/<commit>/ in the bucket. "
            + "Set by the deployer; empty serves nothing yet")
        .allowedPattern("^([0-9a-f]{40}(-dirty)?)?$")
        .constraintDescription("a full commit id, or empty"));
    Condition released = t.add(new Condition("HasRelease", Fn.not(Fn.equals(release.ref(), ""))));
    t.add(new Rule("CertificateRegion").require(Fn.equals(Pseudo.REGION, "us-east-1"),
        "Deploy static-site in us-east-1: CloudFront takes its certificates from ACM in us-east-1 only"));

    Value<String> www = Fn.sub("www.${DomainName}");
    Certificate certificate = Dns.certificate(t, "Certificate", zone, domain.ref(), www);
    Bucket logs = t.add(Justified.logBucket(Buckets.logBucket("LogBucket", 90)));
    Bucket site = t.add(Buckets.privateBucket("SiteBucket")
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .loggingConfiguration(new Bucket.LoggingConfiguration().destinationBucketName(logs)
            .logFilePrefix(SITE_BUCKET_LOG_PREFIX)));
    OriginAccessControl access = t.add(new OriginAccessControl("OriginAccessControl")
        .originAccessControlConfig(new OriginAccessControl.OriginAccessControlConfig()
            .name(Fn.sub("${AWS::StackName}-site")).description("CloudFront signs its requests to the site bucket")
            .originAccessControlOriginType("s3").signingBehavior("always").signingProtocol("sigv4")));
    Distribution.DistributionConfig config = new Distribution.DistributionConfig()
        .enabled(true)
        .comment(Fn.sub("${AWS::StackName} site"))
        .aliases(Value.list(domain.ref(), www))
        .defaultRootObject("index.html")
        .httpVersion("http2and3")
        .priceClass("PriceClass_100")
        .origins(origins(site, access))
        .defaultCacheBehavior(new Distribution.DefaultCacheBehavior().targetOriginId("site")
            .viewerProtocolPolicy("redirect-to-https").cachePolicyId(CACHING_OPTIMIZED).compress(true)
            .allowedMethods(List.of("GET", "HEAD")))
        // A single-page app routes in the browser: unknown paths get the app, which shows the page.
        .customErrorResponses(
            new Distribution.CustomErrorResponse().errorCode(403).responseCode(200).responsePagePath("/index.html"),
            new Distribution.CustomErrorResponse().errorCode(404).responseCode(200).responsePagePath("/index.html"))
        .viewerCertificate(new Distribution.ViewerCertificate().acmCertificateArn(certificate.ref())
            .sslSupportMethod("sni-only").minimumProtocolVersion("TLSv1.2_2021"));
    if (api != null) {
      config.cacheBehaviors(new Distribution.CacheBehavior().pathPattern("/api/*").targetOriginId("api")
          .viewerProtocolPolicy("https-only").cachePolicyId(CACHING_DISABLED).originRequestPolicyId(ALL_VIEWER_EXCEPT_HOST)
          .compress(true).allowedMethods(List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE")));
    }
    Distribution cdn = t.add(Justified.loggedByDelivery(Justified.noWebAcl(new Distribution("Distribution")))
        .condition(released).distributionConfig(config));
    Value<String> distributionArn =
        Fn.sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}");
    t.add(new BucketPolicy("SiteBucketPolicy").bucket(site).policyDocument(Policy.document(List.of(
        Fn.ifThen(released, Statement.allow(S3.GET_OBJECT).sid("CloudFrontOnly")
            .principal(Principal.service("cloudfront.amazonaws.com")).on(Fn.sub("${SiteBucket.Arn}/*"))
            .when(When.stringEquals("AWS:SourceArn", distributionArn)).json(), Fn.noValue()),
        Buckets.tlsOnly(site)))));
    accessLogs(t, logs, site, distributionArn, released);
    Dns.alias(t, "ApexRecord", zone, domain.ref(), cdn.domainName(), Dns.CLOUDFRONT_ZONE).condition(released);
    Dns.alias(t, "WwwRecord", zone, www, cdn.domainName(), Dns.CLOUDFRONT_ZONE).condition(released);

    t.add(new Output("URL", Fn.sub("https://${DomainName}")).description("The site").condition(released));
    t.add(new Output("BucketName", site.ref()).description("Each release's files, under releases/<commit>/"));
    t.add(new Output("Release", release.ref()).description("The commit served now; empty before the first release"));
    t.add(new Output("DistributionId", cdn.ref()).description("The distribution that serves the release")
        .condition(released));
    t.add(new Output("DistributionDomainName", cdn.domainName()).description("The distribution's own name")
        .condition(released));
    return t;
  }

  /**
   * The distribution's standard logs (v2) into the log bucket: a delivery source for the distribution,
   * a destination for the bucket and the delivery between them, all only while there is a distribution.
   */
  private static void accessLogs(Template t, Bucket logs, Bucket site, Value<String> distributionArn,
      Condition released) {
    BucketPolicy policy = t.add(new BucketPolicy("LogBucketPolicy").bucket(logs).policyDocument(Json.object(
        "Version", "2012-10-17",
        "Statement", List.of(
            LogDelivery.vendedLogs(logs),
            LogDelivery.serverAccessLogs(logs, SITE_BUCKET_LOG_PREFIX, site),
            Buckets.tlsOnly(logs)))));
    DeliverySource source = t.add(new DeliverySource("AccessLogSource").condition(released)
        .name(Fn.sub("${Distribution}-access-logs")).logType("ACCESS_LOGS").resourceArn(distributionArn));
    // The bucket policy must let the delivery in before the destination is checked.
    DeliveryDestination destination = t.add(new DeliveryDestination("AccessLogDestination").condition(released)
        .name(Fn.sub("${Distribution}-log-bucket")).deliveryDestinationType("S3").destinationResourceArn(logs.arn())
        .dependsOn(policy));
    t.add(new Delivery("AccessLogDelivery").condition(released)
        .deliverySourceName(source.ref()).deliveryDestinationArn(destination.arn()));
  }
}
