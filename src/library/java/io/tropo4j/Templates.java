package io.tropo4j;

import io.tropo4j.check.Validator;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.emit.YamlWriter;
import java.util.List;

/**
 * What a program does with a template it built: validate it (every problem at once), and write it
 * as JSON or YAML, each after validation. It stands above the model ({@code core}), the checks
 * ({@code check}) and the writers ({@code emit}), so none of those needs the others.
 *
 * <pre>{@code
 * String json = Templates.toJson(template); // or throws InvalidTemplateException listing every problem
 * }</pre>
 */
public final class Templates {
  private Templates() {}

  /** Every problem in the template, sorted by path; empty when it is valid. */
  public static List<Problem> validate(Template template) {
    List<Problem> problems = Validator.validateStructure(template);
    String json = jsonOrNull(template, problems);
    if (json != null) {
      problems.addAll(Validator.validateSize(template, json));
    }
    problems.sort(null);
    return problems;
  }

  /** The template as JSON, after validation. */
  public static String toJson(Template template) {
    List<Problem> problems = Validator.validateStructure(template);
    String json = jsonOrNull(template, problems);
    if (json != null) {
      problems.addAll(Validator.validateSize(template, json));
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new InvalidTemplateException(problems);
    }
    return json;
  }

  /**
   * The JSON the size check measures, or null when it cannot be written: a number JSON has no form
   * for (NaN, an infinity), which the structure check has reported with its path already.
   */
  private static String jsonOrNull(Template template, List<Problem> problems) {
    try {
      return JsonWriter.write(template);
    } catch (IllegalArgumentException unwritable) {
      if (problems.isEmpty()) {
        throw unwritable;
      }
      return null;
    }
  }

  /** The template as YAML with short-form intrinsics ({@code !Ref}, {@code !Sub}), after validation. */
  public static String toYaml(Template template) {
    List<Problem> problems = validate(template);
    if (!problems.isEmpty()) {
      throw new InvalidTemplateException(problems);
    }
    return YamlWriter.write(template);
  }
}
