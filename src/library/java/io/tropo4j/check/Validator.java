package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validates a whole template in one pass and reports every problem, each with the path it was found
 * at (logical ID and property), sorted by path.
 */
public final class Validator {
  private Validator() {}

  public static List<Problem> validate(Template template) {
    List<Problem> problems = validateStructure(template);
    problems.addAll(validateSize(template, JsonWriter.write(template::writeTo)));
    Collections.sort(problems);
    return problems;
  }

  /** Everything but the body size, which needs the emitted text. */
  public static List<Problem> validateStructure(Template template) {
    Names names = new Names(template);
    List<Problem> problems = new ArrayList<>();
    IdentifierCheck.run(template, problems);
    QuotaCheck.counts(template, problems);
    SchemaCheck.run(template, problems);
    ParameterCheck.run(template, problems);
    PolicyCheck.run(template, names, problems);
    ReferenceWalker walker = new ReferenceWalker(names, problems);
    template.writeTo(walker);
    CycleCheck.run("Resources", walker.resourceEdges(), problems);
    CycleCheck.run("Conditions", walker.conditionEdges(), problems);
    Collections.sort(problems);
    return problems;
  }

  /** CloudFormation's limits on the template body, given the JSON that would be sent. */
  public static List<Problem> validateSize(Template template, String json) {
    List<Problem> problems = new ArrayList<>();
    QuotaCheck.bodySize(json, problems);
    return problems;
  }
}
