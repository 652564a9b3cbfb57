package io.tropo4j.codegen;

import java.util.List;
import java.util.Map;

/**
 * The parts of the AWS service specification the generator uses: services, their resource types,
 * and each resource's own property types.
 */
record Spec(List<Service> services) {

  record Service(String shortName, String namespace, List<ResourceType> resources) {}

  record ResourceType(
      String cloudFormationType,
      String name,
      String documentation,
      Map<String, Property> properties,
      Map<String, Attribute> attributes,
      List<String> refIdentifier,
      Tagging tagging,
      boolean stateful,
      List<PropertyType> propertyTypes) {}

  /** A named structure used by a resource's properties. */
  record PropertyType(String id, String name, String documentation, Map<String, Property> properties) {}

  record Property(
      TypeRef type,
      String documentation,
      boolean required,
      Replacement replacement,
      List<String> allowedValues,
      String defaultValue,
      boolean deprecated,
      List<Relationship> relationships) {}

  record Attribute(TypeRef type, String documentation) {}

  /** This property holds another resource's Ref or attribute. */
  record Relationship(String cloudFormationType, String propertyName) {}

  /** How the resource's tags are written: a list of Key/Value, a map, or Auto Scaling's form. */
  record Tagging(String propertyName, Variant variant) {
    enum Variant { STANDARD, MAP, AUTOSCALING }
  }

  /** Whether changing the property replaces the resource. */
  enum Replacement { NONE, YES, MAYBE }

  int resourceCount() {
    return services.stream().mapToInt(s -> s.resources().size()).sum();
  }
}
