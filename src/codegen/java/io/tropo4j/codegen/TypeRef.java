package io.tropo4j.codegen;

import java.util.List;

/** A property or attribute type as the specification states it. */
sealed interface TypeRef {
  /** string, integer, number, boolean or json. */
  record Primitive(String name) implements TypeRef {}

  /** The standard {"Key", "Value"} tag. */
  record TagType() implements TypeRef {}

  /** A property type of the same resource, by its specification ID. */
  record Struct(String id) implements TypeRef {}

  record ArrayOf(TypeRef element) implements TypeRef {}

  record MapOf(TypeRef element) implements TypeRef {}

  /** One of several types, e.g. a policy given as JSON or as a string. */
  record Union(List<TypeRef> members) implements TypeRef {}

  TypeRef STRING = new Primitive("string");
  TypeRef JSON = new Primitive("json");
}
