package io.tropo4j.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object or YAML mapping, its keys in the order of the file. Equality is a map's: the same
 * keys with equal values, in any order (CloudFormation gives order no meaning).
 */
public record MapNode(Map<String, Node> entries, Position position) implements Node {
  public MapNode {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** An empty map, for a section the template does not have. */
  static MapNode empty(Position position) {
    return new MapNode(Map.of(), position);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The value under the key, or null. */
  public Node get(String key) {
    return entries.get(key);
  }

  public Optional<Node> find(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The value under the key when it is a map. */
  public Optional<MapNode> map(String key) {
    return entries.get(key) instanceof MapNode map ? Optional.of(map) : Optional.empty();
  }

  /** The value under the key when it is a scalar, as CloudFormation passes it on ({@link Scalar#string()}). */
  public Optional<String> string(String key) {
    return entries.get(key) instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL
        ? Optional.of(scalar.string()) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MapNode map && entries.equals(map.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
