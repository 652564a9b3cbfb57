package io.tropo4j.core;

import java.util.List;

/** Every problem validation found in a template, reported together. */
public final class InvalidTemplateException extends RuntimeException {
  private final transient List<Problem> problems;

  public InvalidTemplateException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}
