package io.tropo4j.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

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
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return put("templates/" + stackName + "/" + sha256(bytes) + ".json", bytes, "application/json");
  }

  private boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
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
