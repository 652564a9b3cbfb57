package io.tropo4j.deploy.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.deploy.Artifact;
import io.tropo4j.deploy.cloudformation.Journal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** An asset's upload tells its progress as the client reads the body, and sends the bytes as they are. */
class ArtifactStoreTest {
  @Test
  void anAssetsUploadTellsTheBytesSentAsTheClientReadsThem() {
    byte[] asset = new byte[3 * 1024 * 1024 + 5];
    for (int i = 0; i < asset.length; i++) {
      asset[i] = (byte) (i * 31);
    }
    List<PutObjectRequest> requests = new ArrayList<>();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    S3Client s3 = (S3Client) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {S3Client.class},
        (proxy, method, args) -> {
          if (method.isDefault() && args != null && args[0] instanceof java.util.function.Consumer) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          if (method.getName().equals("putObject") && args[1] instanceof RequestBody body) {
            requests.add((PutObjectRequest) args[0]);
            try (InputStream in = body.contentStreamProvider().newStream()) {
              in.transferTo(received); // in 8 KB reads, as an HTTP client sends
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
            return PutObjectResponse.builder().build();
          }
          throw new UnsupportedOperationException(method.getName());
        });
    List<Long> sent = new ArrayList<>();
    Artifact artifact = new ArtifactStore(s3, "artifacts").putAsset("assets/abc.zip", asset, new Journal(), sent::add);
    assertEquals(new Artifact("artifacts", "assets/abc.zip", asset.length, true), artifact);
    assertArrayEquals(asset, received.toByteArray());
    assertEquals("application/zip", requests.get(0).contentType());
    assertEquals((long) asset.length, sent.get(sent.size() - 1));
    assertTrue(sent.size() > 100, "told as it goes: " + sent.size() + " times");
    for (int i = 1; i < sent.size(); i++) {
      assertTrue(sent.get(i) > sent.get(i - 1));
    }
  }
}
