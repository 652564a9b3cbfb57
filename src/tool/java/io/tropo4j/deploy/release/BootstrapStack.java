package io.tropo4j.deploy.release;

import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.core.TerminationProtection;
import io.tropo4j.fn.Fn;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;

/**
 * The artifact bucket's stack, one per account and region, created on first deploy: source bundles
 * and large templates go there. Encrypted, versioned, never public, TLS only, and kept if the stack
 * is deleted.
 */
public final class BootstrapStack implements Stack {
  public static final String NAME = "tropo4j-bootstrap";
  public static final String BUCKET = "ArtifactBucket";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "tropo4j's artifact bucket for source bundles and large templates";
  }

  /**
   * Off: its bucket is kept when the stack is deleted (Retain), and the deployer refuses that delete
   * while the bucket holds releases unless forced; protection would only add a second force.
   */
  @Override
  public TerminationProtection terminationProtection() {
    return TerminationProtection.OFF;
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j artifact bucket: source bundles and large templates");
    Bucket bucket = t.add(new Bucket(BUCKET)
        .bucketEncryption(new Bucket.BucketEncryption().serverSideEncryptionConfiguration(
            new Bucket.ServerSideEncryptionRule().serverSideEncryptionByDefault(
                new Bucket.ServerSideEncryptionByDefault().sseAlgorithm("AES256"))))
        .publicAccessBlockConfiguration(new Bucket.PublicAccessBlockConfiguration()
            .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true))
        .ownershipControls(new Bucket.OwnershipControls().rules(
            new Bucket.OwnershipControlsRule().objectOwnership("BucketOwnerEnforced")))
        .retainData()
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .lifecycleConfiguration(new Bucket.LifecycleConfiguration().rules(new Bucket.Rule()
            .id("ExpireReplacedVersions").status("Enabled")
            .noncurrentVersionExpiration(new Bucket.NoncurrentVersionExpiration().noncurrentDays(30)))));
    t.add(new BucketPolicy("ArtifactBucketPolicy").bucket(bucket).policyDocument(Policy.document(
        Statement.deny(S3.actions("*")).sid("TlsOnly").principal(Principal.anyone())
            .on(bucket.arn(), Fn.sub("${" + BUCKET + ".Arn}/*"))
            .when(When.bool("aws:SecureTransport", false)))));
    t.add(new Output("BucketName", bucket.ref()).description("Where tropo4j keeps source bundles and templates"));
    return t;
  }
}
