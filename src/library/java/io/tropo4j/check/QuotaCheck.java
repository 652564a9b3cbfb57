package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CloudFormation's per-template quotas. */
final class QuotaCheck {
  static final int MAX_RESOURCES = 500;
  static final int MAX_PARAMETERS = 200;
  static final int MAX_OUTPUTS = 200;
  static final int MAX_MAPPINGS = 200;
  static final int MAX_DESCRIPTION_BYTES = 1024;
  /** A template passed by URL from S3; larger bodies are refused outright. */
  public static final int MAX_BODY_BYTES_S3 = 1024 * 1024;

  private QuotaCheck() {}

  static void counts(Template template, List<Problem> problems) {
    count("Resources", template.resources().size(), MAX_RESOURCES, problems);
    count("Parameters", template.parameters().size(), MAX_PARAMETERS, problems);
    count("Outputs", template.outputs().size(), MAX_OUTPUTS, problems);
    count("Mappings", template.mappings().size(), MAX_MAPPINGS, problems);
    if (template.description() != null) {
      int bytes = template.description().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_DESCRIPTION_BYTES) {
        problems.add(new Problem("Description",
            "is " + bytes + " bytes; CloudFormation allows " + MAX_DESCRIPTION_BYTES));
      }
    }
  }

  static void bodySize(String json, List<Problem> problems) {
    if ((long) json.length() * 3 <= MAX_BODY_BYTES_S3) {
      return; // no char takes more than 3 UTF-8 bytes (a surrogate pair, 4 for 2 chars)
    }
    long bytes = utf8Length(json);
    if (bytes > MAX_BODY_BYTES_S3) {
      problems.add(new Problem("(template)", "body is " + bytes
          + " bytes; CloudFormation accepts at most " + MAX_BODY_BYTES_S3 + " bytes, even from S3"));
    }
  }

  private static void count(String section, int count, int limit, List<Problem> problems) {
    if (count > limit) {
      problems.add(new Problem(section,
          count + " declared; CloudFormation allows " + limit + " per template"));
    }
  }

  /** UTF-8 length without encoding a copy of a large template. */
  static long utf8Length(CharSequence s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
