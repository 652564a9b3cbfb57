package io.tropo4j.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The artifact bucket, once its stack is there. Objects are content-addressed by their keys, so an
 * object already there is not sent again.
 */
final class ArtifactStore {
  private final S3Client s3;
  private final String bucket;

  ArtifactStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Uploads unless the key is already there. */
  Artifact put(String key, byte[] bytes, String contentType) {
    try {
      if (exists(key)) {
        return new Artifact(bucket, key, bytes.length, false);
      }
      s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
      return new Artifact(bucket, key, bytes.length, true);
    } catch (SdkException e) {
      throw Errors.explain(e, "uploading s3://" + bucket + "/" + key);
    }
  }

  /** A template, under a key made of the stack's name and the template's hash. */
  Artifact putTemplate(String stackName, String body) {
    return put(templateKey(stackName, body), body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  static String templateKey(String stackName, String body) {
    return "templates/" + stackName + "/" + sha256(body.getBytes(StandardCharsets.UTF_8)) + ".json";
  }

  String bucket() {
    return bucket;
  }

  /** Whether an object of that key is there; only looks. */
  boolean has(String key) {
    try {
      return exists(key);
    } catch (SdkException e) {
      throw Errors.explain(e, "looking up s3://" + bucket + "/" + key);
    }
  }

  /** The URL of an object by key, as CloudFormation's TemplateURL wants it. */
  String url(String key) {
    return s3.utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm();
  }

  private boolean exists(String key) {
    return S3Objects.exists(s3, bucket, key);
  }

  /** The object's URL, as CloudFormation's TemplateURL wants it. */
  String url(Artifact artifact) {
    return s3.utilities().getUrl(b -> b.bucket(artifact.bucket()).key(artifact.key())).toExternalForm();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
