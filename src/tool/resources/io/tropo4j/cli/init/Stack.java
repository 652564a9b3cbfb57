package @PACKAGE@;

import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.s3.Bucket;

/** The stack @NAME@: a private, encrypted, versioned bucket, kept when the stack is deleted. */
public final class @CLASS@ implements Stack {
  @Override
  public String name() {
    return "@NAME@";
  }

  @Override
  public String summary() {
    return "a private, encrypted, versioned bucket";
  }

  @Override
  public Template build() {
    Template t = new Template().description("@NAME@: a private, encrypted, versioned bucket");
    Bucket bucket = t.add(new Bucket("Bucket")
        .bucketEncryption(new Bucket.BucketEncryption().serverSideEncryptionConfiguration(
            new Bucket.ServerSideEncryptionRule().serverSideEncryptionByDefault(
                new Bucket.ServerSideEncryptionByDefault().sseAlgorithm("AES256"))))
        .publicAccessBlockConfiguration(new Bucket.PublicAccessBlockConfiguration()
            .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true))
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .retainData());
    t.add(new Output("BucketName", bucket.ref()).description("The bucket's name"));
    return t;
  }
}
