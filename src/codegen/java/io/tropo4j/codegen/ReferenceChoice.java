package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.Relationship;
import io.tropo4j.codegen.Spec.ResourceType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which of a resource's values a property that refers to it takes: its Ref or one of its string
 * attributes. The specification's relationship data names one, and is followed when it names an
 * attribute. When it names the Ref identifier, or nothing the resource returns, the property's own
 * name decides, because the data is loose there: {@code SourceSecurityGroupId} points at a security
 * group's {@code Id}, which is its Ref, and that is the group's name outside a VPC, where the
 * property wants {@code GroupId}; {@code TaskRoleArn} points at a role's {@code RoleName}, its Ref,
 * where the property wants {@code Arn}. The longest value name that ends the property's name wins,
 * so a property that says it takes an ID or ARN gets the ID or ARN.
 */
final class ReferenceChoice {
  /** The Ref, as opposed to an attribute; {@code name} is the identifier Ref returns. */
  record Choice(String name, boolean ref) {}

  private static final Pattern ARN_DOCUMENTED = Pattern.compile("\\bARNs?\\b|Amazon Resource Name");
  private static final Pattern ID_DOCUMENTED = Pattern.compile("\\bIDs?\\b");
  private static final Pattern KINDS = Pattern.compile("(Id|Arn|Name|Url)$");

  private ReferenceChoice() {}

  /**
   * @param propertyName the referring property's name
   * @param list whether it holds a list (its name is then plural)
   * @return the choice, or null when the resource returns nothing the property can take
   */
  static Choice choose(String propertyName, boolean list, Property property, Relationship relationship,
      ResourceType target) {
    Map<String, Choice> candidates = candidates(target);
    Choice named = candidates.get(relationship.propertyName());
    if (named != null && !named.ref()) {
      return named;
    }
    String documentation = property.documentation() == null ? "" : property.documentation();
    String wanted = list && propertyName.endsWith("s") ? propertyName.substring(0, propertyName.length() - 1) : propertyName;
    // RDS's VPCSecurityGroups is documented as "security group IDs": the name leaves the Id out.
    if (!KINDS.matcher(wanted).find() && ID_DOCUMENTED.matcher(documentation).find()) {
      wanted += "Id";
    }
    // Some properties are named ...Id and documented as taking an ARN (Amazon Connect's InstanceId):
    // the documentation is the better witness then.
    boolean wantsArn = ARN_DOCUMENTED.matcher(documentation).find();
    if (named != null && wantsArn && named.name().endsWith("Arn")) {
      return named;
    }
    Choice best = named != null && wanted.endsWith(named.name()) ? named : null;
    for (Choice candidate : candidates.values()) {
      boolean fits = wanted.endsWith(candidate.name()) && (!wantsArn || candidate.name().endsWith("Arn"))
          // A bare "Id" says nothing of which resource's ID: only the data's own choice may use it.
          && (named != null || !candidate.name().equals("Id"));
      if (fits && (best == null || candidate.name().length() > best.name().length())) {
        best = candidate;
      }
    }
    return best != null ? best : named;
  }

  /** The Ref identifier, when Ref returns one value, and every string attribute. */
  private static Map<String, Choice> candidates(ResourceType target) {
    Map<String, Choice> candidates = new LinkedHashMap<>();
    target.attributes().forEach((name, attribute) -> {
      if (TypeRef.STRING.equals(attribute.type())) {
        candidates.put(name, new Choice(name, false));
      }
    });
    if (target.refIdentifier().size() == 1) {
      String identifier = target.refIdentifier().get(0);
      candidates.put(identifier, new Choice(identifier, true));
    }
    return candidates;
  }
}
