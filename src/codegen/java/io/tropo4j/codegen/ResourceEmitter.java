package io.tropo4j.codegen;

import io.tropo4j.codegen.Setters.Setter;
import io.tropo4j.codegen.Spec.Attribute;
import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.PropertyType;
import io.tropo4j.codegen.Spec.Replacement;
import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Tagging;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the file of one resource type: the resource class with a setter per property and an
 * accessor per attribute, and its property types as nested classes.
 */
final class ResourceEmitter {
  static final String HEADER = "// Generated from the AWS service specification by tropo4j's generator. Do not edit.\n";
  private static final String RESOURCE = "io.tropo4j.core.Resource";
  private static final String STRUCT = "io.tropo4j.core.Struct";
  private static final String SCHEMA = "io.tropo4j.core.Schema";
  private static final String CONSTRAINT = "io.tropo4j.core.Constraint";
  private static final int LINE_WIDTH = 100;

  private final SpecIndex index;
  private final ProviderSchemas schemas;

  ResourceEmitter(SpecIndex index, ProviderSchemas schemas) {
    this.index = index;
    this.schemas = schemas;
  }

  /** The file's path under the source root, and its text. */
  GeneratedFile emit(String packageName, ResourceType resource) {
    String outer = resource.name();
    Map<String, String> nested = nestedNames(resource, packageName + "." + outer);
    Set<String> declared = new HashSet<>(nested.values());
    declared.add(packageName + "." + outer);
    Imports imports = new Imports(packageName, declared, index.classesOfPackage(packageName));
    JavaTypes types = new JavaTypes(imports, nested);
    Map<String, PropertyType> structs = new HashMap<>();
    for (PropertyType type : resource.propertyTypes()) {
      structs.put(type.id(), type);
    }
    Setters setters = new Setters(types, index, structs);
    ProviderSchemas.Objects objects = schemas.objects(resource);

    StringBuilder body = new StringBuilder();
    body.append(new JavaDoc().markdown(resource.documentation())
        .note("CloudFormation type {@code " + resource.cloudFormationType() + "}.")
        .note(resource.stateful() ? "It holds data: validation asks for a DeletionPolicy and an "
            + "UpdateReplacePolicy, e.g. {@code retainData()}." : null)
        .render(""));
    body.append("public final class ").append(outer).append(" extends ")
        .append(types.use(RESOURCE)).append('<').append(outer).append("> {\n");
    schema(body, "  ", types, resource.cloudFormationType(), resource.properties(), resource, resource.stateful(),
        name -> objects.facts(null, name));
    body.append("\n  public ").append(outer).append("(").append(types.use("java.lang.String"))
        .append(" logicalId) {\n    super(logicalId, SCHEMA);\n  }\n");
    Set<String> taken = new HashSet<>(Naming.RESOURCE_METHODS);
    resource.properties().forEach((name, property) -> {
      Tagging tagging = resource.tagging() != null && resource.tagging().propertyName().equals(name)
          ? resource.tagging() : null;
      properties(body, "  ", outer, name, property, setters.plan(name, property, tagging),
          uniqueMethod(Naming.propertyMethod(name, Naming.RESOURCE_METHODS), taken, resource, name),
          objects.facts(null, name));
    });
    Map<String, String> accessors = index.attributeMethods(resource);
    resource.attributes().forEach((name, attribute) -> attribute(body, types, name, attribute, accessors.get(name)));
    for (PropertyType type : resource.propertyTypes()) {
      struct(body, types, setters, resource, type, nested.get(type.id()), objects);
    }
    body.append("}\n");

    StringBuilder file = new StringBuilder(body.length() + 1024);
    file.append(HEADER).append("package ").append(packageName).append(";\n\n");
    for (String imported : imports.imports()) {
      file.append("import ").append(imported).append(";\n");
    }
    file.append(imports.imports().isEmpty() ? "" : "\n").append(body);
    return new GeneratedFile(packageName.replace('.', '/') + "/" + outer + ".java", file.toString());
  }

  private void struct(StringBuilder out, JavaTypes types, Setters setters, ResourceType resource,
      PropertyType type, String qualifiedName, ProviderSchemas.Objects objects) {
    String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    String typeName = resource.cloudFormationType() + "." + type.name();
    out.append('\n').append(new JavaDoc().markdown(type.documentation())
        .note("Property type {@code " + typeName + "}.").render("  "));
    out.append("  public static final class ").append(name).append(" extends ")
        .append(types.use(STRUCT)).append('<').append(name).append("> {\n");
    schema(out, "    ", types, typeName, type.properties(), null, false, property -> objects.facts(type.id(), property));
    out.append("\n    public ").append(name).append("() {\n      super(SCHEMA);\n    }\n");
    Set<String> taken = new HashSet<>(Naming.STRUCT_METHODS);
    type.properties().forEach((property, spec) -> properties(out, "    ", name, property, spec,
        setters.plan(property, spec, null),
        uniqueMethod(Naming.propertyMethod(property, Naming.STRUCT_METHODS), taken, resource, property),
        objects.facts(type.id(), property)));
    out.append("  }\n");
  }

  /**
   * The class's schema: {@code Schema.of(type)} when there is nothing to say but the type,
   * otherwise {@code Schema.builder(type)}, one call per line, then {@code build()}.
   */
  private void schema(StringBuilder out, String indent, JavaTypes types, String typeName,
      Map<String, Property> properties, ResourceType resource, boolean stateful,
      java.util.function.Function<String, ProviderSchemas.Facts> facts) {
    String continuation = indent + "    ";
    StringBuilder calls = new StringBuilder();
    List<String> required = properties.entrySet().stream().filter(e -> e.getValue().required())
        .map(Map.Entry::getKey).collect(Collectors.toList());
    if (!required.isEmpty()) {
      call(calls, continuation, "required", required);
    }
    properties.forEach((name, property) -> {
      ProviderSchemas.Facts known = facts.apply(name);
      List<String> allowed = !property.allowedValues().isEmpty() ? property.allowedValues()
          : known == null ? List.of() : known.allowed();
      if (!allowed.isEmpty()) {
        List<String> arguments = new ArrayList<>();
        arguments.add(name);
        arguments.addAll(allowed);
        call(calls, continuation, "allowed", arguments);
      }
      String constraint = constraint(known);
      if (constraint != null) {
        calls.append('\n').append(continuation).append(".constrain(").append(literal(name)).append(", ")
            .append(types.use(CONSTRAINT)).append(".of()").append(constraint).append(')');
      }
      List<String> takes = takes(name, property);
      if (!takes.isEmpty()) {
        List<String> arguments = new ArrayList<>();
        arguments.add(name);
        arguments.addAll(takes);
        call(calls, continuation, "references", arguments);
      }
    });
    if (resource != null && resource.refIdentifier().size() == 1) {
      call(calls, continuation, "refYields", List.of(resource.refIdentifier().get(0)));
    }
    if (resource != null && !resource.attributes().isEmpty()) {
      call(calls, continuation, "attributes", new ArrayList<>(resource.attributes().keySet()));
    }
    if (stateful) {
      calls.append('\n').append(continuation).append(".stateful()");
    }
    String tagForm = resource == null ? null : tagForm(resource);
    if (tagForm != null) {
      calls.append('\n').append(continuation).append(".tags(").append(literal(resource.tagging().propertyName()))
          .append(", ").append(types.use(SCHEMA)).append(".TagForm.").append(tagForm).append(")");
    }
    out.append(indent).append("private static final ").append(types.use(SCHEMA)).append(" SCHEMA = ")
        .append(types.use(SCHEMA));
    if (calls.length() == 0) {
      out.append(".of(").append(literal(typeName)).append(");\n");
    } else {
      out.append(".builder(").append(literal(typeName)).append(")").append(calls)
          .append('\n').append(continuation).append(".build();\n");
    }
  }

  /**
   * What a property takes of the resources the specification relates it to, as the typed setters write it:
   * {@code AWS::SQS::Queue.Arn} for an attribute, {@code AWS::SQS::Queue.Ref} for the Ref.
   */
  private List<String> takes(String name, Property property) {
    List<String> takes = new ArrayList<>();
    boolean list = property.type() instanceof TypeRef.ArrayOf array && TypeRef.STRING.equals(array.element());
    for (Spec.Relationship relationship : property.relationships()) {
      ResourceType target = index.resource(relationship.cloudFormationType());
      ReferenceChoice.Choice choice = target == null ? null
          : ReferenceChoice.choose(name, list, property, relationship, target);
      if (choice != null) {
        String taken = target.cloudFormationType() + "." + (choice.ref() ? "Ref" : choice.name());
        if (!takes.contains(taken)) {
          takes.add(taken);
        }
      }
    }
    return takes;
  }

  /** The constraint's calls after {@code Constraint.of()}, or null when the schemas give none. */
  private static String constraint(ProviderSchemas.Facts facts) {
    if (facts == null) {
      return null;
    }
    StringBuilder calls = new StringBuilder();
    if (facts.pattern() != null) {
      calls.append(".pattern(").append(literal(facts.pattern())).append(')');
    }
    if (facts.minLength() != null) {
      calls.append(".minLength(").append(facts.minLength()).append(')');
    }
    if (facts.maxLength() != null) {
      calls.append(".maxLength(").append(facts.maxLength()).append(')');
    }
    if (facts.minimum() != null) {
      calls.append(".minimum(").append(number(facts.minimum())).append(')');
    }
    if (facts.maximum() != null) {
      calls.append(".maximum(").append(number(facts.maximum())).append(')');
    }
    if (facts.format() != null) {
      calls.append(".format(").append(literal(facts.format())).append(')');
    }
    return calls.length() == 0 ? null : calls.toString();
  }

  /** A bound as Java source: a whole number without a fraction, as a double literal otherwise. */
  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      long whole = (long) value;
      return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? String.valueOf(whole) : whole + "L";
    }
    return String.valueOf(value);
  }

  /**
   * The form a template's tags reach the resource in, as its tags setter writes them; null when it
   * has no such setter (no tags, or tags of a shape other than a list of Key and Value).
   */
  private static String tagForm(ResourceType resource) {
    Tagging tagging = resource.tagging();
    Property property = tagging == null ? null : resource.properties().get(tagging.propertyName());
    if (property == null) {
      return null;
    }
    return switch (tagging.variant()) {
      case STANDARD -> property.type() instanceof TypeRef.ArrayOf ? "LIST" : null;
      case MAP -> "MAP";
      case AUTOSCALING -> "AUTOSCALING";
    };
  }

  private static void properties(StringBuilder out, String indent, String owner, String name,
      Property property, List<Setter> setters, String method, ProviderSchemas.Facts facts) {
    Setter first = setters.get(0);
    for (Setter setter : setters) {
      JavaDoc doc = new JavaDoc();
      if (setter == first) {
        doc.markdown(property.documentation()).note(notes(name, property, facts));
      } else {
        String erasure = first.parameterType().replaceAll("<.*", "");
        doc.note("Sets {@code " + name + "} to " + (setter.summary() != null ? setter.summary()
            : setter.parameterType().endsWith("...") ? "a list of these" : "this value")
            + "; see {@link #" + method + "(" + erasure + ")}.");
      }
      if (property.deprecated()) {
        doc.note("@deprecated The specification marks {@code " + name + "} deprecated.");
      }
      out.append('\n').append(doc.render(indent));
      if (property.deprecated()) {
        out.append(indent).append("@Deprecated\n");
      }
      out.append(indent).append("public ").append(owner).append(' ').append(method).append('(')
          .append(setter.parameterType()).append(' ').append(setter.parameterName()).append(") {\n")
          .append(indent).append("  return set(").append(literal(name)).append(", ").append(setter.body())
          .append(");\n").append(indent).append("}\n");
    }
  }

  private static String notes(String name, Property property, ProviderSchemas.Facts facts) {
    List<String> notes = new ArrayList<>();
    if (property.required()) {
      notes.add("Required.");
    }
    if (property.replacement() == Replacement.YES) {
      notes.add("Changing it replaces the resource.");
    } else if (property.replacement() == Replacement.MAYBE) {
      notes.add("Changing it may replace the resource.");
    }
    if (!property.allowedValues().isEmpty()) {
      notes.add("Allowed values: " + property.allowedValues().stream()
          .map(v -> "{@code " + JavaDoc.escape(v) + "}").collect(Collectors.joining(", ")) + ".");
    }
    if (property.allowedValues().isEmpty() && facts != null && !facts.allowed().isEmpty()) {
      notes.add("Allowed values: " + facts.allowed().stream()
          .map(v -> "{@code " + JavaDoc.escape(v) + "}").collect(Collectors.joining(", ")) + ".");
    }
    if (facts != null) {
      if (facts.minLength() != null || facts.maxLength() != null) {
        notes.add("Length: " + bounds(facts.minLength(), facts.maxLength()) + " characters.");
      }
      if (facts.minimum() != null || facts.maximum() != null) {
        notes.add("Range: " + bounds(facts.minimum() == null ? null : number(facts.minimum()),
            facts.maximum() == null ? null : number(facts.maximum())) + ".");
      }
      if (facts.pattern() != null) {
        notes.add("Pattern: {@code " + JavaDoc.escape(facts.pattern()) + "}.");
      }
      if (facts.format() != null) {
        notes.add("Format: {@code " + JavaDoc.escape(facts.format()) + "}.");
      }
    }
    if (property.defaultValue() != null) {
      notes.add("Default: {@code " + JavaDoc.escape(property.defaultValue()) + "}.");
    }
    notes.add("CloudFormation property {@code " + name + "}.");
    return String.join(" ", notes);
  }

  private static void attribute(StringBuilder out, JavaTypes types, String name, Attribute attribute, String method) {
    out.append('\n').append(new JavaDoc().markdown(attribute.documentation())
        .note("{@code Fn::GetAtt} attribute {@code " + name + "}.").render("  "));
    out.append("  public ").append(types.valueParameter(attribute.type())).append(' ').append(method)
        .append("() {\n    return getAtt(").append(literal(name)).append(");\n  }\n");
  }

  /** Property type ID to the qualified name of its nested class; a name equal to the resource's gets "Property". */
  private static Map<String, String> nestedNames(ResourceType resource, String outer) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (PropertyType type : resource.propertyTypes()) {
      taken.add(type.name());
    }
    for (PropertyType type : resource.propertyTypes()) {
      String name = type.name();
      if (name.equals(resource.name())) {
        name = name + "Property";
        while (!taken.add(name)) {
          name = name + "_";
        }
      }
      names.put(type.id(), outer + "." + name);
    }
    return names;
  }

  private static String uniqueMethod(String method, Set<String> taken, ResourceType resource, String property) {
    if (!taken.add(method)) {
      throw new IllegalStateException(resource.cloudFormationType() + "." + property
          + ": its setter name " + method + " is taken");
    }
    return method;
  }

  /** {@code .name("a", "b", ...)} on its own line, wrapped at the line width. */
  private static String bounds(Object least, Object most) {
    return least == null ? "at most " + most : most == null ? "at least " + least : least + " to " + most;
  }

  private static void call(StringBuilder out, String indent, String name, List<String> arguments) {
    StringBuilder line = new StringBuilder(indent).append('.').append(name).append('(');
    for (int i = 0; i < arguments.size(); i++) {
      String argument = literal(arguments.get(i)) + (i < arguments.size() - 1 ? "," : ")");
      if (i > 0 && line.length() + 1 + argument.length() > LINE_WIDTH) {
        out.append('\n').append(line.toString().stripTrailing());
        line.setLength(0);
        line.append(indent).append("    ");
      } else if (i > 0) {
        line.append(' ');
      }
      line.append(argument);
    }
    out.append('\n').append(line);
  }

  /** A Java string literal. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
