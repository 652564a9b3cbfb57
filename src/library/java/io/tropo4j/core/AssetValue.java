package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;

/**
 * Where an asset is, as a value: written as the Ref or Fn::Sub it stands for, and made known to the
 * template's search for the assets it uses ({@link AssetSearch}) on the way.
 */
final class AssetValue implements Value<String> {
  private final Asset asset;
  private final Value<String> written;

  AssetValue(Asset asset, Value<String> written) {
    this.asset = asset;
    this.written = written;
  }

  @Override
  public void writeTo(Sink out) {
    if (out instanceof AssetSearch search) {
      search.found(asset);
    }
    written.writeTo(out);
  }
}
