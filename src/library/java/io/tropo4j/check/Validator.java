package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validates a whole template in one pass and reports every problem, each with the path it was found
 * at (logical ID and property), sorted by path. The body size is checked on JSON the caller wrote,
 * so validation does not depend on the writers; {@code Templates} puts the two together.
 */
public final class Validator {
  private Validator() {}

  /** Everything but the body size, which needs the emitted text. */
  public static List<Problem> validateStructure(Template template) {
    Names names = new Names(template);
    List<Problem> problems = new ArrayList<>();
    IdentifierCheck.run(template, problems);
    QuotaCheck.counts(template, problems);
    SchemaCheck.run(template, problems);
    ParameterCheck.run(template, problems);
    PolicyCheck.run(template, names, problems);
    CreationUpdateCheck.run(template, problems);
    CompanionCheck.run(template, problems);
    IamCheck.run(template, problems);
    RuntimeCheck.run(template, Clock.systemUTC(), problems);
    ExportCheck.run(template, problems);
    AssetCheck.run(template, names, problems);
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
