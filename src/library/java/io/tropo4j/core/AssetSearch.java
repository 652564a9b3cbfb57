package io.tropo4j.core;

import io.tropo4j.fn.Call;
import io.tropo4j.fn.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a template as a sink that writes nothing, for the assets its values name and where: a
 * template need not be told of its assets, so none can be forgotten.
 */
final class AssetSearch implements Sink {
  private final List<Asset.Use> uses = new ArrayList<>();
  /** The open objects' current keys and the open arrays' current indexes, as path parts. */
  private final List<Object> path = new ArrayList<>();

  List<Asset.Use> uses() {
    return uses;
  }

  void found(Asset asset) {
    StringBuilder where = new StringBuilder();
    for (Object part : path) {
      if (part instanceof int[] index) {
        where.append('[').append(index[0]).append(']');
      } else if (part != null) {
        where.append(where.length() == 0 ? "" : ".").append(part);
      }
    }
    uses.add(new Asset.Use(asset, where.toString()));
  }

  @Override
  public void beginObject() {
    path.add(null);
  }

  @Override
  public void key(String name) {
    path.set(path.size() - 1, name);
  }

  @Override
  public void endObject() {
    path.remove(path.size() - 1);
    next();
  }

  @Override
  public void beginArray() {
    path.add(new int[] {0});
  }

  @Override
  public void endArray() {
    path.remove(path.size() - 1);
    next();
  }

  @Override
  public void string(String value) {
    next();
  }

  @Override
  public void number(Number value) {
    next();
  }

  @Override
  public void bool(boolean value) {
    next();
  }

  @Override
  public void call(Call call) {
    call.writeArgument(this);
  }

  /** After a value: an array's index moves on. */
  private void next() {
    if (!path.isEmpty() && path.get(path.size() - 1) instanceof int[] index) {
      index[0]++;
    }
  }
}
