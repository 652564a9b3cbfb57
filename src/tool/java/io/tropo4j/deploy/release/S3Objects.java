package io.tropo4j.deploy.release;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What the deployer asks S3 of an object before it sends one: whether it is there. */
public final class S3Objects {
  private S3Objects() {}

  /** Whether the object is there; a HEAD that finds none answers 404, with no NoSuchKey body. */
  public static boolean exists(S3Client s3, String bucket, String key) {
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
}
