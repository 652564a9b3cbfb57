package io.tropo4j.stacks;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.s3.Bucket;

/** The bucket every stack starts from: encrypted, never public, owned by its account, and kept. */
public final class Buckets {
  /** How long a log bucket keeps a log version that was deleted or overwritten. */
  public static final int NONCURRENT_LOG_DAYS = 30;

  private Buckets() {}

  /** SSE-S3 (which log delivery and CloudFront both accept), all public access blocked, ACLs off, retained. */
  public static Bucket privateBucket(String logicalId) {
    return new Bucket(logicalId)
        .bucketEncryption(new Bucket.BucketEncryption().serverSideEncryptionConfiguration(
            new Bucket.ServerSideEncryptionRule().serverSideEncryptionByDefault(
                new Bucket.ServerSideEncryptionByDefault().sseAlgorithm("AES256"))))
        .publicAccessBlockConfiguration(new Bucket.PublicAccessBlockConfiguration()
            .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true))
        .ownershipControls(new Bucket.OwnershipControls().rules(
            new Bucket.OwnershipControlsRule().objectOwnership("BucketOwnerEnforced")))
        .retainData();
  }

  /**
   * A private bucket for the logs an AWS service delivers, expiring after {@code days}. Versioned, so
   * a log deleted or overwritten stays recoverable for {@link #NONCURRENT_LOG_DAYS} days more.
   */
  public static Bucket logBucket(String logicalId, int days) {
    return privateBucket(logicalId)
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .lifecycleConfiguration(new Bucket.LifecycleConfiguration().rules(new Bucket.Rule()
            .id("ExpireLogs").status("Enabled").expirationInDays(days)
            .noncurrentVersionExpiration(
                new Bucket.NoncurrentVersionExpiration().noncurrentDays(NONCURRENT_LOG_DAYS))));
  }

  /** A bucket policy statement refusing every request that does not come over TLS. */
  public static Json tlsOnly(Bucket bucket) {
    return Statement.deny(S3.actions("*")).sid("TlsOnly").principal(Principal.anyone())
        .on(bucket.arn(), Fn.sub("${" + bucket.logicalId() + ".Arn}/*"))
        .when(When.bool("aws:SecureTransport", false))
        .json();
  }
}
