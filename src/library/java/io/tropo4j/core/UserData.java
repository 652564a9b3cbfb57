package io.tropo4j.core;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Sub;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Boot scripts from the project's {@code userdata/} folder (on the class path), embedded with
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
    return Fn.sub(ProjectFiles.read(path, "boot script"), variables).from(path);
  }
}
