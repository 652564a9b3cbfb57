package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
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
import io.tropo4j.resources.cloudfront.Distribution;
import io.tropo4j.resources.logs.Delivery;
import io.tropo4j.resources.logs.DeliveryDestination;
import io.tropo4j.resources.logs.DeliverySource;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard logging of a CloudFront distribution into a log bucket of the stack. CloudWatch-vended
 * logging (v2) takes its delivery source in us-east-1 only, so a stack there delivers through it and
 * its bucket has ACLs disabled; a stack in any other region uses legacy logging, which can only write
 * through the bucket's ACL, so there the bucket keeps ACLs (objects still owned by the bucket owner).
 */
final class CloudFrontLogs {
  /** Where legacy logging writes; v2 keeps its own layout. */
  static final String PREFIX = "cloudfront/";

  private CloudFrontLogs() {}

  /** True where the stack may create CloudFront's delivery source. */
  static Condition v2Here(Template t) {
    return t.add(new Condition("CloudFrontLogsV2", Fn.equals(Pseudo.REGION, "us-east-1")));
  }

  /** Private, SSE-S3, kept; logs expire after 90 days. */
  static Bucket bucket(Template t, String logicalId, Condition v2) {
    return t.add(Justified.logBucket(Buckets.logBucket(logicalId, 90))
        .ownershipControls(new Bucket.OwnershipControls().rules(new Bucket.OwnershipControlsRule()
            .objectOwnership(Fn.ifThen(v2, "BucketOwnerEnforced", "BucketOwnerPreferred")))));
  }

  /**
   * The bucket's policy: v2 delivery from this account's delivery sources in us-east-1 (where it
   * runs), the other statements given, and no request without TLS.
   */
  static BucketPolicy policy(Template t, String logicalId, Bucket bucket, Condition v2, Json... statements) {
    List<Value<Json>> all = new ArrayList<>();
    all.add(Fn.ifThen(v2, Statement.allow(S3.PUT_OBJECT).sid("CloudFrontLogsV2")
        .principal(Principal.service("delivery.logs.amazonaws.com"))
        .on(Fn.sub("${" + bucket.logicalId() + ".Arn}/*"))
        .when(When.stringEquals("s3:x-amz-acl", "bucket-owner-full-control"),
            When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID),
            When.arnLike("aws:SourceArn",
                Fn.sub("arn:${AWS::Partition}:logs:us-east-1:${AWS::AccountId}:delivery-source:*")))
        .json(), Fn.noValue()));
    all.addAll(List.of(statements));
    all.add(Buckets.tlsOnly(bucket));
    return t.add(new BucketPolicy(logicalId).bucket(bucket)
        .policyDocument(Policy.document(all)));
  }

  /** Legacy logging outside us-east-1; nothing in us-east-1, where v2 delivers. */
  static Value<Distribution.Logging> legacy(Condition v2, Bucket bucket) {
    return Fn.ifThen(v2, Fn.noValue(), new Distribution.Logging().bucket(bucket).prefix(PREFIX));
  }

  /** The v2 delivery from the distribution to the bucket, in us-east-1 only. */
  static void v2(Template t, Condition v2, Distribution cdn, Bucket bucket, BucketPolicy policy) {
    DeliverySource source = t.add(new DeliverySource("CloudFrontLogsSource").condition(v2)
        .name(Fn.sub("cloudfront-${" + cdn.logicalId() + "}"))
        .logType("ACCESS_LOGS")
        .resourceArn(Fn.sub(
            "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + cdn.logicalId() + "}")));
    DeliveryDestination destination = t.add(new DeliveryDestination("CloudFrontLogsDestination").condition(v2)
        .name(Fn.sub("cloudfront-${" + cdn.logicalId() + "}-s3"))
        .destinationResourceArn(bucket.arn())
        .dependsOn(policy)); // the bucket admits the delivery before it is set up
    t.add(new Delivery("CloudFrontLogsDelivery").condition(v2)
        .deliverySourceName(source.ref())
        .deliveryDestinationArn(destination.arn()));
  }
}
