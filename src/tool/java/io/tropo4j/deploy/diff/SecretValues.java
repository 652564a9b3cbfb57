package io.tropo4j.deploy.diff;

import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which property values the deployer never shows, in drift or in a change set's before and after
 * values: a property whose template value reads a NoEcho parameter or a dynamic reference to a secret
 * ({@code {{resolve:secretsmanager:...}}}, {@code {{resolve:ssm-secure:...}}}), and a property whose
 * name says it holds one (a password, a secret, a token, a private key). Internal.
 */
public final class SecretValues {
  /** What is shown instead of a secret value. */
  public static final String MASK = "****";
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(password|passphrase|secret|token|privatekey|credential).*");

  private final List<TemplateDocument> templates;
  private final Set<String> noEcho = new HashSet<>();

  /** @param templates the templates whose values may be shown: the one the stack runs, and the next */
  public SecretValues(List<TemplateDocument> templates) {
    this.templates = templates;
    for (TemplateDocument template : templates) {
      template.parameters().forEach((name, parameter) -> {
        if (parameter.noEcho()) {
          noEcho.add(name);
        }
      });
    }
  }

  /** The value, or the mask when it must not be shown; null stays null. */
  public String shown(String logicalId, String propertyPath, String value) {
    return value == null || !hides(logicalId, propertyPath) ? value : MASK;
  }

  /**
   * Whether the value at this path of the resource's properties must not be shown.
   *
   * @param propertyPath as CloudFormation gives it: {@code /Properties/Name/0/Key} in a change set,
   *     {@code /Name/0/Key} in drift
   */
  public boolean hides(String logicalId, String propertyPath) {
    String path = propertyPath == null ? "" : propertyPath;
    if (path.startsWith("/Properties/")) {
      path = path.substring("/Properties".length());
    }
    String[] segments = path.split("/");
    for (String segment : segments) {
      if (SECRET_NAME.matcher(segment).matches()) {
        return true;
      }
    }
    String property = segments.length > 1 ? segments[1] : path;
    for (TemplateDocument template : templates) {
      TemplateDocument.Resource resource = template.resources().get(logicalId);
      if (resource != null && resource.properties().find(property).map(this::readsSecret).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private boolean readsSecret(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.isString() && (scalar.string().contains("{{resolve:secretsmanager:")
          || scalar.string().contains("{{resolve:ssm-secure:"));
    }
    if (node instanceof Intrinsic intrinsic) {
      return refersToNoEcho(intrinsic) || readsSecret(intrinsic.argument());
    }
    if (node instanceof MapNode map) {
      return map.entries().values().stream().anyMatch(this::readsSecret);
    }
    return ((ListNode) node).items().stream().anyMatch(this::readsSecret);
  }

  private boolean refersToNoEcho(Intrinsic intrinsic) {
    if (intrinsic.name().equals("Ref")) {
      return intrinsic.argument() instanceof Scalar name && noEcho.contains(name.text());
    }
    if (intrinsic.name().equals("Fn::Sub")) {
      Node text = intrinsic.argument() instanceof ListNode list && !list.items().isEmpty() ? list.get(0)
          : intrinsic.argument();
      if (text instanceof Scalar scalar) {
        for (String name : noEcho) {
          if (scalar.text().contains("${" + name + "}")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
