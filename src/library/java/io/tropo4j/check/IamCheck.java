package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IAM policy documents shaped as IAM accepts them: a Statement; in every statement an Effect of
 * Allow or Deny and actions; resources in identity and resource policies, a principal in trust and
 * resource policies, and neither where that kind has none. IAM refuses the document only when the
 * stack is deployed; here it is a problem at the statement. The properties are cfn-lint's (E3510,
 * E3512, E3530); parts that are intrinsics are left to CloudFormation.
 */
final class IamCheck {
  private enum Kind {
    IDENTITY("an identity policy", true, false),
    RESOURCE("a resource policy", true, true),
    TRUST("a trust policy", false, true);

    final String name;
    final boolean resources;
    final boolean principals;

    Kind(String name, boolean resources, boolean principals) {
      this.name = name;
      this.resources = resources;
      this.principals = principals;
    }
  }

  private record Document(String type, String property, String inList, Kind kind) {}

  /** Where policy documents are, by type and property; {@code inList}: the list property holding them. */
  private static final List<Document> DOCUMENTS = List.of(
      new Document("AWS::IAM::Role", "AssumeRolePolicyDocument", null, Kind.TRUST),
      new Document("AWS::IAM::Role", "PolicyDocument", "Policies", Kind.IDENTITY),
      new Document("AWS::IAM::User", "PolicyDocument", "Policies", Kind.IDENTITY),
      new Document("AWS::IAM::Group", "PolicyDocument", "Policies", Kind.IDENTITY),
      new Document("AWS::IAM::Policy", "PolicyDocument", null, Kind.IDENTITY),
      new Document("AWS::IAM::ManagedPolicy", "PolicyDocument", null, Kind.IDENTITY),
      new Document("AWS::IAM::RolePolicy", "PolicyDocument", null, Kind.IDENTITY),
      new Document("AWS::IAM::UserPolicy", "PolicyDocument", null, Kind.IDENTITY),
      new Document("AWS::IAM::GroupPolicy", "PolicyDocument", null, Kind.IDENTITY),
      new Document("AWS::SSO::PermissionSet", "InlinePolicy", null, Kind.IDENTITY),
      new Document("AWS::KMS::Key", "KeyPolicy", null, Kind.RESOURCE),
      new Document("AWS::OpenSearchService::Domain", "AccessPolicies", null, Kind.RESOURCE),
      new Document("AWS::S3::BucketPolicy", "PolicyDocument", null, Kind.RESOURCE),
      new Document("AWS::SNS::TopicPolicy", "PolicyDocument", null, Kind.RESOURCE),
      new Document("AWS::SQS::QueuePolicy", "PolicyDocument", null, Kind.RESOURCE));

  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
  private static final Set<String> DOCUMENT_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Action", "NotAction",
      "Resource", "NotResource", "Principal", "NotPrincipal", "Condition");

  private IamCheck() {}

  static void run(Template template, List<Problem> problems) {
    for (Resource<?> resource : template.resources()) {
      for (Document document : DOCUMENTS) {
        if (document.type.equals(resource.type())) {
          find(resource, document, problems);
        }
      }
    }
  }

  private static void find(Resource<?> resource, Document document, List<Problem> problems) {
    String path = "Resources." + resource.logicalId() + ".Properties.";
    if (document.inList == null) {
      Value<?> value = resource.properties().get(document.property);
      if (value != null) {
        document(path + document.property, JsonTree.of(value), document.kind, problems);
      }
      return;
    }
    Value<?> list = resource.properties().get(document.inList);
    if (list != null && JsonTree.of(list) instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Map<?, ?> item && JsonTree.function(item) == null
            && item.containsKey(document.property)) {
          document(path + document.inList + "[" + i + "]." + document.property, item.get(document.property),
              document.kind, problems);
        }
      }
    }
  }

  private static void document(String path, Object document, Kind kind, List<Problem> problems) {
    if (!(document instanceof Map<?, ?> map) || JsonTree.function(document) != null) {
      return; // JSON text or an intrinsic: IAM reads what CloudFormation resolves
    }
    for (Object key : map.keySet()) {
      if (!DOCUMENT_KEYS.contains(key)) {
        problems.add(new Problem(path + "." + key, "is not a policy document element; expected Version, Id or Statement"));
      }
    }
    Object version = map.get("Version");
    if (version instanceof String text && !VERSIONS.contains(text)) {
      problems.add(new Problem(path + ".Version", "'" + text + "' is not a policy language version; use 2012-10-17"));
    }
    Object statements = map.get("Statement");
    if (statements == null) {
      problems.add(new Problem(path + ".Statement", "is missing; " + kind.name + " needs at least one statement"));
    } else if (statements instanceof List<?> list && list.isEmpty()) {
      problems.add(new Problem(path + ".Statement", "is empty; " + kind.name + " needs at least one statement"));
    } else if (statements instanceof List<?> list) {
      Set<Object> sids = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        statement(path + ".Statement[" + i + "]", list.get(i), kind, sids, problems);
      }
    } else {
      statement(path + ".Statement", statements, kind, new HashSet<>(), problems);
    }
  }

  private static void statement(String path, Object statement, Kind kind, Set<Object> sids, List<Problem> problems) {
    if (!(statement instanceof Map<?, ?> map) || JsonTree.function(statement) != null) {
      return;
    }
    Set<Object> keys = new HashSet<>(map.keySet());
    for (Object key : map.keySet()) {
      if (!STATEMENT_KEYS.contains(key)) {
        String meant = meant(key.toString());
        problems.add(new Problem(path + "." + key, "is not a policy statement element"
            + (meant == null ? "" : "; did you mean " + meant + "?")));
        if (meant != null) {
          keys.add(meant); // one problem for a misspelt element, not also the element missing
        }
      } else if (!kind.principals && (key.equals("Principal") || key.equals("NotPrincipal"))) {
        problems.add(new Problem(path + "." + key, kind.name + " names no principal: it applies to whoever holds it"));
      } else if (!kind.resources && (key.equals("Resource") || key.equals("NotResource"))) {
        problems.add(new Problem(path + "." + key, kind.name + " names no resource: the role is the resource"));
      }
    }
    Object effect = map.get("Effect");
    if (!keys.contains("Effect")) {
      problems.add(new Problem(path + ".Effect", "is missing; every statement says Allow or Deny"));
    } else if (effect instanceof String text && !text.equals("Allow") && !text.equals("Deny")) {
      problems.add(new Problem(path + ".Effect", "'" + text + "' is not an effect; use Allow or Deny"));
    }
    oneOf(path, keys, "Action", "NotAction", "every statement names its actions", problems);
    if (kind.resources) {
      oneOf(path, keys, "Resource", "NotResource", "a statement of " + kind.name + " names its resources", problems);
    }
    if (kind.principals) {
      oneOf(path, keys, "Principal", "NotPrincipal", "a statement of " + kind.name + " names its principals", problems);
    }
    if (map.get("Action") instanceof List<?> actions && actions.isEmpty()) {
      problems.add(new Problem(path + ".Action", "is empty; give at least one action"));
    }
    Object sid = map.get("Sid");
    if (sid instanceof String text) {
      if (kind == Kind.IDENTITY && !text.isEmpty() && !IdentifierCheck.isAlphanumeric(text)) {
        problems.add(new Problem(path + ".Sid", "'" + text + "' is not alphanumeric, as IAM requires in identity policies"));
      }
      if (!sids.add(text)) {
        problems.add(new Problem(path + ".Sid", "'" + text + "' is the Sid of another statement of this policy"));
      }
    }
  }

  /** The element a misspelt key stands for: another case, or a plural or singular too many. */
  private static String meant(String key) {
    for (String element : STATEMENT_KEYS) {
      if (element.equalsIgnoreCase(key) || (element + "s").equalsIgnoreCase(key)
          || element.equalsIgnoreCase(key + "s")) {
        return element;
      }
    }
    return null;
  }

  private static void oneOf(String path, Set<Object> statement, String element, String negated, String why,
      List<Problem> problems) {
    boolean has = statement.contains(element);
    if (has == statement.contains(negated)) {
      problems.add(has
          ? new Problem(path + "." + negated, "is given with " + element + "; use one of the two")
          : new Problem(path + "." + element, "is missing (or " + negated + "); " + why));
    }
  }
}
