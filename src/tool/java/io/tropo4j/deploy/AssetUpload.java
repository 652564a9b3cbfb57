package io.tropo4j.deploy;

import io.tropo4j.core.Asset;
import io.tropo4j.deploy.release.ArtifactStore;
import java.util.List;

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
        artifact = store.putAsset(asset.objectKey(), asset.content(), session.journal);
      }
      session.listener.assetUploaded(asset.path(), artifact);
    }
    return store.bucket();
  }
}
