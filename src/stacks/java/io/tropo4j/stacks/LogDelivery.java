package io.tropo4j.stacks;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.s3.Bucket;

/**
 * Bucket policy statements that let AWS services write logs into a log bucket of the stack. The
 * buckets enforce bucket ownership, so ACL grants are off and these policies are the only way in;
 * each names one service and this account as the source.
 */
final class LogDelivery {
  private LogDelivery() {}

  /**
   * CloudWatch-vended logs (CloudFront standard logging v2 among them) from this account's delivery
   * sources in this region, under {@code AWSLogs/<account>/}.
   */
  static Json vendedLogs(Bucket bucket) {
    return Statement.allow(S3.PUT_OBJECT).sid("VendedLogDelivery")
        .principal(Principal.service("delivery.logs.amazonaws.com"))
        .on(Fn.sub("${" + bucket.logicalId() + ".Arn}/AWSLogs/${AWS::AccountId}/*"))
        .when(When.stringEquals("s3:x-amz-acl", "bucket-owner-full-control"),
            When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID),
            When.arnLike("aws:SourceArn",
                Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:delivery-source:*")))
        .json();
  }

  /** S3 server access logs of the source bucket, under the prefix. */
  static Json serverAccessLogs(Bucket bucket, String prefix, Bucket source) {
    return Statement.allow(S3.PUT_OBJECT).sid("ServerAccessLogDelivery")
        .principal(Principal.service("logging.s3.amazonaws.com"))
        .on(Fn.sub("${" + bucket.logicalId() + ".Arn}/" + prefix + "*"))
        .when(When.arnLike("aws:SourceArn", source.arn()), When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID))
        .json();
  }
}
