package io.tropo4j.deploy.diff;

import io.tropo4j.resources.StatefulTypes;

/** Which resource types hold data, asked by type name, since a removed resource has only that. */
public final class DataResources {
  private DataResources() {}

  public static boolean holdsData(String type) {
    return StatefulTypes.contains(type);
  }
}
