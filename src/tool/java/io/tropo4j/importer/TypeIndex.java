package io.tropo4j.importer;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Call;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generated classes as the importer needs them: the class of a CloudFormation type, the setter
 * of each property and the accessor of each attribute. Found by reflection on the classes
 * themselves, each setter called once on a probe to see which property it sets, so the index never
 * depends on re-deriving the generator's naming rules; only the types a template uses are loaded.
 */
final class TypeIndex {
  private static final String RESOURCES_PACKAGE = "io.tropo4j.resources";
  private static final String PROBE = "Probe";
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
      "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
      "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
      "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return",
      "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield", "record",
      "sealed", "permits", "_");

  /** A property's setter: its name and the {@code T} of its {@code Value<T>} overload. */
  record Setter(String method, Type valueType, Class<?> owner) {
    /** Whether an overload takes exactly this parameter type (String, int, a struct array, ...). */
    boolean hasOverload(Class<?> parameterType) {
      try {
        owner.getMethod(method, parameterType);
        return true;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  }

  /** An attribute's accessor and the {@code T} of the {@code Value<T>} it returns. */
  record Accessor(String method, Type valueType) {}

  /** A generated resource or property type. */
  record TypeInfo(Class<?> type, Map<String, Setter> setters, Map<String, Accessor> attributes) {}

  private final Map<String, Optional<TypeInfo>> resources = new HashMap<>();
  private final Map<Class<?>, TypeInfo> structs = new HashMap<>();

  /** The generated class of a resource type such as {@code AWS::S3::Bucket}, if there is one. */
  Optional<TypeInfo> resource(String cloudFormationType) {
    return resources.computeIfAbsent(cloudFormationType, TypeIndex::load);
  }

  /** A property type's class, as a setter's {@code Value<T>} names it. */
  TypeInfo struct(Class<?> type) {
    return structs.computeIfAbsent(type, TypeIndex::describeStruct);
  }

  static boolean isStruct(Type type) {
    return type instanceof Class<?> c && Struct.class.isAssignableFrom(c) && c.getEnclosingClass() != null;
  }

  private static Optional<TypeInfo> load(String cloudFormationType) {
    String[] parts = cloudFormationType.split("::");
    if (parts.length != 3 || !parts[0].equals("AWS")) {
      return Optional.empty();
    }
    String service = parts[1].toLowerCase(Locale.ROOT);
    String name = RESOURCES_PACKAGE + "." + (KEYWORDS.contains(service) ? service + "_" : service) + "." + parts[2];
    try {
      Class<?> type = Class.forName(name, false, TypeIndex.class.getClassLoader());
      if (!Resource.class.isAssignableFrom(type)) {
        return Optional.empty();
      }
      Resource<?> probe = (Resource<?>) type.getConstructor(String.class).newInstance(PROBE);
      if (!probe.type().equals(cloudFormationType)) {
        return Optional.empty();
      }
      return Optional.of(describe(type, probe));
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot probe " + name, e);
    }
  }

  private static TypeInfo describe(Class<?> type, Resource<?> probe) throws ReflectiveOperationException {
    Map<String, Setter> setters = new LinkedHashMap<>();
    Map<String, Accessor> attributes = new LinkedHashMap<>();
    for (Method method : sorted(type)) {
      if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == Value.class) {
        int before = probe.properties().size();
        method.invoke(probe, Value.of(PROBE));
        String property = lastKey(probe.properties(), before);
        if (property != null) {
          setters.put(property, new Setter(method.getName(), typeArgument(method.getGenericParameterTypes()[0]), type));
        }
      } else if (method.getParameterCount() == 0 && method.getReturnType() == Value.class) {
        AttributeProbe written = new AttributeProbe();
        ((Value<?>) method.invoke(probe)).writeTo(written);
        if (written.attribute != null) {
          attributes.put(written.attribute, new Accessor(method.getName(), typeArgument(method.getGenericReturnType())));
        }
      }
    }
    return new TypeInfo(type, setters, attributes);
  }

  private static TypeInfo describeStruct(Class<?> type) {
    try {
      Struct<?> probe = (Struct<?>) type.getConstructor().newInstance();
      Map<String, Setter> setters = new LinkedHashMap<>();
      for (Method method : sorted(type)) {
        if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == Value.class) {
          int before = probe.properties().size();
          method.invoke(probe, Value.of(PROBE));
          String property = lastKey(probe.properties(), before);
          if (property != null) {
            setters.put(property, new Setter(method.getName(), typeArgument(method.getGenericParameterTypes()[0]), type));
          }
        }
      }
      return new TypeInfo(type, setters, Map.of());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot probe " + type.getName(), e);
    }
  }

  /**
   * Takes an accessor's value apart as it writes itself: for {@code Fn::GetAtt}, the attribute's name,
   * the second string of its argument. Cheaper than writing JSON and reading it back.
   */
  private static final class AttributeProbe implements Sink {
    private final java.util.List<String> strings = new java.util.ArrayList<>();
    String attribute;

    @Override
    public void call(Call call) {
      if (call.function().equals("Fn::GetAtt")) {
        call.writeArgument(this);
        attribute = strings.size() == 2 && strings.get(0).equals(PROBE) ? strings.get(1) : null;
      }
    }

    @Override
    public void string(String value) {
      strings.add(value);
    }

    @Override
    public void beginObject() {}

    @Override
    public void key(String name) {}

    @Override
    public void endObject() {}

    @Override
    public void beginArray() {}

    @Override
    public void endArray() {}

    @Override
    public void number(Number value) {}

    @Override
    public void bool(boolean value) {}
  }

  /** The class's own public methods, in a fixed order (reflection gives none). */
  private static Method[] sorted(Class<?> type) {
    Method[] methods = type.getDeclaredMethods();
    java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::getName));
    java.util.List<Method> kept = new java.util.ArrayList<>();
    for (Method method : methods) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
          && !method.isBridge() && !method.isSynthetic()) {
        kept.add(method);
      }
    }
    return kept.toArray(new Method[0]);
  }

  /** The key a setter call added: the last one, when the map grew. */
  private static String lastKey(Map<String, ?> properties, int before) {
    if (properties.size() == before) {
      return null;
    }
    String last = null;
    for (String key : properties.keySet()) {
      last = key;
    }
    return last;
  }

  private static Type typeArgument(Type valueType) {
    return valueType instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }
}
