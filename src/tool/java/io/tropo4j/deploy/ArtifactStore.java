package io.tropo4j.deploy;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The artifact bucket: found through the bootstrap stack, which is deployed the first time it is
 * needed. Objects are content-addressed by their keys, so an object already there is not sent again.
 */
final class ArtifactStore {
  private final AwsClients aws;
  private final StackOperations operations;
  private String bucket;

  ArtifactStore(AwsClients aws, StackOperations operations) {
    this.aws = aws;
    this.operations = operations;
  }

  String bucket() {
    if (bucket == null) {
      bucket = operations.physicalId(BootstrapStack.STACK_NAME, BootstrapStack.BUCKET).orElseGet(() -> {
        operations.progress().step("No artifact bucket in this account and region yet: creating stack "
            + BootstrapStack.STACK_NAME);
        operations.deploy(new DeployRequest(new BootstrapStack(), BootstrapStack.STACK_NAME), null);
        return operations.physicalId(BootstrapStack.STACK_NAME, BootstrapStack.BUCKET).orElseThrow(() ->
            new DeployException("stack " + BootstrapStack.STACK_NAME + " was created but has no "
                + BootstrapStack.BUCKET));
      });
    }
    return bucket;
  }

  /** Uploads unless the key is already there; says which. */
  boolean put(String key, byte[] bytes, String contentType) {
    String bucket = bucket();
    try {
      if (exists(bucket, key)) {
        return false;
      }
      aws.s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
      return true;
    } catch (SdkException e) {
      throw Errors.explain(e, "uploading s3://" + bucket + "/" + key);
    }
  }

  private boolean exists(String bucket, String key) {
    try {
      aws.s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** The object's URL, as CloudFormation's TemplateURL wants it. */
  String url(String key) {
    String bucket = bucket();
    return aws.s3.utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm();
  }
}
