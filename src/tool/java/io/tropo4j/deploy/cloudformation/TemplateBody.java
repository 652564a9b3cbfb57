package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;

import io.tropo4j.Templates;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import java.nio.charset.StandardCharsets;

/** A stack's template as sent to CloudFormation: valid JSON, no larger than CloudFormation takes by URL. */
public record TemplateBody(String json, int bytes) {
  /** CloudFormation's limit on a template passed by URL. */
  public static final int URL_LIMIT = 1_048_576;
  /** The largest template, in bytes, CloudFormation takes inline; larger ones go through the artifact bucket. */
  public static final int INLINE_LIMIT = 51_200;

  /** @throws DeployException when the template is not valid or too large; nothing was sent then */
  public static TemplateBody of(Template template, String stackName) {
    String json;
    try {
      json = Templates.toJson(template);
    } catch (InvalidTemplateException e) {
      throw invalid(e, stackName);
    }
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > URL_LIMIT) {
      throw new DeployException("the template of stack " + stackName + " is " + bytes + " bytes; CloudFormation "
          + "takes at most " + URL_LIMIT + "; nothing was sent");
    }
    return new TemplateBody(json, bytes);
  }

  /** A template that does not validate, or a stack that could not build one: every problem, nothing sent. */
  public static DeployException invalid(InvalidTemplateException e, String stackName) {
    StringBuilder message = new StringBuilder("stack " + stackName + " is not valid; nothing was sent:");
    for (Problem problem : e.problems()) {
      message.append("\n  ").append(problem);
    }
    return new DeployException(message.toString(), e);
  }

  /** Whether CloudFormation takes it inline, or it must go through the artifact bucket. */
  public boolean fitsInline() {
    return bytes <= INLINE_LIMIT;
  }
}
