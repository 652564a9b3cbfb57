package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ListImportsResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The export lock, found before an update rather than by CloudFormation halfway through it: an export the
 * stack has now that the new template removes or renames, while other stacks import it, fails the update
 * (CloudFormation cannot drop an export in use). The exports are the stack's outputs as DescribeStacks gives
 * them; the new template's export names are resolved where they are literal, or a Fn::Sub or Fn::Join of
 * literals and the pseudo parameters the stack's ARN tells (a name that cannot be resolved counts as kept).
 * Internal.
 */
public final class ExportLock {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final CloudFormationClient cloudFormation;

  public ExportLock(CloudFormationClient cloudFormation) {
    this.cloudFormation = cloudFormation;
  }

  /** Refuses the update when it drops or renames an export another stack imports; only reads. */
  public void check(Stack stack, Supplier<TemplateDocument> template) {
    if (stack.outputs().stream().noneMatch(o -> o.exportName() != null && !o.exportName().isEmpty())) {
      return; // no export: the template is not even read
    }
    TemplateDocument next = template.get();
    Map<String, String> pseudo = pseudoParameters(stack);
    List<String> locked = new ArrayList<>();
    for (Output output : stack.outputs()) {
      String export = output.exportName();
      if (export == null || export.isEmpty()) {
        continue;
      }
      TemplateDocument.Output kept = next.outputs().get(output.outputKey());
      Node name = kept == null ? null : kept.definition().map("Export").flatMap(e -> e.find("Name")).orElse(null);
      String resolved = name == null ? null : resolve(name, pseudo);
      if (name != null && (resolved == null || resolved.equals(export))) {
        continue; // kept, or not known before CloudFormation resolves it
      }
      List<String> importers = importers(export, stack.stackName());
      if (!importers.isEmpty()) {
        locked.add("export " + export + " (output " + output.outputKey() + ") is imported by "
            + String.join(", ", importers) + " and the update " + (name == null ? "removes it" : "renames it to "
            + resolved));
      }
    }
    if (!locked.isEmpty()) {
      throw new DeployException("stack " + stack.stackName() + " cannot be updated as its template says: "
          + String.join("; ", locked) + ". CloudFormation keeps an export while any stack imports it, and would "
          + "fail the update halfway. Move the importers off it first: have each read the value without the export "
          + "(Fn.getStackOutput(\"" + stack.stackName() + "\", output), a weak reference) and update them, keeping "
          + "the export here meanwhile; then update this stack without it. Nothing was changed",
          stack.stackName(), stack.stackStatusAsString(), NextStep.NONE);
    }
  }

  /** The stacks that import the export, by name; none when it is imported by none. */
  private List<String> importers(String export, String stackName) {
    List<String> importers = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListImportsResponse response;
      try {
        response = cloudFormation.listImports(b -> b.exportName(export).nextToken(page));
      } catch (SdkException e) {
        // AWS answers a ValidationError for an export no stack imports (the export itself exists: the stack
        // has it); every other failure is one.
        if (e instanceof AwsServiceException service && service.statusCode() == 400 && AwsCalls.hasCode(e,
            "ValidationError")) {
          return importers;
        }
        throw AwsCalls.failure(e, "listing the stacks that import export " + export + " of stack " + stackName);
      }
      importers.addAll(response.imports());
      token = response.nextToken();
    } while (token != null);
    return importers;
  }

  /** AWS::StackName, AWS::Region, AWS::AccountId and AWS::Partition, from the stack's name and ARN. */
  private static Map<String, String> pseudoParameters(Stack stack) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("AWS::StackName", stack.stackName());
    String[] arn = stack.stackId() == null ? new String[0] : stack.stackId().split(":");
    if (arn.length > 4) {
      values.put("AWS::Partition", arn[1]);
      values.put("AWS::Region", arn[3]);
      values.put("AWS::AccountId", arn[4]);
    }
    return values;
  }

  /** The text the node comes to, or null when it needs what only CloudFormation knows. */
  static String resolve(Node node, Map<String, String> pseudo) {
    if (node instanceof Scalar scalar) {
      return scalar.kind() == Scalar.Kind.NULL ? null : scalar.string();
    }
    if (!(node instanceof Intrinsic intrinsic)) {
      return null;
    }
    switch (intrinsic.name()) {
      case "Ref":
        return intrinsic.argument() instanceof Scalar name ? pseudo.get(name.string()) : null;
      case "Fn::Sub": {
        if (!(intrinsic.argument() instanceof Scalar text)) {
          return null;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text.string());
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
          String value = pseudo.get(placeholder.group(1));
          if (value == null) {
            return null;
          }
          placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(out).toString();
      }
      case "Fn::Join": {
        if (!(intrinsic.argument() instanceof ListNode args) || args.size() != 2
            || !(args.get(0) instanceof Scalar separator) || !(args.get(1) instanceof ListNode parts)) {
          return null;
        }
        List<String> texts = new ArrayList<>();
        for (Node part : parts.items()) {
          String text = resolve(part, pseudo);
          if (text == null) {
            return null;
          }
          texts.add(text);
        }
        return String.join(separator.string(), texts);
      }
      default:
        return null;
    }
  }
}
