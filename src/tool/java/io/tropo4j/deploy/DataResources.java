package io.tropo4j.deploy;

import io.tropo4j.resources.StatefulTypes;

/** Which resource types hold data, asked by type name, since a removed resource has only that. */
final class DataResources {
  private DataResources() {}

  static boolean holdsData(String type) {
    return StatefulTypes.contains(type);
  }
}
