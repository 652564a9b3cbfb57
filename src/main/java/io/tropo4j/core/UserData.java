package io.tropo4j.core;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Sub;
import io.tropo4j.fn.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Boot scripts from the project's {@code userdata/} folder (packaged on the classpath), embedded with
 * Fn::Base64 and Fn::Sub. Every {@code ${Name}} in a script must resolve in the template, or
 * validation names the file, line and name; write {@code ${!Name}} for a shell variable.
 */
public final class UserData {
  private UserData() {}

  /** The script, base64-encoded for a launch template or instance. */
  public static Value<String> fromFile(String name) {
    return Fn.base64(script(name, Map.of()));
  }

  /** The script with extra Fn::Sub variables, base64-encoded. */
  public static Value<String> fromFile(String name, Map<String, ? extends Value<?>> variables) {
    return Fn.base64(script(name, variables));
  }

  /** The script as Fn::Sub, not encoded (for properties that take plain text). */
  public static Sub script(String name, Map<String, ? extends Value<?>> variables) {
    String path = "userdata/" + name;
    try (InputStream in = UserData.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no boot script " + path + " in the project");
      }
      return Fn.sub(new String(in.readAllBytes(), StandardCharsets.UTF_8), variables).from(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
