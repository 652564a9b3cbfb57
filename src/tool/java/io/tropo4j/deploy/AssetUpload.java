package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.deploy.release.ArtifactStore;
import java.util.List;
import java.util.function.LongConsumer;

/** Assets into a bucket: each one the bucket does not hold yet, the others only looked up. */
final class AssetUpload {
  private AssetUpload() {}

  /** Uploads what is missing, telling each asset's fate; returns the bucket. */
  static String upload(Session session, ArtifactStore store, List<Asset> assets) {
    for (Asset asset : assets) {
      Artifact artifact;
      if (store.has(asset.objectKey())) {
        artifact = new Artifact(store.bucket(), asset.objectKey(), (int) asset.size(), false);
      } else {
        session.listener.assetUploading(asset.path(), asset.objectKey(), asset.size());
        artifact = store.putAsset(asset.objectKey(), asset.content(), session.journal,
            new Progress(session.listener, asset.path(), asset.size()));
      }
      session.listener.assetUploaded(asset.path(), artifact);
    }
    return store.bucket();
  }

  /** An asset's bytes sent so far, told to the listener; a class rather than a lambda, linked at start-up. */
  private record Progress(DeployListener listener, String path, long bytes) implements LongConsumer {
    @Override
    public void accept(long sent) {
      listener.assetProgress(path, sent, bytes);
    }
  }
}
