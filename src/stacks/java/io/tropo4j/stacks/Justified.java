package io.tropo4j.stacks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Scanner;

/**
 * The scanner findings the stacks' design answers, each as an exemption on the resource with the
 * reason a security reviewer reads there. Reasons that recur live here, so they read alike; one-off
 * reasons are written where the resource is built.
 */
final class Justified {
  private Justified() {}

  /** A log bucket's own access is not logged: it would log into itself. */
  static <R extends Resource<R>> R logBucket(R bucket) {
    return bucket.exempt(Scanner.CHECKOV, "CKV_AWS_18",
        "This is the stack's log bucket: logging its own access would write into itself, which S3 advises against");
  }

  /** CloudWatch Logs encrypts every log group at rest; a customer key adds upkeep, not a narrower reader. */
  static <R extends Resource<R>> R serviceEncryptedLogs(R logGroup) {
    return logGroup.exempt(Scanner.CHECKOV, "CKV_AWS_158",
        "CloudWatch Logs encrypts the group at rest with service-managed keys; a customer key would add a key "
            + "policy to keep, while IAM already decides who reads these container logs");
  }

  /** SQS-managed encryption (SqsManagedSseEnabled), which the check does not read: it looks for a KMS key only. */
  static <R extends Resource<R>> R queueEncryptedBySqs(R queue) {
    return queue.exempt(Scanner.CHECKOV, "CKV_AWS_27",
        "Encrypted at rest with SQS-managed keys (SqsManagedSseEnabled), which this check does not read; a KMS key "
            + "would add a key policy to keep and a cost per call, and IAM already decides who reads the queue");
  }

  /** A public website's load balancer takes port 80 from anyone, only to redirect to HTTPS. */
  static <R extends Resource<R>> R publicWebEntrance(R securityGroup) {
    return securityGroup.exempt(Scanner.CHECKOV, "CKV_AWS_260",
        "A public website's load balancer: port 80 is open to everyone only so that its listener can answer "
            + "with a redirect to HTTPS");
  }

  /** WAF is an operator's choice per site, with its own cost; a web ACL can be attached later. */
  static <R extends Resource<R>> R noWebAcl(R distribution) {
    return distribution.exempt(Scanner.CHECKOV, "CKV_AWS_68",
        "A web ACL is a per-site cost and operations choice outside this stack; the origin admits CloudFront only, "
            + "and an ACL can be attached to the distribution later");
  }

  /** Standard logging v2 (AWS::Logs::Delivery), which the check does not see: it reads only the legacy Logging. */
  static <R extends Resource<R>> R loggedByDelivery(R distribution) {
    return distribution.exempt(Scanner.CHECKOV, "CKV_AWS_86",
        "Access logging is on, through CloudFront standard logging v2 (AWS::Logs::DeliverySource, "
            + "DeliveryDestination and Delivery in this template), which this check does not read");
  }
}
