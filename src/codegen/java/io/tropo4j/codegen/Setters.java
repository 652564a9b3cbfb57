package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.PropertyType;
import io.tropo4j.codegen.Spec.Relationship;
import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Tagging;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the setters of one property: a literal form and a {@code Value<T>} form, one of each per
 * member of a union, varargs for lists of nested types, a {@code Tags} form for the resource's tags
 * and one form per resource the property refers to. Two setters whose parameters erase to the same
 * type cannot both exist in Java; the first planned wins, so the plan order is the preference.
 */
final class Setters {
  static final String TAGS = "io.tropo4j.core.Tags";
  static final String ASSET = "io.tropo4j.core.Asset";
  /** The property names of a nested type that is an S3 location, bucket first: an asset can fill it in. */
  private static final List<List<String>> S3_LOCATIONS = List.of(List.of("S3Bucket", "S3Key"), List.of("Bucket", "Key"));

  /** One method to write. {@code body} is the expression passed to {@code set}. */
  record Setter(String parameterType, String parameterName, String body, String summary) {
    String erasure() {
      int generic = parameterType.indexOf('<');
      String raw = generic < 0 ? parameterType : parameterType.substring(0, generic);
      return raw.substring(raw.lastIndexOf('.') + 1);
    }
  }

  private final JavaTypes types;
  private final SpecIndex index;
  private final Map<String, PropertyType> structs;

  /** @param structs the file's property types by ID */
  Setters(JavaTypes types, SpecIndex index, Map<String, PropertyType> structs) {
    this.types = types;
    this.index = index;
    this.structs = structs;
  }

  /**
   * @param tagging how the resource writes its tags, when this property holds them; else null
   */
  List<Setter> plan(String propertyName, Property property, Tagging tagging) {
    List<Setter> planned = new ArrayList<>();
    TypeRef type = property.type();
    if (type instanceof TypeRef.Union union) {
      union(union, planned);
    } else {
      forType(type, planned);
    }
    if (tagging != null) {
      tags(tagging, type, planned);
    }
    for (Relationship relationship : property.relationships()) {
      relationship(propertyName, property, relationship, type, planned);
    }
    return distinct(planned);
  }

  private void forType(TypeRef type, List<Setter> planned) {
    String literal = types.literalParameter(type);
    if (literal != null) {
      planned.add(new Setter(literal, "value", types.literalToValue(type, "value"), null));
    }
    planned.add(new Setter(types.valueParameter(type), "value", "value", null));
    if (type instanceof TypeRef.ArrayOf array && array.element() instanceof TypeRef.Struct struct) {
      planned.add(new Setter(types.struct(struct) + "...", "values",
          types.use(JavaTypes.VALUE) + ".list(values)", null));
    }
    if (type instanceof TypeRef.Struct struct) {
      asset(struct, planned);
    }
  }

  /** {@code code(Asset asset)}: a nested type that is an S3 location, filled in with the asset's bucket and key. */
  private void asset(TypeRef.Struct struct, List<Setter> planned) {
    PropertyType location = structs.get(struct.id());
    if (location == null) {
      return;
    }
    for (List<String> names : S3_LOCATIONS) {
      Property bucket = location.properties().get(names.get(0));
      Property key = location.properties().get(names.get(1));
      if (bucket != null && key != null && TypeRef.STRING.equals(bucket.type()) && TypeRef.STRING.equals(key.type())) {
        planned.add(new Setter(types.use(ASSET), "asset", "new " + types.struct(struct) + "()."
            + Naming.propertyMethod(names.get(0), Naming.STRUCT_METHODS) + "(asset.bucket())."
            + Naming.propertyMethod(names.get(1), Naming.STRUCT_METHODS) + "(asset.key())",
            "the asset's bucket and key, where the deployer uploads it"));
        return;
      }
    }
  }

  /** The string form's Value overload first: intrinsics mostly produce strings. */
  private void union(TypeRef.Union union, List<Setter> planned) {
    List<TypeRef> members = new ArrayList<>(union.members());
    members.sort((a, b) -> Boolean.compare(!TypeRef.STRING.equals(a), !TypeRef.STRING.equals(b)));
    for (TypeRef member : members) {
      if (member instanceof TypeRef.Union nested) {
        union(nested, planned);
      } else if (member instanceof TypeRef.Struct struct) {
        planned.add(new Setter(types.struct(struct), "value", "value", null));
      } else if (TypeRef.JSON.equals(member)) {
        planned.add(new Setter(types.use(JavaTypes.JSON), "value", "value", null));
      } else {
        forType(member, planned);
      }
    }
  }

  private void tags(Tagging tagging, TypeRef type, List<Setter> planned) {
    String tags = types.use(TAGS);
    switch (tagging.variant()) {
      case STANDARD -> {
        if (type instanceof TypeRef.ArrayOf) {
          planned.add(new Setter(tags, "tags", "tags", "the tags, as a list of Key and Value"));
        }
      }
      case MAP -> planned.add(new Setter(tags, "tags", "tags.asMap()", "the tags, as a map of key to value"));
      case AUTOSCALING -> planned.add(new Setter(tags, "tags", "tags.propagatedAtLaunch()",
          "the tags, each propagated to the instances the group launches"));
    }
  }

  /** {@code role(Role role)} writes the role's Ref or attribute, whichever the property takes. */
  private void relationship(String propertyName, Property property, Relationship relationship, TypeRef type,
      List<Setter> planned) {
    ResourceType target = index.resource(relationship.cloudFormationType());
    if (target == null) {
      return;
    }
    boolean list = type instanceof TypeRef.ArrayOf array && TypeRef.STRING.equals(array.element());
    ReferenceChoice.Choice choice = ReferenceChoice.choose(propertyName, list, property, relationship, target);
    if (choice == null) {
      return;
    }
    String reference = choice.ref() ? "ref" : index.attributeMethods(target).get(choice.name());
    String targetClass = types.use(index.className(target.cloudFormationType()));
    String what = "the " + (choice.ref() ? "Ref" : choice.name()) + " of ";
    String typeName = "{@code " + target.cloudFormationType() + "}";
    if (TypeRef.STRING.equals(type)) {
      planned.add(new Setter(targetClass, "resource", "resource." + reference + "()", what + typeName));
    } else if (list) {
      // Value.refs and Value.attributes rather than list(resources, Role::arn): a method reference
      // is a lambda, linked at run time by every program that calls the setter.
      String values = choice.ref() ? ".refs(resources)" : ".attributes(\"" + choice.name() + "\", resources)";
      planned.add(new Setter(targetClass + "...", "resources", types.use(JavaTypes.VALUE) + values,
          what + "each " + typeName));
    }
  }

  private static List<Setter> distinct(List<Setter> planned) {
    Set<String> erasures = new HashSet<>();
    List<Setter> kept = new ArrayList<>();
    for (Setter setter : planned) {
      if (erasures.add(setter.erasure())) {
        kept.add(setter);
      }
    }
    return kept;
  }
}
