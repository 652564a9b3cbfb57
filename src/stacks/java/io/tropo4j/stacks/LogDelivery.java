package io.tropo4j.stacks;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
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
    return Json.object(
        "Sid", "VendedLogDelivery",
        "Effect", "Allow",
        "Principal", Json.object("Service", "delivery.logs.amazonaws.com"),
        "Action", "s3:PutObject",
        "Resource", Fn.sub("${" + bucket.logicalId() + ".Arn}/AWSLogs/${AWS::AccountId}/*"),
        "Condition", Json.object(
            "StringEquals", Json.object(
                "s3:x-amz-acl", "bucket-owner-full-control",
                "aws:SourceAccount", Pseudo.ACCOUNT_ID),
            "ArnLike", Json.object("aws:SourceArn",
                Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:delivery-source:*"))));
  }

  /** S3 server access logs of the source bucket, under the prefix. */
  static Json serverAccessLogs(Bucket bucket, String prefix, Bucket source) {
    return Json.object(
        "Sid", "ServerAccessLogDelivery",
        "Effect", "Allow",
        "Principal", Json.object("Service", "logging.s3.amazonaws.com"),
        "Action", "s3:PutObject",
        "Resource", Fn.sub("${" + bucket.logicalId() + ".Arn}/" + prefix + "*"),
        "Condition", Json.object(
            "ArnLike", Json.object("aws:SourceArn", source.arn()),
            "StringEquals", Json.object("aws:SourceAccount", Pseudo.ACCOUNT_ID)));
  }
}
