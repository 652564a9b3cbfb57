package io.tropo4j.core;

import io.tropo4j.fn.Value;

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
    String code = ProjectFiles.read(path, "function source");
    if (code.length() > LIMIT) {
      throw new IllegalArgumentException(path + " is " + code.length() + " characters; inline function code "
          + "takes at most " + LIMIT + ": shorten it, or make its folder an asset: code(Asset.folder(...))");
    }
    return Value.of(code);
  }
}
