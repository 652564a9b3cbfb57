package io.tropo4j.core;

import io.tropo4j.fn.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Function source from the project's {@code functions/} folder (packaged on the classpath), for a
 * Lambda function's inline code ({@code Code.ZipFile}), which CloudFormation limits to 4,096
 * characters. The file stays a file, with its own tests; the template carries it verbatim.
 */
public final class InlineCode {
  /** CloudFormation's limit on inline function code. */
  public static final int LIMIT = 4096;

  private InlineCode() {}

  public static Value<String> fromFile(String name) {
    String path = "functions/" + name;
    try (InputStream in = InlineCode.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no function source " + path + " in the project");
      }
      String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (code.length() > LIMIT) {
        throw new IllegalArgumentException(path + " is " + code.length() + " characters; inline function code "
            + "takes at most " + LIMIT + ": shorten it or ship it as a zip in S3");
      }
      return Value.of(code);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
