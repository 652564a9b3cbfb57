package io.tropo4j.deploy;

import io.tropo4j.core.Resource;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which resource types hold data, as the specification says; asked by type name, since a removed resource has only that. */
final class DataResources {
  private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

  private DataResources() {}

  static boolean holdsData(String type) {
    return CACHE.computeIfAbsent(type, DataResources::lookUp);
  }

  /** {@code AWS::S3::Bucket} is {@code io.tropo4j.resources.s3.Bucket}; an unknown type holds nothing we know of. */
  private static boolean lookUp(String type) {
    String[] parts = type.split("::");
    if (parts.length != 3) {
      return false;
    }
    String className = "io.tropo4j.resources." + parts[1].toLowerCase(Locale.ROOT) + "." + parts[2];
    try {
      Object resource = Class.forName(className).getConstructor(String.class).newInstance("Probe");
      return resource instanceof Resource<?> r && r.type().equals(type) && r.schema().isStateful();
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }
}
