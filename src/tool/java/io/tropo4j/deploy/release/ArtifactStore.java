package io.tropo4j.deploy.release;

import io.tropo4j.deploy.Artifact;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.Journal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The artifact bucket, once its stack is there. Objects are content-addressed by their keys, so an
 * object already there is not sent again, and one sent twice is the same object. Internal.
 */
public final class ArtifactStore {
  private final S3Client s3;
  private final String bucket;

  public ArtifactStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Uploads unless the key is already there. */
  public Artifact put(String key, byte[] bytes, String contentType, Journal journal) {
    try {
      if (exists(key)) {
        return new Artifact(bucket, key, bytes.length, false);
      }
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up s3://" + bucket + "/" + key);
    }
    return upload(key, bytes, contentType, journal);
  }

  /**
   * An asset, which the caller found missing ({@link #has}): its key's extension gives its content type.
   *
   * @param sent told the bytes sent so far as the upload reads them (again from 0 should the SDK retry)
   */
  public Artifact putAsset(String key, byte[] bytes, Journal journal, LongConsumer sent) {
    String contentType = ContentTypes.contentType(key);
    RequestBody body = RequestBody.fromContentProvider(() -> new CountingStream(new ByteArrayInputStream(bytes), sent),
        bytes.length, contentType);
    return upload(key, bytes.length, body, contentType, journal);
  }

  private Artifact upload(String key, byte[] bytes, String contentType, Journal journal) {
    return upload(key, bytes.length, RequestBody.fromBytes(bytes), contentType, journal);
  }

  private Artifact upload(String key, int bytes, RequestBody body, String contentType, Journal journal) {
    try {
      journal.doing("uploading s3://" + bucket + "/" + key);
      journal.uploading("s3://" + bucket + "/" + key);
      s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), body);
      return new Artifact(bucket, key, bytes, true);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "uploading s3://" + bucket + "/" + key);
    }
  }

  /** A template, under a key made of the stack's name and the template's hash. */
  public Artifact putTemplate(String stackName, String body, Journal journal) {
    return put(templateKey(stackName, body), body.getBytes(StandardCharsets.UTF_8), "application/json", journal);
  }

  public static String templateKey(String stackName, String body) {
    return "templates/" + stackName + "/" + sha256(body.getBytes(StandardCharsets.UTF_8)) + ".json";
  }

  public String bucket() {
    return bucket;
  }

  /** Whether an object of that key is there; only looks. */
  public boolean has(String key) {
    try {
      return exists(key);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up s3://" + bucket + "/" + key);
    }
  }

  /** Whether the bucket holds any object (a release, a template); only looks. */
  public boolean isEmpty() {
    try {
      return s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(1)).contents().isEmpty();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "listing s3://" + bucket);
    }
  }

  /** The URL of an object by key, as CloudFormation's TemplateURL wants it. */
  public String url(String key) {
    return s3.utilities().getUrl(b -> b.bucket(bucket).key(key)).toExternalForm();
  }

  private boolean exists(String key) {
    return S3Objects.exists(s3, bucket, key);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
