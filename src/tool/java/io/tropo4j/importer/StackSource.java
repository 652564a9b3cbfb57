package io.tropo4j.importer;

import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Tag;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.fn.Json;
import io.tropo4j.importer.Expr.Kind;
import io.tropo4j.importer.TypeIndex.Setter;
import io.tropo4j.importer.TypeIndex.TypeInfo;
import io.tropo4j.importer.ValueCode.Symbol;
import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one template as a Java stack class: parameters, mappings, conditions, rules, resources
 * (each after the resources it refers to) and outputs, one statement each, through the generated
 * classes' setters. Whatever the types cannot say is set by name, untyped, with a comment saying why.
 */
final class StackSource {
  private static final String INDENT = "    ";
  private static final String CHAIN = INDENT + ValueCode.STEP;
  private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
      "Parameters", "Mappings", "Conditions", "Rules", "Transform", "Resources", "Outputs");
  private static final Set<String> PARAMETER_KEYS = Set.of("Type", "Description", "Default", "AllowedValues",
      "AllowedPattern", "MinLength", "MaxLength", "MinValue", "MaxValue", "NoEcho", "ConstraintDescription");
  private static final String NOT_IN_SPEC = "// not in the specification tropo4j's classes were generated from";
  private static final String WIDER = "// CloudFormation accepts this value; the setter's type cannot hold it";

  private final TemplateDocument document;
  private final String packageName;
  private final String className;
  private final Imports imports;
  private final ValueCode values;
  private final JavaNames names = new JavaNames();
  private final TypeIndex types;
  private final Set<String> referenced;
  private final StringBuilder body = new StringBuilder();

  StackSource(TemplateDocument document, String packageName, String className, TypeIndex types) {
    this.document = document;
    this.packageName = packageName;
    this.className = className;
    this.types = types;
    this.imports = new Imports(className);
    this.values = new ValueCode(imports);
    this.referenced = References.names(document.root());
  }

  String write() {
    for (String section : document.root().keys()) {
      if (!SECTIONS.contains(section)) {
        throw new ImportException("the template's section " + section + " has no place in a tropo4j template");
      }
    }
    String template = imports.name("io.tropo4j.core.Template");
    body.append(INDENT).append(template).append(" template = new ").append(template).append("()");
    document.root().find("Description").ifPresent(d -> body.append("\n").append(CHAIN).append(".description(")
        .append(JavaNames.string(scalarText(d, "Description"), CHAIN)).append(")"));
    document.section("Transform").ifPresent(this::transform);
    for (Map.Entry<String, Node> entry : document.metadata().entries().entrySet()) {
      body.append("\n").append(CHAIN).append(".metadata(").append(JavaNames.quote(entry.getKey())).append(", ")
          .append(values.any(entry.getValue(), CHAIN)).append(")");
    }
    body.append(";\n");
    document.parameters().values().forEach(this::parameter);
    document.mappings().entries().forEach(this::mapping);
    conditions();
    document.rules().entries().forEach(this::rule);
    resources();
    document.outputs().values().forEach(this::output);
    body.append("\n").append(INDENT).append("return template;\n");
    return assemble();
  }

  private String assemble() {
    String stack = imports.name("io.tropo4j.core.Stack");
    String template = imports.name("io.tropo4j.core.Template");
    String summary = document.description().orElse("Imported from " + document.fileName());
    int newline = summary.indexOf('\n');
    summary = (newline >= 0 ? summary.substring(0, newline) : summary).trim();
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    out.append(imports.lines()).append("\n");
    out.append("/** Imported from {@code ").append(javadocText(document.fileName())).append("}. */\n");
    out.append("public final class ").append(className).append(" implements ").append(stack).append(" {\n");
    out.append("  @Override\n  public String name() {\n    return ")
        .append(JavaNames.quote(JavaNames.stackName(document.fileName()))).append(";\n  }\n\n");
    out.append("  @Override\n  public String summary() {\n    return ").append(JavaNames.quote(summary))
        .append(";\n  }\n\n");
    out.append("  @Override\n  public ").append(template).append(" build() {\n");
    out.append(body.toString().stripTrailing()).append("\n");
    out.append("  }\n}\n");
    return out.toString();
  }

  private static String javadocText(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "\\\\u");
  }

  private void transform(Node node) {
    List<String> macros = new ArrayList<>();
    for (Node item : node instanceof ListNode list ? list.items() : List.of(node)) {
      macros.add(JavaNames.quote(scalarText(item, "Transform")));
    }
    body.append("\n").append(CHAIN).append(".transform(").append(String.join(", ", macros)).append(")");
  }

  private static String scalarText(Node node, String where) {
    if (node instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL) {
      return scalar.string();
    }
    throw new ImportException(where + " at line " + node.position().line() + " is not a plain value");
  }

  // Parameters

  private void parameter(TemplateDocument.Parameter parameter) {
    for (String key : parameter.definition().keys()) {
      if (!PARAMETER_KEYS.contains(key)) {
        throw new ImportException("parameter " + parameter.logicalId() + " has " + key + ", which tropo4j's parameters do not");
      }
    }
    String typeName = parameter.type();
    String p = imports.name("io.tropo4j.core.Parameter");
    String id = JavaNames.quote(parameter.logicalId());
    String javaType;
    String create;
    Kind kind;
    boolean decimal = parameter.defaultValue().map(d -> d.toString().contains(".")).orElse(false)
        || parameter.definition().find("MinValue").map(d -> d.toString().contains(".")).orElse(false)
        || parameter.definition().find("MaxValue").map(d -> d.toString().contains(".")).orElse(false);
    if (typeName.equals("String")) {
      javaType = "String";
      create = p + ".string(" + id + ")";
      kind = Kind.STRING;
    } else if (typeName.equals("Number") && !decimal) {
      javaType = "Integer";
      create = p + ".number(" + id + ")";
      kind = Kind.INTEGER;
    } else {
      String type = parameterType(typeName);
      kind = typeName.equals("Number") ? Kind.DOUBLE : typeName.equals("List<Number>") ? Kind.INTEGER_LIST
          : parameter.isList() ? Kind.STRING_LIST : Kind.STRING;
      javaType = switch (kind) {
        case DOUBLE -> "Double";
        case INTEGER_LIST -> imports.name("java.util.List") + "<Integer>";
        case STRING_LIST -> imports.name("java.util.List") + "<String>";
        default -> "String";
      };
      create = p + ".of(" + id + ", " + type + ")";
    }
    body.append("\n").append(INDENT);
    if (referenced.contains(parameter.logicalId())) {
      Symbol symbol = new Symbol(names.variable(parameter.logicalId()), kind, null, false);
      values.parameters.put(parameter.logicalId(), symbol);
      body.append(p).append("<").append(javaType).append("> ").append(symbol.variable()).append(" = ");
    }
    body.append("template.add(").append(create);
    MapNode definition = parameter.definition();
    definition.find("Description").ifPresent(n -> chain("description", JavaNames.string(scalarText(n, "Description"), CHAIN)));
    definition.find("Default").ifPresent(n -> {
      String text = scalarText(n, "parameter " + parameter.logicalId() + "'s Default");
      Expr number = ValueCode.number(text);
      chain("defaultValue", kind == Kind.INTEGER && number != null && number.kind() == Kind.INTEGER
          && !(n instanceof Scalar s && s.isString()) ? number.code() : JavaNames.quote(text));
    });
    definition.find("AllowedValues").ifPresent(n -> {
      List<String> allowed = new ArrayList<>();
      for (Node item : n instanceof ListNode list ? list.items() : List.of(n)) {
        allowed.add(JavaNames.quote(scalarText(item, "AllowedValues")));
      }
      String oneLine = String.join(", ", allowed);
      chain("allowedValues", CHAIN.length() + oneLine.length() <= 90 ? oneLine
          : "\n" + CHAIN + ValueCode.STEP + String.join(",\n" + CHAIN + ValueCode.STEP, allowed));
    });
    definition.find("AllowedPattern").ifPresent(n -> chain("allowedPattern", JavaNames.quote(scalarText(n, "AllowedPattern"))));
    definition.find("MinLength").ifPresent(n -> chain("minLength", integer(n, "MinLength")));
    definition.find("MaxLength").ifPresent(n -> chain("maxLength", integer(n, "MaxLength")));
    definition.find("MinValue").ifPresent(n -> chain("minValue", numberLiteral(n, "MinValue")));
    definition.find("MaxValue").ifPresent(n -> chain("maxValue", numberLiteral(n, "MaxValue")));
    definition.find("NoEcho").ifPresent(n -> {
      if (!parameter.noEcho()) {
        throw new ImportException("parameter " + parameter.logicalId() + " has NoEcho false, which tropo4j writes by leaving it out");
      }
      body.append("\n").append(CHAIN).append(".noEcho()");
    });
    definition.find("ConstraintDescription").ifPresent(n -> chain("constraintDescription",
        JavaNames.string(scalarText(n, "ConstraintDescription"), CHAIN)));
    body.append(");\n");
  }

  private void chain(String method, String argument) {
    body.append("\n").append(CHAIN).append(".").append(method).append("(").append(argument).append(")");
  }

  private static String integer(Node node, String where) {
    Expr number = ValueCode.number(scalarText(node, where));
    if (number == null || number.kind() != Kind.INTEGER) {
      throw new ImportException(where + " at line " + node.position().line() + " is not a whole number");
    }
    return number.code();
  }

  private static String numberLiteral(Node node, String where) {
    Expr number = ValueCode.number(scalarText(node, where));
    if (number == null) {
      throw new ImportException(where + " at line " + node.position().line() + " is not a number");
    }
    return number.code();
  }

  /** The ParameterType constant of a type name, or a named type. */
  private String parameterType(String typeName) {
    String constants = imports.name("io.tropo4j.core.ParameterType");
    String ssm = "AWS::SSM::Parameter::Value<";
    if (typeName.startsWith(ssm) && typeName.endsWith(">")) {
      String inner = constant(typeName.substring(ssm.length(), typeName.length() - 1));
      if (inner != null) {
        return constants + ".ssmValue(" + constants + "." + inner + ")";
      }
    }
    String constant = constant(typeName);
    if (constant != null) {
      return constants + "." + constant;
    }
    boolean list = typeName.startsWith("List<") || typeName.startsWith(ssm + "List<")
        || typeName.equals(ssm + "CommaDelimitedList>");
    return constants + (list ? ".namedList(" : ".named(") + JavaNames.quote(typeName) + ")";
  }

  private static String constant(String typeName) {
    if (typeName.equals("Number")) {
      return "DECIMAL";
    }
    for (Field field : ParameterType.class.getFields()) {
      try {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ParameterType.class
            && ((ParameterType<?>) field.get(null)).name().equals(typeName) && !field.getName().equals("DECIMAL")) {
          return field.getName();
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  // Mappings, conditions, rules

  private void mapping(String id, Node node) {
    if (!(node instanceof MapNode map)) {
      throw new ImportException("mapping " + id + " is not a map");
    }
    values.mappingData.put(id, map);
    String mapping = imports.name("io.tropo4j.core.Mapping");
    body.append("\n").append(INDENT);
    if (referenced.contains(id)) {
      Symbol symbol = new Symbol(names.variable(id), Kind.OTHER, null, false);
      values.mappings.put(id, symbol);
      body.append(mapping).append(" ").append(symbol.variable()).append(" = ");
    }
    body.append("template.add(new ").append(mapping).append("(").append(JavaNames.quote(id)).append(")");
    for (Map.Entry<String, Node> top : map.entries().entrySet()) {
      if (!(top.getValue() instanceof MapNode level)) {
        throw new ImportException("mapping " + id + "'s key " + top.getKey() + " does not hold a map");
      }
      for (Map.Entry<String, Node> second : level.entries().entrySet()) {
        String value;
        if (second.getValue() instanceof ListNode list) {
          List<String> items = new ArrayList<>();
          for (Node item : list.items()) {
            items.add(JavaNames.quote(scalarText(item, "mapping " + id)));
          }
          value = imports.name("java.util.List") + ".of(" + String.join(", ", items) + ")";
        } else {
          value = JavaNames.quote(scalarText(second.getValue(), "mapping " + id));
        }
        chain("put", JavaNames.quote(top.getKey()) + ", " + JavaNames.quote(second.getKey()) + ", " + value);
      }
    }
    body.append(");\n");
  }

  private void conditions() {
    Map<String, Node> pending = new LinkedHashMap<>(document.conditions().entries());
    while (!pending.isEmpty()) {
      String next = null;
      for (Map.Entry<String, Node> entry : pending.entrySet()) {
        Set<String> needs = References.conditions(entry.getValue());
        needs.retainAll(pending.keySet());
        needs.remove(entry.getKey());
        if (needs.isEmpty()) {
          next = entry.getKey();
          break;
        }
      }
      if (next == null) {
        next = pending.keySet().iterator().next();
      }
      Node expression = pending.remove(next);
      String condition = imports.name("io.tropo4j.core.Condition");
      body.append("\n").append(INDENT);
      Symbol symbol = new Symbol(names.variable(next), Kind.OTHER, null, false);
      if (referenced.contains(next)) {
        body.append(condition).append(" ").append(symbol.variable()).append(" = ");
      }
      body.append("template.add(new ").append(condition).append("(").append(JavaNames.quote(next)).append(", ")
          .append(conditionExpr(expression, CHAIN)).append("));\n");
      if (referenced.contains(next)) {
        values.conditions.put(next, symbol);
      }
    }
  }

  /** A condition function as the library's typed form, or its tree where there is none (rule functions). */
  private String conditionExpr(Node node, String indent) {
    String fn = imports.name("io.tropo4j.fn.Fn");
    if (node instanceof Intrinsic call) {
      List<Node> args = call.arguments();
      switch (call.name()) {
        case "Fn::Equals":
          if (args.size() == 2) {
            String left = equalsOperand(args.get(0), indent);
            String right = args.get(1) instanceof Scalar s && s.isString() ? JavaNames.quote(s.text())
                : equalsOperand(args.get(1), indent);
            return fn + ".equals(" + left + ", " + right + ")";
          }
          break;
        case "Fn::And":
        case "Fn::Or":
          if (call.argument() instanceof ListNode list && list.size() >= 2) {
            List<String> parts = new ArrayList<>();
            for (Node item : list.items()) {
              parts.add(conditionExpr(item, indent + ValueCode.STEP));
            }
            String open = fn + (call.name().equals("Fn::And") ? ".and(" : ".or(");
            String oneLine = open + String.join(", ", parts) + ")";
            if (oneLine.length() + indent.length() <= 100 && oneLine.indexOf('\n') < 0) {
              return oneLine;
            }
            return open + "\n" + indent + ValueCode.STEP + String.join(",\n" + indent + ValueCode.STEP, parts) + ")";
          }
          break;
        case "Fn::Not":
          if (call.argument() instanceof ListNode list && list.size() == 1) {
            return fn + ".not(" + conditionExpr(list.get(0), indent) + ")";
          }
          break;
        case "Condition":
          if (call.argument() instanceof Scalar name && values.conditions.containsKey(name.string())) {
            return values.conditions.get(name.string()).variable();
          }
          break;
        default:
          break;
      }
    }
    return imports.name("io.tropo4j.fn.Json") + ".of(" + values.tree(node, indent) + ")::writeTo";
  }

  private String equalsOperand(Node node, String indent) {
    Expr expr = values.typed(node);
    return expr != null ? expr.code() : imports.name("io.tropo4j.fn.Json") + ".of(" + values.tree(node, indent) + ")";
  }

  private void rule(String id, Node node) {
    if (!(node instanceof MapNode rule) || !(rule.get("Assertions") instanceof ListNode assertions)) {
      throw new ImportException("rule " + id + " has no list of Assertions");
    }
    for (String key : rule.keys()) {
      if (!key.equals("RuleCondition") && !key.equals("Assertions")) {
        throw new ImportException("rule " + id + " has " + key + ", which tropo4j's rules do not");
      }
    }
    body.append("\n").append(INDENT).append("template.add(new ").append(imports.name("io.tropo4j.core.Rule"))
        .append("(").append(JavaNames.quote(id)).append(")");
    rule.find("RuleCondition").ifPresent(n -> chain("when", conditionExpr(n, CHAIN)));
    for (Node item : assertions.items()) {
      if (!(item instanceof MapNode assertion) || !assertion.has("Assert")) {
        throw new ImportException("rule " + id + " has an assertion without Assert");
      }
      for (String key : assertion.keys()) {
        if (!key.equals("Assert") && !key.equals("AssertDescription")) {
          throw new ImportException("rule " + id + " has an assertion with " + key + ", which CloudFormation's rules do not");
        }
      }
      String description = assertion.find("AssertDescription").map(n -> JavaNames.quote(scalarText(n, "AssertDescription")))
          .orElse("null");
      chain("require", conditionExpr(assertion.get("Assert"), CHAIN) + ", " + description);
    }
    body.append(");\n");
  }

  // Resources

  private void resources() {
    Map<String, TemplateDocument.Resource> pending = new LinkedHashMap<>(document.resources());
    if (document.mapSection("Resources").size() != pending.size()) {
      throw new ImportException("the template loops with Fn::ForEach, which tropo4j has no form of");
    }
    while (!pending.isEmpty()) {
      TemplateDocument.Resource next = null;
      for (TemplateDocument.Resource resource : pending.values()) {
        Set<String> needs = References.resources(resource.definition());
        needs.retainAll(pending.keySet());
        needs.remove(resource.logicalId());
        if (needs.isEmpty()) {
          next = resource;
          break;
        }
      }
      if (next == null) {
        next = pending.values().iterator().next();
      }
      pending.remove(next.logicalId());
      resource(next);
    }
  }

  private void resource(TemplateDocument.Resource resource) {
    String id = resource.logicalId();
    String type = resource.type();
    Optional<TypeInfo> info = types.resource(type);
    MapNode properties = resource.properties();
    String variable = referenced.contains(id) ? names.variable(id) : null;
    String javaType;
    StringBuilder chain = new StringBuilder();
    String comment = null;
    Set<String> done = new LinkedHashSet<>();
    if (info.isPresent()) {
      javaType = imports.name(info.get().type());
      chain.append("template.add(new ").append(javaType).append("(").append(JavaNames.quote(id)).append("))");
    } else if (isCustom(type) && properties.has("ServiceToken") && values.stringValue(properties.get("ServiceToken")) != null) {
      javaType = imports.name("io.tropo4j.core.CustomResource");
      chain.append("template.add(new ").append(javaType).append("(").append(JavaNames.quote(id)).append(", ")
          .append(JavaNames.quote(type)).append(", ").append(values.stringValue(properties.get("ServiceToken"))).append("))");
      done.add("ServiceToken");
    } else {
      javaType = imports.name("io.tropo4j.core.UntypedResource");
      comment = "// " + type + (isCustom(type) ? " is a custom resource without a ServiceToken string"
          : " has no generated class: its properties are set by name");
      chain.append("template.add(new ").append(javaType).append("(").append(JavaNames.quote(id)).append(", ")
          .append(JavaNames.quote(type)).append("))");
    }
    attributes(resource, chain);
    for (Map.Entry<String, Node> property : properties.entries().entrySet()) {
      if (done.contains(property.getKey())) {
        continue;
      }
      if (info.isPresent()) {
        setter(info.get(), property.getKey(), property.getValue(), CHAIN, chain);
      } else {
        chain.append("\n").append(CHAIN).append(".property(").append(JavaNames.quote(property.getKey())).append(", ")
            .append(values.any(property.getValue(), CHAIN)).append(")");
      }
    }
    body.append("\n");
    if (comment != null) {
      body.append(INDENT).append(comment).append("\n");
    }
    body.append(INDENT);
    if (variable != null) {
      body.append(javaType).append(" ").append(variable).append(" = ");
    }
    body.append(chain).append(";\n");
    if (variable != null) {
      boolean byName = info.isEmpty();
      values.resources.put(id, new Symbol(variable, Kind.STRING, info.orElse(null), byName));
    }
  }

  private static boolean isCustom(String type) {
    return type.equals("AWS::CloudFormation::CustomResource")
        || type.startsWith("Custom::") && type.length() <= 68 && type.substring(8).matches("[A-Za-z0-9_@-]{1,60}");
  }

  private void attributes(TemplateDocument.Resource resource, StringBuilder chain) {
    MapNode definition = resource.definition();
    resource.condition().ifPresent(name -> {
      Symbol condition = values.conditions.get(name);
      if (condition == null) {
        throw new ImportException("resource " + resource.logicalId() + "'s condition " + name + " is not declared");
      }
      chain.append("\n").append(CHAIN).append(".condition(").append(condition.variable()).append(")");
    });
    if (definition.has("DependsOn")) {
      List<String> dependencies = new ArrayList<>();
      for (String name : resource.dependsOn()) {
        Symbol target = values.resources.get(name);
        if (target == null) {
          throw new ImportException("resource " + resource.logicalId() + " depends on " + name + ", which comes later or not at all");
        }
        dependencies.add(target.variable());
      }
      chain.append("\n").append(CHAIN).append(".dependsOn(").append(String.join(", ", dependencies)).append(")");
    }
    resource.metadata().ifPresent(node -> {
      if (!(node instanceof MapNode metadata)) {
        throw new ImportException("resource " + resource.logicalId() + "'s Metadata is not a map");
      }
      for (Map.Entry<String, Node> entry : metadata.entries().entrySet()) {
        chain.append("\n").append(CHAIN).append(".metadata(").append(JavaNames.quote(entry.getKey())).append(", ")
            .append(values.any(entry.getValue(), CHAIN)).append(")");
      }
    });
    policy(resource, "CreationPolicy", "io.tropo4j.core.CreationPolicy", chain);
    policy(resource, "UpdatePolicy", "io.tropo4j.core.UpdatePolicy", chain);
    resource.deletionPolicy().ifPresent(node -> chain.append("\n").append(CHAIN).append(".deletionPolicy(")
        .append(imports.name("io.tropo4j.core.DeletionPolicy")).append(".")
        .append(enumConstant(DeletionPolicy.values(), node, resource.logicalId())).append(")"));
    resource.updateReplacePolicy().ifPresent(node -> chain.append("\n").append(CHAIN).append(".updateReplacePolicy(")
        .append(imports.name("io.tropo4j.core.UpdateReplacePolicy")).append(".")
        .append(enumConstant(UpdateReplacePolicy.values(), node, resource.logicalId())).append(")"));
    for (Map.Entry<String, Node> entry : definition.entries().entrySet()) {
      String key = entry.getKey();
      if (!key.equals("Type") && !key.equals("Properties") && !TemplateDocument.Resource.ATTRIBUTES.contains(key)) {
        chain.append("\n").append(CHAIN).append("// a resource attribute tropo4j has no setter for (a macro's, or a legacy one)")
            .append("\n").append(CHAIN).append(".resourceAttribute(").append(JavaNames.quote(key)).append(", ")
            .append(values.any(entry.getValue(), CHAIN)).append(")");
      }
    }
  }

  /** A creation or update policy, through the library's typed setters where they cover it. */
  private void policy(TemplateDocument.Resource resource, String key, String className, StringBuilder chain) {
    resource.attribute(key).ifPresent(node -> {
      if (!(node instanceof MapNode policy)) {
        throw new ImportException("resource " + resource.logicalId() + "'s " + key + " is not a map");
      }
      PolicyCode policies = new PolicyCode(values);
      chain.append("\n").append(CHAIN).append(".").append(Character.toLowerCase(key.charAt(0))).append(key.substring(1))
          .append("(").append(key.equals("CreationPolicy") ? policies.creationPolicy(policy, CHAIN)
              : policies.updatePolicy(policy, CHAIN)).append(")");
    });
  }

  private static String enumConstant(Enum<?>[] constants, Node node, String id) {
    if (node instanceof Scalar scalar) {
      for (Enum<?> constant : constants) {
        if (constant.toString().equals(scalar.string())) {
          return constant.name();
        }
      }
    }
    throw new ImportException("resource " + id + "'s policy " + node.toJson() + " is none tropo4j knows");
  }

  /** One property through its typed setter, or by name with a comment saying why. */
  private void setter(TypeInfo info, String name, Node value, String indent, StringBuilder out) {
    Setter setter = info.setters().get(name);
    String argument = setter == null ? null : typedArgument(setter, value, indent);
    if (argument != null) {
      out.append("\n").append(indent).append(".").append(setter.method()).append("(").append(argument).append(")");
      return;
    }
    out.append("\n").append(indent).append(setter == null ? NOT_IN_SPEC : WIDER);
    out.append("\n").append(indent).append(".property(").append(JavaNames.quote(name)).append(", ")
        .append(values.any(value, indent)).append(")");
  }

  /** The argument of the typed setter for this value, or null when its type cannot hold the value. */
  private String typedArgument(Setter setter, Node value, String indent) {
    Type type = setter.valueType();
    Kind kind = ValueCode.kindOf(type);
    if (value instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL) {
      String text = scalar.string();
      if (type == String.class && setter.hasOverload(String.class)) {
        return JavaNames.string(text, indent + ValueCode.STEP);
      }
      Expr number = ValueCode.number(text);
      if (type == Integer.class && number != null && number.kind() == Kind.INTEGER && setter.hasOverload(int.class)) {
        return number.code();
      }
      if (type == Long.class && number != null && (number.kind() == Kind.INTEGER || number.kind() == Kind.LONG)
          && setter.hasOverload(long.class)) {
        return number.code().endsWith("L") ? number.code() : number.code() + "L";
      }
      if (type == Double.class && number != null && setter.hasOverload(double.class)) {
        return number.kind() == Kind.DOUBLE ? number.code() : number.code().replace("L", "") + ".0";
      }
      if (type == Boolean.class && (text.equals("true") || text.equals("false")) && setter.hasOverload(boolean.class)) {
        return text;
      }
      return null;
    }
    if (type == Json.class) {
      return jsonOf(value, indent);
    }
    if (value instanceof Intrinsic) {
      Expr expr = values.typed(value);
      if (expr != null && (kind != null && expr.fits(kind) || expr.kind() == Kind.ANY)) {
        return expr.code();
      }
      String converted = expr == null || kind == null ? null : converted(value, expr, kind);
      if (converted != null) {
        return converted;
      }
      // A JSON-or-string property (a policy document) takes a function's tree as JSON.
      return expr == null && setter.hasOverload(Json.class) ? jsonOf(value, indent) : null;
    }
    if (!(value instanceof Scalar) && setter.hasOverload(Json.class)) {
      return jsonOf(value, indent); // a policy document, written as a tree rather than a string
    }
    if (value instanceof ListNode list && type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type item = p.getActualTypeArguments()[0];
      return listArgument(setter, list, item, indent);
    }
    if (value instanceof MapNode map && TypeIndex.isStruct(type)) {
      return struct((Class<?>) type, map, indent);
    }
    if (value instanceof MapNode map && type instanceof ParameterizedType p && p.getRawType() == Map.class
        && p.getActualTypeArguments()[1] == String.class) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
        String part = values.stringPart(entry.getValue());
        if (part == null) {
          return null;
        }
        entries.add(JavaNames.quote(entry.getKey()) + ", " + part);
      }
      return entries.isEmpty() ? null : imports.name("io.tropo4j.fn.Value") + ".strings(" + values.mapOf(entries) + ")";
    }
    return null;
  }

  /**
   * The library's conversions CloudFormation makes itself: a number where a string is wanted
   * ({@code Fn.asString}), a String parameter where a number is ({@code Parameter.asInteger}, which
   * validation then holds to integers); null when none applies.
   */
  private String converted(Node value, Expr expr, Kind wanted) {
    boolean number = expr.kind() == Kind.INTEGER || expr.kind() == Kind.DOUBLE || expr.kind() == Kind.LONG;
    if (wanted == Kind.STRING && number) {
      return imports.name("io.tropo4j.fn.Fn") + ".asString(" + expr.code() + ")";
    }
    if ((wanted == Kind.INTEGER || wanted == Kind.DOUBLE) && value instanceof Intrinsic call && call.name().equals("Ref")
        && call.argument() instanceof Scalar name && values.parameters.containsKey(name.string())
        && values.parameters.get(name.string()).kind() == Kind.STRING) {
      return imports.name("io.tropo4j.core.Parameter") + (wanted == Kind.INTEGER ? ".asInteger(" : ".asNumber(")
          + values.parameters.get(name.string()).variable() + ")";
    }
    return null;
  }

  private String jsonOf(Node value, String indent) {
    return imports.name("io.tropo4j.fn.Json") + ".of(" + values.tree(value, indent) + ")";
  }

  private String listArgument(Setter setter, ListNode list, Type item, String indent) {
    String inner = indent + ValueCode.STEP;
    List<String> items = new ArrayList<>();
    if (item == String.class) {
      boolean literal = true;
      for (Node node : list.items()) {
        String part = values.stringPart(node);
        if (part == null) {
          return null;
        }
        literal &= node instanceof Scalar;
        items.add(part);
      }
      if (literal && setter.hasOverload(List.class)) {
        return imports.name("java.util.List") + ".of(" + String.join(", ", items) + ")";
      }
      return items.isEmpty() ? null : imports.name("io.tropo4j.fn.Value") + ".strings(" + String.join(", ", items) + ")";
    }
    if (item == Tag.class) {
      for (Node node : list.items()) {
        if (!(node instanceof MapNode tag) || tag.size() != 2 || !(tag.get("Key") instanceof Scalar key)
            || key.kind() == Scalar.Kind.NULL || !tag.has("Value") || values.stringPart(tag.get("Value")) == null) {
          return null;
        }
        items.add(imports.name("io.tropo4j.core.Tag") + ".of(" + JavaNames.quote(key.string()) + ", "
            + values.stringPart(tag.get("Value")) + ")");
      }
      return setter.hasOverload(List.class) ? lines(imports.name("java.util.List") + ".of(", items, indent) : null;
    }
    if (TypeIndex.isStruct(item)) {
      for (Node node : list.items()) {
        if (!(node instanceof MapNode map)) {
          return null;
        }
        String struct = struct((Class<?>) item, map, inner);
        if (struct == null) {
          return null;
        }
        items.add(struct);
      }
      if (items.isEmpty()) {
        return null;
      }
      Class<?> array = java.lang.reflect.Array.newInstance((Class<?>) item, 0).getClass();
      if (setter.hasOverload(array)) {
        return lines("", items, indent).substring(0);
      }
      return setter.hasOverload(List.class) ? lines(imports.name("java.util.List") + ".of(", items, indent) : null;
    }
    return null;
  }

  /** Arguments one a line below the call when there are several; {@code open} "" for a bare argument list. */
  private static String lines(String open, List<String> items, String indent) {
    String close = open.isEmpty() ? "" : ")";
    if (items.size() == 1 && items.get(0).indexOf('\n') < 0) {
      return open + items.get(0) + close;
    }
    String inner = indent + ValueCode.STEP;
    return open + "\n" + inner + String.join(",\n" + inner, items) + close;
  }

  /** A property type's object, its fields set through its setters. */
  private String struct(Class<?> type, MapNode map, String indent) {
    TypeInfo info = types.struct(type);
    StringBuilder out = new StringBuilder("new ").append(imports.name(type)).append("()");
    String inner = indent + ValueCode.STEP;
    for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
      setter(info, entry.getKey(), entry.getValue(), inner, out);
    }
    return out.toString();
  }

  // Outputs

  private void output(TemplateDocument.Output output) {
    MapNode definition = output.definition();
    for (String key : definition.keys()) {
      if (!Set.of("Value", "Description", "Export", "Condition").contains(key)) {
        throw new ImportException("output " + output.logicalId() + " has " + key + ", which tropo4j's outputs do not");
      }
    }
    if (output.value() == null) {
      throw new ImportException("output " + output.logicalId() + " has no Value");
    }
    String type = imports.name("io.tropo4j.core.Output");
    String id = JavaNames.quote(output.logicalId());
    Expr value = output.value() instanceof Scalar ? null : values.typed(output.value());
    String create;
    String comment = null;
    if (output.value() instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL) {
      create = "new " + type + "(" + id + ", " + imports.name("io.tropo4j.fn.Value") + ".of("
          + JavaNames.string(scalar.string(), CHAIN) + "))";
    } else if (value != null && value.kind() == Kind.STRING) {
      create = "new " + type + "(" + id + ", " + value.code() + ")";
    } else if (value != null && (value.kind() == Kind.INTEGER || value.kind() == Kind.DOUBLE || value.kind() == Kind.LONG)) {
      create = type + ".number(" + id + ", " + value.code() + ")";
    } else {
      comment = "// an output value that is not a string, as CloudFormation allows";
      create = "new " + type + "(" + id + ", " + values.untyped(output.value(), CHAIN) + ")";
    }
    body.append("\n");
    if (comment != null) {
      body.append(INDENT).append(comment).append("\n");
    }
    body.append(INDENT).append("template.add(").append(create);
    output.description().ifPresent(d -> chain("description", JavaNames.string(d, CHAIN)));
    if (definition.has("Description") && output.description().isEmpty()) {
      throw new ImportException("output " + output.logicalId() + "'s Description is not a plain string");
    }
    if (definition.has("Export")) {
      Node name = output.exportName().orElseThrow(
          () -> new ImportException("output " + output.logicalId() + "'s Export has no Name"));
      if (definition.map("Export").orElseThrow().size() != 1) {
        throw new ImportException("output " + output.logicalId() + "'s Export has more than a Name");
      }
      String exportName = values.stringValue(name);
      chain("exportName", exportName != null ? exportName : values.untyped(name, CHAIN));
    }
    output.condition().ifPresent(name -> {
      Symbol condition = values.conditions.get(name);
      if (condition == null) {
        throw new ImportException("output " + output.logicalId() + "'s condition " + name + " is not declared");
      }
      chain("condition", condition.variable());
    });
    body.append(");\n");
  }
}
